// A title written as one sentence with its full stop ("Ba Bể thành lập Đảng bộ cơ sở Trung tâm
// Y tế.", "Tân Yên kết nạp được 60 đảng viên, đạt 30% kế hoạch năm."), told from the lead's
// first sentence and from a photo's caption, which end the same way, by where it stands.
#pragma once

#include <span>
#include <string_view>

#include "article/text_header.h"
#include "article/text_lines.h"

namespace tuyentap {

// The header's title stands right over its date line and ends in one "." (at most 30 words,
// no body text): it is the title all the same (h.title_over_date), as a page's body sentence
// is never followed by the date line. The archive's layout reads its first line so already.
void stopped_title_over_date(std::span<const std::string_view> paras, HeaderLayout& h);

// The title's line ends in a stop and is retold (untitled_page.h is_title_retold_below) by the
// body's first paragraph of body text (text_lines.h is_body_text) among its first three: a
// photo's caption printed between ("Đoàn dâng hương", twice) is passed over, and so are a
// notice's grounds ("Thực hiện Công văn số …;", "Căn cứ …" with no comma). And no caption like
// it further down (a photo story's first caption: is_one_clause_sentence with no tense, "đã"
// or "sẽ", no colon and no grounds: such a sentence is the text's), where a paragraph
// under one that ends with no sentence's punctuation is that one's second half, the line
// wrapped ("Ảnh: Đồng chí … trao quyết định thành lập", "Đảng bộ … huyện Ba Bể."), no caption of
// its own. Or the page prints the title's line again below, the same words (case and spaces
// aside), or a paragraph of the text holds the line word for word as one of its sentences: a
// page sets its title again under the lead or over its photo, or heads the report with its own
// sentence, no sentence of the text twice (that copy is no caption like it, above); but a
// report's sentence printed again (twenty words or more, a clause set off by a comma, an act
// told in the past: "Vào tối ngày 16/03 qua, tại …, Vòng sơ loại … đã chính thức diễn ra.",
// over a slideshow's hint and under it, real-eval102/hub-qtkd-1) is the lead of a page that
// shows no title: a headline leaves the tense out. The lead
// right under the title that retells it is no caption like it, one clause or not, unless it
// opens with half of the title's words or more (a photo story's second caption so retells its
// first: "… thăm hỏi gia đình chính sách tại xã Tân Phú." over "… tại xã Long Hựu.").
bool is_stopped_title(std::string_view title, std::span<const Paragraph> body);

}  // namespace tuyentap
