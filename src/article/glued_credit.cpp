// A caption glued to the paragraph after it: see glued_credit.h.
#include "article/glued_credit.h"

#include "article/text_lines.h"
#include "article/vi_syllable.h"

namespace tuyentap {

namespace {

// The photo word of a credit's label, as sites write it: "Ảnh", "ẢNH".
constexpr std::string_view kPhotoWord = "Ảnh";
constexpr std::string_view kPhotoWordCaps = "ẢNH";
static_assert(kPhotoWord.size() == kPhotoWordCaps.size());

bool continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// A credit's label in `p`: where its photo word starts, where the credit's name starts (after
// the colon and its spaces), and whether a bracket opened it ("(Ảnh: X)").
struct CreditLabel {
  std::size_t at = std::string_view::npos;
  std::size_t name = 0;
  bool bracketed = false;
};

// The first credit's label in `p`: the photo word, perhaps a space, a colon ("Ảnh:", "Ảnh :",
// "ẢNH:"), the word standing apart from the text before it — after a space, a bracket or a
// dash ("… niệm. Ảnh:", "(Ảnh:", "-Ảnh:"), never glued to a word ("tậpẢnh:") nor the
// lower-case "ảnh:" of a sentence. Asked of every paragraph: looked for from its colon, a byte
// the text seldom has, where p.find stops at each E1 byte that opens "Ả" (and most other
// Vietnamese letters).
CreditLabel find_credit_label(std::string_view p) {
  for (std::size_t colon = p.find(':', kPhotoWord.size()); colon != std::string_view::npos;
       colon = p.find(':', colon + 1)) {
    std::size_t end = colon;
    if (p[end - 1] == ' ') --end;  // "Ảnh :"
    if (end < kPhotoWord.size()) continue;
    const std::size_t at = end - kPhotoWord.size();
    std::string_view word = p.substr(at, kPhotoWord.size());
    if (word != kPhotoWord && word != kPhotoWordCaps) continue;
    if (at == 0) continue;
    const char before = p[at - 1];
    const bool bracketed = before == '(';
    if (before != ' ' && !bracketed && before != '-' && !p.substr(0, at).ends_with("–") &&
        !p.substr(0, at).ends_with("—"))
      continue;
    std::size_t name = colon + 1;
    while (name < p.size() && p[name] == ' ') ++name;
    return CreditLabel{at, name, bracketed};
  }
  return {};
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
  const CreditLabel label = find_credit_label(p);
  if (label.at == std::string_view::npos ||
      !at_most_words(p.substr(0, label.at), kMaxGluedCaptionWords))
    return std::nullopt;
  const std::size_t start = label.name;
  if (!starts_with_upper(p.substr(start))) return std::nullopt;
  // "Ảnh: VnExpress Hội nghị đã …": an outlet's name is the whole credit; a sentence after it
  std::string_view outlet = first_word(p.substr(start));
  std::size_t next = start + outlet.size() + 1;
  if (next < p.size() && is_outlet_word(outlet) && starts_with_upper(p.substr(next)) &&
      opens_sentence(p.substr(next)) && is_body_text(p.substr(next)))
    return next;
  std::size_t words = 1;
  for (std::size_t i = start; i < p.size() && words <= kMaxGluedCreditWords; ++i) {
    // the label's bracket closed, the next sentence after it ("(Ảnh: Chi Lan)Hội nghị …",
    // ") Hội", ").Hội"): the credit ends at the bracket
    if (label.bracketed && p[i] == ')') {
      std::size_t next = i + 1;
      while (next < p.size() && (p[next] == ' ' || p[next] == '.')) ++next;
      if (next < p.size() && starts_with_upper(p.substr(next)) && opens_sentence(p.substr(next)) &&
          is_body_text(p.substr(next)))
        return next;
      return std::nullopt;
    }
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
