// The PDF writer's side of a page sink (layout/page_sink.h): each page, as it comes, is
// written to the file (object_file.h): its content stream, compressed (a batch of pages at a
// time, on all threads), its page dictionary, its link annotations, its entries in the
// structure tree; its glyphs are let go. Each picture is embedded, once, when a page first
// draws it. What only the end can make (the fonts' subsets, the page tree's root, the
// catalog) is made from what is kept: the glyphs each font draws, the pictures' objects, the
// pages' object numbers. Internal to pdf/ (write_pdf.cpp writes the end of the document).
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "layout/pages.h"
#include "pdf/content_stream.h"
#include "pdf/font_source.h"
#include "pdf/glyph_use.h"
#include "pdf/object_file.h"
#include "pdf/page_streams.h"
#include "pdf/structure.h"

namespace tuyentap::pdf {

// What the end of the document is made of, once every page is written.
struct WrittenPages {
  explicit WrittenPages(PdfOutput out) : file(std::move(out)) {}

  ObjectFile file;
  LaidOutBook book;  // the frame and its fonts, no pages, the outline written already
  int catalog = 0, page_tree = 0, resources = 0, outlines = 0;  // objects (outlines: 0, none)
  std::vector<int> pages;                                       // by page: its object
  std::size_t page_count = 0;                                   // pages written
  std::vector<std::unique_ptr<FontSource>> fonts;  // by font index; null: no glyph drawn in it
  std::vector<GlyphUse> uses;                      // by font index
  std::vector<int> pictures;                       // the objects of XObjects Im0, Im1, …
  std::optional<StructureWriter> structure;        // a tagged book's
  std::string id_input;  // what the file's /ID hashes: each page's stream, the pictures, …
};

class PageWriter {
 public:
  // Writes the outline (its items let go) at once.
  PageWriter(LaidOutBook frame, PdfOutput out);

  void add_font(FontFile font) { w_.book.fonts.push_back(std::move(font)); }
  // Throws Error on a run whose font the book has not (a layout bug), a font that cannot be
  // opened, a cover picture that cannot be decoded (a photo that cannot is left out).
  void add_page(Page page);
  WrittenPages& finish();  // after the last page

 private:
  int page_object(int page);  // page `page`'s object, handed out when first named
  void write_outline();
  void open_fonts(const Page& page);
  void name_pictures(const Page& page);
  void make_streams();  // the waiting pages'
  void write_page(const Page& page, const PageStream& stream);
  std::string write_links(const Page& page, int page_object);  // "[annots…]", "" for none

  WrittenPages w_;
  PoDoFo::PdfArray media_box_;
  ImageNames names_;
  std::set<const Picture*> broken_;  // photos PoDoFo could not decode: their box stays empty
  // Every picture in names_ or broken_, held to the end: both are keyed by address, and a
  // picture let go with its page (a downscaled photo is made per page) could otherwise leave
  // its address to a later one, which would be drawn as the earlier picture.
  std::vector<std::shared_ptr<const Picture>> seen_;
  std::vector<Page> waiting_;  // pages whose streams are not made yet
};

}  // namespace tuyentap::pdf
