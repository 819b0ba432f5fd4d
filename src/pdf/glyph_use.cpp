#include "pdf/glyph_use.h"

#include <algorithm>

#include "base/error.h"

namespace tuyentap::pdf {

std::vector<std::uint32_t> GlyphUse::ids() const {
  std::vector<std::uint32_t> out;
  for (std::size_t gid = 0; gid < used.size(); ++gid)
    if (used[gid]) out.push_back(static_cast<std::uint32_t>(gid));
  return out;
}

std::vector<bool> fonts_in_use(const LaidOutBook& book) {
  std::vector<bool> in_use(book.fonts.size(), false);
  for (std::size_t p = 0; p < book.pages.size(); ++p) {
    for (const TextRun& run : book.pages[p].runs) {
      if (run.glyphs.empty()) continue;
      if (run.font < 0 || static_cast<std::size_t>(run.font) >= book.fonts.size())
        throw Error("a text run on page " + std::to_string(p + 1) + " uses font " +
                        std::to_string(run.font) + ", but the book has " +
                        std::to_string(book.fonts.size()) + " fonts",
                    {}, 0, "this is a bug in the layout stage; please report it");
      in_use[static_cast<std::size_t>(run.font)] = true;
    }
  }
  return in_use;
}

std::vector<GlyphUse> collect_glyph_use(const LaidOutBook& book,
                                        const std::vector<std::unique_ptr<FontSource>>& fonts) {
  std::vector<GlyphUse> uses(fonts.size());
  for (std::size_t f = 0; f < fonts.size(); ++f) {
    if (!fonts[f]) continue;
    uses[f].used.assign(fonts[f]->glyph_count(), false);
    uses[f].text.resize(fonts[f]->glyph_count());
  }
  for (const Page& page : book.pages) {
    for (const TextRun& run : page.runs) {
      if (run.glyphs.empty()) continue;
      const FontSource& font = *fonts[static_cast<std::size_t>(run.font)];
      GlyphUse& use = uses[static_cast<std::size_t>(run.font)];
      std::size_t at = 0;  // where the glyph's text starts in run.text
      for (const Glyph& g : run.glyphs) {
        std::size_t from = std::min(at, run.text.size());
        at += g.text_len;
        if (!font.drawable(g.id)) continue;  // never drawn, so neither embedded nor mapped
        use.used[g.id] = true;
        if (use.text[g.id].empty() && g.text_len > 0)
          use.text[g.id] = run.text.substr(from, g.text_len);
      }
    }
  }
  return uses;
}

}  // namespace tuyentap::pdf
