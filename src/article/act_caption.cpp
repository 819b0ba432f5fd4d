// A caption naming an act the text tells again: see act_caption.h.
#include "article/act_caption.h"

#include <algorithm>
#include <string>

#include "article/attendance.h"
#include "article/caption_score.h"
#include "article/echo_caption.h"
#include "article/scene_caption.h"

namespace tuyentap {

namespace {

// A caption above with no stop that names an act: the line stands among photos' captions.
bool act_caption_above(std::string_view caption) {
  return !caption.empty() && !ends_with_sentence_punct(caption) && shows_photo_act(caption);
}

// Two thirds of the line's words in a row, and at least kToldActRun, stand in a paragraph of
// the body other than it, at least twice as long as it: the text tells the act again nearly
// whole, where a few words in common are the topic's ("thí sinh đạt giải"; a subheading
// "Trao quà cho gia đình chính sách" under a lead that "trao 50 phần quà cho các gia đình
// chính sách" shares four of its seven).
bool told_in_text(const std::vector<Paragraph>& body, std::size_t i, std::size_t words) {
  const std::vector<std::string> line = folded_match_words(body[i].text);
  const std::size_t run = std::max(kToldActRun, (2 * line.size() + 2) / 3);
  for (std::size_t k = 0; k < body.size(); ++k) {
    if (k == i || at_most_words(body[k].text, 2 * words - 1)) continue;
    if (shares_word_run(line, body[k].text, run)) return true;
  }
  return false;
}

}  // namespace

bool names_told_act(const std::vector<Paragraph>& body, std::size_t i, std::string_view after,
                    std::string_view caption_above) {
  if (i == 0 || i >= body.size()) return false;
  std::string_view line = body[i].text;
  // the place first, counted: most subheadings stand over text and under text, but the
  // words of a line are folded only once it stands where a photo's caption would
  const std::size_t words = word_count(line);
  if (ends_with_sentence_punct(line) || !is_body_text(after) || at_most_words(after, words))
    return false;
  std::string_view before = body[i - 1].text;
  const bool under_text = is_body_text(before) && !at_most_words(before, 2 * words - 1);
  if (!under_text && caption_above.empty()) return false;
  if (!shows_photo_act(line) || !is_caption_shaped(line) || lists_attendance(line)) return false;
  if (act_caption_above(caption_above)) return true;
  return under_text && told_in_text(body, i, words);
}

}  // namespace tuyentap
