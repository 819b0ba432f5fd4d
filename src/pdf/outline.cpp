#include <algorithm>
#include <cmath>

#include "base/error.h"
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

const PdfReference& page_ref(const std::vector<PdfReference>& pages, int page,
                             const std::string& what) {
  if (page < 0 || static_cast<std::size_t>(page) >= pages.size())
    throw Error(what + " points at page " + std::to_string(page + 1) + ", but the book has " +
                    std::to_string(pages.size()) + " pages",
                {}, 0, "this is a bug in the layout stage; please report it");
  return pages[static_cast<std::size_t>(page)];
}

// The outline's tree as indexes: item i's parent (-1: the root), its siblings before and
// after and its first and last child (-1: none), and how many children it has. The root's
// own first, last and count are kept apart.
struct OutlineTree {
  std::vector<int> parent, prev, next, first, last, count;
  int root_first = -1, root_last = -1, root_count = 0;

  explicit OutlineTree(const std::vector<OutlineItem>& items) {
    const std::size_t n = items.size();
    for (auto* v : {&parent, &prev, &next, &first, &last}) v->assign(n, -1);
    count.assign(n, 0);
    std::vector<int> open;  // the path of items an item of a deeper level nests under
    auto level = [&](int i) { return std::max(0, items[static_cast<std::size_t>(i)].level); };
    for (int i = 0; i < static_cast<int>(n); ++i) {
      const auto k = static_cast<std::size_t>(i);
      while (!open.empty() && level(open.back()) >= level(i)) open.pop_back();
      const int p = open.empty() ? -1 : open.back();
      parent[k] = p;
      int& p_first = p < 0 ? root_first : first[static_cast<std::size_t>(p)];
      int& p_last = p < 0 ? root_last : last[static_cast<std::size_t>(p)];
      ++(p < 0 ? root_count : count[static_cast<std::size_t>(p)]);
      if (p_last >= 0) {
        prev[k] = p_last;
        next[static_cast<std::size_t>(p_last)] = i;
      }
      if (p_first < 0) p_first = i;
      p_last = i;
      open.push_back(i);
    }
  }
};

}  // namespace

int write_outlines(ObjectFile& file, const std::vector<OutlineItem>& items,
                   const std::vector<PdfReference>& pages, double page_height) {
  if (items.empty()) return 0;
  const OutlineTree tree(items);
  const int root = file.reserve();
  auto number = [&](int i) { return root + 1 + i; };  // the items follow the root, in order
  for (std::size_t i = 0; i < items.size(); ++i) file.reserve();
  auto add_ref = [&](PdfDictionary& d, const char* key, int item) {
    if (item >= 0) d.AddKey(key, ObjectFile::ref(number(item)));
  };
  PdfDictionary r;
  r.AddKey("Type", PdfName("Outlines"));
  add_ref(r, "First", tree.root_first);
  add_ref(r, "Last", tree.root_last);
  r.AddKey("Count", PdfVariant(static_cast<pdf_int64>(tree.root_count)));
  file.write_made(root, r);
  for (std::size_t k = 0; k < items.size(); ++k) {
    const OutlineItem& item = items[k];
    const PdfReference& page = page_ref(pages, item.page, "the bookmark \"" + item.title + "\"");
    PdfDictionary d;
    // UTF-8 → UTF-16BE title (a plain char* would be read as PdfDocEncoding).
    d.AddKey("Title", PdfString(reinterpret_cast<const pdf_utf8*>(item.title.c_str())));
    d.AddKey("Parent", ObjectFile::ref(tree.parent[k] < 0 ? root : number(tree.parent[k])));
    d.AddKey("Dest", xyz_destination(page, page_height, item.y));
    add_ref(d, "Prev", tree.prev[k]);
    add_ref(d, "Next", tree.next[k]);
    add_ref(d, "First", tree.first[k]);
    add_ref(d, "Last", tree.last[k]);
    // Negative: closed; opening it shows its children (themselves closed).
    if (tree.count[k] > 0) d.AddKey("Count", PdfVariant(-static_cast<pdf_int64>(tree.count[k])));
    file.write_made(number(static_cast<int>(k)), d);
  }
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
