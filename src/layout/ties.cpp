#include "layout/ties.h"

#include <algorithm>
#include <string>

#include "base/ascii.h"
#include "layout/linebreak.h"
#include "text/date.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {
namespace {

// A letter or a digit: ASCII ones, and everything from U+00C0 on but the general punctuation
// block (quotes, dashes, ellipsis) — enough to tell a syllable from the marks around it.
bool is_word_char(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return c >= 0xC0 && !(c >= 0x2000 && c <= 0x206F);
}

// The syllable part of a word: the word without the marks before and after it.
struct Core {
  std::string_view lead, core, trail;
};
Core split_marks(std::string_view w) {
  std::size_t b = 0;
  while (b < w.size()) {
    std::size_t at = b;
    if (is_word_char(utf8::next(w, at))) break;
    b = at;
  }
  std::size_t e = b, i = b;
  while (i < w.size()) {
    if (is_word_char(utf8::next(w, i))) e = i;
  }
  return {w.substr(0, b), w.substr(b, e - b), w.substr(e)};
}

bool is_dash(std::string_view w) {
  return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94";  // - – —
}

// Sets `penalty` (if larger) on every space inside each occurrence of each phrase.
void mark_phrases(const std::string& text, const std::vector<std::string>& phrases, float penalty,
                  std::vector<float>& at) {
  for (const std::string& phrase : phrases) {
    if (phrase.empty()) continue;
    for (std::size_t p = text.find(phrase); p != std::string::npos; p = text.find(phrase, p + 1))
      for (std::size_t k = p; k < p + phrase.size(); ++k)
        if (text[k] == ' ') at[k] = std::max(at[k], penalty);
  }
}

// A roman numeral, which a number word takes as it takes digits ("khóa XIII", "Chương IV"):
// capitals written the canonical way (roman() gives them back), so that an acronym of those
// letters ("CDC", "IIX") is none.
int roman_digit(char c) {
  switch (c) {
    case 'I':
      return 1;
    case 'V':
      return 5;
    case 'X':
      return 10;
    case 'L':
      return 50;
    case 'C':
      return 100;
    case 'D':
      return 500;
    case 'M':
      return 1000;
    default:
      return 0;
  }
}
bool is_roman(std::string_view w) {
  if (w.empty() || w.size() > 15) return false;
  int total = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const int v = roman_digit(w[i]);
    if (v == 0) return false;
    total += i + 1 < w.size() && v < roman_digit(w[i + 1]) ? -v : v;
  }
  return total > 0 && total < 4000 && roman(total) == w;
}

// Whether the words before the space at `k` end with one of the style's number words
// ("năm", "Trung ương"), looking as many syllables back as its longest has, none of them
// with a mark inside the phrase ("(khóa" is "khóa"; "năm," ends a clause).
bool number_word_before(std::string_view t, std::size_t k, const TieWords& words) {
  std::string phrase;
  std::size_t end = k;  // the space after the word looked at
  for (int n = 1; n <= words.number_word_syllables(); ++n) {
    std::size_t start = t.rfind(' ', end - 1);
    start = start == std::string_view::npos ? 0 : start + 1;
    const Core c = split_marks(t.substr(start, end - start));
    if (c.core.empty() || !c.trail.empty()) return false;
    phrase = phrase.empty() ? std::string(c.core) : std::string(c.core) + " " + phrase;
    if (words.number_word(fold_exact(phrase))) return true;
    if (!c.lead.empty() || start < 2) return false;
    end = start - 1;
  }
  return false;
}

// The word pairs around each space: compounds (with a compound_penalty) and numbers after a
// number word or, with tie_ranges, a range's dash.
void mark_pairs(const std::string& text, const ParaStyle& st, std::vector<float>& at) {
  const TieWords* words = st.ties;
  const bool compounds = st.compound_penalty > 0 && words && words->has_compounds();
  const bool numbers = words && words->has_number_words();
  std::string_view t = text;
  std::size_t start = 0;  // of the word before the space
  for (std::size_t k = t.find(' '); k != std::string_view::npos; k = t.find(' ', k + 1)) {
    std::size_t end = t.find(' ', k + 1);
    std::string_view before = t.substr(start, k - start);
    std::string_view after =
        t.substr(k + 1, (end == std::string_view::npos ? t.size() : end) - k - 1);
    start = k + 1;
    if (before.empty() || after.empty()) continue;
    if (is_ascii_digit(after.front()) || roman_digit(after.front()) != 0) {  // a number, maybe
      const Core a = split_marks(after);
      const bool digits = a.lead.empty() && is_ascii_digit(after.front());
      if (digits && st.tie_ranges && is_dash(before)) {
        at[k] = kInfPenalty;
        continue;
      }
      if ((digits || (a.lead.empty() && is_roman(a.core))) && numbers &&
          number_word_before(t, k, *words)) {
        at[k] = st.number_penalty > 0 ? std::max(at[k], st.number_penalty) : kInfPenalty;
        continue;
      }
    }
    if (!compounds) continue;
    const Core b = split_marks(before), a = split_marks(after);
    if (b.trail.empty() && a.lead.empty() && !b.core.empty() && !a.core.empty() &&
        words->compound(fold_exact(std::string(b.core) + " " + std::string(a.core))))
      at[k] = std::max(at[k], st.compound_penalty);
  }
}

}  // namespace

std::vector<float> space_penalties(const std::string& text, const ParaStyle& st) {
  std::vector<float> at(text.size(), 0.0f);
  mark_phrases(text, st.keep_together, kInfPenalty, at);
  if (st.avoid_penalty > 0) mark_phrases(text, st.avoid, st.avoid_penalty, at);
  if (st.ties || st.tie_ranges) mark_pairs(text, st, at);
  if (st.tie_last) {
    std::size_t end = text.find_last_not_of(' ');
    std::size_t last = end == std::string::npos ? end : text.rfind(' ', end);
    if (last != std::string::npos) at[last] = kInfPenalty;
  }
  return at;
}

bool may_break_after_dash(std::string_view before, std::string_view after, const ParaStyle& st) {
  if (!st.tie_ranges || before.empty() || after.empty() || !is_ascii_digit(after.front()))
    return true;
  std::size_t dash = before.size() - 1;  // the first byte of the dash that ends `before`
  while (dash > 0 && (static_cast<unsigned char>(before[dash]) & 0xC0) == 0x80) --dash;
  return dash == 0 || !is_ascii_digit(before[dash - 1]);
}

}  // namespace tuyentap
