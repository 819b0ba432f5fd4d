#include "layout/structure.h"

#include <string>
#include <utility>

#include "base/error.h"

namespace tuyentap {

int StructureNodes::add(StructRole role, int parent, std::string alt) {
  if (!taken_) {
    StructNode node{role, parent, -1};
    if (role == StructRole::Figure) {
      node.alt = static_cast<int>(alts_.size());
      alts_.push_back(std::move(alt));
    }
    nodes_.push_back(node);
  } else if (count_ >= taken_count_) {
    throw Error("internal: structure node " + std::to_string(count_) + " added after the book's " +
                    std::to_string(taken_count_) + " were taken",
                {}, 0, "this is a bug in the layout stage; please report it");
  }
  return static_cast<int>(count_++);
}

void StructureNodes::resize(std::size_t n) {
  count_ = n;
  if (taken_) return;
  nodes_.resize(n);
  std::size_t alts = 0;  // the alternative texts of the nodes kept
  for (std::size_t i = n; i-- > 0;)
    if (nodes_[i].alt >= 0) {
      alts = static_cast<std::size_t>(nodes_[i].alt) + 1;
      break;
    }
  alts_.resize(alts);
}

void StructureNodes::take(std::vector<StructNode>& nodes, std::vector<std::string>& alts) {
  nodes_.shrink_to_fit();
  taken_count_ = nodes_.size();
  nodes = std::move(nodes_);
  alts = std::move(alts_);
  nodes_.clear();
  alts_.clear();
  taken_ = true;
}

int add_node(StructureNodes& nodes, StructRole role, int parent, std::string alt) {
  return nodes.add(role, parent, std::move(alt));
}

void belongs_to(std::vector<TextRun>& runs, int node, std::size_t first) {
  for (std::size_t i = first; i < runs.size(); ++i) runs[i].node = node;
}

void belongs_to(FlowBlock& b, int node) {
  for (SetLine& line : b.lines) belongs_to(line.runs, node);
  for (Image& img : b.images) img.node = node;
  b.link_node = node;
}

void lines_belong_to(Page& page, StructureNodes& nodes, int parent) {
  int node = -1;
  float baseline = 0;
  for (TextRun& r : page.runs) {
    if (node < 0 || r.y != baseline) {
      node = add_node(nodes, StructRole::Paragraph, parent);
      baseline = r.y;
    }
    r.node = node;
  }
}

}  // namespace tuyentap
