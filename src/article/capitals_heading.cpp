// The article's heading in capitals under the page's title: see capitals_heading.h.
#include "article/capitals_heading.h"

#include "article/dated_paragraph.h"
#include "article/text_lines.h"
#include "article/title_score.h"

namespace tuyentap {

bool capitals_heading_under_title(std::string_view upper, std::string_view lower) {
  // the case first: the page-title tests read the line's words against lists
  return is_all_caps(lower) && !is_all_caps(upper) && is_page_title(lower) && is_page_title(upper);
}

bool title_over_capitals_heading(std::string_view upper, std::string_view lower) {
  return capitals_heading_under_title(upper, lower) && !is_section_like(upper);
}

}  // namespace tuyentap
