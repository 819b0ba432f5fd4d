// Prints the fitted title scorer's features of each page as JSON, one object a line:
// {"file", "lines" (the candidates), "features" (one row a line), "scores", "best"}, for
// bench/header_model/parity.py to compare with features.py (docs/title-scorer.md).
//     title_features_dump FILE...
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "article/fitted_title.h"

int main(int argc, char** argv) {
  using namespace tuyentap;
  for (int a = 1; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> lines = title_page_lines(text);
    std::vector<TitleFeatures> rows = title_features(lines);
    nlohmann::json j;
    j["file"] = argv[a];
    j["lines"] = std::vector<std::string>(lines.begin(), lines.begin() + rows.size());
    j["features"] = nlohmann::json::array();
    j["scores"] = nlohmann::json::array();
    for (const TitleFeatures& f : rows) {
      j["features"].push_back(std::vector<double>(f.begin(), f.end()));
      j["scores"].push_back(fitted_title_score(f));
    }
    auto best = fitted_title(text);
    j["best"] = best ? static_cast<long>(best->index) : -1;
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}
