#include "layout/pager.h"

#include <catch2/catch.hpp>
#include <map>

#include "gen.h"

using namespace tuyentap;

namespace {

// A block of n lines whose glyph texts say which block and line they are.
FlowBlock synthetic(int id, int n, bool heading) {
  FlowBlock b;
  b.leading = heading ? 20 : 15;
  b.baseline = 11;
  b.space_before = heading ? 12 : 4;
  b.keep_with_next = heading;
  b.breakable = !heading;
  for (int i = 0; i < n; ++i) {
    SetLine l;
    TextRun r;
    r.add(1, 0, std::to_string(id) + ":" + std::to_string(i));
    l.runs.push_back(r);
    b.lines.push_back(l);
  }
  return b;
}

struct Placed {
  int page, block, line;
  float y;
};

}  // namespace

TEST_CASE("no widows, no orphans, no heading at a page's foot, nothing below the margin") {
  PageGeometry g;
  g.height = 300;  // small pages: many breaks
  g.top = 20;
  g.bottom = 20;
  for (std::uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
    testgen::Rng r{seed};
    Pager pager(g);
    std::map<int, int> size;
    std::map<int, bool> is_heading;
    for (int id = 0; id < 400; ++id) {
      // at most two headings in a row: a longer chain may not fit any page
      bool heading = r.below(4) == 0 && !(id >= 2 && is_heading[id - 1] && is_heading[id - 2]);
      int n = heading ? 1 + r.below(2) : 1 + r.below(14);
      size[id] = n;
      is_heading[id] = heading;
      pager.add(synthetic(id, n, heading));
      if (!heading && r.below(60) == 0) pager.new_page(r.below(2) == 0);
    }
    pager.finish();
    std::vector<Placed> placed;
    const auto& pages = pager.pages();
    for (int p = 0; p < static_cast<int>(pages.size()); ++p) {
      for (const auto& run : pages[static_cast<std::size_t>(p)].runs) {
        const std::string& t = run.text;
        auto colon = t.find(':');
        placed.push_back({p, std::stoi(t.substr(0, colon)), std::stoi(t.substr(colon + 1)), run.y});
        CHECK(run.y <= g.height - g.bottom);
      }
    }
    // every line once, in order
    REQUIRE(placed.size() > 0);
    for (std::size_t i = 1; i < placed.size(); ++i) {
      bool next_line =
          placed[i].block == placed[i - 1].block && placed[i].line == placed[i - 1].line + 1;
      bool next_block = placed[i].block == placed[i - 1].block + 1 && placed[i].line == 0 &&
                        placed[i - 1].line == size[placed[i - 1].block] - 1;
      REQUIRE((next_line || next_block));
      CHECK(placed[i].page >= placed[i - 1].page);
    }
    // the parts of a split paragraph have at least two lines each
    std::map<std::pair<int, int>, int> per_page;  // (block, page) → lines
    for (const auto& pl : placed) ++per_page[{pl.block, pl.page}];
    for (const auto& [key, count] : per_page) {
      int n = size[key.first];
      if (count < n) {
        INFO("block " << key.first << " of " << n << " lines has " << count << " on page "
                      << key.second);
        CHECK(count >= 2);
      }
    }
    // the last line of a page is never a heading (except at the very end)
    for (std::size_t i = 0; i + 1 < placed.size(); ++i) {
      if (placed[i + 1].page != placed[i].page) {
        std::string around;
        for (int b = placed[i].block - 3; b < placed[i].block + 4; ++b)
          around += std::to_string(b) + (is_heading[b] ? "h" : "p") + std::to_string(size[b]) + " ";
        INFO("page " << placed[i].page << " ends with block " << placed[i].block << ": " << around
                     << " seed " << seed);
        std::string lines;
        for (const auto& q : placed)
          if (q.page == placed[i].page || q.page == placed[i].page + 1)
            lines += std::to_string(q.page) + "/" + std::to_string(q.block) + ":" +
                     std::to_string(q.line) + "@" + std::to_string(static_cast<int>(q.y)) + " ";
        INFO(lines);
        CHECK_FALSE(is_heading[placed[i].block]);
      }
    }
  }
}

TEST_CASE("a right-hand start leaves a blank page when needed") {
  PageGeometry g;
  Pager pager(g);
  pager.add(synthetic(0, 3, false));
  pager.new_page(true);  // page 1 would be a left-hand page: it stays blank
  pager.add(synthetic(1, 3, false));
  pager.new_page(true);  // page 3 likewise
  pager.add(synthetic(2, 3, false));
  pager.finish();
  REQUIRE(pager.pages().size() == 5);
  CHECK(pager.info()[1].blank);
  CHECK(pager.pages()[1].runs.empty());
  CHECK(pager.pages()[2].runs.size() == 3);
  CHECK(pager.info()[3].blank);
  CHECK(pager.pages()[4].runs.size() == 3);
}

TEST_CASE("a caption's note never starts a page: the paragraph's last lines come with it") {
  PageGeometry g;
  g.height = 56.7f * 2 + 15 * 10;  // room for exactly ten lines of 15 pt
  g.mirror = true;                 // the lines carried also move to the other page's margin
  Pager pager(g);
  FlowBlock para = synthetic(1, 10, false);
  para.space_before = 0;
  pager.add(std::move(para));
  FlowBlock note = synthetic(2, 1, false);
  note.keep_with_previous = true;
  pager.add(std::move(note));
  pager.finish();
  REQUIRE(pager.pages().size() == 2);
  const Page& first = pager.pages()[0];
  const Page& second = pager.pages()[1];
  REQUIRE(first.runs.size() == 8);   // lines 0–7 stay
  REQUIRE(second.runs.size() == 3);  // lines 8, 9 and the note
  std::string texts;
  for (const TextRun& r : second.runs) texts += r.text + " ";
  CHECK(texts == "1:8 1:9 2:0 ");
  CHECK(second.runs[0].y < second.runs[1].y);
  CHECK(second.runs[1].y < second.runs[2].y);
  CHECK(second.runs[0].y - g.top < 15);
  CHECK(second.runs[0].x == Approx(pager.left(1)));
  CHECK(first.runs[0].x == Approx(pager.left(0)));
}

TEST_CASE("vertical justification: a page left short grows its gaps alike, within the limit") {
  PageGeometry g;
  g.height = 300;
  g.top = 20;
  g.bottom = 20;
  for (float stretch : {0.0f, 3.0f, 100.0f}) {
    g.gap_stretch = stretch;
    Pager pager(g);
    // 3 paragraphs of 4 lines (20–80, 84–144, 148–208), then a heading that must go with
    // two lines of what follows (12 + 40 + 4 + 30 > the 72 pt left): page 1 ends 72 pt short
    for (int k = 0; k < 3; ++k) pager.add(synthetic(k, 4, false));
    pager.add(synthetic(3, 2, true));
    pager.add(synthetic(4, 10, false));
    pager.finish();
    REQUIRE(pager.pages().size() >= 2);
    const Page& first = pager.pages()[0];
    float last = 0, first_y = 1e9f;
    for (const auto& r : first.runs) {
      last = std::max(last, r.y);
      first_y = std::min(first_y, r.y);
    }
    float natural = 20 + 11 + 11 * 15 + 2 * 4;  // last baseline with the gaps as set
    INFO(stretch);
    CHECK(first_y == Approx(31));  // the page's first line never moves
    if (stretch == 0) CHECK(last == Approx(natural));
    if (stretch == 3) CHECK(last == Approx(natural + 2 * 3));  // two gaps, 3 pt each
    if (stretch == 100) {  // the last line's box reaches the foot, not beyond
      CHECK(last + 15 - 11 <= 280.01f);
      CHECK(last + 15 - 11 > 279);
    }
  }
}

TEST_CASE("two-sided, a left-hand page a line short runs long, and the page beside it too") {
  PageGeometry g;
  g.height = 320;
  g.top = 20;
  g.bottom = 20;
  g.mirror = true;
  g.first_parity = 1;  // page 0 is a left-hand page
  g.line = 15;         // the text area ends on its 18th line (290), not at 300
  for (bool mirror : {false, true}) {
    g.mirror = mirror;
    Pager pager(g);
    // 16 lines in blocks of 4 without gaps, then a 3-line paragraph that cannot split: one
    // line short on a one-sided page; two-sided, the left-hand page takes it one line long.
    for (int k = 0; k < 4; ++k) {
      FlowBlock b = synthetic(k, 4, false);
      b.space_before = 0;
      pager.add(std::move(b));
    }
    FlowBlock three = synthetic(4, 3, false);
    three.space_before = 0;
    pager.add(std::move(three));
    FlowBlock rest = synthetic(5, 40, false);
    rest.space_before = 0;
    pager.add(std::move(rest));
    pager.finish();
    REQUIRE(pager.pages().size() >= 3);
    auto last_baseline = [&](int p) {
      float y = 0;
      for (const auto& r : pager.pages()[static_cast<std::size_t>(p)].runs) y = std::max(y, r.y);
      return y;
    };
    INFO(mirror);
    if (!mirror) {
      CHECK(last_baseline(0) == Approx(20 + 11 + 15 * 15));  // 16 lines, 2 short
    } else {
      CHECK(last_baseline(0) == Approx(20 + 11 + 18 * 15));  // 19 lines: one long
      CHECK(last_baseline(1) == Approx(last_baseline(0)));   // the spread ends on one line
      CHECK(last_baseline(2) == Approx(20 + 11 + 17 * 15));  // the next spread is not long
    }
  }
}

TEST_CASE("a page the next opening leaves short sets its least stretched paragraphs looser") {
  PageGeometry g;
  g.height = 300;  // text area 20–280: 17 lines of 15 pt
  g.top = 20;
  g.bottom = 20;
  // Paragraphs of 4 lines without gaps, each also set one line looser (texts "k:Li"), the
  // stretch of its looser setting given; then a heading whose opening (12 + 40 + 4 + 30 pt)
  // does not fit the room left, so the page closes short.
  auto page_with = [&](const std::vector<float>& stretches) {
    Pager pager(g);
    for (std::size_t k = 0; k < stretches.size(); ++k) {
      FlowBlock b = synthetic(static_cast<int>(k), 4, false);
      b.space_before = 0;
      FlowBlock looser = synthetic(static_cast<int>(k), 5, false);
      for (SetLine& l : looser.lines) l.runs[0].text.insert(l.runs[0].text.find(':') + 1, "L");
      b.looser = std::move(looser.lines);
      b.looser_stretch = stretches[k];
      pager.add(std::move(b));
    }
    pager.add(synthetic(9, 2, true));
    pager.add(synthetic(10, 10, false));
    pager.finish();
    REQUIRE(pager.pages().size() >= 2);
    std::vector<std::pair<std::string, float>> lines;
    for (const auto& r : pager.pages()[0].runs) lines.emplace_back(r.text, r.y);
    return lines;
  };
  SECTION("three paragraphs, five lines of room: all three take a line more") {
    auto lines = page_with({0.5f, 0.2f, 0.9f});
    REQUIRE(lines.size() == 15);
    CHECK(lines[0].first == "0:L0");
    CHECK(lines[14].first == "2:L4");
    CHECK(lines[14].second == Approx(20 + 11 + 14 * 15));  // two lines short, not five
    for (std::size_t i = 1; i < lines.size(); ++i)
      CHECK(lines[i].second == Approx(lines[i - 1].second + 15));
  }
  SECTION("four paragraphs, one line of room: the least stretched takes it") {
    auto lines = page_with({0.5f, 0.2f, 0.9f, 0.4f});
    REQUIRE(lines.size() == 17);
    CHECK(lines[0].first == "0:0");
    CHECK(lines[4].first == "1:L0");
    CHECK(lines[9].first == "2:0");
    CHECK(lines[16].first == "3:3");
    CHECK(lines[16].second == Approx(20 + 11 + 16 * 15));  // the foot's line
  }
}

namespace {

// A paragraph of n lines with no space above it, also set `other` lines long (texts "id:<tag>i")
// as its looser (tag L) or tighter (tag T) setting.
FlowBlock with_setting(int id, int n, int other, float ratio) {
  FlowBlock b = synthetic(id, n, false);
  b.space_before = 0;
  if (other == 0) return b;
  FlowBlock alt = synthetic(id, other, false);
  const std::string tag = other > n ? "L" : "T";
  for (SetLine& l : alt.lines) l.runs[0].text.insert(l.runs[0].text.find(':') + 1, tag);
  if (other > n) {
    b.looser = std::move(alt.lines);
    b.looser_stretch = ratio;
  } else {
    b.tighter = std::move(alt.lines);
    b.tighter_shrink = ratio;
  }
  return b;
}

// The texts of a page's runs with their baselines.
std::vector<std::pair<std::string, float>> page_lines(Pager& pager, std::size_t page) {
  std::vector<std::pair<std::string, float>> lines;
  for (const auto& r : pager.pages()[page].runs) lines.emplace_back(r.text, r.y);
  return lines;
}

// An article's opening (a 20 pt title with no space above, then 10 lines: 50 pt with its
// first two), and the end of the flow.
void add_opening(Pager& pager) {
  FlowBlock title = synthetic(9, 1, true);
  title.space_before = 0;
  pager.add(std::move(title));
  pager.add(with_setting(10, 10, 0, 0));
  pager.finish();
}

PageGeometry seventeen_lines() {
  PageGeometry g;
  g.height = 300;  // text area 20–275 on whole lines: 17 lines of 15 pt
  g.top = 20;
  g.bottom = 20;
  g.line = 15;
  return g;
}

}  // namespace

TEST_CASE("a paragraph set a line tighter makes room for the next opening on the page") {
  Pager pager(seventeen_lines());
  // 14 lines leave 45 pt; the opening (a 20 pt title and two lines) needs 50: the paragraph
  // with a tighter setting takes it, and the title stays on the page with its two lines.
  pager.add(with_setting(0, 4, 3, -0.4f));
  for (int k = 1; k <= 2; ++k) pager.add(with_setting(k, 4, 0, 0));
  pager.add(with_setting(3, 2, 0, 0));
  add_opening(pager);
  auto lines = page_lines(pager, 0);
  REQUIRE(lines.size() == 13 + 1 + 2);
  CHECK(lines[0].first == "0:T0");
  CHECK(lines[2].first == "0:T2");
  CHECK(lines[3].first == "1:0");
  CHECK(lines[3].second == Approx(20 + 11 + 3 * 15));  // the text below moved up a line
  CHECK(lines[13].first == "9:0");
  CHECK(lines[15].first == "10:1");
  CHECK(lines[15].second == Approx(20 + 13 * 15 + 20 + 11 + 15));  // 10 pt above the foot
}

namespace {

// Page 0: a paragraph of 5 lines (also set 6 looser), then paragraphs of `first` and `second`
// lines and one of 2, then an opening (a 20 pt title and two lines: 50 pt).
Pager before_an_opening(int first, int second) {
  Pager pager(seventeen_lines());
  pager.add(with_setting(0, 5, 6, 0.8f));
  pager.add(with_setting(1, first, 0, 0));
  pager.add(with_setting(2, second, 0, 0));
  pager.add(with_setting(3, 2, 0, 0));
  add_opening(pager);
  return pager;
}

}  // namespace

TEST_CASE("a page the next opening leaves short takes lines from the page before") {
  // Page 0 holds 12 lines of paragraph 1; page 1 its last 3, 9 + 2 more, and the opening
  // does not fit the 45 pt left.
  Pager pager = before_an_opening(15, 9);
  REQUIRE(pager.pages().size() == 3);
  auto before = page_lines(pager, 0), after = page_lines(pager, 1);
  // The page before sets its first paragraph looser, still ends at its foot, and its last
  // line of paragraph 1 goes over: 11 lines of it stay, 4 go (no widow, no orphan).
  REQUIRE(before.size() == 17);
  CHECK(before[0].first == "0:L0");
  CHECK(before[16].first == "1:10");
  CHECK(before[16].second == Approx(20 + 11 + 16 * 15));
  REQUIRE(after.size() == 15);
  CHECK(after[0].first == "1:11");
  CHECK(after[0].second == Approx(20 + 11));
  CHECK(after[14].first == "3:1");
  CHECK(after[14].second == Approx(20 + 11 + 14 * 15));  // two lines short, not three
  CHECK(page_lines(pager, 2)[0].first == "9:0");
}

TEST_CASE("lines go over from the page before only by the rules") {
  // The page before ends with a whole paragraph: its last line alone would be a widow at the
  // next page's top, so nothing moves and the page stays as set.
  Pager pager = before_an_opening(12, 12);
  auto before = page_lines(pager, 0), after = page_lines(pager, 1);
  REQUIRE(before.size() == 17);
  CHECK(before[0].first == "0:0");
  REQUIRE(after.size() == 14);
  CHECK(after[0].first == "2:0");
}

TEST_CASE("a page a paragraph split leaves a line short sets a paragraph above looser") {
  // 8 lines, then a paragraph of 10 with 9 lines of room: 8 of it stay (its last line may
  // not go on alone), so the page would end a line short; the first paragraph takes its
  // looser setting and the page ends at its foot.
  Pager pager(seventeen_lines());
  pager.add(with_setting(0, 4, 5, 0.5f));
  pager.add(with_setting(1, 4, 0, 0));
  pager.add(with_setting(2, 10, 0, 0));
  pager.finish();
  auto lines = page_lines(pager, 0);
  REQUIRE(lines.size() == 17);
  CHECK(lines[0].first == "0:L0");
  CHECK(lines[16].first == "2:7");
  CHECK(lines[16].second == Approx(20 + 11 + 16 * 15));  // the foot's line
  auto next = page_lines(pager, 1);
  REQUIRE(next.size() == 2);  // no widow
  CHECK(next[0].first == "2:8");
}

TEST_CASE("two-sided, a left-hand page a line short makes the page beside it end there too") {
  PageGeometry g = seventeen_lines();
  g.first_parity = 1;  // page 0 is a left-hand page
  for (bool mirror : {false, true}) {
    g.mirror = mirror;
    Pager pager(g);
    // 16 lines, then a paragraph of 3 that may not split: one line of room is not enough,
    // and one line long would not be either, so the left-hand page ends a line short.
    for (int k = 0; k < 4; ++k) pager.add(with_setting(k, 4, 0, 0));
    FlowBlock three = with_setting(4, 3, 0, 0);
    three.breakable = false;
    pager.add(std::move(three));
    pager.add(with_setting(5, 40, 0, 0));
    pager.finish();
    REQUIRE(pager.pages().size() >= 3);
    auto last_baseline = [&](std::size_t p) { return page_lines(pager, p).back().second; };
    INFO(mirror);
    CHECK(last_baseline(0) == Approx(20 + 11 + 15 * 15));  // 16 lines
    if (mirror) {
      CHECK(last_baseline(1) == Approx(last_baseline(0)));   // the spread ends on one line
      CHECK(last_baseline(2) == Approx(20 + 11 + 16 * 15));  // the next spread is full
    } else {
      CHECK(last_baseline(1) == Approx(20 + 11 + 16 * 15));  // one-sided: no spread
    }
  }
}

TEST_CASE("a page whose last lines go on with a caption's note grows its gaps") {
  PageGeometry g = seventeen_lines();
  g.gap_stretch = 10;
  Pager pager(g);
  // 8 lines, a 6 pt gap, 7 lines: 24 pt of room is too little for the note (4 + 30 pt), so
  // the last two lines go on with it and the page, 54 pt short, grows its gap to 16 pt.
  pager.add(with_setting(0, 8, 0, 0));
  FlowBlock second = with_setting(1, 7, 0, 0);
  second.space_before = 6;
  pager.add(std::move(second));
  FlowBlock note = synthetic(2, 2, false);
  note.keep_with_previous = true;
  pager.add(std::move(note));
  pager.finish();
  auto lines = page_lines(pager, 0);
  REQUIRE(lines.size() == 13);
  CHECK(lines[8].first == "1:0");
  CHECK(lines[8].second == Approx(20 + 8 * 15 + 6 + 10 + 11));
  auto next = page_lines(pager, 1);
  REQUIRE(next.size() == 4);
  CHECK(next[0].first == "1:5");
  CHECK(next[2].first == "2:0");
}
