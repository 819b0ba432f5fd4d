#include "layout/leaders.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "layout/paragraph.h"
#include "layout/typeset.h"

namespace tuyentap {

float number_reserve(Typesetter& t, float size) {
  return text_width(t.shaper, "0000", t.regular, size) + 2.5f * size;
}

LineEnd leaders_and_number(Typesetter& t, const FontChoice& font, float size, float text_end,
                           const std::string& number, float number_column) {
  LineEnd out;
  const float measure = t.measure();
  const float nw = text_width(t.shaper, number, font, size);
  const ShapedWord& dot = t.shaper.shape(t.regular, ".");
  const float pitch = size * 0.6f;
  const float first = std::ceil((text_end + size * 0.5f) / pitch) * pitch;
  const float stop = measure - std::max(nw, number_column) - size * 0.4f;
  if (!dot.pieces.empty() && !dot.pieces[0].glyphs.empty() && first + pitch <= stop) {
    TextRun leaders;
    leaders.font = dot.pieces[0].font;
    leaders.size = size;
    leaders.x = first;
    const ShapedPiece& d = dot.pieces[0];
    std::string_view dot_text = std::string_view(d.text).substr(0, d.glyphs[0].text_len);
    for (float x = first; x + pitch <= stop; x += pitch)
      leaders.add(d.glyphs[0].id, pitch, dot_text);
    // a space before the leaders keeps the title's last word apart in extracted text
    const ShapedWord& sp = t.shaper.shape(t.regular, " ");
    if (!sp.pieces.empty() && !sp.pieces[0].glyphs.empty()) {
      TextRun space;
      space.font = sp.pieces[0].font;
      space.size = size;
      space.x = text_end;
      const ShapedPiece& p = sp.pieces[0];
      space.add(p.glyphs[0].id, first - text_end,
                std::string_view(p.text).substr(0, p.glyphs[0].text_len));
      out.leaders.push_back(std::move(space));
    }
    out.leaders.push_back(std::move(leaders));
  }
  set_text(t.shaper, " " + number, font, size, measure - nw - text_width(t.shaper, " ", font, size),
           0, 0, out.number);
  return out;
}

}  // namespace tuyentap
