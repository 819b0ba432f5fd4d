// Which glyphs of each font the book draws, and the text each stands for: the input to
// font subsetting, /W and the ToUnicode map.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "layout/pages.h"
#include "pdf/font_source.h"

namespace tuyentap::pdf {

struct GlyphUse {
  GlyphUse() = default;
  explicit GlyphUse(const FontSource& font)
      : used(font.glyph_count(), false), text(font.glyph_count()) {}

  std::vector<bool> used;                  // by glyph id
  std::vector<std::string> text;           // by glyph id: the first non-empty text seen for it
  std::vector<std::uint32_t> ids() const;  // the used glyph ids, ascending

  // Notes the glyphs of `run` (drawn in `font`, the one this GlyphUse was made for) that
  // the font can draw. Given the runs in page order, "the first text seen" is the same on
  // every run of the writer.
  void add(const TextRun& run, const FontSource& font);
};

}  // namespace tuyentap::pdf
