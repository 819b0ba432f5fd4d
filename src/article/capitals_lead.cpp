// A sapo printed in capitals: see capitals_lead.h.
#include "article/capitals_lead.h"

#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinSentenceWords = 12;
constexpr std::size_t kMinCommaFreeWords = 20;
constexpr std::size_t kMaxPhraseWords = 30;

// The paragraph without closing quotes and brackets.
std::string_view without_closers(std::string_view p) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view close : {"\"", "'", ")", "”", "’", "»"})
      if (p.ends_with(close)) {
        p.remove_suffix(close.size());
        again = true;
      }
  }
  return p;
}

}  // namespace

bool reads_as_capitals_sapo(std::string_view p) {
  if (!is_all_caps(p) || at_most_words(p, kMinSentenceWords - 1)) return false;
  if (!at_most_words(p, kMaxPhraseWords)) return true;
  std::string_view body = without_closers(p);
  if (!body.ends_with('.') && !body.ends_with("…")) return false;
  return body.find(',') != std::string_view::npos || !at_most_words(p, kMinCommaFreeWords - 1);
}

}  // namespace tuyentap
