// Vietnamese spelling: see vi_syllable.h.
#include "article/vi_syllable.h"

#include <array>
#include <cctype>
#include <string>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// Each vowel's six forms: no tone, huyền, sắc, hỏi, ngã, nặng (lower case, NFC).
constexpr std::array<std::array<std::string_view, 6>, 12> kVowels = {{
    {"a", "à", "á", "ả", "ã", "ạ"},
    {"ă", "ằ", "ắ", "ẳ", "ẵ", "ặ"},
    {"â", "ầ", "ấ", "ẩ", "ẫ", "ậ"},
    {"e", "è", "é", "ẻ", "ẽ", "ẹ"},
    {"ê", "ề", "ế", "ể", "ễ", "ệ"},
    {"i", "ì", "í", "ỉ", "ĩ", "ị"},
    {"o", "ò", "ó", "ỏ", "õ", "ọ"},
    {"ô", "ồ", "ố", "ổ", "ỗ", "ộ"},
    {"ơ", "ờ", "ớ", "ở", "ỡ", "ợ"},
    {"u", "ù", "ú", "ủ", "ũ", "ụ"},
    {"ư", "ừ", "ứ", "ử", "ữ", "ự"},
    {"y", "ỳ", "ý", "ỷ", "ỹ", "ỵ"},
}};
constexpr int kSac = 2, kNang = 5;

// Onsets, longest first where one is another's start.
constexpr std::string_view kOnsets[] = {"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr",
                                        "qu",  "b",  "c",  "d",  "đ",  "g",  "h",  "k",  "l",  "m",
                                        "n",   "p",  "r",  "s",  "t",  "v",  "x",  ""};
constexpr std::string_view kFinals[] = {"ng", "nh", "ch", "c", "m", "n", "p", "t", ""};
// The vowel groups Vietnamese writes (tone marks off).
constexpr std::string_view kVowelGroups[] = {
    "a",   "ă",   "â",   "e",   "ê",   "i",   "o",   "ô",   "ơ",   "u",   "ư",   "y",
    "ai",  "ao",  "au",  "ay",  "âu",  "ây",  "eo",  "êu",  "ia",  "iê",  "iu",  "oa",
    "oă",  "oe",  "oi",  "ôi",  "ơi",  "oo",  "ua",  "uâ",  "uê",  "ui",  "uô",  "uơ",
    "uy",  "ưa",  "ưi",  "ưu",  "ươ",  "yê",  "iêu", "oai", "oao", "oay", "oeo", "uây",
    "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu", "uê"};

bool is_stop(std::string_view final) {
  return final == "c" || final == "ch" || final == "p" || final == "t";
}

// The rest after an onset: a vowel group and a final, nothing else.
bool is_rhyme(std::string_view rest, int tone) {
  for (std::string_view final : kFinals) {
    if (rest.size() <= final.size() || !rest.ends_with(final)) continue;
    std::string_view group = rest.substr(0, rest.size() - final.size());
    for (std::string_view g : kVowelGroups)
      if (group == g) return !is_stop(final) || tone == kSac || tone == kNang;
  }
  return false;
}

}  // namespace

bool is_vietnamese_syllable(std::string_view word) {
  constexpr std::size_t kLongest = 7 * 3;  // "nghiêng" is 7 letters, at most 3 bytes each
  if (word.empty() || word.size() > kLongest) return false;
  std::string lower = fold_exact(word);
  std::string base;  // the letters with the tone mark off
  int tone = 0;
  for (std::size_t i = 0; i < lower.size();) {
    auto c = static_cast<unsigned char>(lower[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string_view ch = std::string_view(lower).substr(i, len);
    i += len;
    bool vowel = false;
    for (const auto& forms : kVowels)
      for (int t = 0; t < 6; ++t)
        if (ch == forms[static_cast<std::size_t>(t)]) {
          if (t != 0 && tone != 0) return false;  // two tone marks
          if (t != 0) tone = t;
          base += forms[0];
          vowel = true;
        }
    if (vowel) continue;
    if (ch == "đ" ||
        (len == 1 && c >= 'a' && c <= 'z' && c != 'f' && c != 'j' && c != 'w' && c != 'z')) {
      base += ch;
      continue;
    }
    return false;  // a digit, a sign, a letter Vietnamese does not write
  }
  for (std::string_view onset : kOnsets)
    if (std::string_view(base).starts_with(onset) &&
        is_rhyme(std::string_view(base).substr(onset.size()), tone))
      return true;
  return false;
}

bool is_foreign_word(std::string_view line) {
  if (line.empty() || line.find(' ') != std::string_view::npos || is_all_caps(line)) return false;
  for (char c : line)
    if (static_cast<unsigned char>(c) < 0x80 && !std::isalpha(static_cast<unsigned char>(c)))
      return false;
  return !is_vietnamese_syllable(line);
}

}  // namespace tuyentap
