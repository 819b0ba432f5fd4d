// The structure tree of a tagged PDF (PDF 1.7 §14.7–14.8, PDF/UA-1 in intent): layout's
// StructNodes (layout/pages.h) as structure elements under one /Document, each holding its
// marked content (marked_content.h) and, for a Link, its annotations (OBJR); the /ParentTree
// that leads from a page's MCIDs and from an annotation back to their elements.
// docs/tagged-pdf.md describes the tag model.
//
// Written as the pages go out (object_file.h): each page gives its MCIDs' nodes and its
// link annotations, and gets its keys in the parent tree, whose leaves are written as they
// fill; the elements' numbers are handed out as they are first named. The elements
// themselves are written at the end, when their kids are all known: until then the writer
// keeps only what the pages gave, in order (each MCID's node, each tagged link's node and
// annotation: 4 bytes an MCID), and at the end makes every element's kids from it in one
// flat list. A vector of kids per element, kept while the pages were laid out, took some
// 90 MB more at 100,000 small articles (issue 12; docs/hostile-input.md).
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "layout/pages.h"
#include "pdf/object_file.h"

namespace tuyentap::pdf {

bool is_tagged_link(const Link& link, const std::vector<StructNode>& nodes);

class StructureWriter {
 public:
  // `nodes`, `alts`: LaidOutBook::structure (not empty) and alts, kept by the caller until
  // finish. Throws Error when a node's parent is not an earlier node, or a figure's
  // alternative text is not in `alts` (layout's contract).
  StructureWriter(ObjectFile& file, const std::vector<StructNode>& nodes,
                  const std::vector<std::string>& alts);

  // Page object `page` whose MCIDs belong to `mcid_node` (PageMarks::mcid_node): its
  // /StructParents key, or -1 when it has no marked content. Pages come in reading order.
  PoDoFo::pdf_int64 add_page(int page, const std::vector<int>& mcid_node);
  // Link annotation object `annot` on page object `page`, after its page's add_page: its
  // /StructParent key, or -1 when the link belongs to no node (is_tagged_link).
  PoDoFo::pdf_int64 add_link(const Link& link, int page, int annot);

  // Writes the elements (each element's kids in the order they first appear on the pages,
  // which is the book's reading order; elements with nothing on any page are left out), the
  // parent tree's root and the StructTreeRoot; adds /StructTreeRoot and /MarkInfo to the
  // catalog.
  void finish(PoDoFo::PdfDictionary& catalog);

 private:
  struct Kid {
    enum Kind : std::uint8_t { Element, Content, Annotation } kind = Element;
    int a = 0;  // Element: its node; Content, Annotation: the page's object
    int b = 0;  // Content: the MCID; Annotation: the annotation's object
  };

  // A kid of `slot` (a node, or nodes_.size(): the document) in reading order.
  using KidSink = std::function<void(std::size_t slot, Kid kid)>;

  void number_chain(int node);
  int element(int node);  // its object number, handed out when first named
  void add_entry(PoDoFo::pdf_int64 key, const std::string& value);
  void close_leaf();
  void replay(const KidSink& to) const;
  std::string kid_array(const Kid* first, const Kid* last, int own_page);
  void write_element(int node, int number, const Kid* first, const Kid* last);

  ObjectFile& file_;
  const std::vector<StructNode>& nodes_;
  const std::vector<std::string>& alts_;
  // What the pages gave, in order: per page (kPageRecord, page, n, n MCIDs' nodes), per
  // tagged link (kLinkRecord, page, annotation, node). A deque: no copy as it grows.
  static constexpr int kPageRecord = 0, kLinkRecord = 1;
  std::deque<int> given_;
  std::vector<int> number_;  // by node; 0: not seen on any page yet
  int document_ = 0, root_ = 0;
  PoDoFo::pdf_int64 next_key_ = 0;
  // The parent tree: the leaf being filled ("key value …"), its first key and size; the
  // leaves written.
  std::string leaf_;
  PoDoFo::pdf_int64 leaf_first_ = 0, leaf_size_ = 0;
  std::vector<int> leaves_;
};

}  // namespace tuyentap::pdf
