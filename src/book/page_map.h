// Where the printed book's pages start, for the EPUB's page-break markers and page list.
//
// layout/ fills it (layout.h: LayoutResult::page_map) while it sets the PDF; epub/ reads it
// (EpubOptions::page_map) and marks the same places in its pages. Plain values, no knowledge
// of PDF or of XHTML: this header is the whole contract between the two writers, so that
// epub/ never includes layout/ or pdf/.
//
// A place names the book part a page's first line belongs to, the block inside it and the
// byte offset in that block's text as both books print it (range dashes set, text/dashes.h):
// a page that turns inside a paragraph starts at the word its first line begins with.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tuyentap {

struct PagePlace {
  enum class Part : std::uint8_t {
    None,           // nothing of the book's text starts on the page (a blank page)
    Cover,          // the cover
    TitlePage,      // the title page
    Imprint,        // the back of the title page (the EPUB has none: the title page's end)
    Preface,        // block: the paragraph's index in Presentation::preface, -1 the heading
    Contents,       // block: the contents line's index (-1 the heading); the lines list the
                    // body in order: each chapter, its articles, then the back pages
    ChapterOpener,  // index: the chapter's index in Presentation::chapters
    Article,        // index: in Presentation::articles; block as the constants below
    Abbreviations,  // block: the entry's index in Book::abbreviations, -1 the heading
    ArticleList,    // block: the article's index in Presentation::articles, -1 the heading
  };
  // Article blocks besides Article::blocks[i] (block = i).
  static constexpr int kTitle = -1, kMetaLine = -2, kLead = -3, kSourceLine = -4;

  Part part = Part::None;
  int index = -1;
  int block = -1;
};

struct PrintedPage {
  std::string label;         // as the PDF's /PageLabels give it: "i", "ii", …, "1", "2", …
  PagePlace place;           // where its first line is from; None: see PageMap
  std::uint32_t offset = 0;  // byte offset of the first line in the block's printed text
};

// Every page of the printed book in order (a booklet's book pages, not its sheets). A page
// with no text of its own (a blank page) has the place of the page after it: its marker goes
// just before that page's.
struct PageMap {
  std::string edition;  // what the page numbers are of: the PDF's file name and print style
  std::vector<PrintedPage> pages;
};

}  // namespace tuyentap
