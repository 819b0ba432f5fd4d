// Site chrome learned from a folder of saved pages, end to end (issue 9): the chrome that the
// article's scoring lets through reaches neither book; the titles, the topic and the byline
// do; the report says what was learned; the same pages in a zip build the same books.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/book_checks.h"
#include "cli/run.h"
#include "made_up_site_pages.h"

using namespace tt_test;
using namespace tt_made_up_site;
namespace fs = std::filesystem;

namespace {

constexpr std::size_t kPages = 6;

// kho/2019/bai-N.html under `out`, the pages of the made-up site; returns the archive.
std::string site_archive(const std::string& out) {
  fs::path folder = fs::path(out) / "kho" / "2019";
  fs::create_directories(folder);
  for (std::size_t i = 0; i < kPages; ++i)
    std::ofstream(folder / ("bai-" + std::to_string(i + 1) + ".html"), std::ios::binary) << page(i);
  return out + "/kho";
}

RunResult build(const std::string& archive, const std::string& out) {
  fs::create_directories(out);
  return run("cd '" + out + "' && SOURCE_DATE_EPOCH=1577836800 " + tuyentap() + " build '" +
             archive + "' --year 2019 --output .");
}

}  // namespace

TEST_CASE("a folder of saved pages loses the site's chrome in both books, zipped or not") {
  std::string out = fresh_dir("page-chrome");
  std::string archive = site_archive(out);
  REQUIRE(run("cd '" + archive + "' && zip -qr ../kho.zip .").exit_code == 0);
  RunResult r = build(archive, out + "/folder");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::string epub = epub_text(out + "/folder/tuyen-tap-2019.epub");
  std::string pdf = pdf_body_text(out + "/folder/tuyen-tap-2019.pdf");
  for (const std::string& c : kChrome) {
    INFO(c);
    CHECK(epub.find(c) == std::string::npos);
    CHECK(fold_ws(pdf).find(fold_ws(c)) == std::string::npos);
  }
  for (std::size_t i = 0; i < kPages; ++i) CHECK(epub.find(title_of(i)) != std::string::npos);
  CHECK(epub.find("Thu Ngân") != std::string::npos);
  CHECK(epub.find("Xây dựng Đảng") != std::string::npos);
  std::string report = slurp(out + "/folder/report.txt");
  CHECK(report.find("(6 tệp): 4 dòng") != std::string::npos);
  CHECK(report.find(kChrome[1]) != std::string::npos);

  RunResult z = build(out + "/kho.zip", out + "/zip");
  INFO(z.out);
  REQUIRE(z.exit_code == 0);
  CHECK(epub_text(out + "/zip/tuyen-tap-2019.epub") == epub);
  CHECK(pdf_body_text(out + "/zip/tuyen-tap-2019.pdf") == pdf);
}
