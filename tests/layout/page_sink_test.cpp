// The pager hands each page on (Pager::on_final, layout/page_sink.h) only once nothing can
// change it any more: the pages handed on are those a pager keeping them all ends with.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "flow_blocks.h"
#include "gen.h"
#include "layout/pager.h"

using namespace tuyentap;

namespace {

// Every run of every page as "page text x y".
std::vector<std::string> drawn(const std::vector<Page>& pages) {
  std::vector<std::string> out;
  for (std::size_t p = 0; p < pages.size(); ++p)
    for (const TextRun& r : pages[p].runs)
      out.push_back(std::to_string(p) + " " + r.text + " " + std::to_string(r.x) + " " +
                    std::to_string(r.y));
  return out;
}

// A random flow of paragraphs (with looser settings, so that short pages loosen and pull
// lines from the page before), headings, captions kept with the paragraph before them and
// forced breaks, on small two-sided pages whose gaps may grow.
void flow(Pager& pager, std::uint64_t seed) {
  testgen::Rng r{seed};
  for (int id = 0; id < 300; ++id) {
    const unsigned kind = r.below(8);
    if (kind == 0) {  // a heading
      FlowBlock h = test::numbered_lines(id, 1);
      h.keep_with_next = true;
      h.breakable = false;
      h.space_before = 12;
      pager.add(std::move(h));
    } else if (kind == 1) {  // a caption's note
      FlowBlock c = test::numbered_lines(id, 1);
      c.keep_with_previous = true;
      c.breakable = false;
      pager.add(std::move(c));
    } else {
      const int n = 2 + static_cast<int>(r.below(9));
      FlowBlock b = test::numbered_lines(id, n);
      b.space_before = r.below(2) == 0 ? 0 : 4;
      b.looser = test::numbered_lines(id, n + 1, "L").lines;
      b.looser_stretch = static_cast<float>(r.below(10)) / 10;
      pager.add(std::move(b));
    }
    if (r.below(40) == 0) pager.new_page(r.below(2) == 0);
  }
  pager.finish();
}

}  // namespace

TEST_CASE("the pager hands on each page once, in order, as it ends, never to change it again") {
  PageGeometry g;
  g.height = 300;
  g.top = 20;
  g.bottom = 20;
  g.mirror = true;
  g.gap_stretch = 3;
  g.line = 15;
  for (std::uint64_t seed : {1u, 2u, 3u, 4u}) {
    Pager kept(g);
    flow(kept, seed);

    Pager handing(g);
    std::vector<Page> handed;
    std::vector<int> order;
    handing.on_final = [&](int index, Page page, const PageInfo&) {
      order.push_back(index);
      handed.push_back(std::move(page));
    };
    flow(handing, seed);
    const std::size_t before_end = handed.size();
    handing.release_all();

    INFO("seed " << seed);
    REQUIRE(kept.pages().size() > 10);
    CHECK(before_end + 2 >= kept.pages().size());  // all but the last two went on the way
    REQUIRE(handed.size() == kept.pages().size());
    for (std::size_t i = 0; i < order.size(); ++i) CHECK(order[i] == static_cast<int>(i));
    CHECK(drawn(handed) == drawn(kept.pages()));
  }
}
