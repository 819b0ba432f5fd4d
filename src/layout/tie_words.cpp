#include "layout/tie_words.h"

#include <algorithm>

#include "text/normalize.h"

namespace tuyentap {
namespace {

// A word list as matching keys (lower case, one tone placement: "đảng uỷ" is "đảng ủy"), sorted.
std::vector<std::string> keys(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  out.reserve(words.size());
  for (const std::string& w : words) out.push_back(fold_exact(w));
  std::sort(out.begin(), out.end());
  return out;
}

bool listed(const std::vector<std::string>& sorted, std::string_view key) {
  return std::binary_search(sorted.begin(), sorted.end(), key, std::less<>());
}

}  // namespace

TieWords::TieWords(const std::vector<std::string>& compounds,
                   const std::vector<std::string>& number_words)
    : compounds_(keys(compounds)), number_words_(keys(number_words)) {
  for (const std::string& w : number_words_)
    if (!w.empty())
      number_word_syllables_ = std::max(number_word_syllables_,
                                        1 + static_cast<int>(std::count(w.begin(), w.end(), ' ')));
}

bool TieWords::compound(std::string_view key) const {
  return listed(compounds_, key);
}

bool TieWords::number_word(std::string_view key) const {
  return listed(number_words_, key);
}

}  // namespace tuyentap
