// The book's logical structure as layout records it (pages.h: StructNode): the nodes in a
// list, and the runs, images and links of a block pointing at theirs. Layout says what a
// thing is (a chapter's title, a paragraph, a list entry); pdf/ decides how a tagged PDF
// says it. Internal to layout/.
#pragma once

#include <string>
#include <vector>

#include "layout/pager.h"
#include "layout/pages.h"

namespace tuyentap {

// The nodes a layout run makes. The first passes' nodes go to the book's frame
// (layout/page_sink.h); the same pages laid out again make the same nodes, which are then
// only counted: the book holds them once.
class StructureNodes {
 public:
  // The new node's index. After take(), the same pages laid out again: throws Error when
  // a node beyond those taken is added (the second pass made a node the first did not, so
  // the nodes its pages name would not be the book's).
  int add(StructRole role, int parent, std::string alt);
  std::size_t size() const { return count_; }
  void resize(std::size_t n);  // back to the first n nodes: a pass to be laid out again
  // The nodes and their alternative texts (LaidOutBook::structure, alts); from now on the
  // nodes are only counted.
  void take(std::vector<StructNode>& nodes, std::vector<std::string>& alts);

 private:
  std::vector<StructNode> nodes_;
  std::vector<std::string> alts_;
  std::size_t count_ = 0;
  bool taken_ = false;
  std::size_t taken_count_ = 0;  // how many nodes take() gave away
};

// Appends a node under `parent` (-1: the document) and returns its index.
int add_node(StructureNodes& nodes, StructRole role, int parent, std::string alt = {});

// Every run and image of the block belongs to `node` from now on; a block that links
// (FlowBlock::link_to) gives its Link areas to `node` as well.
void belongs_to(FlowBlock& b, int node);

// The runs from `first` on belong to `node`.
void belongs_to(std::vector<TextRun>& runs, int node, std::size_t first = 0);

// A page composed by hand (the imprint): one paragraph under `parent` for each line of text
// (each baseline), in the order the runs were set.
void lines_belong_to(Page& page, StructureNodes& nodes, int parent);

}  // namespace tuyentap
