// The labels of a page's counters: see counter_words.h.
#include "text/counter_words.h"

namespace tuyentap {

bool is_counter_word(std::string_view word) {
  if (word.empty()) return false;
  for (const CounterLabel& label : kCounterLabels) {
    std::string_view words = label.words;
    for (std::size_t at = 0; at <= words.size();) {
      std::size_t end = words.find(' ', at);
      if (end == std::string_view::npos) end = words.size();
      if (words.substr(at, end - at) == word) return true;
      at = end + 1;
    }
  }
  return false;
}

}  // namespace tuyentap
