// A font as the PDF embeds it: a Type0 font (Identity-H) over a CIDFontType2 whose glyphs
// are an hb-subset of the TrueType file with the original glyph ids kept
// (CID = glyph id, /CIDToGIDMap /Identity), /W widths for every glyph drawn, a
// FontDescriptor and a ToUnicode CMap.
#pragma once

#include <podofo/podofo.h>

#include "pdf/font_source.h"
#include "pdf/glyph_use.h"

namespace tuyentap::pdf {

// Creates the font objects in `objects`; returns the Type0 font's reference for the page
// resources. Throws Error when HarfBuzz cannot subset the font.
PoDoFo::PdfReference embed_font(PoDoFo::PdfVecObjects& objects, const FontSource& font,
                                const GlyphUse& use);

// "ABCDEF": six capital letters derived from the font's name and glyph set, so the same
// subset always gets the same tag and different subsets (almost always) different ones.
std::string subset_tag(const std::string& font_name, const std::vector<std::uint32_t>& ids);

}  // namespace tuyentap::pdf
