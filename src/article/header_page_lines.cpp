// The page's own lines right under the header: see header_page_lines.h.
#include "article/header_page_lines.h"

#include "article/header_lines.h"
#include "article/text_lines.h"

namespace tuyentap {

void skip_counters_under_date(std::span<const std::string_view> paras, HeaderLayout& h) {
  constexpr std::size_t kMaxCounterLines = 2;
  if (h.body != h.date + 1) return;
  while (h.body < paras.size() && h.body - h.date <= kMaxCounterLines && is_counters(paras[h.body]))
    ++h.body;
  // "17/12/2021 21/12/2021", "Khu di tích Gò Tháp, huyện …", "57 0", the text: an event's
  // page prints its venue between its days and its counts, a particular as they are (a line
  // with no stop, short, no body text) and never the lead
  constexpr std::size_t kMaxVenueWords = 12;
  const std::size_t venue = h.date + 1;
  if (h.body == venue && venue + 2 < paras.size() && !is_body_text(paras[venue]) &&
      !ends_with_sentence_punct(paras[venue]) && at_most_words(paras[venue], kMaxVenueWords) &&
      is_counters(paras[venue + 1]) && is_body_text(paras[venue + 2]))
    h.body = venue + 2;
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
