// The article's heading in capitals under the page's title: see capitals_heading.h.
#include "article/capitals_heading.h"

#include "article/text_lines.h"
#include "article/title_score.h"

namespace tuyentap {

bool capitals_heading_under_title(std::string_view upper, std::string_view lower) {
  return is_page_title(upper) && !is_all_caps(upper) && is_all_caps(lower) && is_page_title(lower);
}

}  // namespace tuyentap
