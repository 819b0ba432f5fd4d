// The `book` and `pocket` styles as books (issue 11): trim and measure, the typographic
// cover, the imprint behind the title page, paragraphs marked by the indent alone.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <utility>

#include "gen.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;

namespace {

constexpr float kPt = 72.0f / 25.4f;

std::string page_text(const Page& p) {
  std::string t;
  for (const auto& r : p.runs) t += r.text + "\n";
  return t;
}

LayoutResult lay(const PrintStyle& style, bool internal = false) {
  static Book book = testgen::book(3, 5, 8);
  book.meta.internal = internal;
  return layout_book(present(book), style, 1546300800);  // 2019-01-01
}

// Characters (code points) of the body's full lines: the lines of justified paragraphs
// that reach the right edge of the measure.
double median_line_chars(const LaidOutBook& b, int first, const PrintStyle& s) {
  std::vector<int> counts;
  for (std::size_t p = static_cast<std::size_t>(first); p < b.pages.size(); ++p) {
    std::map<float, std::string> lines;
    for (const auto& r : b.pages[p].runs)
      if (r.size == s.body_size && r.font == 0) lines[r.y] += r.text;
    for (const auto& [y, text] : lines) {
      int n = 0;
      for (unsigned char c : text) n += (c & 0xC0) != 0x80;
      if (n > 20) counts.push_back(n);
    }
  }
  REQUIRE(counts.size() > 50);
  std::sort(counts.begin(), counts.end());
  return counts[counts.size() / 2];
}

}  // namespace

TEST_CASE("book is a 160x240 mm book and pocket an A5 one, both about 65 characters a line") {
  for (auto [name, w, h] : {std::tuple{"book", 160.0f, 240.0f}, {"pocket", 148.0f, 210.0f}}) {
    INFO(name);
    PrintStyle s = load_print_style(name);
    LayoutResult r = lay(s);
    CHECK(r.book.page_width == Approx(w * kPt));
    CHECK(r.book.page_height == Approx(h * kPt));
    double chars = median_line_chars(r.book, r.stats.body_first_page, s);
    CHECK(chars >= 58);
    CHECK(chars <= 72);
    // a paragraph is marked by its indent, not by an indent and a space
    CHECK(s.paragraph_indent_mm > 0);
    CHECK(s.paragraph_space_pt == 0);
  }
}

TEST_CASE("the book's cover is a cover, not a second title page, and the imprint is behind") {
  PrintStyle s = load_print_style("book");
  LayoutResult r = lay(s, true);
  const auto& pages = r.book.pages;
  REQUIRE(pages.size() > 4);
  // page 0 cover, 1 its blank back, 2 title page, 3 the imprint
  const Page& cover = pages[0];
  bool band = false;
  for (const Rule& rule : cover.rules)
    band = band ||
           (rule.width > r.book.page_height * 0.3f && rule.x1 <= 0 && rule.x2 >= r.book.page_width);
  CHECK(band);
  bool white_title = false;
  for (const auto& run : cover.runs)
    white_title = white_title || (run.gray == 1 && !run.text.empty());
  CHECK(white_title);
  std::string cover_text = page_text(cover);
  CHECK(cover_text.find("Lưu hành nội bộ") != std::string::npos);
  CHECK(cover_text != page_text(pages[2]));
  CHECK(pages[1].runs.empty());

  std::string imprint = page_text(pages[3]);
  INFO(imprint);
  for (const char* want :
       {"Đơn vị phát hành: Ban Tuyên giáo Thành ủy Bạc Liêu", "Biên tập: Nguyễn Văn Ẩn",
        "Nơi xuất bản: Bạc Liêu, 2019", "Lưu hành nội bộ", "tuyentap", "01/01/2019"})
    CHECK(imprint.find(want) != std::string::npos);
  // a book without internal = true says nothing of its circulation
  LayoutResult open = lay(s, false);
  CHECK(page_text(open.book.pages[3]).find("Lưu hành nội bộ") == std::string::npos);
  CHECK(page_text(open.book.pages[0]).find("Lưu hành nội bộ") == std::string::npos);
}

TEST_CASE("the official style keeps its plain cover and has no imprint page") {
  PrintStyle s = load_print_style("official");
  CHECK(s.cover == PrintStyle::Cover::Plain);
  CHECK_FALSE(s.imprint_page);
  CHECK(s.number_openers);
}

TEST_CASE("a book sets the paragraph under a title flush, official indents it") {
  for (auto [name, flush] : {std::pair{"book", true}, {"official", false}}) {
    INFO(name);
    PrintStyle s = load_print_style(name);
    LayoutResult r = lay(s);
    // the chapter opener: the first body-size line under the first article's title and meta
    const Page& opener = r.book.pages[static_cast<std::size_t>(r.stats.body_first_page)];
    const TextRun* first = nullptr;
    float left = 1e9f;
    for (const auto& run : opener.runs) {
      if (run.size != s.body_size || run.y < s.margin_top_mm * kPt) continue;
      left = std::min(left, run.x);
      if (!first || run.y < first->y || (run.y == first->y && run.x < first->x)) first = &run;
    }
    REQUIRE(first != nullptr);
    if (flush)
      CHECK(first->x == Approx(left));
    else
      CHECK(first->x == Approx(left + s.paragraph_indent_mm * kPt).margin(1));
  }
}
