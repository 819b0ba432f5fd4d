#include "pdf/structure.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "base/error.h"
#include "pdf/compact_object.h"
#include "pdf/marked_content.h"  // structure_type
#include "pdf/metadata.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

namespace {

// A kid of a structure element.
struct Kid {
  enum Kind : std::uint8_t { Element, Content, Annotation } kind = Element;
  int a = 0;  // Element: its node; Content, Annotation: the page
  int b = 0;  // Content: the MCID; Annotation: the link's index on the page
};

// The elements' kids in the order they first appear on the pages: kids[n] for node n,
// kids.back() for the document. A node appears with its first content, under its parent,
// which appears first.
class Tree {
 public:
  explicit Tree(const std::vector<StructNode>& nodes)
      : nodes_(nodes), kids_(nodes.size() + 1), seen_(nodes.size(), false) {
    for (std::size_t n = 0; n < nodes.size(); ++n)
      if (nodes[n].parent < -1 || nodes[n].parent >= static_cast<int>(n))
        throw Error("internal: structure node " + std::to_string(n) + " has parent " +
                        std::to_string(nodes[n].parent) + ", not an earlier node",
                    {}, 0, "this is a bug in the layout stage; please report it");
  }

  void add(int node, Kid kid) {
    appear(node);
    kids_[static_cast<std::size_t>(node)].push_back(kid);
  }

  bool seen(std::size_t node) const { return seen_[node]; }
  const std::vector<Kid>& kids(std::size_t node) const { return kids_[node]; }
  const std::vector<Kid>& document_kids() const { return kids_.back(); }

 private:
  void appear(int node) {
    std::vector<int> chain;  // the node and its ancestors not seen yet, bottom up
    for (; node >= 0 && !seen_[static_cast<std::size_t>(node)];
         node = nodes_[static_cast<std::size_t>(node)].parent) {
      seen_[static_cast<std::size_t>(node)] = true;
      chain.push_back(node);
    }
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      int parent = nodes_[static_cast<std::size_t>(*it)].parent;
      std::size_t at = parent < 0 ? kids_.size() - 1 : static_cast<std::size_t>(parent);
      kids_[at].push_back({Kid::Element, *it, 0});
    }
  }

  const std::vector<StructNode>& nodes_;
  std::vector<std::vector<Kid>> kids_;
  std::vector<bool> seen_;
};

// /K of an element. Marked content on the element's /Pg is a bare MCID, elsewhere an MCR.
PdfArray kid_array(const std::vector<Kid>& kids, const std::vector<PdfObject*>& elements,
                   const PageObjects& pages, int own_page) {
  PdfArray k;
  for (const Kid& kid : kids) {
    if (kid.kind == Kid::Element) {
      k.push_back(elements[static_cast<std::size_t>(kid.a)]->Reference());
      continue;
    }
    const PdfReference page = pages.pages[static_cast<std::size_t>(kid.a)]->Reference();
    PdfDictionary d;
    if (kid.kind == Kid::Content) {
      if (kid.a == own_page) {
        k.push_back(PdfVariant(static_cast<pdf_int64>(kid.b)));
        continue;
      }
      // /Type is optional by the standard, but poppler skips an MCR without it.
      d.AddKey("Type", PdfName("MCR"));
      d.AddKey("Pg", page);
      d.AddKey("MCID", PdfVariant(static_cast<pdf_int64>(kid.b)));
    } else {
      d.AddKey("Type", PdfName("OBJR"));
      d.AddKey("Pg", page);
      d.AddKey("Obj", pages.links[static_cast<std::size_t>(kid.a)][static_cast<std::size_t>(kid.b)]
                          ->Reference());
    }
    k.push_back(d);
  }
  return k;
}

// The page of an element's first marked content: its /Pg (-1: none).
int first_page(const std::vector<Kid>& kids) {
  for (const Kid& kid : kids)
    if (kid.kind != Kid::Element) return kid.a;
  return -1;
}

using NumberTreeEntries = std::vector<std::pair<pdf_int64, PdfVariant>>;

// A number tree (§7.9.7) of entries sorted by key: one /Nums node while small, else a root
// whose /Kids are leaves of kLeaf entries each, so that no array grows with the book. The
// entries' values are compact (compact_object.h), and so are the leaves.
PdfObject* number_tree(PdfVecObjects& objects, const NumberTreeEntries& entries) {
  constexpr std::size_t kLeaf = 128;
  auto fill_leaf = [&](PdfDictionary& d, std::size_t from, std::size_t to) {
    PdfArray nums;
    for (std::size_t i = from; i < to; ++i) {
      nums.push_back(PdfVariant(entries[i].first));
      nums.push_back(entries[i].second);
    }
    d.AddKey("Nums", nums);
  };
  PdfObject* root = objects.CreateObject();
  if (entries.size() <= kLeaf) {
    fill_leaf(root->GetDictionary(), 0, entries.size());
    return root;
  }
  PdfArray kids;
  for (std::size_t from = 0; from < entries.size(); from += kLeaf) {
    std::size_t to = std::min(entries.size(), from + kLeaf);
    PdfDictionary leaf;
    fill_leaf(leaf, from, to);
    PdfArray limits;
    limits.push_back(PdfVariant(entries[from].first));
    limits.push_back(PdfVariant(entries[to - 1].first));
    leaf.AddKey("Limits", limits);
    kids.push_back(objects.CreateObject(compact(leaf))->Reference());
  }
  root->GetDictionary().AddKey("Kids", kids);
  return root;
}

// An element's dictionary, made and written out (compact) one at a time.
PdfDictionary element(const char* type, const PdfReference& parent, PdfArray kids, int page,
                      const PageObjects& pages) {
  PdfDictionary d;
  d.AddKey("Type", PdfName("StructElem"));
  d.AddKey("S", PdfName(type));
  d.AddKey("P", parent);
  if (page >= 0) d.AddKey("Pg", pages.pages[static_cast<std::size_t>(page)]->Reference());
  d.AddKey("K", kids);
  return d;
}

}  // namespace

pdf_int64 first_link_key(const PageObjects& pages) {
  pdf_int64 n = 0;
  for (const std::vector<int>& marks : pages.mcid_nodes) n += marks.empty() ? 0 : 1;
  return n;
}

bool is_tagged_link(const Link& link, const std::vector<StructNode>& nodes) {
  return link.node >= 0 && static_cast<std::size_t>(link.node) < nodes.size();
}

void add_structure(PdfVecObjects& objects, PdfDictionary& catalog, const LaidOutBook& book,
                   const PageObjects& pages) {
  const std::vector<StructNode>& nodes = book.structure;
  Tree tree(nodes);
  const std::vector<std::vector<int>>& mcid_nodes = pages.mcid_nodes;
  for (std::size_t p = 0; p < book.pages.size(); ++p) {
    const int page = static_cast<int>(p);
    for (std::size_t m = 0; m < mcid_nodes[p].size(); ++m)
      tree.add(mcid_nodes[p][m], {Kid::Content, page, static_cast<int>(m)});
    const std::vector<Link>& links = book.pages[p].links;
    for (std::size_t i = 0; i < links.size(); ++i)
      if (is_tagged_link(links[i], nodes))
        tree.add(links[i].node, {Kid::Annotation, page, static_cast<int>(i)});
  }

  PdfObject* root = objects.CreateObject("StructTreeRoot");
  // Every element is made first (empty) so that its parent and kids can refer to it.
  const PdfVariant empty(PdfData(""));
  PdfObject* document = objects.CreateObject(empty);
  std::vector<PdfObject*> elements(nodes.size(), nullptr);
  for (std::size_t n = 0; n < nodes.size(); ++n)
    if (tree.seen(n)) elements[n] = objects.CreateObject(empty);
  set_compact(*document, element("Document", root->Reference(),
                                 kid_array(tree.document_kids(), elements, pages, -1), -1, pages));
  for (std::size_t n = 0; n < nodes.size(); ++n) {
    if (!elements[n]) continue;
    const int parent = nodes[n].parent;
    const int page = first_page(tree.kids(n));
    PdfDictionary d = element(structure_type(nodes[n].role),
                              parent < 0 ? document->Reference()
                                         : elements[static_cast<std::size_t>(parent)]->Reference(),
                              kid_array(tree.kids(n), elements, pages, page), page, pages);
    if (nodes[n].role == StructRole::Figure) d.AddKey("Alt", utf8_string(nodes[n].alt));
    set_compact(*elements[n], d);
  }

  // The parent tree: a page's key gives its MCIDs' elements, an annotation's its Link.
  NumberTreeEntries entries;
  pdf_int64 key = 0;
  for (std::size_t p = 0; p < book.pages.size(); ++p) {
    if (mcid_nodes[p].empty()) continue;
    PdfArray by_mcid;
    for (int node : mcid_nodes[p])
      by_mcid.push_back(elements[static_cast<std::size_t>(node)]->Reference());
    entries.emplace_back(key, compact(by_mcid));
    pages.pages[p]->GetDictionary().AddKey("StructParents", PdfVariant(key++));
  }
  for (std::size_t p = 0; p < book.pages.size(); ++p) {
    const std::vector<Link>& links = book.pages[p].links;
    for (const Link& link : links)  // each has its /StructParent: first_link_key
      if (is_tagged_link(link, nodes))
        entries.emplace_back(key++, elements[static_cast<std::size_t>(link.node)]->Reference());
    if (!links.empty()) pages.pages[p]->GetDictionary().AddKey("Tabs", PdfName("S"));
  }

  PdfDictionary& r = root->GetDictionary();
  r.AddKey("K", document->Reference());
  r.AddKey("ParentTree", number_tree(objects, entries)->Reference());
  r.AddKey("ParentTreeNextKey", PdfVariant(key));
  catalog.AddKey("StructTreeRoot", root->Reference());
  PdfDictionary mark_info;
  mark_info.AddKey("Marked", PdfVariant(true));
  catalog.AddKey("MarkInfo", mark_info);
}

}  // namespace tuyentap::pdf
