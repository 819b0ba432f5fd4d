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

// A line standing among other photos' captions: `next` reads as a caption by its words (a
// credit, a scene, a view) and the block above the line is one already; the line opens with
// who or what the photo shows (caption_score.h shows_who_or_what: nothing of a sentence in it)
// and has at most kMaxAmongCaptionsWords words. A gallery's captions stand one a line, each
// with its stop or none, and one of them may name a person's act no list of acts holds
// ("Phó chủ tịch … điều hành phiên bế mạc …"); the text's sentences do not stand between two
// captions without a reasoning word or a stop inside.
inline constexpr std::size_t kMaxAmongCaptionsWords = 30;
bool stands_among_captions(std::string_view line, std::string_view next);

}  // namespace tuyentap
