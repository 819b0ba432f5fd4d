// A caption typed without its capital ("đồng chí Nguyễn Trung Giang – phó bí thư thường
// trực,chủ tịch HĐND phường phát biểu tại hội nghị.", tests/fixtures/real-eval32/
// bacninh-thicau-1): some editors type a photo's caption all in lower case. The caption rules
// rule out a line opening in lower case, as a paragraph so opened continues the sentence
// above it (a break inside a sentence, a list's item after its colon). Where the paragraph
// above ends its sentence (a stop, '!' or '?'; an ellipsis may break one), nothing continues:
// the line stands alone, and is read as it would read with its capital; every other cue (who
// the photo shows, an act, its length against its neighbours, nothing of the "never" list:
// caption_score.h) is asked as of any line. The case of one letter is a signal of no site's
// wording.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// `line` with its first letter upper-cased when it opens in lower case and `before` (the
// paragraph above it, empty when none) ends a sentence with '.', '!' or '?'; `line` as it is
// otherwise (a ',', ';' or ':' above opens what the line continues).
std::string capitalised_alone(std::string_view line, std::string_view before);

// Whether capitalised_alone would change the line: a cheap first test (the first letter and
// the last of `before`) before any copy.
bool stands_alone_in_lower_case(std::string_view line, std::string_view before);

}  // namespace tuyentap
