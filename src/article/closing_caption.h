// A photo's caption as the article's last line: the text ends under a photo. A page text
// keeps the caption where the photo stood, and when the photo closes the article (or the
// stored text was cut under it) nothing follows the caption, so the caption score
// (caption_score.h), which measures a caption against the body text after it, never sees
// it. Seen on many sites' page texts (tests/fixtures/real*/: a Party cell's ceremony ending
// on "Đồng chí … đọc lời tuyên thệ", a congress on "Đại hội Chi bộ … lần thứ II, nhiệm kỳ …",
// a ceremony on "Chi bộ tặng hoa chúc mừng …").
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// `line` is the body's last paragraph (after the byline and the chrome were taken off) and
// `before` the paragraph above it. It is a caption when the text's last sentence stands in
// `before` (body text ending with its stop) and `line`, at most half as long, has no stop
// and shows who or what the photo shows (caption_score.h shows_who_or_what) or an act done
// before a camera (scene_caption.h shows_photo_act) with nothing ruling it out. An event's
// name with no stop ("Hội nghị Ban Thường vụ …") may head a part in the body, but not as
// the last line: there is nothing left for it to head. A line ending with a stop is a
// sentence the text ends with, never asked here. A slogan (slogan.h) or a line of praise
// ("… sống mãi …", "… muôn năm", "vĩ đại") closes the text, and is no caption.
bool reads_as_closing_caption(std::string_view line, std::string_view before);

// Photos standing together close the article, each with its caption in a row ("Các tập thể
// được khen thưởng tại Hội nghị" / "Các cá nhân được khen thưởng tại Hội nghị"): the
// paragraphs from `at` to the end are captions when, with the captions read just above `at`
// (`caption_above`: the run's first lines, read by other rules), at most three lines under the
// text's last sentence each read as a closing caption against it, none pointing back at the
// text (back_reference.h). A subheading never closes a text: nothing is left under it to head.
bool closes_with_captions(const std::vector<Paragraph>& body, std::size_t at, bool caption_above);

}  // namespace tuyentap
