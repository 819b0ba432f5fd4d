// A paragraph of one font and size → lines of positioned glyphs.
//
// Words are boxes, spaces are glue (stretch 1/2, shrink 1/3 of a space, as in TeX) and a
// line may break only at a space or after a dash inside a word: never inside a syllable,
// no hyphenation. A token wider than the whole measure (a URL) may break between any two
// of its characters, preferring after / . - _ ? & = : that is the emergency break.
// Justified lines carry the stretched space as the advance of a real space glyph (text
// " "), so that text extraction finds every word gap.
#pragma once

#include <string>
#include <vector>

#include "layout/pages.h"
#include "layout/shaper.h"
#include "layout/tie_words.h"

namespace tuyentap {

enum class Align { Justify, Ragged, Center, Right };

// Words of a paragraph set in another font than its own (bold, italic: the article's
// emphasis): a word whose first byte lies in [begin, end) of the text takes `font`.
struct FontSpan {
  std::size_t begin = 0, end = 0;
  const FontChoice* font = nullptr;
};

struct ParaStyle {
  FontChoice font;
  float size = 12;
  float leading = 15;   // baseline to baseline
  float indent = 0;     // first line, pt
  float measure = 400;  // line width, pt
  Align align = Align::Justify;
  float gray = 0;
  float tolerance = 2;
  std::vector<FontSpan> spans = {};  // in order, not overlapping; empty: all in `font`
  // Titles and list entries: no line breaks inside any of these phrases (a name such as
  // "Hồ Chí Minh", a list entry's "– Author"), nor, with tie_last, before the last word, so
  // that the last line never holds one syllable alone.
  std::vector<std::string> keep_together;
  bool tie_last = false;
  // Breaks a line takes only when the alternatives cost more (layout/ties.h): a break inside
  // an `avoid` phrase costs avoid_penalty (a name in body text, "Hồ Chí Minh"), one inside a
  // two-syllable compound of `ties` ("chi bộ", matched in any case) compound_penalty.
  std::vector<std::string> avoid;
  float avoid_penalty = 0;
  // The style's prepared word lists (layout/tie_words.h; nullptr: none), which it outlives:
  // its compounds (a break inside costs compound_penalty; 0: free), and the words a number
  // or a roman numeral stays with ("năm 2018", "Trung ương 4", "khóa XIII"); with tie_ranges
  // a range's dash stays with its second number too ("2020 – 2022", "2020–2022").
  const TieWords* ties = nullptr;
  float compound_penalty = 0;
  bool tie_ranges = false;
  // What a break between a number word and its number costs (0: there is no such break).
  float number_penalty = 0;
  // A hanging indent: the lines after the first start this much further in (pt); `measure`
  // is then the width of those lines, the first line having `hang` more.
  float hang = 0;
  // Body paragraphs: also set with this many lines more (TeX's \looseness; -1: one line
  // fewer), no line stretched beyond ratio 1 (spaces at most 1.5 times), for the pager to
  // take when a page needs the line.
  int alternative_looseness = 0;
  // With alternative_looseness 1: also set one line fewer (\looseness=-1, on the same terms),
  // for the pager to take when a page is a line or two short of room for what comes next.
  bool alternative_tighter = false;
  float alternative_tolerance = 1.5f;  // no line of an alternative beyond (at most tolerance)
};

struct SetLine {
  std::vector<TextRun> runs;  // x relative to the line's left edge, y = 0 on the baseline
  float width = 0;            // from the left edge to the end of the last glyph
  bool justified = false;     // stretched or shrunk to the full measure
  bool overfull = false;      // wider than the measure: one character wider than a line
};

struct SetParagraph {
  std::vector<SetLine> lines;
  std::vector<std::string> missing;  // characters no font has
  bool emergency = false;            // a token had to break inside (reported by the caller)
  bool overfull = false;
  int soft_breaks = 0;               // lines ending inside an `avoid` phrase or a compound
  std::vector<SetLine> alternative;  // the lines with alternative_looseness; empty: none
  float alternative_stretch = 0;     // the largest adjustment ratio of its lines
  std::vector<SetLine> tighter;      // one line fewer (alternative_tighter); empty: none
  float tighter_shrink = 0;          // the smallest adjustment ratio of its lines
};

SetParagraph set_paragraph(Shaper& shaper, const std::string& text, const ParaStyle& style);

// The natural width (pt) of text set on one line.
float text_width(Shaper& shaper, const std::string& text, const FontChoice& font, float size);

// Appends the glyphs of `text` (spaces at natural width) to `runs` starting at x, on one
// line; returns the x after it. For short furniture: page numbers, leaders, heads.
float set_text(Shaper& shaper, const std::string& text, const FontChoice& font, float size, float x,
               float y, float gray, std::vector<TextRun>& runs,
               std::vector<std::string>* missing = nullptr);

}  // namespace tuyentap
