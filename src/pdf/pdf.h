// pdf/: LaidOutBook → PDF bytes with PoDoFo 0.9.8.
//
// Fonts embedded as subsets (Type0 over CIDFontType2 for TrueType, CIDFontType0 with
// FontFile3/OpenType for a CFF .otf; Identity-H, /W, ToUnicode for every glyph drawn); outlines,
// internal links, page labels, /Lang, Info + XMP metadata, DisplayDocTitle; a Tagged PDF when
// LaidOutBook::structure is not empty (docs/tagged-pdf.md). The same LaidOutBook
// gives the same bytes: fixed dates from DocInfo::date_epoch, no /M on annotations, /ID derived
// from the content.
#pragma once

#include <string>

#include "layout/pages.h"

namespace tuyentap {

// Throws Error when a font (as bytes in LaidOutBook::fonts) is not usable or cannot be subset.
// Takes the book (move it in): each page's text runs are let go as soon as its content
// stream is made, so that the glyphs and PoDoFo's document are not held at once.
std::string write_pdf(LaidOutBook book);

}  // namespace tuyentap
