// Marks a line leaves open for the next line to close: a quotation or a note in brackets broken
// over two lines with no blank line between. text_lines.h join_paragraphs joins the two whatever
// case the second opens with (a verse's lines, a caption's second half: each with a capital).
#pragma once

#include <string_view>

namespace tuyentap {

// "“Chín năm làm một Điện Biên" over "Nên vành hoa đỏ nên thiên sử vàng….”": a quotation (a
// verse, a slogan) broken over lines; the line opening it leaves it open (more “ than ”) and
// the next line closes it (more ” than “).
bool closes_open_quotation(std::string_view previous, std::string_view line);

// "(Đồng chí Cao Quốc Hưng, Thứ trưởng … và đồng chí Vũ Văn Cường," over "Chủ tịch Hội đồng
// thành viên … tại Xí nghiệp Chế biến)": a note in brackets (a photo's caption, as a page sets
// it) broken over two lines: the line opening with the bracket leaves it open (more "(" than
// ")") and the next one closes the note at its end, its stop after the bracket or none
// (real-eval78/nganson-1).
bool closes_open_bracket(std::string_view previous, std::string_view line);

}  // namespace tuyentap
