// A caption standing last: see closing_caption.h.
#include "article/closing_caption.h"

#include "article/caption_score.h"
#include "article/scene_caption.h"
#include "article/slogan.h"
#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// "… vĩ đại sống mãi trong sự nghiệp của chúng ta", "… quang vinh muôn năm": the words of a
// slogan that closes an article, which praise; a photo's caption tells what it shows.
bool praises(std::string_view line) {
  std::string folded = fold_exact(line);
  for (std::string_view w : {"muôn năm", "sống mãi", "quang vinh", "vĩ đại", "đời đời"})
    if (folded.find(w) != std::string::npos) return true;
  return false;
}

}  // namespace

bool reads_as_closing_caption(std::string_view line, std::string_view before) {
  if (praises(line) || is_slogan(line)) return false;
  if (before.empty() || !is_body_text(before) || !ends_with_sentence_punct(before)) return false;
  if (ends_with_sentence_punct(line) || 2 * word_count(line) > word_count(before)) return false;
  if (shows_who_or_what(line)) return true;
  return is_caption_shaped(line) && shows_photo_act(line);
}

}  // namespace tuyentap
