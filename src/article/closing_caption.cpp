// A caption standing last: see closing_caption.h.
#include "article/closing_caption.h"

#include "article/caption_score.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"

namespace tuyentap {

bool reads_as_closing_caption(std::string_view line, std::string_view before) {
  if (before.empty() || !is_body_text(before) || !ends_with_sentence_punct(before)) return false;
  if (ends_with_sentence_punct(line) || 2 * word_count(line) > word_count(before)) return false;
  if (shows_who_or_what(line)) return true;
  return is_caption_shaped(line) && shows_photo_act(line);
}

}  // namespace tuyentap
