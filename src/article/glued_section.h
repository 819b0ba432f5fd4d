// A page's section name printed on the sapo's line, set apart from it only by a run of spaces:
// a text browser lays a page's inline blocks side by side ("Nhịp sống trẻ   ĐTN: Nhân kỷ niệm
// …"). Only the raw text shows the run (cleaning folds white space), so this looks at it
// before the lines are cleaned; the plain-text reader (text_prepare.h) takes the section off
// the sapo when that line is the first of the body, and makes it the topic when the header
// has none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

struct GluedSection {
  std::string section;  // "Nhịp sống trẻ"
  std::string line;     // the whole line as cleaned (split_clean_lines): section, space, sapo
};

// The lines of `text` that open with a section's name — 1 to 5 words, the first a capital, no
// punctuation or digit — then a run of at least three spaces, then body text (text_lines.h
// is_body_text). A file without such a run costs one search.
std::vector<GluedSection> sections_glued_to_sapos(std::string_view text);

}  // namespace tuyentap
