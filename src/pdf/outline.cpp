#include <cmath>

#include "base/error.h"
#include "pdf/compact_object.h"
#include "pdf/navigation.h"
#include "pdf/pdfa.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

PdfArray xyz_destination(const PdfReference& page, double page_height, double y) {
  PdfArray dest;
  dest.push_back(page);
  dest.push_back(PdfName("XYZ"));
  dest.push_back(PdfVariant(static_cast<pdf_int64>(0)));
  dest.push_back(PdfVariant(static_cast<pdf_int64>(std::lround(page_height - y))));
  dest.push_back(PdfVariant());  // null: keep the reader's zoom
  return dest;
}

namespace {

struct Node {
  PdfObject* obj = nullptr;
  int level = 0;
  int parent = -1;  // node index, -1 for the root
  std::vector<int> children;
};

const PdfReference& page_ref(const std::vector<PdfReference>& pages, int page,
                             const std::string& what) {
  if (page < 0 || static_cast<std::size_t>(page) >= pages.size())
    throw Error(what + " points at page " + std::to_string(page + 1) + ", but the book has " +
                    std::to_string(pages.size()) + " pages",
                {}, 0, "this is a bug in the layout stage; please report it");
  return pages[static_cast<std::size_t>(page)];
}

// Links siblings (/Prev /Next), parents (/First /Last) and counts for one level.
void link_children(PdfObject* parent, const std::vector<int>& children, std::vector<Node>& nodes) {
  if (children.empty()) return;
  for (std::size_t i = 0; i < children.size(); ++i) {
    PdfDictionary& d = nodes[static_cast<std::size_t>(children[i])].obj->GetDictionary();
    if (i > 0) d.AddKey("Prev", nodes[static_cast<std::size_t>(children[i - 1])].obj->Reference());
    if (i + 1 < children.size())
      d.AddKey("Next", nodes[static_cast<std::size_t>(children[i + 1])].obj->Reference());
  }
  PdfDictionary& p = parent->GetDictionary();
  p.AddKey("First", nodes[static_cast<std::size_t>(children.front())].obj->Reference());
  p.AddKey("Last", nodes[static_cast<std::size_t>(children.back())].obj->Reference());
}

}  // namespace

PdfObject* build_outlines(PdfVecObjects& objects, const std::vector<OutlineItem>& items,
                          const std::vector<PdfReference>& pages, double page_height) {
  if (items.empty()) return nullptr;
  PdfObject* root = objects.CreateObject("Outlines");
  std::vector<Node> nodes;
  std::vector<int> top;
  std::vector<int> open;  // the path of nodes an item of a deeper level nests under
  for (const OutlineItem& item : items) {
    const PdfReference& page = page_ref(pages, item.page, "the bookmark \"" + item.title + "\"");
    Node node;
    node.level = item.level < 0 ? 0 : item.level;
    while (!open.empty() && nodes[static_cast<std::size_t>(open.back())].level >= node.level)
      open.pop_back();
    node.parent = open.empty() ? -1 : open.back();
    node.obj = objects.CreateObject();
    PdfDictionary& d = node.obj->GetDictionary();
    // UTF-8 → UTF-16BE title (a plain char* would be read as PdfDocEncoding).
    d.AddKey("Title", PdfString(reinterpret_cast<const pdf_utf8*>(item.title.c_str())));
    d.AddKey("Parent", node.parent < 0
                           ? root->Reference()
                           : nodes[static_cast<std::size_t>(node.parent)].obj->Reference());
    d.AddKey("Dest", xyz_destination(page, page_height, item.y));
    int index = static_cast<int>(nodes.size());
    if (node.parent < 0)
      top.push_back(index);
    else
      nodes[static_cast<std::size_t>(node.parent)].children.push_back(index);
    nodes.push_back(std::move(node));
    open.push_back(index);
  }
  link_children(root, top, nodes);
  for (Node& n : nodes) {
    link_children(n.obj, n.children, nodes);
    // Negative: closed; opening it shows its children (themselves closed).
    if (!n.children.empty())
      n.obj->GetDictionary().AddKey("Count",
                                    PdfVariant(-static_cast<pdf_int64>(n.children.size())));
  }
  root->GetDictionary().AddKey("Count", PdfVariant(static_cast<pdf_int64>(top.size())));
  for (Node& n : nodes) set_compact(*n.obj, *n.obj);  // one per article: kept as their bytes
  return root;
}

PdfDictionary build_link(const Link& link, const PdfReference& target, double page_height) {
  PdfDictionary d;
  d.AddKey("Type", PdfName("Annot"));
  d.AddKey("Subtype", PdfName("Link"));
  d.AddKey("F", PdfVariant(kAnnotationPrint));  // PDF/A: annotations are printed
  PdfArray rect;
  for (double v : {static_cast<double>(link.x), page_height - link.y - link.h,
                   static_cast<double>(link.x + link.w), page_height - link.y})
    rect.push_back(PdfVariant(std::round(v * 100) / 100));
  d.AddKey("Rect", rect);
  PdfArray border;  // no visible box around the link
  for (int i = 0; i < 3; ++i) border.push_back(PdfVariant(static_cast<pdf_int64>(0)));
  d.AddKey("Border", border);
  d.AddKey("Dest", xyz_destination(target, page_height, link.target_y));
  return d;
}

}  // namespace tuyentap::pdf
