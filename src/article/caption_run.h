// Photos standing together: each photo's caption follows the one before it, a short line with
// no stop, so the line after a caption is often another photo's caption, not the body text a
// caption is measured against (caption_score.h). Seen on real pages (tests/fixtures/
// real-eval20/: two captions in a row under the lead).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// At most this many captions stand together before body text comes (the line itself and
// the lines after it).
inline constexpr std::size_t kMaxCaptionRun = 3;

// The body text a caption at `i` is measured against: the paragraph after it, or, when that
// paragraph is a short line with no final punctuation and no body text (another photo's
// caption), the first body text after at most kMaxCaptionRun - 1 such lines; "" when none.
std::string_view body_after_caption_run(const std::vector<Paragraph>& body, std::size_t i);

}  // namespace tuyentap
