// A font as the PDF embeds it: a Type0 font (Identity-H) over a CID font whose glyphs are
// an hb-subset of the font file with the original glyph ids kept, /W widths for every glyph
// drawn, a FontDescriptor and a ToUnicode CMap. TrueType outlines: a CIDFontType2 with the
// subset as FontFile2 (CID = glyph id, /CIDToGIDMap /Identity). CFF outlines (an .otf): a
// CIDFontType0 with the subset as FontFile3 /Subtype /OpenType (PDF 1.6); its CFF is not
// CID-keyed, so the CIDs are the glyph ids directly (ISO 32000-1, 9.7.4.2).
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
