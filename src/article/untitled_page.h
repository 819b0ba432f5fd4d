// A page that shows no title: its text opens with the article's own sentences (a print view,
// a copy that left the heading out, a photo story that opens with its first caption). What
// the header rules took for its title is then the article's first paragraph, and no line of
// the page is the title: the article is read untitled (the book sets "(Bài không có tiêu đề)",
// book/presentation.h) rather than titled with its sapo, which would also shift the lead and
// the byline.
#pragma once

#include <string_view>

namespace tuyentap {

// The paragraph the header took for the title is the article's text: body text
// (text_lines.h is_body_text), or a sentence of at least 6 words ending in one "." (a photo's
// caption or a sapo; a title ends in no stop, or in "…"). A question or an exclamation, in
// quotes or not, may be a title and is never taken for text here.
bool is_untitled_opening(std::string_view title_paragraph);

}  // namespace tuyentap
