// The structure tree of a tagged PDF (PDF 1.7 §14.7–14.8, PDF/UA-1 in intent): layout's
// StructNodes (layout/pages.h) as structure elements under one /Document, each holding its
// marked content (marked_content.h) and, for a Link, its annotations (OBJR); the /ParentTree
// that leads from a page's MCIDs and from an annotation back to their elements.
// docs/tagged-pdf.md describes the tag model.
#pragma once

#include <podofo/podofo.h>

#include <vector>

#include "layout/pages.h"

namespace tuyentap::pdf {

// The objects add_pages made: every page, and each page's link annotations in Page::links
// order; and per page, each MCID's structure node (PageMarks::mcid_node), kept when the
// page's runs are let go once its content stream is made.
struct PageObjects {
  std::vector<PoDoFo::PdfObject*> pages;
  std::vector<std::vector<PoDoFo::PdfObject*>> links;
  std::vector<std::vector<int>> mcid_nodes;
};

// The parent tree's keys: the pages with marked content first, in page order, from 0; then
// each link annotation with a node (is_tagged_link), in page order, from first_link_key.
// The writer gives each link its /StructParent as it makes it (so that the link can be kept
// as its bytes at once); add_structure numbers them the same way.
PoDoFo::pdf_int64 first_link_key(const PageObjects& pages);
bool is_tagged_link(const Link& link, const std::vector<StructNode>& nodes);

// For a book with a structure: adds /StructTreeRoot and /MarkInfo << /Marked true >> to the
// catalog, /StructParents to every page with marked content and /Tabs /S to every page with
// annotations (its link annotations have their /StructParent already, first_link_key). Each
// element's kids come in the order they first appear on the pages, which is the book's reading
// order. Elements with nothing on any page are left out. Reads the pages' links, not their runs
// (their marks are in `pages`). Throws Error when a node's parent is not an earlier node
// (layout's contract).
void add_structure(PoDoFo::PdfVecObjects& objects, PoDoFo::PdfDictionary& catalog,
                   const LaidOutBook& book, const PageObjects& pages);

}  // namespace tuyentap::pdf
