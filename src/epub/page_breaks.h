// The printed edition's page breaks in the EPUB: where the PDF built with it turns its pages
// (book/page_map.h), a marker <span epub:type="pagebreak" role="doc-pagebreak" id="page-37"
// aria-label="37" title="37"/> at the same place, and the page list that leads to them.
// With no page map (an EPUB-only build) it marks nothing and lists nothing.
#pragma once

#include <cstddef>
#include <map>
#include <pugixml.hpp>
#include <string>
#include <tuple>
#include <vector>

#include "book/page_map.h"

namespace tuyentap::epub {

struct PageTarget {
  std::string label;  // "iii", "37"
  std::string href;   // "a00004.xhtml#page-37"
};

class PageBreaks {
 public:
  explicit PageBreaks(const PageMap* map);  // null: no printed edition

  // Puts the markers of the pages that start at `place` into `element` (of `file`), each at
  // its byte offset in the element's text (0: before everything in it; past the end: after).
  void mark(pugi::xml_node element, const PagePlace& place, const std::string& file);
  // The markers of the pages that start anywhere in `part` (the back of the title page):
  // at the end of `element`.
  void mark_at_end(pugi::xml_node element, PagePlace::Part part, const std::string& file);

  bool any() const { return map_ && !map_->pages.empty(); }
  const std::string& edition() const;
  // Every page marked, in the printed book's order (a page whose place no EPUB page has is
  // left out).
  std::vector<PageTarget> targets() const;

 private:
  using Key = std::tuple<int, int, int>;  // part, index, block
  const PageMap* map_;
  std::map<Key, std::vector<std::size_t>> by_place_;  // page indexes, ascending
  std::vector<std::string> files_;                    // per page: where its marker went
};

}  // namespace tuyentap::epub
