// pdf/: LaidOutBook → PDF bytes with PoDoFo 0.9.8.
//
// Fonts embedded as subsets (Type0 over CIDFontType2 for TrueType, CIDFontType0 with
// FontFile3/OpenType for a CFF .otf; Identity-H, /W, ToUnicode for every glyph drawn); outlines,
// internal links, page labels, /Lang, Info + XMP metadata, DisplayDocTitle; a Tagged PDF when
// LaidOutBook::structure is not empty (docs/tagged-pdf.md). The same LaidOutBook
// gives the same bytes: fixed dates from DocInfo::date_epoch, no /M on annotations, /ID derived
// from the content.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "layout/page_sink.h"
#include "layout/pages.h"

namespace tuyentap {

// Where the PDF's bytes go, in order, a few megabytes at a time (a file being written).
using PdfOutput = std::function<void(std::string_view)>;

// A page sink (layout/page_sink.h) that writes the PDF of the pages it is given to `out`,
// the same bytes as write_pdf of the whole book: each page is written as it comes (its
// content stream made a few dozen pages at a time and compressed, its glyphs let go), only
// what the end needs kept (each font's glyphs, the structure elements' kids, the objects'
// offsets: pdf/object_file.h); `finish` writes the rest and sets `size` to the file's size.
// Its calls throw Error as write_pdf does.
PageSink pdf_page_sink(PdfOutput out, std::size_t& size);

// Writes the PDF to `out` and returns its size in bytes. Throws Error when a font (as bytes
// in LaidOutBook::fonts) is not usable or cannot be subset. Takes the book (move it in):
// each page's text runs are let go as soon as the page is written.
std::size_t write_pdf(LaidOutBook book, const PdfOutput& out);

// The same PDF as one string (tests, small books).
std::string write_pdf(LaidOutBook book);

}  // namespace tuyentap
