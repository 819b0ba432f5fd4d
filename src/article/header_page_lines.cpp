// The page's own lines right under the header: see header_page_lines.h.
#include "article/header_page_lines.h"

#include "article/header_lines.h"

namespace tuyentap {

void skip_counters_under_date(std::span<const std::string_view> paras, HeaderLayout& h) {
  constexpr std::size_t kMaxCounterLines = 2;
  if (h.body != h.date + 1) return;
  while (h.body < paras.size() && h.body - h.date <= kMaxCounterLines && is_counters(paras[h.body]))
    ++h.body;
}

void skip_page_lines_under_header(std::span<const std::string_view> paras, HeaderLayout& h) {
  constexpr std::size_t kMaxLines = 3;
  auto under = [&](std::size_t i) { return i != HeaderLayout::kNone && i + 1 == h.body; };
  if (!under(h.title) && !under(h.date) && !under(h.byline)) return;
  for (std::size_t n = 0; n < kMaxLines && h.body + 1 < paras.size(); ++n, ++h.body) {
    std::string_view p = paras[h.body];
    bool count = !p.empty() && p.find_first_not_of("0123456789") == std::string_view::npos;
    if (!count && !is_counters(p) && !is_page_actions_bar(p) && !is_article_tool(p)) break;
  }
}

}  // namespace tuyentap
