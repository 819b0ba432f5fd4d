// Facing pages set again (layout/pager_spread.cpp): a spread whose right-hand page would end
// apart from its left-hand page is laid out anew so that both end on one line, and what the
// pager keeps to go back (pages, anchors) comes back as it was.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "flow_blocks.h"
#include "gen.h"
#include "layout/pager.h"

using namespace tuyentap;

namespace {

// Two-sided pages of 17 lines (text area 20–275), page 0 a left-hand page.
PageGeometry two_sided() {
  PageGeometry g;
  g.height = 300;
  g.top = 20;
  g.bottom = 20;
  g.line = 15;
  g.mirror = true;
  g.first_parity = 1;
  return g;
}

float last_baseline(Pager& pager, std::size_t page) {
  float y = 0;
  for (const TextRun& r : pager.pages()[page].runs) y = std::max(y, r.y);
  return y;
}

}  // namespace

TEST_CASE("a right-hand page an opening leaves two lines short: the spread ends on one line") {
  // A paragraph of 20 lines fills the left-hand page and puts 3 on the right-hand one, a
  // paragraph of 12 follows: 2 lines of room are left, too few for the next article's opening
  // (a 20 pt title 12 pt below, and two lines). No paragraph has another setting and there
  // is no gap to grow, so laid out once the right-hand page ends two lines above the left's
  // foot. Set again a line short on both pages, the left-hand page's last line goes over and
  // the right-hand page is full to its foot, a line above the normal one, where the left
  // ends.
  Pager pager(two_sided());
  pager.add(test::numbered_lines(0, 20));
  pager.add(test::numbered_lines(1, 12));
  FlowBlock title = test::numbered_lines(2, 1);
  title.leading = 20;
  title.space_before = 12;
  title.keep_with_next = true;
  title.breakable = false;
  pager.add(std::move(title));
  pager.add(test::numbered_lines(3, 10));
  pager.finish();
  REQUIRE(pager.pages().size() >= 3);
  const float sixteenth = 20 + 11 + 15 * 15;
  CHECK(last_baseline(pager, 0) == Approx(sixteenth));
  CHECK(last_baseline(pager, 1) == Approx(last_baseline(pager, 0)));  // one line
  // No line alone: the paragraph that went over keeps 16 lines here and 4 there.
  const auto& right = pager.pages()[1].runs;
  REQUIRE(right.size() == 16);
  CHECK(right.front().text == "0:16");
  CHECK(right.back().text == "1:11");
  CHECK(pager.pages()[2].runs.front().text == "2:0");  // the opening on the next page
}

TEST_CASE("spreads set again leave every anchor where its block's first line stands") {
  // Random flows on small two-sided pages (paragraphs, headings, notes kept with the
  // paragraph before, forced breaks): many spreads are set again; each block's anchor must
  // name the page and the top of its first line as they are in the end.
  for (std::uint64_t seed : {7u, 8u, 9u}) {
    testgen::Rng r{seed};
    PageGeometry g = two_sided();
    g.gap_stretch = 3;
    Pager pager(g);
    for (int id = 0; id < 300; ++id) {
      const int kind = r.below(8);
      FlowBlock b = test::numbered_lines(id, kind == 0 || kind == 1 ? 1 : 2 + r.below(12));
      b.anchor = id;
      if (kind == 0) {  // a heading
        b.keep_with_next = true;
        b.breakable = false;
        b.space_before = 12;
        b.leading = 20;
      } else if (kind == 1) {  // a caption's note
        b.keep_with_previous = true;
        b.breakable = false;
        b.leading = 12;
      } else {
        b.space_before = r.below(3) == 0 ? 4 : 0;
      }
      pager.add(std::move(b));
      if (r.below(50) == 0) pager.new_page(r.below(2) == 0);
    }
    pager.finish();
    INFO("seed " << seed);
    int found = 0;
    for (std::size_t p = 0; p < pager.pages().size(); ++p) {
      for (const TextRun& run : pager.pages()[p].runs) {
        const std::size_t colon = run.text.find(':');
        if (run.text.substr(colon) != ":0") continue;
        const int id = std::stoi(run.text.substr(0, colon));
        const AnchorPlace& a = pager.anchors().at(static_cast<std::size_t>(id));
        INFO("block " << id);
        CHECK(a.page == static_cast<int>(p));
        CHECK(a.y + 11 == Approx(run.y));  // the top of the line, its baseline 11 pt lower
        ++found;
      }
    }
    CHECK(found == 300);
  }
}

namespace {

// A title of two body lines (30 pt, 12 pt above it) kept with what follows.
FlowBlock two_line_title(int id) {
  FlowBlock title = test::numbered_lines(id, 1);
  title.leading = 30;
  title.space_before = 12;
  title.keep_with_next = true;
  title.breakable = false;
  return title;
}

}  // namespace

TEST_CASE("a left-hand page two lines short: both pages end on its line, looser as at the foot") {
  // The left-hand page holds 14 lines, and the next opening (a two-line title and two lines)
  // does not fit in the 3 left. Its first paragraph has a looser setting stretched beyond 1.5,
  // which a page 3 lines short takes, so laid out once it ends 2 short beside a full
  // right-hand page. Set again with both feet moved, the left-hand page takes the same looser
  // setting (it is as short of the normal foot) and ends on the same line, and the right-hand
  // page follows that line: it stood at the moved foot, a line apart.
  Pager pager(two_sided());
  FlowBlock first = test::numbered_lines(0, 10);
  first.looser = test::numbered_lines(0, 11, "L").lines;
  first.looser_stretch = 1.8f;
  pager.add(std::move(first));
  pager.add(test::numbered_lines(1, 4));
  pager.add(two_line_title(2));
  pager.add(test::numbered_lines(3, 40));
  pager.finish();
  REQUIRE(pager.pages().size() >= 3);
  const float fifteenth = 20 + 11 + 14 * 15;
  CHECK(last_baseline(pager, 0) == Approx(fifteenth));
  CHECK(last_baseline(pager, 1) == Approx(last_baseline(pager, 0)));  // one line
  CHECK(pager.pages()[0].runs.front().text == "0:L0");                // the looser setting
  CHECK(pager.pages()[1].runs.front().text == "2:0");                 // the opening at the top
}

TEST_CASE("a list's entries that cannot split: the space between them grows to the foot") {
  // Entries of two lines, none split, with no space between them: a page of 17 lines holds
  // 8 and is a line short, and the page beside it, which starts with a three-line entry, is
  // short by another line. The space above each entry grows (at most 3 pt) to bring both
  // pages' last lines to the foot.
  PageGeometry g = two_sided();
  g.gap_stretch = 3;
  Pager pager(g);
  for (int id = 0; id < 30; ++id) {
    FlowBlock entry = test::numbered_lines(id, id == 8 ? 3 : 2);
    entry.gap_grows = true;
    pager.add(std::move(entry));
  }
  pager.finish();
  REQUIRE(pager.pages().size() >= 3);
  const float foot = 20 + 11 + 16 * 15;  // the baseline of the 17th line
  CHECK(last_baseline(pager, 0) == Approx(foot));
  CHECK(last_baseline(pager, 1) == Approx(foot));
  CHECK(pager.pages()[0].runs.back().text == "7:1");  // no entry split
  CHECK(pager.pages()[1].runs.front().text == "8:0");
}
