// The writer's name glued to the text's last line with no space between: "Nơi diễn ra lễ Vu
// lanPhương Đại" (tests/fixtures/real-eval47/phathocdoisong-1: the last caption, then the
// reporter's name, their blocks run together by the copy). A small letter right before a
// capital never happens inside Vietnamese words, and no line of the fixtures' pages (over 900
// of them) ends so but this one.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Where the name glued to the line's end starts: two to four capitalised words (each a capital
// then small letters) ending the line, the first glued to a small letter before it, with at
// least three words before that, the glued word's start two small letters or more and nothing
// else ("lanPhương"; not "iPhone", "TikTok", nor "NghiêmNguyễn": a capitalised word before
// the joint is as often a brand's, "VinaPhone Hà Nội"); npos when the line ends otherwise.
std::size_t glued_name_at_end(std::string_view line);

// Splits the body's last paragraph before such a name, the name becoming a paragraph of its
// own under it (the byline rules read it then: text_end.h). Not the lead alone (body of one
// paragraph).
void unglue_end_byline(std::vector<Paragraph>& body);

}  // namespace tuyentap
