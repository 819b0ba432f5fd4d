// A run of verse: see verse.h.
#include "article/verse.h"

#include <algorithm>
#include <array>
#include <tuple>

#include "article/word_count.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinVerseLines = 4;
constexpr std::size_t kMaxVerseWords = 10;  // eight, a number read as more words aside

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

// A line that may be verse: its words, or 0. The words are counted first (the cheap test that
// every paragraph of prose fails: it has more).
std::size_t verse_words(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t words = words_up_to(s, kMaxVerseWords);
  if (words > kMaxVerseWords || !starts_with_upper(s) || is_all_caps(s)) return 0;
  if (s.find(". ") != std::string_view::npos || s.find(':') != std::string_view::npos) return 0;
  return words;
}

// `words` fits a line of `metre` words: exactly, or short by up to two for a number's words.
bool fits(std::size_t words, std::size_t metre, bool number) {
  return words == metre || (number && words < metre && words + 2 >= metre);
}

// Whether the lines make a run of verse in one metre; `at(k)` gives the k-th line.
template <typename Line>
bool verse_run(Line at) {
  std::array<std::size_t, kMinVerseLines> words{};
  std::array<bool, kMinVerseLines> number{};
  for (std::size_t k = 0; k < kMinVerseLines; ++k) {
    std::string_view line = at(k);
    words[k] = verse_words(line);
    if (words[k] == 0) return false;
    // only the run's last line may end with a stop ("!" and "?" may end any: a cry, a
    // question inside a stanza)
    if (k + 1 < kMinVerseLines && (line.ends_with('.') || line.ends_with(';'))) return false;
    number[k] = has_digit(line);
  }
  // The metres: 0 is lục bát (six, eight, six, …); else every line has that many words.
  for (std::size_t metre : {std::size_t{0}, std::size_t{5}, std::size_t{7}, std::size_t{8}}) {
    std::size_t k = 0;
    while (k < kMinVerseLines &&
           fits(words[k], metre != 0 ? metre : (k % 2 == 0 ? 6 : 8), number[k]))
      ++k;
    if (k == kMinVerseLines) return true;
  }
  return false;
}

// A quote mark anywhere in the line: straight or curly, opening or closing.
bool holds_quote(std::string_view s) {
  return s.find('"') != std::string_view::npos || s.find("“") != std::string_view::npos ||
         s.find("”") != std::string_view::npos;
}

// The lines of a quotation of verse opening at(0), of `available` lines, or 0: three to eight
// lines of verse's shape (verse_words, after the opening quote), the first opening with a
// quote, the last closing it (a "!" or a stop may follow), none between holding a quote mark.
template <typename Line>
std::size_t quoted_verse_lines(Line at, std::size_t available) {
  constexpr std::size_t kMinQuotedLines = 3, kMaxQuotedLines = 8;
  if (available == 0) return 0;
  std::string_view first = at(0);
  if (first.starts_with("“"))
    first.remove_prefix(std::string_view("“").size());
  else if (first.starts_with('"'))
    first.remove_prefix(1);
  else
    return 0;
  if (verse_words(first) == 0 || holds_quote(first)) return 0;
  for (std::size_t k = 1; k < kMaxQuotedLines && k < available; ++k) {
    std::string_view line = at(k);
    // the stop or the cry after the closing quote or before it ("… hoa tươi”!", "… hoa tươi.”")
    auto without_end_marks = [](std::string_view s) {
      while (!s.empty() && (s.back() == '!' || s.back() == '.')) s.remove_suffix(1);
      return s;
    };
    line = without_end_marks(line);
    const bool closes = line.ends_with("”") || line.ends_with('"');
    if (closes)
      line = without_end_marks(
          line.substr(0, line.size() - (line.ends_with('"') ? 1 : std::string_view("”").size())));
    if (verse_words(line) == 0 || holds_quote(line)) return 0;
    if (closes) return k + 1 >= kMinQuotedLines ? k + 1 : 0;
  }
  return 0;
}

}  // namespace

bool opens_quoted_verse(std::span<const std::string_view> paras, std::size_t i) {
  return i < paras.size() &&
         quoted_verse_lines([&](std::size_t k) { return paras[i + k]; }, paras.size() - i) > 0;
}

bool opens_verse(std::span<const std::string_view> paras, std::size_t i) {
  if (opens_quoted_verse(paras, i)) return true;
  if (i + kMinVerseLines > paras.size()) return false;
  return verse_run([&](std::size_t k) { return paras[i + k]; });
}

bool VerseBefore::operator()(std::size_t i) {
  static_assert(std::tuple_size_v<decltype(window_)> == kMinVerseLines);
  i = std::min(i, lines_.size());
  for (; !found_ && next_ < i; ++next_) {
    const std::string& line = lines_[next_];
    if (line.empty()) continue;
    if (verse_words(line) == 0) {
      held_ = 0;
      continue;
    }
    if (held_ == kMinVerseLines) {
      std::copy(window_.begin() + 1, window_.end(), window_.begin());
      --held_;
    }
    window_[held_++] = line;
    found_ = held_ == kMinVerseLines && verse_run([&](std::size_t k) { return window_[k]; });
  }
  return found_;
}

bool holds_verse(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
  return VerseBefore(lines, from)(to);
}

std::vector<bool> verse_paragraphs(const std::vector<Paragraph>& body) {
  std::vector<bool> verse(body.size(), false);
  for (std::size_t i = 0; i < body.size(); ++i) {
    auto line = [&](std::size_t k) { return std::string_view(body[i + k].text); };
    if (std::size_t quoted = quoted_verse_lines(line, body.size() - i); quoted > 0) {
      for (std::size_t k = i; k < i + quoted; ++k) verse[k] = true;
      i += quoted - 1;
      continue;
    }
    if (i + kMinVerseLines > body.size() || !verse_run(line)) continue;
    // the run, and the lines of verse's shape that go on from it until one ends with a stop
    std::size_t end = i + kMinVerseLines;
    while (end < body.size() && !body[end - 1].text.ends_with('.') &&
           verse_words(body[end].text) != 0)
      ++end;
    for (std::size_t k = i; k < end; ++k) verse[k] = true;
    i = end - 1;
  }
  return verse;
}

}  // namespace tuyentap
