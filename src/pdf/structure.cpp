#include "pdf/structure.h"

#include <span>
#include <string>
#include <utility>

#include "base/error.h"
#include "pdf/marked_content.h"  // structure_type
#include "pdf/metadata.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

namespace {

// Entries in a leaf of the parent tree (§7.9.7): no array grows with the book.
constexpr PoDoFo::pdf_int64 kLeaf = 128;

std::string ref_text(int number) {
  return std::to_string(number) + " 0 R";
}

}  // namespace

bool is_tagged_link(const Link& link, const std::vector<StructNode>& nodes) {
  return link.node >= 0 && static_cast<std::size_t>(link.node) < nodes.size();
}

StructureWriter::StructureWriter(ObjectFile& file, const std::vector<StructNode>& nodes,
                                 const std::vector<std::string>& alts)
    : file_(file), nodes_(nodes), alts_(alts), number_(nodes.size(), 0) {
  for (std::size_t n = 0; n < nodes.size(); ++n)
    if (nodes[n].parent < -1 || nodes[n].parent >= static_cast<int>(n) ||
        nodes[n].alt >= static_cast<int>(alts.size()))
      throw Error("internal: structure node " + std::to_string(n) + " has parent " +
                      std::to_string(nodes[n].parent) + " and alternative text " +
                      std::to_string(nodes[n].alt) + ": not an earlier node, or not one of " +
                      std::to_string(alts.size()) + " texts",
                  {}, 0, "this is a bug in the layout stage; please report it");
  root_ = file_.reserve();
  document_ = file_.reserve();
}

// A node appears with its first content, under its parent, which appears first: the chain
// of the node and its ancestors not seen yet is numbered top down.
void StructureWriter::number_chain(int node) {
  std::vector<int> chain;  // bottom up
  for (int n = node; n >= 0 && number_[static_cast<std::size_t>(n)] == 0;
       n = nodes_[static_cast<std::size_t>(n)].parent)
    chain.push_back(n);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it)
    number_[static_cast<std::size_t>(*it)] = file_.reserve();
}

// The kids in the order the pages gave them: each node, when it first appears, is a kid of
// its parent (its ancestors not seen yet before it, top down), then each content is a kid
// of its node. The order numbers were handed out in, so the same as number_chain saw.
void StructureWriter::replay(const KidSink& to) const {
  std::vector<bool> seen(nodes_.size(), false);
  auto add = [&](int node, Kid kid) {
    std::vector<int> chain;  // bottom up
    for (int n = node; n >= 0 && !seen[static_cast<std::size_t>(n)];
         n = nodes_[static_cast<std::size_t>(n)].parent)
      chain.push_back(n);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      seen[static_cast<std::size_t>(*it)] = true;
      const int parent = nodes_[static_cast<std::size_t>(*it)].parent;
      to(parent < 0 ? nodes_.size() : static_cast<std::size_t>(parent), {Kid::Element, *it, 0});
    }
    to(static_cast<std::size_t>(node), kid);
  };
  for (auto it = given_.begin(); it != given_.end();) {
    const int record = *it++, page = *it++;
    if (record == kLinkRecord) {
      const int annot = *it++, node = *it++;
      add(node, {Kid::Annotation, page, annot});
      continue;
    }
    const int count = *it++;
    for (int m = 0; m < count; ++m) add(*it++, {Kid::Content, page, m});
  }
}

int StructureWriter::element(int node) {
  return number_[static_cast<std::size_t>(node)];
}

pdf_int64 StructureWriter::add_page(int page, const std::vector<int>& mcid_node) {
  if (mcid_node.empty()) return -1;
  std::string by_mcid = "[";
  given_.insert(given_.end(), {kPageRecord, page, static_cast<int>(mcid_node.size())});
  for (std::size_t m = 0; m < mcid_node.size(); ++m) {
    number_chain(mcid_node[m]);
    given_.push_back(mcid_node[m]);
    if (m > 0) by_mcid += ' ';
    by_mcid += ref_text(element(mcid_node[m]));
  }
  by_mcid += ']';
  add_entry(next_key_, by_mcid);
  return next_key_++;
}

pdf_int64 StructureWriter::add_link(const Link& link, int page, int annot) {
  if (!is_tagged_link(link, nodes_)) return -1;
  number_chain(link.node);
  given_.insert(given_.end(), {kLinkRecord, page, annot, link.node});
  add_entry(next_key_, ref_text(element(link.node)));
  return next_key_++;
}

void StructureWriter::add_entry(pdf_int64 key, const std::string& value) {
  if (leaf_size_ == kLeaf) close_leaf();
  if (leaf_size_ == 0) leaf_first_ = key;
  if (leaf_size_ > 0) leaf_ += ' ';
  leaf_ += std::to_string(key);
  leaf_ += ' ';
  leaf_ += value;
  ++leaf_size_;
}

void StructureWriter::close_leaf() {
  if (leaf_size_ == 0) return;
  const pdf_int64 last = leaf_first_ + leaf_size_ - 1;  // keys are consecutive
  const int number = file_.reserve();
  file_.write_text(number, "<</Limits[" + std::to_string(leaf_first_) + " " + std::to_string(last) +
                               "]/Nums[" + leaf_ + "]>>");
  leaves_.push_back(number);
  leaf_.clear();
  leaf_size_ = 0;
}

// /K of an element. Marked content on the element's /Pg is a bare MCID, elsewhere an MCR
// (whose /Type is optional by the standard, but poppler skips an MCR without it).
std::string StructureWriter::kid_array(const Kid* first, const Kid* last, int own_page) {
  std::string k = "[";
  for (const Kid& kid : std::span(first, last)) {
    if (k.size() > 1) k += ' ';
    if (kid.kind == Kid::Element)
      k += ref_text(element(kid.a));
    else if (kid.kind == Kid::Content && kid.a == own_page)
      k += std::to_string(kid.b);
    else if (kid.kind == Kid::Content)
      k += "<</Type/MCR/Pg " + ref_text(kid.a) + "/MCID " + std::to_string(kid.b) + ">>";
    else
      k += "<</Type/OBJR/Pg " + ref_text(kid.a) + "/Obj " + ref_text(kid.b) + ">>";
  }
  return k + "]";
}

// An element; its /Pg is the page of its first marked content, if it has any.
void StructureWriter::write_element(int node, int number, const Kid* first, const Kid* last) {
  const bool document = node < 0;
  int page = 0;
  for (const Kid& kid : std::span(first, last))
    if (kid.kind != Kid::Element) {
      page = kid.a;
      break;
    }
  const int parent = document ? -1 : nodes_[static_cast<std::size_t>(node)].parent;
  std::string d = "<</Type/StructElem/S/";
  d += document ? "Document" : structure_type(nodes_[static_cast<std::size_t>(node)].role);
  d += "/P " + ref_text(document ? root_ : parent < 0 ? document_ : element(parent));
  if (page > 0) d += "/Pg " + ref_text(page);
  d += "/K" + kid_array(first, last, page);
  const int alt = document ? -1 : nodes_[static_cast<std::size_t>(node)].alt;
  if (alt >= 0) {
    std::string text;
    PdfVariant(utf8_string(alts_[static_cast<std::size_t>(alt)]))
        .ToString(text, ePdfWriteMode_Compact);
    d += "/Alt" + text;
  }
  file_.write_text(number, d + ">>");
}

void StructureWriter::finish(PdfDictionary& catalog) {
  // Every slot's kids in one list, a slot's together (counted, then placed): `start[s]`,
  // where slot s's kids begin, is moved on as they are placed, to where the next slot's do.
  std::vector<std::size_t> start(nodes_.size() + 3, 0);
  replay([&](std::size_t slot, Kid) { ++start[slot + 2]; });
  for (std::size_t s = 2; s < start.size(); ++s) start[s] += start[s - 1];
  std::vector<Kid> kids(start.back());
  replay([&](std::size_t slot, Kid kid) { kids[start[slot + 1]++] = kid; });
  std::deque<int>().swap(given_);
  auto write = [&](std::size_t slot, int node, int number) {
    write_element(node, number, kids.data() + start[slot], kids.data() + start[slot + 1]);
  };
  write(nodes_.size(), -1, document_);
  for (std::size_t n = 0; n < nodes_.size(); ++n)
    if (number_[n] != 0) write(n, static_cast<int>(n), number_[n]);
  const int tree = file_.reserve();
  if (leaves_.empty()) {
    file_.write_text(tree, "<</Nums[" + leaf_ + "]>>");
  } else {
    close_leaf();
    std::string kids = "<</Kids[";
    for (int leaf : leaves_) kids += ref_text(leaf) + " ";
    kids.back() = ']';
    file_.write_text(tree, kids + ">>");
  }
  file_.write_text(root_, "<</Type/StructTreeRoot/K " + ref_text(document_) + "/ParentTree " +
                              ref_text(tree) + "/ParentTreeNextKey " + std::to_string(next_key_) +
                              ">>");
  catalog.AddKey("StructTreeRoot", ObjectFile::ref(root_));
  PdfDictionary mark_info;
  mark_info.AddKey("Marked", PdfVariant(true));
  catalog.AddKey("MarkInfo", mark_info);
}

}  // namespace tuyentap::pdf
