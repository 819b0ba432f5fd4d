// report.txt is the clerk's, who reads only Vietnamese: every warning and reason the readers
// give on the real pages and Word files of the fixtures is printed there in Vietnamese.
// report.json keeps the English sentences (and codes) for scripts, so each of its sentences
// must be absent from report.txt: a sentence missing from the catalogue (po/vi.po through
// cli/error_words.cpp) is printed as it came and fails here.
#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/run.h"

using namespace tt_test;

namespace {

// The English sentences report.json gives for the inputs: warnings and reasons.
std::set<std::string> english_sentences(const nlohmann::json& report) {
  std::set<std::string> out;
  for (const auto& input : report.at("inputs")) {
    if (input.contains("warnings"))
      for (const auto& w : input.at("warnings")) out.insert(w.get<std::string>());
    if (input.contains("reason")) out.insert(input.at("reason").get<std::string>());
  }
  return out;
}

// The English words of a sentence worth looking for: its pieces between ": ", "(" and ")"
// of three words or more that hold no path or address, nor a letter outside ASCII (those are
// printed as they are: a page's own Vietnamese words quoted in the warning).
std::vector<std::string> english_pieces(const std::string& sentence) {
  std::vector<std::string> pieces;
  std::string piece;
  auto flush = [&] {
    std::size_t start = piece.find_first_not_of(' ');
    std::size_t end = piece.find_last_not_of(' ');
    std::string p = start == std::string::npos ? "" : piece.substr(start, end - start + 1);
    bool ascii = std::none_of(p.begin(), p.end(), [](char ch) { return ch & 0x80; });
    if (std::count(p.begin(), p.end(), ' ') >= 2 && p.find('/') == std::string::npos && ascii)
      pieces.push_back(p);
    piece.clear();
  };
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    char c = sentence[i];
    if (c == '(' || c == ')' || (c == ':' && i + 1 < sentence.size() && sentence[i + 1] == ' '))
      flush();
    else
      piece += c;
  }
  flush();
  return pieces;
}

}  // namespace

TEST_CASE("report.txt gives every reader's warning and reason on real pages in Vietnamese") {
  std::string dir = fresh_dir("report-language");
  std::string archive = dir + "/archive";
  run("mkdir -p '" + archive + "'");
  for (const char* set : {"real", "real-eval", "real-eval2", "word"})
    run("cp -R '" + source_path(std::string("tests/fixtures/") + set) + "' '" + archive + "/'");

  RunResult r = run("cd '" + dir + "' && " + tuyentap_vi() + " build archive --format epub " +
                    "--title 'Trang thật' --output out");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  nlohmann::json report = nlohmann::json::parse(slurp(dir + "/out/report.json"));
  std::string text = slurp(dir + "/out/report.txt");
  std::set<std::string> sentences = english_sentences(report);
  // The fixtures give the readers' usual warnings: the check is not vacuous.
  CHECK(sentences.count("no byline") == 1);
  CHECK(sentences.count("no topic (section)") == 1);
  CHECK(sentences.count("date from the page's address") == 1);
  CHECK(sentences.size() >= 10);
  // A script left in the folder is skipped with a reason (not read as an article).
  CHECK(sentences.count("unreadable: a script or style sheet, not an article") == 1);
  for (const std::string& english : sentences) {
    INFO(english);
    CHECK(text.find(english) == std::string::npos);
    for (const std::string& piece : english_pieces(english)) {
      INFO(piece);
      CHECK(text.find(piece) == std::string::npos);
    }
  }
}
