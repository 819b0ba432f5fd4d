// StructureNodes (layout/structure.h): the first passes' nodes are taken once; laid out
// again, the same nodes are only counted, and one more than were taken is a bug caught.
#include <catch2/catch.hpp>

#include "base/error.h"
#include "layout/structure.h"

using namespace tuyentap;

TEST_CASE("structure nodes: laid out again after take, the same nodes are counted") {
  StructureNodes nodes;
  CHECK(add_node(nodes, StructRole::Section, -1) == 0);
  CHECK(add_node(nodes, StructRole::Figure, 0, "Ảnh") == 1);
  std::vector<StructNode> taken;
  std::vector<std::string> alts;
  nodes.take(taken, alts);
  REQUIRE(taken.size() == 2);
  CHECK(taken[1].parent == 0);
  CHECK(alts == std::vector<std::string>{"Ảnh"});

  nodes.resize(0);  // the second pass
  CHECK(add_node(nodes, StructRole::Section, -1) == 0);
  CHECK(add_node(nodes, StructRole::Figure, 0, "Ảnh") == 1);
  CHECK(nodes.size() == 2);
  CHECK_THROWS_AS(add_node(nodes, StructRole::Paragraph, 0), Error);
}
