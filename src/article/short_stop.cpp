// A caption's stop that says nothing: see short_stop.h.
#include "article/short_stop.h"

#include "article/caption_score.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"

namespace tuyentap {

namespace {

// `text` holds more than kShortStopShare times `words` words (counted no further).
bool outweighs(std::string_view text, std::size_t words) {
  return !at_most_words(text, kShortStopShare * words - 1) && is_body_text(text);
}

}  // namespace

bool stop_says_nothing(std::string_view line, std::string_view before, std::string_view after) {
  if (!line.ends_with('.') || line.ends_with("..") || before.empty()) return false;
  const std::size_t words = word_count(line);
  if (words == 0) return false;
  // the lengths first; the words, which fold the line, last
  return outweighs(before, words) && (after.empty() || outweighs(after, words)) &&
         !opens_with_event(line) && names_event_or_act(line);
}

}  // namespace tuyentap
