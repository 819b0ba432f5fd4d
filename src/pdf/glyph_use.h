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
  std::vector<bool> used;                  // by glyph id
  std::vector<std::string> text;           // by glyph id: the first non-empty text seen for it
  std::vector<std::uint32_t> ids() const;  // the used glyph ids, ascending
};

// The indices of the fonts that some run draws with. Throws Error on a run whose font
// index is not in book.fonts (a layout bug: nothing sensible can be drawn for it).
std::vector<bool> fonts_in_use(const LaidOutBook& book);

// One GlyphUse per font (empty for fonts not opened). Walks pages, runs and glyphs in
// order, so "the first text seen" is the same on every run.
std::vector<GlyphUse> collect_glyph_use(const LaidOutBook& book,
                                        const std::vector<std::unique_ptr<FontSource>>& fonts);

}  // namespace tuyentap::pdf
