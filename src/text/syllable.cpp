#include "text/syllable.h"

#include <unicode/uchar.h>

#include <array>

#include "text/letters.h"
#include "text/utf8.h"

namespace tuyentap::vn {
namespace {

// A syllable is checked in a one-byte-per-letter spelling: consonants as ASCII, đ as 'D',
// and the vowels a ă â e ê i o ô ơ u ư y as a 1 2 e 3 i o 4 5 u 6 y.
constexpr char kVowelCode[kVowels] = {'a', '1', '2', 'e', '3', 'i', 'o', '4', '5', 'u', '6', 'y'};

// Which bytes are vowel codes (a table: asked of every letter of every word scored).
constexpr std::array<bool, 256> kIsVowelCode = [] {
  std::array<bool, 256> is{};
  for (char c : std::string_view("a12e3io45u6y")) is[static_cast<unsigned char>(c)] = true;
  return is;
}();

bool is_vowel_code(char c) {
  return kIsVowelCode[static_cast<unsigned char>(c)];
}

constexpr std::string_view kInitials[] = {
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d",
    "D",   "g",  "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v", "x", ""};

// The non-empty initials by their first letter (a word tries only those of its own first
// letter, then none), indices into kInitials; at most four share a letter ("ngh", "ng", "nh",
// "n").
struct InitialsOf {
  std::array<std::array<unsigned char, 4>, 128> at{};
  std::array<unsigned char, 128> count{};
};
constexpr InitialsOf kInitialsOf = [] {
  InitialsOf t;
  for (std::size_t k = 0; k < std::size(kInitials); ++k) {
    if (kInitials[k].empty()) continue;
    const auto first = static_cast<unsigned char>(kInitials[k][0]);
    t.at[first][t.count[first]++] = static_cast<unsigned char>(k);
  }
  return t;
}();

enum Final { NO_FINAL, ANY, NEEDS_FINAL };

struct Nucleus {
  std::string_view code;
  Final final;
};

// The vowel nuclei of Vietnamese (with their semivowel endings), and whether a final
// consonant may or must follow.
constexpr Nucleus kNuclei[] = {
    {"a", ANY},          {"1", NEEDS_FINAL},   {"2", NEEDS_FINAL},  {"e", ANY},
    {"3", ANY},          {"i", ANY},           {"o", ANY},          {"4", ANY},
    {"5", ANY},          {"u", ANY},           {"6", ANY},          {"y", ANY},
    {"ai", NO_FINAL},    {"ao", NO_FINAL},     {"au", NO_FINAL},    {"ay", NO_FINAL},
    {"2u", NO_FINAL},    {"2y", NO_FINAL},     {"eo", NO_FINAL},    {"3u", NO_FINAL},
    {"ia", NO_FINAL},    {"iu", NO_FINAL},     {"oi", NO_FINAL},    {"4i", NO_FINAL},
    {"5i", NO_FINAL},    {"ui", NO_FINAL},     {"6a", NO_FINAL},    {"6i", NO_FINAL},
    {"6u", NO_FINAL},    {"ua", NO_FINAL},     {"oa", ANY},         {"o1", NEEDS_FINAL},
    {"oe", ANY},         {"oo", NEEDS_FINAL},  {"u2", NEEDS_FINAL}, {"u3", ANY},
    {"u4", NEEDS_FINAL}, {"u5", NO_FINAL},     {"uy", ANY},         {"i3", NEEDS_FINAL},
    {"y3", NEEDS_FINAL}, {"65", NEEDS_FINAL},  {"i3u", NO_FINAL},   {"y3u", NO_FINAL},
    {"oai", NO_FINAL},   {"oay", NO_FINAL},    {"oao", NO_FINAL},   {"oeo", NO_FINAL},
    {"u2y", NO_FINAL},   {"u4i", NO_FINAL},    {"65i", NO_FINAL},   {"65u", NO_FINAL},
    {"uya", NO_FINAL},   {"uy3", NEEDS_FINAL}, {"uyu", NO_FINAL},
};

// A nucleus of at most three vowels as a number: each vowel's place in "a12e3io45u6y"
// plus one, in base 13.
constexpr std::size_t nucleus_index(std::string_view code) {
  constexpr std::string_view kCodes = "a12e3io45u6y";
  std::size_t index = 0;
  for (char c : code) index = index * 13 + kCodes.find(c) + 1;
  return index;
}

// kNuclei's entry for each nucleus_index, -1 where none.
constexpr std::array<signed char, 13 * 13 * 13> kNucleusAt = [] {
  std::array<signed char, 13 * 13 * 13> at{};
  for (signed char& a : at) a = -1;
  for (std::size_t k = 0; k < std::size(kNuclei); ++k)
    at[nucleus_index(kNuclei[k].code)] = static_cast<signed char>(k);
  return at;
}();

constexpr std::string_view kFinals[] = {"c", "ch", "m", "n", "ng", "nh", "p", "t"};

bool parse_after_initial(std::string_view rest, Tone tone, bool stops_need_tone) {
  std::size_t n = 0;
  while (n < rest.size() && is_vowel_code(rest[n])) ++n;
  if (n == 0) return false;
  std::string_view vowels = rest.substr(0, n), final = rest.substr(n);
  // This runs for every word of every candidate decoding: the nucleus is looked up by its
  // index, not searched for.
  const Nucleus* nucleus = nullptr;
  if (vowels.size() <= 3) {
    int at = kNucleusAt[nucleus_index(vowels)];
    if (at >= 0) nucleus = &kNuclei[at];
  }
  if (!nucleus) return false;
  if (final.empty()) return nucleus->final != NEEDS_FINAL;
  if (nucleus->final == NO_FINAL) return false;
  bool known = false;
  for (std::string_view f : kFinals) known = known || f == final;
  if (!known) return false;
  bool stop = final == "c" || final == "ch" || final == "p" || final == "t";
  return !stop || (tone == NONE && !stops_need_tone) || tone == ACUTE || tone == DOT;
}

bool is_letter_like(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (vowel_of(c) || c == kDLower || c == kDUpper) return true;  // the common case, no ICU
  return u_isalpha(static_cast<UChar32>(c)) ||
         u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

bool is_bad(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n' && c != '\r' && c != '\f';
  if (c < 0x80) return false;
  if (c < 0xA0) return true;  // C1 controls: no real text has them
  if (c == U'\uFFFD') return true;
  if (c >= 0xA1 && c <= 0xBF)  // Latin-1 symbols that turn up in mis-decoded text
    return c != U'\u00A9' && c != U'\u00AB' && c != U'\u00B0' && c != U'\u00B7' && c != U'\u00BB' &&
           c != U'\u00AE';
  return u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;  // not composed
}

}  // namespace

bool is_syllable(std::u32string_view word, bool stops_need_tone) {
  if (word.empty() || word.size() > 8) return false;
  char buffer[8];
  std::size_t length = 0;
  Tone tone = NONE;
  for (char32_t c : word) {
    if (auto v = vowel_of(c)) {
      if (v->tone != NONE) {
        if (tone != NONE) return false;
        tone = v->tone;
      }
      buffer[length++] = kVowelCode[v->vowel];
    } else if (c == kDLower || c == kDUpper) {
      buffer[length++] = 'D';
    } else if (c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      buffer[length++] = static_cast<char>(c | 0x20);
    } else {
      return false;
    }
  }
  std::string_view code(buffer, length);
  const auto first = static_cast<unsigned char>(code[0]);  // ASCII: a code or a consonant
  for (unsigned char k = 0; k < kInitialsOf.count[first]; ++k) {
    const std::string_view initial = kInitials[kInitialsOf.at[first][k]];
    if (code.starts_with(initial) &&
        parse_after_initial(code.substr(initial.size()), tone, stops_need_tone))
      return true;
  }
  return parse_after_initial(code, tone, stops_need_tone);  // no initial consonant
}

TextScore score_text(std::string_view text) {
  TextScore s;
  // the word's letters: is_syllable takes none longer than 8, so a longer one is only counted
  constexpr std::size_t kLongest = 8;
  std::array<char32_t, kLongest> word;
  std::size_t letters = 0;
  auto add = [&](char32_t c) {
    if (letters < kLongest) word[letters] = c;
    ++letters;
  };
  bool non_ascii = false;
  auto flush = [&] {
    if (non_ascii) {
      ++s.words;
      if (letters <= kLongest && is_syllable(std::u32string_view(word.data(), letters))) ++s.valid;
    }
    letters = 0;
    non_ascii = false;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    char32_t c = static_cast<unsigned char>(text[i]);
    if (c < 0x80)
      ++i;
    else
      c = utf8::next(text, i);
    if (c >= 0x80 && (vowel_of(c) || c == kDLower || c == kDUpper)) {  // the common case
      add(c);
      non_ascii = true;
      continue;
    }
    if (is_bad(c)) ++s.bad;
    if (is_letter_like(c)) {
      add(c);
      non_ascii = non_ascii || c >= 0x80;
    } else {
      flush();
    }
  }
  flush();
  return s;
}

}  // namespace tuyentap::vn
