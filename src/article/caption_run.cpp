// The body text after a run of captions: see caption_run.h.
#include "article/caption_run.h"

#include "article/caption.h"
#include "article/caption_score.h"
#include "article/exclaimed_heading.h"
#include "article/scene_caption.h"
#include "article/view_caption.h"

namespace tuyentap {

namespace {

// A caption's most words (caption_score.h never reads a longer line as one).
constexpr std::size_t kMaxRunLineWords = 50;

// Another photo's caption by its shape alone: a short line starting with a capital, no final
// punctuation, no body text. Or the next part's heading, with its "!" (exclaimed_heading.h):
// the body text a caption stands over may come under a heading.
bool caption_shaped(std::string_view s) {
  return !s.empty() && starts_with_upper(s) &&
         (!ends_with_sentence_punct(s) || exclaims_heading(s)) &&
         at_most_words(s, kMaxRunLineWords) && !is_body_text(s);
}

}  // namespace

std::string_view body_after_caption_run(const std::vector<Paragraph>& body, std::size_t i) {
  std::size_t j = i + 1;
  while (j < body.size() && j < i + kMaxCaptionRun && caption_shaped(body[j].text)) ++j;
  if (j >= body.size() || !is_body_text(body[j].text)) return {};
  return body[j].text;
}

bool stands_among_captions(std::string_view line, std::string_view next) {
  if (!at_most_words(line, kMaxAmongCaptionsWords) || !at_most_words(next, kMaxRunLineWords))
    return false;
  // The cheap looks at the next line first (its credit in its last bytes, a view in its first
  // words); of the two tests that split and fold all of a line's words, the line's own, which
  // most lines fail on their opening, before the next line's scene.
  if (parse_caption(next) || names_photo_view(next)) return shows_who_or_what(line);
  return shows_who_or_what(line) && describes_photo_scene(next, true);
}

}  // namespace tuyentap
