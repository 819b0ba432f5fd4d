// report.txt is the clerk's, who reads only Vietnamese: every warning and reason the readers
// give on the real pages and Word files of the fixtures is printed there in Vietnamese.
// report.json keeps the English sentences (and codes) for scripts, so each of its sentences
// must be absent from report.txt: a sentence missing from the catalogue (po/vi.po through
// cli/error_words.cpp) is printed as it came and fails here.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

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
  for (const std::string& english : sentences) {
    INFO(english);
    CHECK(text.find(english) == std::string::npos);
  }
}
