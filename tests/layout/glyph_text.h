// Test helpers: the text one glyph stands for (TextRun::text / ShapedPiece::text slices).
#pragma once

#include <string>

#include "layout/pages.h"
#include "layout/shaper.h"

namespace tuyentap::test {

template <class R>  // TextRun or ShapedPiece
std::string glyph_text(const R& r, std::size_t i) {
  std::size_t at = 0;
  for (std::size_t k = 0; k < i; ++k) at += r.glyphs[k].text_len;
  return r.text.substr(at, r.glyphs[i].text_len);
}

}  // namespace tuyentap::test
