#include "layout/paragraph.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "gen.h"
#include "glyph_text.h"
#include "layout/linebreak.h"
#include "para_fixture.h"
#include "test_paths.h"

using namespace tuyentap;

namespace {

using Fixture = test::ParaFixture;

std::string line_text(const SetLine& l) {
  std::string t;
  for (const auto& r : l.runs) t += r.text;
  return t;
}

std::vector<float> space_advances(const SetLine& l) {
  std::vector<float> out;
  for (const auto& r : l.runs)
    for (std::size_t i = 0; i < r.glyphs.size(); ++i)
      if (test::glyph_text(r, i) == " ") out.push_back(r.glyphs[i].advance);
  return out;
}

}  // namespace

TEST_CASE("justified lines fill the measure exactly, with even spaces, never wider") {
  Fixture fx;
  testgen::Rng r{42};
  for (int k = 0; k < 30; ++k) {
    std::string text = testgen::paragraph(r, 40, 200);
    SetParagraph p = set_paragraph(fx.shaper, text, fx.style());
    REQUIRE(p.lines.size() >= 2);
    CHECK_FALSE(p.emergency);
    std::string joined;
    for (std::size_t i = 0; i < p.lines.size(); ++i) {
      const SetLine& l = p.lines[i];
      CHECK(l.width <= fx.style().measure + 0.05f);
      bool last = i + 1 == p.lines.size();
      CHECK(l.justified == !last);
      if (!last) CHECK(std::fabs(l.width - fx.style().measure) < 0.05f);
      auto sp = space_advances(l);
      for (float a : sp) CHECK(a == Approx(sp.front()).margin(0.001));
      if (i) joined += ' ';
      joined += line_text(l);
    }
    // no break inside a word: the lines put back together are the paragraph
    CHECK(joined == text);
  }
}

TEST_CASE("ragged lines keep natural spaces and stay inside the measure") {
  Fixture fx;
  testgen::Rng r{5};
  ParaStyle s = fx.style();
  s.align = Align::Ragged;
  s.indent = 0;
  std::string text = testgen::paragraph(r, 60, 80);
  SetParagraph p = set_paragraph(fx.shaper, text, s);
  float natural = space_advances(p.lines[0]).front();
  for (const auto& l : p.lines) {
    CHECK(l.width <= s.measure + 0.05f);
    CHECK_FALSE(l.justified);
    for (float a : space_advances(l)) CHECK(a == Approx(natural));
  }
}

TEST_CASE("Knuth-Plass spaces lines more evenly than a greedy fill") {
  Fixture fx;
  testgen::Rng r{9};
  const float size = 13, measure = 300;
  float space = fx.shaper.shape({fx.font, {}}, " ").width * size;
  double kp_sq = 0, greedy_sq = 0, kp_max = 0, greedy_max = 0;
  for (int k = 0; k < 25; ++k) {
    std::string text = testgen::paragraph(r, 80, 160);
    std::vector<BreakItem> items;
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t j = text.find(' ', i);
      if (j == std::string::npos) j = text.size();
      if (!items.empty()) items.push_back({BreakItem::Glue, space, space / 2, space / 3, 0, false});
      float w = fx.shaper.shape({fx.font, {}}, text.substr(i, j - i)).width * size;
      items.push_back({BreakItem::Box, w, 0, 0, 0, false});
      i = j + 1;
    }
    items.push_back({BreakItem::Penalty, 0, 0, 0, kInfPenalty, false});
    items.push_back({BreakItem::Glue, 0, kFilStretch, 0, 0, false});
    items.push_back({BreakItem::Penalty, 0, 0, 0, -kInfPenalty, false});
    LineBreaks kp = knuth_plass(items, measure, 2.0f);
    LineBreaks gr = greedy_breaks(items, measure);
    REQUIRE(kp.breaks.back() == static_cast<int>(items.size()) - 1);
    REQUIRE(gr.breaks.back() == static_cast<int>(items.size()) - 1);
    for (std::size_t l = 0; l + 1 < kp.ratios.size(); ++l) {
      kp_sq += kp.ratios[l] * kp.ratios[l];
      kp_max = std::max(kp_max, std::fabs(static_cast<double>(kp.ratios[l])));
    }
    for (std::size_t l = 0; l + 1 < gr.ratios.size(); ++l) {
      greedy_sq += gr.ratios[l] * gr.ratios[l];
      greedy_max = std::max(greedy_max, std::fabs(static_cast<double>(gr.ratios[l])));
    }
  }
  INFO("kp " << kp_sq << " max " << kp_max << "; greedy " << greedy_sq << " max " << greedy_max);
  CHECK(kp_sq < greedy_sq * 0.8);
  CHECK(kp_max <= greedy_max);
}

TEST_CASE("a token longer than a line gets an emergency break, not an overflow") {
  Fixture fx;
  ParaStyle s = fx.style();
  // no dash in it, so only the emergency break can split it
  std::string url =
      "https://www.baobaclieu.vn/xay_dung_dang/cong_tac_xay_dung_dang_cua_tp_bac_lieu_doi_moi_"
      "va_bam_sat_thuc_tien_de_nang_cao_chat_luong_56789.html?utm_source=facebook&utm_medium=x";
  std::string text = "Xem thêm tại " + url + " để biết chi tiết về công tác này.";
  SetParagraph p = set_paragraph(fx.shaper, text, s);
  CHECK(p.emergency);
  CHECK_FALSE(p.overfull);
  std::string joined;
  for (const auto& l : p.lines) {
    CHECK(l.width <= s.measure + 0.05f);
    joined += line_text(l);
  }
  // every character is still there, in order
  std::string squeezed;
  for (char c : text)
    if (c != ' ') squeezed += c;
  std::string got;
  for (char c : joined)
    if (c != ' ') got += c;
  CHECK(got == squeezed);
}

TEST_CASE("a line may break after an en dash inside a word, and only at spaces otherwise") {
  Fixture fx;
  ParaStyle s = fx.style();
  s.indent = 0;
  s.measure = 60;
  SetParagraph p = set_paragraph(fx.shaper, "phát triển kinh tế–xã–hội–văn–hóa–giáo–dục", s);
  bool dash_break = false;
  for (const auto& l : p.lines) {
    std::string t = line_text(l);
    if (t.size() >= 3 && t.compare(t.size() - 3, 3, "–") == 0) dash_break = true;
    CHECK(t.front() != ' ');
    CHECK(t.back() != ' ');
  }
  CHECK(dash_break);
}

TEST_CASE("no line ends in a hyphen-minus, which text extraction would take for a hyphenation") {
  Fixture fx;
  ParaStyle s = fx.style();
  s.indent = 0;
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += "kỷ niệm ngày sinh (19/5/1890 - 19/5/2019) hệ thống chính trị - xã hội 2015-2020 ";
  }
  for (float measure : {120.f, 160.f, 200.f, 260.f}) {
    s.measure = measure;
    SetParagraph p = set_paragraph(fx.shaper, text, s);
    for (const auto& l : p.lines) {
      std::string t = line_text(l);
      CHECK(t.back() != '-');
      CHECK(t.front() != '-');
    }
  }
}

TEST_CASE("words inside a font span are set in that font, the rest in the paragraph's") {
  Fixture fx;
  int bold =
      fx.fonts.add(test::font_file(test_paths::source_dir() + "/fonts/LiberationSerif-Bold.ttf"));
  FontChoice bold_choice{bold, {}};
  const std::string text = "Chi bộ thôn Đông chọn những việc gần dân để làm trước.";
  ParaStyle s = fx.style();
  std::size_t begin = text.find("những"), end = text.find(" để");
  s.spans = {{begin, end, &bold_choice}};
  SetParagraph p = set_paragraph(fx.shaper, text, s);
  REQUIRE(p.lines.size() == 1);
  std::string in_bold, in_regular;
  for (const TextRun& r : p.lines[0].runs) (r.font == bold ? in_bold : in_regular) += r.text;
  // the spaces between the words stay the paragraph's (the justified gap is one glyph)
  CHECK(in_bold == "nhữngviệcgầndân");
  CHECK(line_text(p.lines[0]) == text);
  // without spans, the same text is one run in the paragraph's font
  SetParagraph plain = set_paragraph(fx.shaper, text, fx.style());
  REQUIRE(plain.lines[0].runs.size() == 1);
  CHECK(plain.lines[0].runs[0].font == fx.font);
}

TEST_CASE("titles and list entries: names and the last two syllables are never broken apart") {
  Fixture fx;
  ParaStyle s = fx.style();
  s.align = Align::Ragged;
  s.indent = 0;
  s.measure = 150;
  std::string text = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong cơ quan";
  s.keep_together = {"Hồ Chí Minh"};
  s.tie_last = true;
  for (float m = 90; m <= 300; m += 7) {
    s.measure = m;
    SetParagraph p = set_paragraph(fx.shaper, text, s);
    INFO(m);
    REQUIRE(p.lines.size() >= 2);
    bool whole = false;
    for (const auto& l : p.lines)
      whole = whole || line_text(l).find("Hồ Chí Minh") != std::string::npos;
    CHECK(whole);
    std::string last = line_text(p.lines.back());
    CHECK(last.find(' ') != std::string::npos);  // two syllables at least
  }
}

TEST_CASE("a hanging indent: the lines after the first start further in, none wider") {
  Fixture fx;
  ParaStyle s = fx.style();
  s.align = Align::Ragged;
  s.indent = 0;
  s.hang = 26;
  s.measure = 200 - s.hang;
  SetParagraph p = set_paragraph(
      fx.shaper, "Chi bộ ấp Mỹ Lợi: Sinh hoạt chuyên đề gắn với việc làm cụ thể của từng đảng viên",
      s);
  REQUIRE(p.lines.size() >= 2);
  CHECK(p.lines[0].runs.front().x == Approx(0));
  for (std::size_t i = 1; i < p.lines.size(); ++i) {
    CHECK(p.lines[i].runs.front().x == Approx(26));
    CHECK(p.lines[i].width <= 200.05f);
  }
  CHECK(p.lines[0].width <= 200.05f);
  CHECK(p.lines[0].width > 200 - s.hang);  // the first line uses the room the others leave
}

TEST_CASE("looseness: one line more or fewer, every line within the tolerance") {
  testgen::Rng r{4};
  int looser = 0, tighter = 0;
  for (int k = 0; k < 40; ++k) {
    std::vector<BreakItem> items;
    const int words = 40 + static_cast<int>(r.below(60));
    for (int w = 0; w < words; ++w) {
      if (w > 0) items.push_back({BreakItem::Glue, 5, 2.5f, 5.0f / 3, 0, false});
      items.push_back({BreakItem::Box, 10 + static_cast<float>(r.below(20)), 0, 0, 0, false});
    }
    items.push_back({BreakItem::Penalty, 0, 0, 0, kInfPenalty, false});
    items.push_back({BreakItem::Glue, 0, kFilStretch, 0, 0, false});
    items.push_back({BreakItem::Penalty, 0, 0, 0, -kInfPenalty, false});
    const std::size_t best = knuth_plass(items, 200, 2.0f).breaks.size();
    const LooserTighter both = knuth_plass_looser_tighter(items, 200, 2.0f);
    for (int looseness : {1, -1}) {
      LineBreaks lb = knuth_plass_looser(items, 200, 2.0f, looseness);
      // one pass gives both, the same breaks as a pass for each
      CHECK((looseness > 0 ? both.looser : both.tighter).breaks == lb.breaks);
      if (lb.breaks.empty()) continue;
      (looseness > 0 ? looser : tighter)++;
      CHECK(static_cast<int>(lb.breaks.size()) == static_cast<int>(best) + looseness);
      CHECK(lb.breaks.back() == static_cast<int>(items.size()) - 1);
      for (float ratio : lb.ratios) {
        CHECK(ratio >= -1.0f);
        CHECK(ratio <= 2.0f);
      }
    }
  }
  CHECK(looser > 0);
  CHECK(tighter > 0);
  CHECK(knuth_plass_looser({}, 200, 2.0f, 1).breaks.empty());
  CHECK(knuth_plass_looser_tighter({}, 200, 2.0f).tighter.breaks.empty());
}
