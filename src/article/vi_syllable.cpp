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

namespace {

// Letters that open a Vietnamese initial of two letters (ch, gh, gi, kh, ng, nh, ph, qu, th,
// tr): such a pair is the language's own onset, no minor consonant before it.
bool vietnamese_pair(char32_t a, char32_t b) {
  auto lower = [](char32_t c) { return c < 0x80 ? (c | 0x20) : c; };
  a = lower(a), b = lower(b);
  return (b == 'h' && (a == 'c' || a == 'g' || a == 'k' || a == 'n' || a == 'p' || a == 't')) ||
         (a == 'g' && b == 'i') || (a == 'n' && b == 'g') || (a == 'q' && b == 'u') ||
         (a == 't' && b == 'r');
}

bool is_consonant(char32_t c) {
  if (c >= 0x80) return c == U'đ' || c == U'Đ';
  c |= 0x20;
  return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' &&
         c != 'y';
}

}  // namespace

bool is_highland_syllable(std::string_view word) {
  constexpr std::size_t kLongest = 8 * 3;
  if (word.empty() || word.size() > kLongest) return false;
  std::u32string letters;
  for (std::size_t i = 0; i < word.size();) letters += utf8::next(word, i);
  bool changed = false, strong = false;
  // "H'Hen", "Y'Moan": a person's mark glued by an apostrophe
  if (letters.size() > 3 && letters[1] == U'\'' && is_consonant(letters[0])) {
    letters.erase(0, 2);
    changed = strong = true;
  }
  // "Ksor", "Mlô": a minor consonant before the syllable's own
  if (letters.size() > 2 && is_consonant(letters[0]) && is_consonant(letters[1]) &&
      !vietnamese_pair(letters[0], letters[1])) {
    letters.erase(0, 1);
    changed = strong = true;
  }
  // "Mah", "Ksor", "Rahlan"'s "lan": h, r, l or s closing the syllable, finals Vietnamese lacks
  char32_t last = letters.empty() ? 0 : letters.back() | 0x20;
  if (letters.size() > 1 && (last == 'h' || last == 'r' || last == 'l' || last == 's') &&
      !is_consonant(letters[letters.size() - 2])) {
    strong = strong || last == 'h';
    letters.pop_back();
    changed = true;
  }
  // "Bar", "Tel", "Mail", "Bus": an English word is a Vietnamese syllable and a closing r, l
  // or s, as a contact's or a page's label under the text is. Such a highland syllable needs
  // a letter English does not write ("Mơl", "Jơs": a vowel's or a tone's mark), or a stronger
  // sign beside it (a minor consonant, a person's mark, a closing h: "Ksor", "H'Hen", "Mah").
  bool marked = false;
  for (char32_t c : letters) marked = marked || c >= 0x80;
  return changed && (strong || marked) && vn::is_syllable(letters, /*stops_need_tone=*/true);
}

bool is_foreign_word(std::string_view line) {
  if (line.empty() || line.find(' ') != std::string_view::npos || is_all_caps(line)) return false;
  for (char c : line)
    if (static_cast<unsigned char>(c) < 0x80 && !std::isalpha(static_cast<unsigned char>(c)))
      return false;
  return !is_vietnamese_syllable(line) && !is_highland_syllable(line);
}

namespace {

// Whether `letters` (ASCII) spell a syllable once their vowels get back the marks a text typed
// bare loses: "kien" is "kiên", "duoc" is "được" ("iê", "ươ" are nuclei; "ie", "uo" are not).
// Tones need not come back: text/syllable.h lets a syllable go without one.
bool bare_syllable(std::u32string& letters, std::size_t i = 0) {
  if (i == letters.size()) return vn::is_syllable(letters, /*stops_need_tone=*/false);
  if (bare_syllable(letters, i + 1)) return true;
  const char32_t c = letters[i];
  std::u32string_view marked;
  switch (c) {
    case 'a':
      marked = U"âă";
      break;
    case 'A':
      marked = U"ÂĂ";
      break;
    case 'e':
      marked = U"ê";
      break;
    case 'E':
      marked = U"Ê";
      break;
    case 'o':
      marked = U"ôơ";
      break;
    case 'O':
      marked = U"ÔƠ";
      break;
    case 'u':
      marked = U"ư";
      break;
    case 'U':
      marked = U"Ư";
      break;
    default:
      return false;
  }
  bool found = false;
  for (char32_t m : marked) {
    letters[i] = m;
    found = bare_syllable(letters, i + 1);
    if (found) break;
  }
  letters[i] = c;
  return found;
}

}  // namespace

bool is_foreign_phrase(std::string_view line) {
  int words = 0;
  bool foreign = false;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t start = i;
    while (i < line.size() && line[i] != ' ') ++i;
    std::string_view word = line.substr(start, i - start);
    if (word.empty()) continue;
    // "menu_WAR_x": an identifier, whatever else stands beside it
    std::size_t joint = word.find('_');
    if (joint != std::string_view::npos && joint > 0 && joint + 1 < word.size() &&
        std::isalnum(static_cast<unsigned char>(word[joint - 1])) &&
        std::isalnum(static_cast<unsigned char>(word[joint + 1])))
      return true;
    std::u32string letters;
    bool has_letter = false;
    for (std::size_t j = 0; j < word.size();) {
      char32_t c = utf8::next(word, j);
      if (c >= 0x80) return false;  // a letter of Vietnamese's own, or a sign no label prints
      if (std::isalpha(static_cast<int>(c))) {
        letters += c;
        has_letter = true;
      } else if (c == '\'' && j < word.size() && (word[j] | 0x20) == 's' && j + 1 == word.size()) {
        foreign = true;  // "Farmer's": English's possessive
        break;
      } else if (!letters.empty()) {
        break;  // "banner," "2026": the word's letters end at a sign or a digit
      }
    }
    if (!has_letter) continue;
    ++words;
    if (!letters.empty() && (letters.size() > 7 || !bare_syllable(letters))) foreign = true;
  }
  return words >= 2 && foreign;
}

}  // namespace tuyentap
