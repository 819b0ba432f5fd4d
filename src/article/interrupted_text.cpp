// A caption the text runs on across: see interrupted_text.h.
#include "article/interrupted_text.h"

#include <string>

#include "article/caption_score.h"
#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

constexpr std::size_t kOpeningBytes = 60;  // six words before the comma, and the comma
constexpr std::size_t kMaxOpeningWords = 6;
constexpr std::size_t kOccasionBytes = 24;  // "Nhân dịp này" and what follows it

// "Thông qua hoạt động này, …": the phrase before the first comma ends with the demonstrative
// "này" (this), which points at what was told right before it. Not "đó" (that): "Trước đó,
// …", "Sau đó, …" set a time, and a part under a subheading may open so.
bool demonstrative_opening(std::string_view paragraph) {
  std::string_view start = utf8::whole_prefix(paragraph, kOpeningBytes);
  std::size_t comma = start.find(',');
  if (comma == std::string_view::npos || comma == 0) return false;
  std::string_view phrase = start.substr(0, comma);
  if (!at_most_words(phrase, kMaxOpeningWords)) return false;
  std::size_t space = phrase.rfind(' ');
  if (space == std::string_view::npos) return false;  // "Này, …" alone calls out, points at none
  std::string last = fold_exact(phrase.substr(space + 1));
  return last == "này";
}

}  // namespace

bool points_back_past(std::string_view paragraph) {
  // "Nhân dịp này Đảng ủy …", "Dịp này, …": the occasion just told, with or without a comma
  std::string head = fold_exact(utf8::whole_prefix(paragraph, kOccasionBytes));
  for (std::string_view occasion : {"nhân dịp này", "dịp này"})
    if (head.starts_with(occasion) &&
        (head.size() == occasion.size() || head[occasion.size()] == ' ' ||
         head[occasion.size()] == ','))
      return true;
  return demonstrative_opening(paragraph);
}

bool leaves_sentence_open(std::string_view paragraph) {
  return trim_spaces(paragraph).ends_with(';');
}

bool interrupts_text(std::string_view line, std::string_view before, std::string_view after) {
  if (!is_body_text(after) || at_most_words(after, 2 * word_count(line) - 1)) return false;
  return (leaves_sentence_open(before) || points_back_past(after)) && is_caption_shaped(line);
}

}  // namespace tuyentap
