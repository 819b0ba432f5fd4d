// A photo's caption the page set apart by where it stands, not by what it says: centred (or
// pushed right) under its photo, far from the margin the body's lines keep. A text browser
// keeps that place as a run of spaces before the line; the photo itself leaves nothing when
// it is gone. Seen on school and commune portals (tests/fixtures/real-eval31/mnbinhminh-1,
// real-eval32/quanha-bachthong-1), and a sign any site's layout gives alike.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// A line needs this many columns of white space before it to stand far right of the margin,
// and as many more than the body's own margin (the least indent of its sentences: a page
// indenting every paragraph by 30 spaces sets none of them apart).
inline constexpr std::size_t kCentredColumns = 24;

// Gives PhotoHint::Centred to each line of text, after the first line of body text (a centred
// title or kicker above it is the header's), that stands far right of the margin, has no hint
// yet (a line of one space alone above it only hinted a photo may have stood there), and reads as a
// caption by its shape (caption_score.h is_caption_shaped: a clause of 3 to 50 words opening with a
// capital, no colon, no question), not as a signature pushed right as pages set them ("Thanh Tâm",
// "CTV- Nguyễn Thơm": byline.h looks_like_byline) nor as a part's numbered heading. `indents` holds
// each line's leading columns (split_clean_lines); nothing is hinted when the lines are not the raw
// ones (a glued marker was split off).
void hint_centred_lines(const std::vector<std::string>& lines,
                        const std::vector<std::size_t>& indents, std::vector<PhotoHint>& hints);

}  // namespace tuyentap
