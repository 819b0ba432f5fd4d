#include "pdf/structure.h"

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
    : file_(file), nodes_(nodes), alts_(alts), kids_(nodes.size() + 1), number_(nodes.size(), 0) {
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
// of the node and its ancestors not seen yet is numbered top down and each added to its
// parent's kids.
void StructureWriter::add(int node, Kid kid) {
  std::vector<int> chain;  // bottom up
  for (int n = node; n >= 0 && number_[static_cast<std::size_t>(n)] == 0;
       n = nodes_[static_cast<std::size_t>(n)].parent)
    chain.push_back(n);
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    number_[static_cast<std::size_t>(*it)] = file_.reserve();
    const int parent = nodes_[static_cast<std::size_t>(*it)].parent;
    kids_[parent < 0 ? kids_.size() - 1 : static_cast<std::size_t>(parent)].push_back(
        {Kid::Element, *it, 0});
  }
  kids_[static_cast<std::size_t>(node)].push_back(kid);
}

int StructureWriter::element(int node) {
  return number_[static_cast<std::size_t>(node)];
}

pdf_int64 StructureWriter::add_page(int page, const std::vector<int>& mcid_node) {
  if (mcid_node.empty()) return -1;
  std::string by_mcid = "[";
  for (std::size_t m = 0; m < mcid_node.size(); ++m) {
    add(mcid_node[m], {Kid::Content, page, static_cast<int>(m)});
    if (m > 0) by_mcid += ' ';
    by_mcid += ref_text(element(mcid_node[m]));
  }
  by_mcid += ']';
  add_entry(next_key_, by_mcid);
  return next_key_++;
}

pdf_int64 StructureWriter::add_link(const Link& link, int page, int annot) {
  if (!is_tagged_link(link, nodes_)) return -1;
  add(link.node, {Kid::Annotation, page, annot});
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
std::string StructureWriter::kid_array(const std::vector<Kid>& kids, int own_page) {
  std::string k = "[";
  for (const Kid& kid : kids) {
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
void StructureWriter::write_element(int node, int number) {
  const bool document = node < 0;
  std::vector<Kid>& kids = kids_[document ? kids_.size() - 1 : static_cast<std::size_t>(node)];
  int page = 0;
  for (const Kid& kid : kids)
    if (kid.kind != Kid::Element) {
      page = kid.a;
      break;
    }
  const int parent = document ? -1 : nodes_[static_cast<std::size_t>(node)].parent;
  std::string d = "<</Type/StructElem/S/";
  d += document ? "Document" : structure_type(nodes_[static_cast<std::size_t>(node)].role);
  d += "/P " + ref_text(document ? root_ : parent < 0 ? document_ : element(parent));
  if (page > 0) d += "/Pg " + ref_text(page);
  d += "/K" + kid_array(kids, page);
  const int alt = document ? -1 : nodes_[static_cast<std::size_t>(node)].alt;
  if (alt >= 0) {
    std::string text;
    PdfVariant(utf8_string(alts_[static_cast<std::size_t>(alt)]))
        .ToString(text, ePdfWriteMode_Compact);
    d += "/Alt" + text;
  }
  file_.write_text(number, d + ">>");
  std::vector<Kid>().swap(kids);
}

void StructureWriter::finish(PdfDictionary& catalog) {
  write_element(-1, document_);
  for (std::size_t n = 0; n < nodes_.size(); ++n)
    if (number_[n] != 0) write_element(static_cast<int>(n), number_[n]);
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
