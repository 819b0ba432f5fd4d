// `tuyentap build` on the real pages of tests/fixtures/real (saved web pages and crawler
// records of eight sites): sound books that hold every article's text and none of the sites'
// chrome.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "cli/book_checks.h"
#include "cli/run.h"

using namespace tt_test;

TEST_CASE("the real fixture pages build into an EPUB and a PDF that pass the checkers") {
  std::string dir = fresh_dir("real-pages");
  // A folder as a clerk would hand it over: the pages and records only (not expected.json).
  std::string archive = dir + "/archive";
  run("mkdir -p '" + archive + "'");
  const std::vector<std::string> files = {
      "phapluatplus-1.html", "dantri-1.html",  "vnexpress-1.json",
      "thanhnien-1.json",    "tuoitre-1.json", "tuoitre-2.json",
      "zing-1.json",         "baomoi-1.json",  "anninhthudo-1.json"};
  for (const std::string& f : files)
    run("cp '" + source_path("tests/fixtures/real/" + f) + "' '" + archive + "/'");

  RunResult r =
      run("cd '" + dir + "' && SOURCE_DATE_EPOCH=1577836800 " + tuyentap() + " build '" + archive +
          "' --from 2014-01-01 --to 2025-12-31 --by none " + "--title 'Báo chí thật' --output .");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::string epub = dir + "/bao-chi-that.epub", pdf = dir + "/bao-chi-that.pdf";
  std::string report = slurp(dir + "/report.json");
  auto expected = included_articles({archive}, report);
  CHECK(expected.size() == files.size());

  CHECK(epubcheck_problems({epub}) == "");
  std::string epub_words = epub_text(epub);
  CHECK(first_missing_in_order(epub_words, expected, false) == "");
  CHECK(pdf_problems(pdf) == "");
  std::string pdf_words = pdf_body_text(pdf, running_heads(report, "Báo chí thật"));
  CHECK(first_missing_in_order(pdf_words, expected, true) == "");

  for (const char* chrome : {"Đọc báo giấy online", "Đăng Nhập", "Đọc tiếp", "Về trang Chủ đề",
                             "Sáng kiến an toàn giao thông"}) {
    INFO(chrome);
    CHECK(epub_words.find(chrome) == std::string::npos);
    CHECK(pdf_words.find(chrome) == std::string::npos);
  }
}
