// The plain-text reader's step 4 (text_reader.h): the end of the body, its header taken off,
// loses its byline and the site's chrome after it. After the text's last sentence (not a
// footer, not a line printed twice), the page's footer lines and the lines it prints about
// itself (article_tail.h) are dropped; the first byline-shaped paragraph among the next few,
// or an office signing it (office_byline.h), is the byline, with the line of it that stands
// over or under the name (a label, a desk, a credit, a source, the writer's office); what
// follows it is chrome, captions with a credit, a photo story's and one closing caption right
// under it (closing_caption.h, nothing of a sentence's length after it) excepted. With no byline,
// an all-capitals box title ("TIN TỨC MỚI") or a button ("Top") and what follows it are
// chrome. The documents the article points to at its end (document_tail.h) are kept after it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "article/chrome.h"
#include "article/text_lines.h"

namespace tuyentap {

// Takes the byline and the chrome after it off the end of `body` and returns the byline as
// written ("" when none). The paragraphs left out that are not the byline's own (footers,
// boxes, the writer's office) are counted in `dropped`; `dangling` tells that the body's last
// paragraph is a subheading with nothing under it (article_tail.h is_dangling_heading); a
// desk's line over the writer's name goes to `desk`, a credit's line over or under it to
// `credit`.
std::string take_end_byline(std::vector<Paragraph>& body, const ChromeMatcher& chrome,
                            std::size_t& dropped, bool& dangling, std::string& desk,
                            std::string& credit);

}  // namespace tuyentap
