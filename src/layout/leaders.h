// The end of a list line that names a page (a contents line, an entry of the list of
// articles): dot leaders from the text to the number column, the page number flush right.
// One code for both lists, so that their dots stand on the same grid and stop at the same
// distance before the numbers. Internal to layout/.
#pragma once

#include <string>
#include <vector>

#include "layout/pages.h"
#include "layout/shaper.h"

namespace tuyentap {

struct Typesetter;

// What a list line leaves free at its right for the leaders and the widest page number:
// the text wraps there (room for three dots of leader before a four-digit number).
float number_reserve(Typesetter& t, float size);

struct LineEnd {
  std::vector<TextRun> leaders;  // a space (extracted text keeps the last word apart), the dots
  std::vector<TextRun> number;   // " 123", its last glyph at the measure's right edge
};

// The leaders and the number `number` in `font` for a line whose text ends at `text_end`;
// x from the text area's left edge, y 0 on the line's baseline. The dots stand on a fixed
// pitch from the left edge (in columns on every line) and stop, on every line, at the same
// distance before the column of the widest number (`number_column` wide, as TeX's
// \@pnumwidth box); no leaders when fewer than two dots would fit.
LineEnd leaders_and_number(Typesetter& t, const FontChoice& font, float size, float text_end,
                           const std::string& number, float number_column);

}  // namespace tuyentap
