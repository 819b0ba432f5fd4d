#include "pdf/glyph_use.h"

#include <algorithm>

namespace tuyentap::pdf {

std::vector<std::uint32_t> GlyphUse::ids() const {
  std::vector<std::uint32_t> out;
  for (std::size_t gid = 0; gid < used.size(); ++gid)
    if (used[gid]) out.push_back(static_cast<std::uint32_t>(gid));
  return out;
}

void GlyphUse::add(const TextRun& run, const FontSource& font) {
  std::size_t at = 0;  // where the glyph's text starts in run.text
  for (const Glyph& g : run.glyphs) {
    std::size_t from = std::min(at, run.text.size());
    at += g.text_len;
    if (!font.drawable(g.id)) continue;  // never drawn, so neither embedded nor mapped
    used[g.id] = true;
    if (text[g.id].empty() && g.text_len > 0) text[g.id] = run.text.substr(from, g.text_len);
  }
}

}  // namespace tuyentap::pdf
