// Initials typed in title case: see byline_initials.h.
#include "article/byline_initials.h"

#include <algorithm>
#include <cctype>

namespace tuyentap {

bool is_vowelless_initials(std::string_view word) {
  constexpr std::size_t kFewest = 2, kMost = 4;  // "Tq" … "Hnvt"
  return word.size() >= kFewest && word.size() <= kMost &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) &&
         word.find_first_of("aeiouyAEIOUY") == std::string_view::npos;
}

}  // namespace tuyentap
