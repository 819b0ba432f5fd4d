// Where lines may not, or should rather not, break (layout/ties.h), through set_paragraph:
// each case first shows that without the rule the text does break there at some measure.
#include "layout/ties.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "glyph_text.h"
#include "layout/linebreak.h"
#include "layout/paragraph.h"
#include "para_fixture.h"

using namespace tuyentap;

namespace {

// The official body's paragraph style, justified (with its indent) or ragged.
struct Fixture : test::ParaFixture {
  ParaStyle style(Align align) {
    ParaStyle s = ParaFixture::style();
    s.indent = align == Align::Justify ? s.indent : 0;
    s.align = align;
    return s;
  }
};

std::vector<std::string> lines_of(Shaper& shaper, const std::string& text, const ParaStyle& s) {
  std::vector<std::string> out;
  for (const SetLine& l : set_paragraph(shaper, text, s).lines) {
    std::string t;
    for (const auto& r : l.runs) t += r.text;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    out.push_back(t);
  }
  return out;
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The measures (pt, every 3 from `from` to `to`) at which a line ends with `before` and the
// next starts with `after`.
int splits(Shaper& shaper, const std::string& text, ParaStyle s, const std::string& before,
           const std::string& after, float from, float to) {
  int n = 0;
  for (s.measure = from; s.measure <= to; s.measure += 3) {
    std::vector<std::string> lines = lines_of(shaper, text, s);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
      n += ends_with(lines[i], before) && lines[i + 1].rfind(after, 0) == 0 ? 1 : 0;
  }
  return n;
}

// The widest word space of a paragraph's justified lines (pt), and a natural space.
float widest_space(const SetParagraph& p) {
  float widest = 0;
  for (const SetLine& l : p.lines) {
    if (!l.justified) continue;
    for (const auto& r : l.runs)
      for (std::size_t i = 0; i < r.glyphs.size(); ++i)
        if (test::glyph_text(r, i) == " ") widest = std::max(widest, r.glyphs[i].advance);
  }
  return widest;
}
float space_width(Shaper& shaper, const ParaStyle& s) {
  return text_width(shaper, " ", s.font, s.size);
}

const TieWords kNumberWords({}, {"năm", "tháng", "ngày", "số"});

}  // namespace

TEST_CASE("a list entry keeps a number with the word before it and a range's dash with its end") {
  Fixture fx;
  ParaStyle s = fx.style(Align::Ragged);
  s.tie_last = true;
  const std::string year =
      "1. Tỉnh ủy An Thạnh tổng kết công tác xây dựng Đảng năm 2018 – Minh Châu";
  const std::string range =
      "6. Tân Mỹ chọn 3 chi bộ làm điểm đại hội nhiệm kỳ 2020 – 2022 – Văn Đức";
  // the defects, as they were
  REQUIRE(splits(fx.shaper, year, s, " năm", "2018", 100, 400) > 0);
  REQUIRE(splits(fx.shaper, range, s, "–", "2022", 100, 400) > 0);
  s.ties = &kNumberWords;
  s.tie_ranges = true;
  CHECK(splits(fx.shaper, year, s, " năm", "2018", 100, 400) == 0);
  CHECK(splits(fx.shaper, range, s, "–", "2022", 100, 400) == 0);
  CHECK_FALSE(may_break_after_dash("2020–", "2022", s));
  CHECK(may_break_after_dash("kinh tế–", "xã hội", s));
  CHECK(may_break_after_dash("2020–", "2022", fx.style(Align::Ragged)));  // no number words
  // a number after any other word still may start a line; a clause's end is no number word
  const std::vector<float> cost = space_penalties("chọn 3 chi bộ (năm) 2019, năm 2020", s);
  CHECK(cost[6] == 0);             // chọn|3
  CHECK(cost[24] == 0);            // (năm)|2019
  CHECK(cost[35] == kInfPenalty);  // năm|2020
}

TEST_CASE("titles and lists rather not break a compound, in any case, and say when they must") {
  Fixture fx;
  ParaStyle s = fx.style(Align::Ragged);
  s.tie_last = true;
  const std::string text = "Tọa đàm 50 năm thực hiện Di chúc của Chủ tịch, chi bộ và Đảng viên mới";
  auto inside = [&](const ParaStyle& st) {
    return splits(fx.shaper, text, st, " Di", "chúc", 60, 400) +
           splits(fx.shaper, text, st, " chi", "bộ", 60, 400) +
           splits(fx.shaper, text, st, " Đảng", "viên", 60, 400);
  };
  const int before = inside(s);
  REQUIRE(before > 0);
  const TieWords compounds({"di chúc", "chi bộ", "đảng viên", "chủ tịch"}, {});
  s.ties = &compounds;
  s.compound_penalty = 1000;
  const int after = inside(s);
  INFO(before << " → " << after);
  // kept where the line before can take a few ems more white (not where the tied last two
  // syllables or a narrow measure leave no other way)
  CHECK(after * 2 <= before);
  // "tịch," ends a clause: "Chủ tịch, chi" holds no compound "tịch chi"
  ParaStyle clause = s;
  const TieWords across({"tịch chi"}, {});
  clause.ties = &across;
  CHECK(splits(fx.shaper, text, clause, "tịch,", "chi", 60, 400) > 0);
  // a measure too narrow for anything else still breaks inside, and says so
  s.tie_last = false;
  s.measure = 20;
  CHECK(set_paragraph(fx.shaper, "Di chúc", s).soft_breaks == 1);
  s.measure = 200;
  CHECK(set_paragraph(fx.shaper, "Di chúc", s).soft_breaks == 0);
}

TEST_CASE("body text keeps a name together when its lines can afford it, never beyond") {
  Fixture fx;
  ParaStyle s = fx.style(Align::Justify);
  const std::string text =
      "Trong những năm qua, cán bộ, đảng viên và nhân dân trong tỉnh đã tích cực học tập và làm "
      "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, gắn với việc thực hiện nhiệm vụ chính trị "
      "của từng cơ quan, đơn vị; nhiều tập thể, cá nhân làm theo lời Bác Hồ Chí Minh được biểu "
      "dương, khen thưởng kịp thời.";
  int before = splits(fx.shaper, text, s, " Hồ", "Chí", 200, 500) +
               splits(fx.shaper, text, s, " Chí", "Minh", 200, 500);
  REQUIRE(before > 0);
  s.avoid = {"Hồ Chí Minh"};
  s.avoid_penalty = 200;
  int after = splits(fx.shaper, text, s, " Hồ", "Chí", 200, 500) +
              splits(fx.shaper, text, s, " Chí", "Minh", 200, 500);
  CHECK(after * 2 <= before);  // most of them kept
  // and no paragraph's widest word space grows past 1.5 spaces, or past what it was, to do it
  for (s.measure = 200; s.measure <= 500; s.measure += 3) {
    ParaStyle free = s;
    free.avoid.clear();
    const float was = widest_space(set_paragraph(fx.shaper, text, free));
    const float is = widest_space(set_paragraph(fx.shaper, text, s));
    INFO(s.measure << ": " << was << " → " << is);
    CHECK(is <= std::max(was, 1.5f * space_width(fx.shaper, s)) + 0.01f);
  }
}

TEST_CASE("a number word takes a number or a roman numeral, in one or more syllables, any case") {
  Fixture fx;
  ParaStyle s = fx.style(Align::Justify);
  const TieWords words({}, {"trung ương", "điều", "khóa", "lần thứ"});
  s.ties = &words;
  auto tied = [&](const std::string& text, const std::string& before) {
    const std::vector<float> cost = space_penalties(text, s);
    const std::size_t at = text.find(before) + before.size();
    REQUIRE(text[at] == ' ');
    return cost[at] >= kInfPenalty;
  };
  CHECK(tied("Nghị quyết Trung ương 4 về", "ương"));
  CHECK(tied("NGHỊ QUYẾT TRUNG ƯƠNG 4", "ƯƠNG"));
  CHECK(tied("theo Điều 5, khoản 2", "Điều"));
  CHECK(tied("(khóa XIII) đã", "(khóa"));
  CHECK(tied("Đại hội lần thứ XIII", "thứ"));
  CHECK_FALSE(tied("Đại hội lần thứ XIII", "lần"));  // only the number is tied
  CHECK_FALSE(tied("ở Trung ương 4 tỉnh", "Trung"));
  CHECK_FALSE(tied("một ương 4 lần", "ương"));       // "ương" alone is no number word
  CHECK_FALSE(tied("khóa CDC của", "khóa"));         // an acronym, not a numeral
  CHECK_FALSE(tied("Trung ương, 4 tỉnh", "ương,"));  // a clause ends there
  CHECK_FALSE(tied("lần (thứ 4)", "(thứ"));          // a mark inside "lần thứ"
  s.ties = nullptr;
  CHECK_FALSE(tied("Nghị quyết Trung ương 4 về", "ương"));
}
