// booklet_order and impose_booklet: saddle-stitch order, padding, signatures.
#include "layout/booklet.h"

#include <catch2/catch.hpp>
#include <set>

using namespace tuyentap;

namespace {

std::vector<int> flat(const std::vector<SheetSide>& sides) {
  std::vector<int> out;
  for (const SheetSide& s : sides) {
    out.push_back(s.left);
    out.push_back(s.right);
  }
  return out;
}

}  // namespace

TEST_CASE("booklet order: 8 pages on two sheets, outer sheet 8|1 and 2|7") {
  CHECK(flat(booklet_order(8)) == std::vector<int>{7, 0, 1, 6, 5, 2, 3, 4});
  CHECK(flat(booklet_order(4)) == std::vector<int>{3, 0, 1, 2});
  // 6 pages are padded to 8: the blanks are the last two
  CHECK(flat(booklet_order(6)) == std::vector<int>{-1, 0, 1, -1, 5, 2, 3, 4});
  CHECK(booklet_order(0).empty());
}

TEST_CASE("booklet order: a thick book is cut into signatures of at most 40 pages") {
  std::vector<SheetSide> sides = booklet_order(100);
  CHECK(sides.size() == 50);  // 25 sheets
  std::set<int> seen;
  for (int p : flat(sides)) {
    CHECK(p < 100);
    if (p >= 0) CHECK(seen.insert(p).second);
  }
  CHECK(seen.size() == 100);
  // 25 sheets in three signatures of 9, 8 and 8: the first signature's outer sheet holds
  // pages 36 and 1, the second's 68 and 37 (1-based)
  CHECK(sides[0].left == 35);
  CHECK(sides[0].right == 0);
  CHECK(sides[18].left == 67);
  CHECK(sides[18].right == 36);
  CHECK(sides[34].left == 99);
  CHECK(sides[34].right == 68);
  CHECK(flat(booklet_order(41)).size() == 2 * 2 * 11);  // 44 pages: two signatures
}

TEST_CASE("imposing moves each page's drawing onto its half of an A4 sheet, bookmarks follow") {
  LaidOutBook book;
  book.page_width = 419.528f;  // A5
  book.page_height = 595.276f;
  for (int i = 0; i < 5; ++i) {
    Page p;
    TextRun r;
    r.x = 50;
    r.y = 100;
    r.text = "page " + std::to_string(i);
    p.runs.push_back(r);
    p.rules.push_back({40, 90, 380, 90, 0.5f});
    p.links.push_back({});
    book.pages.push_back(p);
  }
  book.outline.push_back({"Chương I", 0, 4, 100});
  book.labels.push_back({0, PageLabelRange::Arabic, 1});
  BookletOptions o;
  o.fold_marks = true;
  o.sheet_width = 841.89f;
  LaidOutBook sheets = impose_booklet(book, o);
  CHECK(sheets.page_width == Approx(841.89f));
  CHECK(sheets.page_height == Approx(595.276f));
  REQUIRE(sheets.pages.size() == 4);  // 5 pages → 8 → two sheets
  float fold = 841.89f / 2;
  // outer sheet: blank | page 0, page 1 | blank; inner sheet: blank | page 2, page 3 | page 4
  REQUIRE(sheets.pages[0].runs.size() == 1);
  CHECK(sheets.pages[0].runs[0].text == "page 0");
  CHECK(sheets.pages[0].runs[0].x == Approx(fold + 50));
  CHECK(sheets.pages[0].rules[0].x1 == Approx(fold + 40));
  REQUIRE(sheets.pages[2].runs.size() == 1);
  CHECK(sheets.pages[2].runs[0].text == "page 2");
  CHECK(sheets.pages[3].runs[0].text == "page 3");
  CHECK(sheets.pages[3].runs[0].x == Approx(fold - 419.528f + 50));
  CHECK(sheets.pages[3].runs[1].text == "page 4");
  for (const Page& p : sheets.pages) {
    CHECK(p.links.empty());
    int marks = 0;
    for (const Rule& r : p.rules) marks += r.x1 == Approx(fold) && r.x2 == Approx(fold);
    CHECK(marks == 2);
  }
  REQUIRE(sheets.outline.size() == 1);
  CHECK(sheets.outline[0].page == 3);
  CHECK(sheets.labels.empty());
}
