// `--impose booklet`: the A4 sheets read back with poppler, each half of each side holding
// the pocket book's page that saddle-stitch order puts there; sound for qpdf and pdffonts.
#include <catch2/catch.hpp>
#include <regex>

#include "cli/book_checks.h"
#include "cli/run.h"

using namespace tt_test;

namespace {

int page_count(const std::string& pdf) {
  return std::stoi(std::regex_replace(run("pdfinfo '" + pdf + "'").out,
                                      std::regex(R"([\s\S]*Pages:\s+(\d+)[\s\S]*)"), "$1"));
}

// The text of one page in drawing order (-raw: the same on both files whatever the columns),
// or of the part of it from x to x + width points (pdftotext reads
// the crop box in pixels at 72 dpi, which are points).
std::string text(const std::string& pdf, int page, int x = -1, int width = 0) {
  std::string p = std::to_string(page);
  std::string crop =
      x < 0 ? "" : " -x " + std::to_string(x) + " -y 0 -W " + std::to_string(width) + " -H 600";
  return fold_ws(
      run("pdftotext -f " + p + " -l " + p + crop + " -raw -enc UTF-8 '" + pdf + "' -").out);
}

}  // namespace

TEST_CASE("the booklet's A4 sides carry the pocket book's pages in saddle-stitch order") {
  std::string out = fresh_dir("booklet");
  RunResult r = run(tuyentap() + " build '" + source_path("examples/archive") + "' --spec '" +
                    source_path("examples/book.toml") +
                    "' --format pdf --style pocket --impose booklet --output '" + out + "'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("Booklet: ") != std::string::npos);
  std::string book = out + "/tuyen-tap-2019.pdf", booklet = out + "/tuyen-tap-2019-booklet.pdf";
  CHECK(pdf_problems(booklet).empty());
  CHECK(run("pdfinfo '" + booklet + "'").out.find("841.89 x 595.276 pts (A4)") !=
        std::string::npos);

  int pages = page_count(book);
  REQUIRE(pages <= 40);  // the demo is one signature
  int padded = (pages + 3) / 4 * 4;
  REQUIRE(page_count(booklet) == padded / 2);
  auto book_page = [&](int i) { return i < pages ? text(book, i + 1) : std::string(); };
  int checked = 0;
  for (int sheet = 0; sheet < padded / 4; ++sheet) {
    // front: last-but-2·sheet on the left, 2·sheet on the right; back: the two between
    int front = 2 * sheet + 1, back = 2 * sheet + 2;
    std::pair<int, int> halves[2][2] = {{{front, padded - 1 - 2 * sheet}, {front, 2 * sheet}},
                                        {{back, 2 * sheet + 1}, {back, padded - 2 - 2 * sheet}}};
    for (auto& side : halves) {
      for (int h = 0; h < 2; ++h) {
        auto [sheet_page, index] = side[h];
        INFO("side " << sheet_page << (h ? " right" : " left") << ", book page " << index + 1);
        CHECK(text(booklet, sheet_page, h * 421, 421) == book_page(index));
        checked += !book_page(index).empty();
      }
    }
  }
  CHECK(checked > pages / 2);
}

TEST_CASE("an imposition other than booklet stops before anything is written") {
  std::string out = fresh_dir("booklet-bad");
  RunResult r =
      run(tuyentap() + " build '" + source_path("examples/archive") + "' --spec '" +
          source_path("examples/book.toml") + "' --impose poster --output '" + out + "/x'");
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("poster") != std::string::npos);
  CHECK(r.out.find("--impose booklet") != std::string::npos);
  CHECK(run("ls '" + out + "/x' 2>&1").out.find("No such file") != std::string::npos);
}
