// layout/: the laid-out book handed on a page at a time, so that the memory layout holds
// follows one page rather than the whole book (issue 12: 100,000 articles' pages weighed
// 1.4 GB). Plain callbacks: layout knows nothing of what takes the pages (pdf/ writes them).
//
// How the pages can go out in order although the contents needs the body's page numbers (as
// TeX's .toc): the body is laid out once with its pages dropped, keeping only where each
// anchor fell, each page's running head and the list of articles' entries; then the front
// matter, dropped too (how many pages it takes, where its links and anchors are, the
// structure's nodes); then the front matter and the body are laid out again, in the same
// way to the point (layout is deterministic), each page going to the sink as soon as the
// pager is done with it, completed there: its page number and running head, the contents'
// links, the list of articles' page numbers, its fonts numbered in first-use order.
#pragma once

#include <functional>

#include "layout/layout.h"

namespace tuyentap {

struct PageSink {
  // Once, before any page: the book but for its pages and fonts (page size, outline, page
  // labels, metadata, the structure every page's runs point into).
  std::function<void(LaidOutBook frame)> begin;
  // LaidOutBook::fonts[i], for i = 0, 1, …: each before the first page drawing with it.
  std::function<void(FontFile font)> add_font;
  // LaidOutBook::pages, in order, as layout_book would return them.
  std::function<void(Page page)> add_page;
  // After the last page.
  std::function<void()> finish;
};

// layout_book, the pages handed to `sink` as they are made instead of returned:
// LayoutResult::book stays empty, the rest is the same. The sink's calls come in the order
// above, and give the very book layout_book returns. Lays out the body and the front matter
// twice (see above): on_article is called in the first pass only.
LayoutResult layout_book_to(const Presentation& book, const PrintStyle& style, long long date_epoch,
                            const PageSink& sink,
                            const std::function<void(std::size_t articles_done)>& on_article = {});

}  // namespace tuyentap
