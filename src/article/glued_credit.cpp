// A caption glued to the paragraph after it: see glued_credit.h.
#include "article/glued_credit.h"

#include "article/text_lines.h"
#include "article/vi_syllable.h"

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

// The word a capital inside a credit's word begins ("Hội" of "AnHội nghị", "Express" of
// "VnExpress Hội nghị"): the next paragraph's first word when it is Vietnamese — a syllable
// of the language, or an acronym in capitals ("UBND") — and else the second half of an
// outlet's name written in CamelCase ("VnExpress", "VietnamPlus", "ZingNews"), one word.
bool opens_sentence(std::string_view from_capital) {
  std::string_view word = first_word(from_capital);
  while (!word.empty() &&
         std::string_view(",.;:!?\"')").find(word.back()) != std::string_view::npos)
    word.remove_suffix(1);
  return is_vietnamese_syllable(word) || is_all_caps(word);
}

// "VnExpress", "VietnamPlus", "TTXVN": an outlet's name, one word that no person's name is —
// no Vietnamese syllable, in capitals or with a capital inside.
bool is_outlet_word(std::string_view w) {
  if (w.empty() || is_vietnamese_syllable(w)) return false;
  if (is_all_caps(w)) return true;
  for (std::size_t i = 1; i < w.size(); ++i)
    if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') return true;
  return false;
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
  // "Ảnh: VnExpress Hội nghị đã …": an outlet's name is the whole credit; a sentence after it
  std::string_view outlet = first_word(p.substr(start));
  std::size_t next = start + outlet.size() + 1;
  if (next < p.size() && is_outlet_word(outlet) && starts_with_upper(p.substr(next)) &&
      opens_sentence(p.substr(next)) && is_body_text(p.substr(next)))
    return next;
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
    if (!opens_sentence(p.substr(i))) continue;
    if (!is_body_text(p.substr(i))) return std::nullopt;
    return i;
  }
  return std::nullopt;
}

}  // namespace tuyentap
