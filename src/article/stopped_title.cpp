// A title that ends with a full stop: see stopped_title.h.
#include "article/stopped_title.h"

#include <algorithm>

#include "article/untitled_page.h"
#include "text/normalize.h"

namespace tuyentap {

void stopped_title_over_date(std::span<const std::string_view> paras, HeaderLayout& h) {
  constexpr std::size_t kMaxWords = 30;
  constexpr std::size_t kNone = HeaderLayout::kNone;
  if (h.title_over_date || h.no_title || h.title == kNone || !h.title_text.empty() ||
      h.date != h.title + 1 || h.title >= paras.size())
    return;
  std::string_view t = paras[h.title];
  h.title_over_date = t.ends_with('.') && !t.ends_with("..") && at_most_words(t, kMaxWords);
}

bool is_stopped_title(std::string_view title, std::span<const Paragraph> body) {
  constexpr std::size_t kRetoldWithin = 3;
  if (body.empty()) return false;
  const std::size_t within = std::min(body.size(), kRetoldWithin);
  auto text = std::find_if(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(within),
                           [](const Paragraph& p) { return is_body_text(p.text); });
  const Paragraph& retelling =
      text == body.begin() + static_cast<std::ptrdiff_t>(within) ? body.front() : *text;
  // or the page prints the line again below, its words the same (its case and spaces aside):
  // the title set again under the lead or over the photo (real-eval47/tpdienbienphu-1)
  const std::string key = fold_exact(title);
  auto printed_again = [&](const Paragraph& p) {
    // about the title's length, its spaces aside: folding every paragraph would cost too much
    return p.text.size() + 8 >= title.size() && p.text.size() <= 2 * title.size() + 8 &&
           fold_exact(p.text) == key;
  };
  const bool again = std::any_of(body.begin(), body.end(), printed_again);
  if (!again && !is_title_retold_below(title, retelling.text)) return false;
  for (std::size_t i = 0; i < body.size(); ++i)
    if (!printed_again(body[i]) && is_one_clause_sentence(body[i].text) &&
        (i == 0 || ends_with_sentence_punct(body[i - 1].text)))
      return false;
  return true;
}

}  // namespace tuyentap
