// `tuyentap build` end to end: the books it writes meet the quality bars, the report accounts
// for every input, the same inputs give the same bytes.
#include <catch2/catch.hpp>

#include "cli/book_checks.h"
#include "cli/run.h"

using namespace tt_test;

static const std::string kArchive = source_path("tests/fixtures/cli/archive");

static RunResult build(const std::string& out, const std::string& extra = "") {
  return run("cd '" + out + "' && SOURCE_DATE_EPOCH=1577836800 " + tuyentap() + " build '" +
             kArchive + "' --year 2019 --title 'Tuyển tập 2019' --output . " + extra);
}

TEST_CASE("build writes an EPUB and a PDF that pass the checkers and hold every article") {
  std::string out = fresh_dir("build-both");
  RunResult r = build(out);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::string epub = out + "/tuyen-tap-2019.epub", pdf = out + "/tuyen-tap-2019.pdf";
  std::string report = slurp(out + "/report.json");
  auto expected = included_articles({kArchive}, report);
  REQUIRE(expected.size() == 4);  // 2018's article is outside the period, the PNG is no article

  CHECK(epubcheck_problems({epub}).empty());
  CHECK(first_missing_in_order(epub_text(epub), expected, false).empty());
  CHECK(epub_text(epub).find("Viết bình luận") == std::string::npos);

  CHECK(pdf_problems(pdf).empty());
  std::string text = pdf_body_text(pdf);
  CHECK(first_missing_in_order(text, expected, true).empty());
  CHECK(text.find("Viết bình luận") == std::string::npos);
  CHECK(text.find("thăm dò ý kiến") == std::string::npos);
}

TEST_CASE("the report gives every input's fate, and the terminal a summary") {
  std::string out = fresh_dir("build-report");
  RunResult r = build(out, "--format epub");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("4 included") != std::string::npos);
  std::string report = slurp(out + "/report.json");
  INFO(report);
  CHECK(report.find("2018-cu.txt") != std::string::npos);
  CHECK(report.find("outside the period") != std::string::npos);
  CHECK(report.find("\"code\": \"outside-period\"") != std::string::npos);
  CHECK(report.find("anh-minh-hoa.png") != std::string::npos);
  CHECK(report.find("\"status\": \"skipped\"") != std::string::npos);
  CHECK(report.find("\"status\": \"excluded\"") != std::string::npos);
  CHECK(report.find("\"status\": \"included\"") != std::string::npos);
  CHECK(slurp(out + "/report.txt").find("2018-cu.txt") != std::string::npos);
}

TEST_CASE("the same inputs give byte-identical books") {
  std::string a = fresh_dir("build-same-a"), b = fresh_dir("build-same-b");
  REQUIRE(build(a).exit_code == 0);
  REQUIRE(build(b).exit_code == 0);
  CHECK(slurp(a + "/tuyen-tap-2019.epub") == slurp(b + "/tuyen-tap-2019.epub"));
  CHECK(slurp(a + "/tuyen-tap-2019.pdf") == slurp(b + "/tuyen-tap-2019.pdf"));
  CHECK(slurp(a + "/report.json") == slurp(b + "/report.json"));
}

TEST_CASE("init writes a spec, the command line overrides it, a bad spec names file and line") {
  std::string dir = fresh_dir("init-spec");
  RunResult init = run(tuyentap() + " init '" + dir + "'");
  INFO(init.out);
  REQUIRE(init.exit_code == 0);
  CHECK(run(tuyentap() + " init '" + dir + "'").exit_code == 2);  // never overwrites silently

  RunResult plan = run(tuyentap() + " build '" + kArchive + "' --spec '" + dir +
                       "/book.toml' --year 2019 --title 'Sổ tay chi bộ' --by month --plan " +
                       "--output '" + dir + "'");
  INFO(plan.out);
  CHECK(plan.exit_code == 0);
  CHECK(plan.out.find("Sổ tay chi bộ") != std::string::npos);
  CHECK(plan.out.find("Tháng 3/2019") != std::string::npos);
  CHECK(plan.out.find("Tháng 12/2019") != std::string::npos);

  std::string bad = dir + "/bad.toml";
  run("printf '[book]\\ntitle = \"X\"\\ncolour = \"red\"\\n' > '" + bad + "'");
  RunResult r = run(tuyentap() + " build '" + kArchive + "' --spec '" + bad + "' --plan");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("bad.toml:3") != std::string::npos);
  CHECK(r.out.find("colour") != std::string::npos);
}

TEST_CASE("an unknown --by or --order is a usage error listing the valid values") {
  std::string out = fresh_dir("build-bad-choice");
  RunResult r = build(out, "--by monht --plan");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("'monht' is not a value --by accepts") != std::string::npos);
  CHECK(r.out.find("\"topic\", \"month\", \"quarter\", \"none\"") != std::string::npos);
  RunResult o = build(out, "--order newest --plan");
  CHECK(o.exit_code == 2);
  CHECK(o.out.find("--order") != std::string::npos);
  CHECK(build(out, "--by Quarter --order date-asc --plan").exit_code == 0);
}

TEST_CASE("a period with no article is an error, not an empty book") {
  std::string out = fresh_dir("build-empty");
  RunResult r = run(tuyentap() + " build '" + kArchive + "' --year 2007 --output '" + out + "'");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("2007") != std::string::npos);
}

// The checks of the issue, on the books a user sees first (the demo) and on a larger
// generated archive (legacy encodings, NFD, CRLF, chrome variants).
static void check_books(const std::string& out, const std::string& stem, const std::string& title,
                        const std::vector<std::string>& inputs, std::size_t min_articles) {
  std::string epub = out + "/" + stem + ".epub", pdf = out + "/" + stem + ".pdf";
  std::string report = slurp(out + "/report.json");
  auto expected = included_articles(inputs, report);
  REQUIRE(expected.size() >= min_articles);
  CHECK(epubcheck_problems({epub}) == "");
  CHECK(first_missing_in_order(epub_text(epub), expected, false) == "");
  CHECK(pdf_problems(pdf) == "");
  CHECK(first_missing_in_order(pdf_body_text(pdf, running_heads(report, title)), expected, true) ==
        "");
}

TEST_CASE("the demo book: epubcheck clean, PDF sound, every article's text in order") {
  std::string out = fresh_dir("demo");
  RunResult r = run(tuyentap() + " build '" + source_path("examples/archive") + "' --spec '" +
                    source_path("examples/book.toml") + "' --output '" + out + "'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  check_books(out, "tuyen-tap-2019", "Tuyển tập 2019", {source_path("examples/archive")}, 25);
}

TEST_CASE("a generated archive of 300 articles makes sound books in both styles") {
  std::string dir = fresh_dir("generated");
  RunResult g = run(std::string("'") + TUYENTAP_GEN_CORPUS + "' --out '" + dir +
                    "/archive' --articles 300 --from 2019-01-01 --to 2019-12-31 --seed 7");
  INFO(g.out);
  REQUIRE(g.exit_code == 0);
  RunResult r = run(tuyentap() + " build '" + dir + "/archive' --year 2019 --style book " +
                    "--title 'Tuyển tập thử' --output '" + dir + "'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  check_books(dir, "tuyen-tap-thu", "Tuyển tập thử", {dir + "/archive"}, 250);
}

TEST_CASE("a chapter that matches no article stops the build at its line in the spec") {
  std::string dir = fresh_dir("spec-empty-chapter");
  std::string spec = dir + "/book.toml";
  run("printf '[period]\\nyear = 2019\\n\\n[[chapter]]\\ntitle = \"Xây dựng Đảng\"\\n"
      "topics = [\"Xây dựng Đảng\"]\\n\\n[[chapter]]\\ntitle = \"Thể thao\"\\n"
      "topics = [\"Thể thao\"]\\n' > '" +
      spec + "'");
  RunResult r = run(tuyentap() + " build '" + kArchive + "' --spec '" + spec +
                    "' --plan --output '" + dir + "'");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("book.toml:8") != std::string::npos);  // its [[chapter]] line
  CHECK(r.out.find("Thể thao") != std::string::npos);
}
