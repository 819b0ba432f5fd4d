// A title a narrow title box wrapped over two lines, the break before its last words or at its
// middle ("Thủ tướng Phạm Minh Chính chủ trì phiên họp" / "Chính phủ", "Đại hội Đảng bộ tỉnh
// Hải" / "Dương lần IV (Vòng 1)"). The paragraph rules (text_lines.h join_paragraphs) join a
// second half in lower case; one opening with a capital, a digit, a bracket or a dash stays a
// paragraph of its own, and the header took one half for the title, the other for the kicker,
// the lead or the byline.
#pragma once

#include <string>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Joins, with one space, two paragraphs of the header (before the first paragraph of body text
// or a date line, text_lines.h is_body_text) that stood on lines next to each other, no blank
// line between, when the first ends with no sentence punctuation (a colon neither: a kicker
// "Hà Nội:"), the second is no date line, no body text, at most 30 words, and:
//  - the second opens a range or a bracket the first leaves open: "nhiệm kỳ 2025" / "- 2027",
//    "lần IV" / "(Vòng 1)" (a bracket of at most six words with no colon: not "(Ảnh: …)");
//  - or the words across the break stand together in the article's text (its next paragraphs,
//    folded): "phiên họp" / "Chính phủ" where the lead retells "phiên họp Chính phủ", "Hồ" /
//    "Chí Minh", "Hải" / "Dương";
//  - or both are in capitals, right over the date line or the body text, the first has six
//    words or more (a kicker in capitals, "XÂY DỰNG ĐẢNG", is short) and the second is no
//    longer than the first by more than a word (a box fills its first line: a masthead over a
//    longer title in capitals is no wrap, nor is a masthead in two lines at the page's top);
//  - or the first leaves its clause open, whatever the second opens with: a comma ("Lan tỏa
//    tình yêu biên giới," / "Biên phòng"), a preposition, conjunction or quantifier no heading
//    ends with ("Xây dựng trên" / "260 mô hình …", "TỪ" / "ĐẠI HỘI", "nhân" / "Ngày 20/11"; not
//    "về", "đến": "Mùa xuân đã về"), or "nhiệm kỳ" over the term's years.
// A date line the page prints first, over its title, opens the header rather than ending it,
// and only the paragraph right under it (the title's place) may join the next; the end of a range
// the line above leaves open ("… (16/7/1987" / "- 16/7/2022)") is no date line there. A title over
// a subtitle, a one-line sapo, a place's name, a byline or a date line stays apart: nothing above
// joins them ("Hội nghị tổng kết năm 2023" / "Nhìn lại một năm", "… năm 2019" / "Minh Châu").
// `lines` are the lines `paras` were joined from (join_paragraphs), blank lines
// "" included, so that the paragraphs' places are known.
void join_wrapped_title(std::vector<Paragraph>& paras, const std::vector<std::string>& lines);

}  // namespace tuyentap
