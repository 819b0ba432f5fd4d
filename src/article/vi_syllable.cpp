// Vietnamese spelling: see vi_syllable.h.
#include "article/vi_syllable.h"

#include <cctype>
#include <string>

#include "article/text_lines.h"
#include "text/syllable.h"
#include "text/utf8.h"

namespace tuyentap {

bool is_vietnamese_syllable(std::string_view word) {
  constexpr std::size_t kLongest = 7 * 3;  // "nghiêng" is 7 letters, at most 3 bytes each
  if (word.empty() || word.size() > kLongest) return false;
  std::u32string letters;
  for (std::size_t i = 0; i < word.size();) letters += utf8::next(word, i);
  return vn::is_syllable(letters, /*stops_need_tone=*/true);
}

bool is_foreign_word(std::string_view line) {
  if (line.empty() || line.find(' ') != std::string_view::npos || is_all_caps(line)) return false;
  for (char c : line)
    if (static_cast<unsigned char>(c) < 0x80 && !std::isalpha(static_cast<unsigned char>(c)))
      return false;
  return !is_vietnamese_syllable(line);
}

}  // namespace tuyentap
