#include "layout/typeset.h"

#include <algorithm>
#include <cstdio>

#include "base/ascii.h"
#include "base/error.h"
#include "layout/page_starts.h"
#include "text/dashes.h"
#include "text/date.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {
namespace {

// The start of a paragraph for a message, cut at a character boundary (valid UTF-8).
std::string excerpt(const std::string& text) {
  std::size_t n = std::min<std::size_t>(text.size(), 60);
  while (n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) ++n;
  return text.substr(0, n) + (n < text.size() ? "\xE2\x80\xA6" : "");  // …
}

// The narrowest measure that sets `text` in no more lines, and no more breaks inside a
// compound, than the full measure does: the lines of a title come out of similar length
// instead of a full line over a short one.
float balanced_measure(Shaper& shaper, const std::string& text, ParaStyle ps, std::size_t lines,
                       int soft_breaks) {
  float lo = ps.measure * 0.4f, hi = ps.measure;
  for (int k = 0; k < 10 && hi - lo > 1.0f; ++k) {
    ps.measure = (lo + hi) / 2;
    SetParagraph sp = set_paragraph(shaper, text, ps);
    if (sp.lines.size() <= lines && !sp.overfull && !sp.emergency && sp.soft_breaks <= soft_breaks)
      hi = ps.measure;
    else
      lo = ps.measure;
  }
  return hi;
}

// What a break inside a compound costs a title or a list entry (TeX demerits, as a penalty
// item), and how short their ragged lines may end (an adjustment ratio: three times the
// three ems of stretch of a ragged line): a line ends up to about eight ems short rather than
// split "chính trị" or "đảng viên – Author"; only a narrower measure splits one.
constexpr float kCompoundPenalty = 2500;
constexpr float kRaggedListTolerance = 3;
// What a break inside a name costs body text: the paragraph keeps "Hồ Chí Minh" on one line
// when that stretches its lines a little (about as much as TeX's hyphen penalty would allow,
// never past the style's tolerance), and breaks it when keeping it would cost more.
constexpr float kNamePenalty = 100;
// What a break between a number word and its number ("Trung ương | 4") costs body text: more
// than any line within the style's tolerance, so it is kept wherever the paragraph can be set
// at all without it, but not at any price: tied hard, the year's A5 pages got lines with
// spaces 2.6 times a space (the final pass), and 0.3 % more lines beyond 1.5.
constexpr float kNumberPenalty = 1000;

}  // namespace

Typesetter::Typesetter(const PrintStyle& s) : style(s), no_break(s.no_break) {
  no_break.push_back(label::kNeverBroken);  // whatever the style lists
  for (const std::string& name : no_break) {
    no_break_any_case.push_back(name);
    no_break_any_case.push_back(to_upper_vi(name));
  }
  // The main faces first, then the fallbacks (style_font_names' order).
  std::vector<int> ids;
  for (const std::string& name : style_font_names(s)) {
    auto file = s.font_files.find(name);
    if (file == s.font_files.end() || file->second.empty()) {
      throw Error("the print style's font was not read: " + name, s.source, 0,
                  "load the style with load_print_style (load/load.h)");
    }
    ids.push_back(fonts.add(file->second));
  }
  int r = ids[0], b = ids[1], i = ids[2], bi = ids[3];
  std::vector<int> fb(ids.begin() + 4, ids.end());
  regular = {r, fb};
  bold = {b, fb};
  italic = {i, fb};
  bold_italic = {bi, fb};
}

void Typesetter::set_place(PagePlace::Part part, int index, int block) {
  if (!places_taken) places.push_back({part, index, block});
  ++place_count;
}

PageGeometry Typesetter::geometry() const {
  PageGeometry g;
  g.width = style.page_width_mm * kPtPerMm;
  g.height = style.page_height_mm * kPtPerMm;
  g.top = style.margin_top_mm * kPtPerMm;
  g.bottom = style.margin_bottom_mm * kPtPerMm;
  g.inner = style.margin_left_mm * kPtPerMm;
  g.outer = style.margin_right_mm * kPtPerMm;
  g.mirror = style.mirror_margins;
  g.gap_stretch = style.paragraph_space_stretch_pt;
  if (g.mirror) g.line = style.body_size * style.line_spacing;  // facing pages share a grid
  return g;
}

const FontChoice& Typesetter::font_named(const std::string& name) const {
  if (name == "bold") return bold;
  if (name == "italic") return italic;
  if (name == "bold_italic") return bold_italic;
  return regular;
}

void Typesetter::report_missing(const std::string& file, const std::vector<std::string>& chars) {
  for (const auto& c : chars) {
    if (!reported.insert({file, c}).second) continue;
    std::size_t at = 0;
    char label[16];
    std::snprintf(label, sizeof label, "U+%04X", static_cast<unsigned>(utf8::next(c, at)));
    problems.push_back({file, c,
                        std::string("character ") + label + " \"" + c +
                            "\": no font of the print style has it; it is printed as a visible "
                            "replacement mark"});
  }
}

FlowBlock Typesetter::block(const std::string& text, const TextStyle& ts, const std::string& file,
                            float width) {
  ParaStyle ps;
  ps.font = *ts.font;
  ps.size = ts.size;
  ps.leading = ts.size * (ts.leading_factor > 0 ? ts.leading_factor : style.line_spacing);
  ps.indent = ts.indent;
  ps.measure = width > 0 ? width : measure();
  ps.align = ts.align;
  ps.gray = ts.gray;
  ps.tolerance = style.tolerance;
  ps.spans = ts.spans;
  ps.tie_last = ts.tie_last || ts.balanced;
  ps.hang = ts.hang;
  if (ts.looser) {
    ps.alternative_looseness = 1;
    ps.alternative_tighter = true;
    ps.alternative_tolerance = std::max(style.ragged_page_tolerance, Pager::kLooserStretch);
  }
  if (ts.hang > 0) ps.measure -= ts.hang;
  ps.ties = &style.ties;  // numbers stay with their words everywhere ("Điều 5")
  if (ts.balanced || ts.tie_last || !ts.keep_together.empty()) {
    ps.keep_together = no_break_any_case;
    for (const std::string& p : ts.keep_together) {  // as written and in capitals
      ps.keep_together.push_back(p);
      ps.keep_together.push_back(to_upper_vi(p));
    }
    ps.compound_penalty = kCompoundPenalty;
    ps.tie_ranges = style.ties.has_number_words();
    if (ts.align != Align::Justify) ps.tolerance = std::max(ps.tolerance, kRaggedListTolerance);
  } else {
    ps.avoid = no_break;
    ps.avoid_penalty = kNamePenalty;
    ps.number_penalty = kNumberPenalty;
  }
  const std::string printed = range_dashes(text);
  for (FontSpan& span : ps.spans) {  // the emphasis, moved with the dashes
    span.begin = range_dashed_offset(text, span.begin);
    span.end = range_dashed_offset(text, span.end);
  }
  SetParagraph sp = set_paragraph(shaper, printed, ps);
  if (ts.balanced && sp.lines.size() >= 2) {
    float full = ps.measure;
    ps.measure = balanced_measure(shaper, printed, ps, sp.lines.size(), sp.soft_breaks);
    sp = set_paragraph(shaper, printed, ps);
    float shift = ts.align == Align::Center  ? (full - ps.measure) / 2
                  : ts.align == Align::Right ? full - ps.measure
                                             : 0;
    for (SetLine& line : sp.lines)
      for (TextRun& r : line.runs) r.x += shift;
  }
  report_missing(file, sp.missing);
  if (sp.emergency) {
    problems.push_back(
        {file, "", "a word longer than a line was broken inside it: " + excerpt(text)});
  }
  if (sp.overfull) {
    problems.push_back({file, "", "a line is wider than the text area: " + excerpt(text)});
  }
  tag_lines(printed, static_cast<std::int32_t>(place_count) - 1, sp.lines);
  tag_lines(printed, static_cast<std::int32_t>(place_count) - 1, sp.alternative);
  tag_lines(printed, static_cast<std::int32_t>(place_count) - 1, sp.tighter);
  FlowBlock b;
  b.lines = std::move(sp.lines);
  b.looser = std::move(sp.alternative);
  b.looser_stretch = sp.alternative_stretch;
  b.tighter = std::move(sp.tighter);
  b.tighter_shrink = sp.tighter_shrink;
  b.leading = ps.leading;
  const FontFace& f = fonts.face(ps.font.main);
  b.baseline = (ps.leading - (f.ascender + f.descender) * ps.size) / 2 + f.ascender * ps.size;
  return b;
}

std::string lower_roman(int n) {
  return lower_ascii(roman(n));
}

}  // namespace tuyentap
