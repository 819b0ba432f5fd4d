#include "layout/ties.h"

#include <algorithm>
#include <string>

#include "layout/linebreak.h"
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

bool is_digit(char c) {
  return c >= '0' && c <= '9';
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

// The word pairs around each space: compounds and numbers after a number word or a dash.
void mark_pairs(const std::string& text, const ParaStyle& st, std::vector<float>& at) {
  const TieWords& words = *st.ties;
  std::string_view t = text;
  std::size_t start = 0;  // of the word before the space
  for (std::size_t k = t.find(' '); k != std::string_view::npos; k = t.find(' ', k + 1)) {
    std::size_t end = t.find(' ', k + 1);
    std::string_view before = t.substr(start, k - start);
    std::string_view after =
        t.substr(k + 1, (end == std::string_view::npos ? t.size() : end) - k - 1);
    start = k + 1;
    if (before.empty() || after.empty()) continue;
    const Core b = split_marks(before), a = split_marks(after);
    const bool number_next = a.lead.empty() && is_digit(after.front());
    if (number_next && words.has_number_words() &&
        (is_dash(before) ||
         (b.trail.empty() && !b.core.empty() && words.number_word(fold_exact(b.core))))) {
      at[k] = kInfPenalty;
      continue;
    }
    if (words.has_compounds() && b.trail.empty() && a.lead.empty() && !b.core.empty() &&
        !a.core.empty() &&
        words.compound(fold_exact(std::string(b.core) + " " + std::string(a.core))))
      at[k] = std::max(at[k], st.compound_penalty);
  }
}

}  // namespace

std::vector<float> space_penalties(const std::string& text, const ParaStyle& st) {
  std::vector<float> at(text.size(), 0.0f);
  mark_phrases(text, st.keep_together, kInfPenalty, at);
  if (st.avoid_penalty > 0) mark_phrases(text, st.avoid, st.avoid_penalty, at);
  if (st.ties && (st.ties->has_compounds() || st.ties->has_number_words()))
    mark_pairs(text, st, at);
  if (st.tie_last) {
    std::size_t end = text.find_last_not_of(' ');
    std::size_t last = end == std::string::npos ? end : text.rfind(' ', end);
    if (last != std::string::npos) at[last] = kInfPenalty;
  }
  return at;
}

bool may_break_after_dash(std::string_view before, std::string_view after, const ParaStyle& st) {
  if (!st.ties || !st.ties->has_number_words() || before.empty() || after.empty() ||
      !is_digit(after.front()))
    return true;
  std::size_t dash = before.size() - 1;  // the first byte of the dash that ends `before`
  while (dash > 0 && (static_cast<unsigned char>(before[dash]) & 0xC0) == 0x80) --dash;
  return dash == 0 || !is_digit(before[dash - 1]);
}

}  // namespace tuyentap
