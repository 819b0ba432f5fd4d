// The article's heading in capitals under the page's title: see capitals_heading.h.
#include "article/capitals_heading.h"

#include "article/text_lines.h"
#include "article/title_score.h"

namespace tuyentap {

bool capitals_heading_under_title(std::string_view upper, std::string_view lower) {
  // the case first: the page-title tests read the line's words against lists
  return is_all_caps(lower) && !is_all_caps(upper) && is_page_title(lower) && is_page_title(upper);
}

}  // namespace tuyentap
