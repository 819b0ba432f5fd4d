// A poll box on one line: see poll_widget.h.
#include "article/poll_widget.h"

#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxPollBytes = 300;  // a question and its buttons
constexpr std::size_t kMaxQuestionWords = 25;
constexpr std::size_t kMaxButtonWords = 8;  // "Bình chọn", "Xem kết quả": a few labels
constexpr std::size_t kMaxLabelWords = 4;   // one button's label: "Tìm kiếm nâng cao"

}  // namespace

std::size_t button_labels(std::string_view tail) {
  std::size_t labels = 0;
  std::size_t i = 0;
  while (i < tail.size()) {
    std::size_t start = i;
    while (i < tail.size()) {
      bool gap = tail[i] == '\t' || tail[i] == '|' ||
                 (tail[i] == ' ' && i + 1 < tail.size() && tail[i + 1] == ' ');
      if (gap) break;
      ++i;
    }
    std::string_view label = tail.substr(start, i - start);
    if (has_letter_or_digit(label)) {
      if (!at_most_words(label, kMaxLabelWords)) return 0;
      ++labels;
    }
    while (i < tail.size() && (tail[i] == '\t' || tail[i] == '|' || tail[i] == ' ')) ++i;
  }
  return labels;
}

namespace {

// The line at `s` opens with a letter: an ASCII one, or a Vietnamese one (U+00C0 to U+01BF:
// "Đ", "Ơ", "Ư", "Á"; U+1E00 to U+1EFF: "Ả", "Ệ"), not a closing quote ("?” Ông A nói").
bool opens_with_letter(std::string_view s) {
  if (s.empty()) return false;
  auto b = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0u; };
  if (b(0) < 0x80) return (b(0) | 0x20) >= 'a' && (b(0) | 0x20) <= 'z';
  return (b(0) >= 0xC3 && b(0) <= 0xC6) || (b(0) == 0xE1 && (b(1) == 0xBA || b(1) == 0xBB));
}

}  // namespace

bool is_poll_line(std::string_view line) {
  if (line.size() > kMaxPollBytes) return false;
  std::size_t q = line.find('?');
  if (q == std::string_view::npos || q + 1 >= line.size()) return false;
  std::string_view question = line.substr(0, q);
  std::string_view tail = line.substr(q + 1);
  if (word_count(question) < 2 || !at_most_words(question, kMaxQuestionWords)) return false;
  // the buttons' labels: a few words, none ending a sentence or asking again
  if (!has_letter_or_digit(tail) || !at_most_words(tail, kMaxButtonWords) ||
      tail.find_first_of(".!?;:") != std::string_view::npos)
    return false;
  return opens_with_letter(tail) || button_labels(tail) >= 2;
}

}  // namespace tuyentap
