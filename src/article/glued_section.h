// A page's section name printed on the sapo's line, set apart from it only by a run of spaces:
// a text browser lays a page's inline blocks side by side ("Nhịp sống trẻ   ĐTN: Nhân kỷ niệm
// …"). Only the raw text shows the run (cleaning folds white space), so this looks at it
// before the lines are cleaned; the plain-text reader (text_prepare.h) takes the section off
// the sapo when that line is the first of the body, and makes it the topic when the header
// has none.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tuyentap {

// The section's name when the line as written (before cleaning) opens with one — 1 to 5
// words, the first a capital, no ASCII punctuation or digit, and no place's name ("Hà Nội
// Sáng 20/7 …": every word a capital, or one word the text names again) — then a run of at
// least three spaces, then body text (text_lines.h is_body_text); else nullopt.
std::optional<std::string> section_glued_to(std::string_view raw_line);

}  // namespace tuyentap
