// A caption glued to the paragraph after it: see glued_credit.h.
#include "article/glued_credit.h"

#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::string_view kCreditWord = "Ảnh:";

bool continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Where kCreditWord first stands in `p`, or npos. Asked of every paragraph: looked for from its
// colon, a byte the text seldom has, where p.find stops at each E1 byte that opens "Ả" (and
// most other Vietnamese letters).
std::size_t find_credit_word(std::string_view p) {
  const std::size_t before = kCreditWord.size() - 1;  // the bytes before the colon
  for (std::size_t colon = p.find(':', before); colon != std::string_view::npos;
       colon = p.find(':', colon + 1))
    if (p.substr(colon - before, kCreditWord.size()) == kCreditWord) return colon - before;
  return std::string_view::npos;
}

}  // namespace

std::optional<std::size_t> glued_credit_end(std::string_view p) {
  std::size_t at = find_credit_word(p);
  if (at == std::string_view::npos || at == 0 || p[at - 1] != ' ' ||
      !at_most_words(p.substr(0, at), kMaxGluedCaptionWords))
    return std::nullopt;
  std::size_t start = at + kCreditWord.size();
  while (start < p.size() && p[start] == ' ') ++start;
  if (!starts_with_upper(p.substr(start))) return std::nullopt;
  std::size_t words = 1;
  for (std::size_t i = start; i < p.size() && words <= kMaxGluedCreditWords; ++i) {
    if (p[i] == ' ') {
      ++words;
      if (i + 1 < p.size() && !starts_with_upper(p.substr(i + 1))) return std::nullopt;
      continue;
    }
    if (i == start || continuation_byte(p[i]) || !starts_with_upper(p.substr(i))) continue;
    // a capital inside a word: the letter before it lower case?
    std::size_t prev = i - 1;
    while (prev > start && continuation_byte(p[prev])) --prev;
    std::string_view before = p.substr(prev, i - prev);
    if (before == " " || !has_letter_or_digit(before) || starts_with_upper(before) ||
        (before[0] >= '0' && before[0] <= '9'))
      continue;
    if (!is_body_text(p.substr(i))) return std::nullopt;
    return i;
  }
  return std::nullopt;
}

}  // namespace tuyentap
