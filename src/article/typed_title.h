// A title typed in lower case. No page writes its headline in lower case, so a short line in
// lower case where the title stands is mostly the opening photo's alt text or keyword, which
// the CMS prints over the photo ("đại hội chi bộ" over "Các đại biểu … Ảnh: Đức Minh"), and the
// reader leaves it out (text_reader.cpp). A clerk's own typed file may still open with its
// title in lower case ("đại hội chi bộ thôn 3", the text under it): with no photo's caption
// under it and nothing above it, such a line is the title as typed, kept with a warning.
#pragma once

#include <string_view>

namespace tuyentap {

// `line` (in lower case, at most a few words) is a title as typed: every word a Vietnamese
// syllable (vi_syllable.h) or a number, at least two words, no stop at its end (no alt text's
// file name, slug or machine word: "img_2034.jpg", "dai-hoi-chi-bo", "leftcenterrightdel"),
// and `under`, the paragraph under it, is the article's text (text_lines.h is_body_text) and
// no photo's caption (caption.h: no credit "Ảnh: …").
bool is_typed_lower_title(std::string_view line, std::string_view under);

}  // namespace tuyentap
