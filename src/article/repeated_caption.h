// A short line printed again apart in one article's text: a caption each time. A gallery's
// photos that share one caption print it under each ("Hình ảnh tại Hội thi" under two photos,
// tests/fixtures/real-eval45/thanhphothudaumot-1); a page sets its lead photo's caption as a
// heading over the text and again under the figure (real-eval28/vov-1). A part's heading is
// not printed twice in one article. A sentence of the text may be (a paragraph the copy
// doubled, a salutation said twice in a speech, "Kính thưa các đồng chí,"), and ends with its
// punctuation, which a caption printed so leaves out. The same line twice in a row is one line
// already (the text reader keeps it once, PhotoHint::Repeated): these copies stand apart, text
// between them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Whether the line has a repeated caption's shape: 2 to 20 words (kMaxHeadingWords), opening
// with a capital, not in capitals (a box's title, a slogan), no bullet nor part's number (a
// list's item, a part), no question, exclamation, colon or semicolon, no sentence ending inside
// it, and no sentence's punctuation at its end (. , ; : ! ? …).
bool has_repeated_caption_shape(std::string_view line);

// For each paragraph of `body`, whether its text, of that shape, is printed elsewhere in the
// body word for word. A body of thousands of paragraphs is counted once (a hash set).
std::vector<bool> printed_apart(const std::vector<Paragraph>& body);

}  // namespace tuyentap
