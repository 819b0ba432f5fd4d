// Ways to move around the PDF: bookmarks (outlines), internal links and page labels.
// Pages are known by their object references; nothing here looks pages up by index in
// PoDoFo's pages tree (GetPage(i) is O(n)).
#pragma once

#include <podofo/podofo.h>

#include <vector>

#include "layout/pages.h"
#include "pdf/object_file.h"

namespace tuyentap::pdf {

// [page /XYZ 0 top null]: the page, scrolled so that `y` (layout's top-left coordinates)
// is at the top of the window, zoom unchanged.
PoDoFo::PdfArray xyz_destination(const PoDoFo::PdfReference& page, double page_height, double y);

// Writes /Outlines and its items in order, nesting each under the nearest earlier item of
// a lower level (chapters → articles). Top-level items start closed so a long book opens
// to a short list of chapters. Returns the root's number, 0 when there are no items.
// Throws Error for an item pointing at a page that does not exist. Each item is made and
// written on its own (the tree's links are worked out first as indexes): 100,000 articles'
// bookmarks made all at once as PoDoFo objects took some 180 MB (issue 12).
int write_outlines(ObjectFile& file, const std::vector<OutlineItem>& items,
                   const std::vector<PoDoFo::PdfReference>& pages, double page_height);

// A /Link annotation to page `target` (the object of page link.target_page), without border
// or modification date.
PoDoFo::PdfDictionary build_link(const Link& link, const PoDoFo::PdfReference& target,
                                 double page_height);

// The /PageLabels number tree (/Nums only: books have a handful of ranges). Ranges are
// sorted by first page; ranges past the last page are left out; when none starts at page 0,
// page 0 gets plain Arabic numbers from 1 (the PDF requires an entry for page 0).
PoDoFo::PdfDictionary build_page_labels(const std::vector<PageLabelRange>& labels, int page_count);

}  // namespace tuyentap::pdf
