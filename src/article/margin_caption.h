// A photo's caption the page set apart by where it stands, not by what it says: off the margin
// the body's sentences keep. Centred (or pushed right) under its photo, far right of that
// margin; or, on a page that indents every paragraph, at the left edge where the paragraphs
// are indented (the caption sits in the photo's box, the paragraphs in the text's). A text
// browser keeps the place as the run of spaces before the line (the photo itself leaves
// nothing when it is gone). Seen on school, commune and unit portals alike (tests/fixtures/
// real-eval31/mnbinhminh-1, real-eval32/quanha-bachthong-1: far right; real-eval34/
// tinhdoan-tayninh-1, real-eval23/ppd-1, real-eval30/songda-1: left of indented paragraphs).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// The body's margin is the least indent of its sentences (body text, text_lines.h). A line
// stands far right of it with this many columns of white space before it, and as many more
// than the margin (a page indenting every paragraph by 30 spaces sets none apart).
inline constexpr std::size_t kFarColumns = 24;
// A body indents its paragraphs when every sentence of it has at least this many columns
// before it; a line with fewer then stands left of the margin (past the last sentence, only
// when it names a scene's words: the page's own boxes stand at its edge there).
inline constexpr std::size_t kIndentedMargin = 3;

// Gives PhotoHint::OffMargin to each line of text, after the first line of body text (a centred
// title or kicker above it is the header's), that stands off the body's margin as above, has no
// hint yet (a line of one space alone above it only hinted a photo may have stood there), and
// reads as a caption by its shape (caption_score.h is_caption_shaped: a clause of 3 to 50 words
// opening with a capital, no colon, no question), not as a signature set apart as pages set
// them ("Thanh Tâm", "CTV- Nguyễn Thơm": byline.h looks_like_byline with at most two words in
// lower case; a caption's clause has more) nor as a part's numbered heading. `indents` holds
// each line's leading columns (split_clean_lines); nothing is hinted when the lines are not the
// raw ones (a glued marker was split off).
void hint_off_margin_lines(const std::vector<std::string>& lines,
                           const std::vector<std::size_t>& indents, std::vector<PhotoHint>& hints);

}  // namespace tuyentap
