// The PDF writer's side of a page sink (layout/page_sink.h): each page, as it comes, becomes
// what the document needs of it: its content stream, compressed (a batch of pages at a time,
// on all threads), its marks and its links; its glyphs are let go. The glyphs each font draws
// and the pictures' names are gathered in page order, as they were from a whole book, so
// that the PDF's bytes are the same. Internal to pdf/ (write_pdf.cpp makes the document).
#pragma once

#include <memory>
#include <set>
#include <vector>

#include "layout/pages.h"
#include "pdf/content_stream.h"
#include "pdf/font_source.h"
#include "pdf/glyph_use.h"
#include "pdf/page_streams.h"

namespace tuyentap::pdf {

// What the document is made of, once every page has come.
struct WrittenPages {
  LaidOutBook book;  // the frame and its fonts; each page holding only its links
  std::vector<std::unique_ptr<FontSource>> fonts;  // by font index; null: no glyph drawn in it
  std::vector<GlyphUse> uses;                      // by font index
  std::vector<std::shared_ptr<const Picture>> pictures;  // XObjects Im0, Im1, … in this order
  std::vector<PageStream> streams;                       // by page
};

class PageWriter {
 public:
  explicit PageWriter(LaidOutBook frame) { w_.book = std::move(frame); }

  void add_font(FontFile font) { w_.book.fonts.push_back(std::move(font)); }
  // Throws Error on a run whose font the book has not (a layout bug), a font that cannot be
  // opened, a cover picture that cannot be decoded (a photo that cannot is left out).
  void add_page(Page page);
  WrittenPages& finish();  // after the last page

 private:
  void open_fonts(const Page& page);
  void name_pictures(const Page& page);
  void make_streams();  // the waiting pages'

  WrittenPages w_;
  ImageNames names_;
  std::set<const Picture*> broken_;  // photos PoDoFo could not decode: their box stays empty
  std::vector<Page> waiting_;        // pages whose streams are not made yet
};

}  // namespace tuyentap::pdf
