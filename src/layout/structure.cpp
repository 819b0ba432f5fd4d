#include "layout/structure.h"

#include <utility>

namespace tuyentap {

int add_node(std::vector<StructNode>& nodes, StructRole role, int parent, std::string alt) {
  nodes.push_back({role, parent, std::move(alt)});
  return static_cast<int>(nodes.size()) - 1;
}

void belongs_to(std::vector<TextRun>& runs, int node, std::size_t first) {
  for (std::size_t i = first; i < runs.size(); ++i) runs[i].node = node;
}

void belongs_to(FlowBlock& b, int node) {
  for (SetLine& line : b.lines) belongs_to(line.runs, node);
  for (Image& img : b.images) img.node = node;
  b.link_node = node;
}

void lines_belong_to(Page& page, std::vector<StructNode>& nodes, int parent) {
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
