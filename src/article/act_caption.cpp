// A caption naming an act the text tells again: see act_caption.h.
#include "article/act_caption.h"

#include <algorithm>
#include <string>

#include "article/attendance.h"
#include "article/caption_run.h"
#include "article/caption_score.h"
#include "article/echo_caption.h"
#include "article/scene_caption.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// One final "." a caption may take (sites differ): the line without it.
std::string_view without_final_stop(std::string_view line) {
  if (line.ends_with('.') && !line.ends_with("..")) line.remove_suffix(1);
  return line;
}

// A short line naming an act, with no stop or one final ".": the shape of a photo's caption
// this rule reads (its place aside).
bool act_line(std::string_view line) {
  return at_most_words(line, kMaxActCaptionWords) &&
         !ends_with_sentence_punct(without_final_stop(line)) && shows_photo_act(line) &&
         is_caption_shaped(line) && !lists_attendance(line);
}

// The body text after the line and after the other photos' captions standing under it: lines
// with no stop and no body text (caption_run.h), or act lines (at most kMaxCaptionRun - 1).
std::string_view text_after(const std::vector<Paragraph>& body, std::size_t i) {
  std::size_t j = i + 1;
  while (j < body.size() && j < i + kMaxCaptionRun && act_line(body[j].text)) ++j;
  if (j == i + 1) return body_after_caption_run(body, i);
  return j < body.size() && is_body_text(body[j].text) ? std::string_view(body[j].text)
                                                       : std::string_view();
}

// Two thirds of the line's words in a row, and at least kToldActRun, stand in a paragraph of
// the body other than it, at least twice as long as it: the text tells the act again nearly
// whole, where a few words in common are the topic's ("thí sinh đạt giải"; a subheading
// "Trao quà cho gia đình chính sách" under a lead that "trao 50 phần quà cho các gia đình
// chính sách" shares four of its seven).
// Or in two pieces, each of kToldActRun words in a row at least, the two of them two thirds
// of the line, who the photo shows opening it, no act: "Trường Cao đẳng Y tế Thái Bình dâng hương
// cùng 06 trường Đại học, Cao đẳng" over a lead that tells "Trường Cao đẳng Y tế Thái Bình cùng 06
// trường Đại học, Cao đẳng … tổ chức dâng hương" (real-eval74/caodangytb-1): the act's verb moved,
// the scene the same.
std::size_t words_told_in_two_runs(const std::vector<std::string>& line, std::string_view text) {
  const std::vector<std::string> words = folded_match_words(text);
  // longest[f]: the most words in a row from line[f] that stand in a row in the text
  std::vector<std::size_t> longest(line.size(), 0);
  for (std::size_t at = 0; at < words.size(); ++at)
    for (std::size_t f = 0; f < line.size(); ++f) {
      std::size_t n = 0;
      while (f + n < line.size() && at + n < words.size() && line[f + n] == words[at + n]) ++n;
      longest[f] = std::max(longest[f], n);
    }
  std::size_t best = 0;
  for (std::size_t f = 0; f < line.size(); ++f) {
    const std::size_t first = longest[f];
    if (first < kToldActRun) continue;
    best = std::max(best, first);
    for (std::size_t g = f + first; g < line.size(); ++g)
      if (longest[g] >= kToldActRun) best = std::max(best, first + longest[g]);
  }
  return best;
}

bool told_in_text(const std::vector<Paragraph>& body, std::size_t i, std::size_t words) {
  // a paragraph's words are compared against the line's one by one: no more of them than a
  // long paragraph holds, so that a hostile one costs no product of two long lengths
  constexpr std::size_t kMaxTextBytes = 8000;
  const std::vector<std::string> line = folded_match_words(body[i].text);
  const std::size_t run = std::max(kToldActRun, (2 * line.size() + 2) / 3);
  // told in two pieces only when who the photo shows opens the line, its act after
  // ("Trường Cao đẳng Y tế … dâng hương …"): a part's heading opens with its act ("Trao học
  // bổng cho học sinh vượt khó học giỏi" over "… trao học bổng cho 50 em là học sinh vượt khó
  // học giỏi")
  constexpr std::size_t kOpeningWords = 2;
  const std::string_view text = body[i].text;
  std::size_t opening_end = 0;
  for (std::size_t w = 0; w < kOpeningWords && opening_end != std::string_view::npos; ++w)
    opening_end = text.find(' ', opening_end == 0 ? 0 : opening_end + 1);
  const bool two_pieces = !shows_photo_act(text.substr(0, opening_end));
  // the paragraphs around the line, where a page tells what its photo shows: a body of
  // thousands of such lines (a hostile one) costs no product of their numbers
  constexpr std::size_t kToldWithin = 40;
  const std::size_t from = i > kToldWithin ? i - kToldWithin : 0;
  const std::size_t to = std::min(body.size(), i + kToldWithin + 1);
  for (std::size_t k = from; k < to; ++k) {
    if (k == i || at_most_words(body[k].text, 2 * words - 1)) continue;
    if (shares_word_run(line, body[k].text, run)) return true;
    if (two_pieces && body[k].text.size() <= kMaxTextBytes &&
        words_told_in_two_runs(line, body[k].text) >= run)
      return true;
  }
  return false;
}

// "… chụp ảnh lưu niệm": the line says a photo was taken, what no subheading says; the act
// needs no telling again (real-eval74/caodangytb-1).
bool names_souvenir_photo(std::string_view line) {
  const std::string key = fold_for_match(without_final_stop(line));
  for (std::string_view end : {" chup anh luu niem", " chup hinh luu niem", " chup anh chung",
                               " chup anh ky niem", " chup hinh ky niem"})
    if (key.ends_with(end)) return true;
  return false;
}

}  // namespace

bool names_told_act(const std::vector<Paragraph>& body, std::size_t i,
                    std::string_view caption_above) {
  if (i == 0 || i >= body.size()) return false;
  std::string_view line = body[i].text;
  // the place first, counted: most subheadings stand over text and under text, but the
  // words of a line are folded only once it stands where a photo's caption would
  // (asked of every paragraph: a long one is let go before its words are counted to its end)
  if (!at_most_words(line, kMaxActCaptionWords) ||
      ends_with_sentence_punct(without_final_stop(line)))
    return false;
  const std::size_t words = word_count(line);
  std::string_view before = body[i - 1].text;
  const bool under_text = is_body_text(before) && !at_most_words(before, 2 * words - 1);
  if (!under_text && caption_above.empty()) return false;
  if (!act_line(line)) return false;
  std::string_view after = text_after(body, i);
  if (after.empty() || at_most_words(after, words)) return false;
  if (!caption_above.empty() && act_line(caption_above)) return true;
  return under_text && (names_souvenir_photo(line) || told_in_text(body, i, words));
}

}  // namespace tuyentap
