// A line broken at the dash that sets a person's position after their name, as pages wrap a
// caption under its photo: "Đồng chí Nguyễn Thị Hậu - Bí thư Đảng ủy phường và đồng chí Vũ
// Khắc Hào" over "- Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì Hội nghị"
// (tests/fixtures/real-eval29/danvanhaiphong-1). The second line opens with the dash, in
// capitals, so the plain-text reader's joining of wrapped lines (text_lines.h: a line in lower
// case goes on with the line above) does not see it go on.
#pragma once

#include <string_view>

namespace tuyentap {

// `line` opens with a dash ("-", "–", "—", a space after it or none) and then a person's
// position (byline.h opens_with_position), and `previous` ends, with no punctuation, on a name
// named by a form of address ("đồng chí", "Đ/c", "ông", "bà": address_words.h) and one to five
// capitalised words to its end, in at most 30 words. A list's item stands under a colon or a
// sentence, or names no position.
bool continues_with_position(std::string_view previous, std::string_view line);

// A list of names broken after one of its commas, as pages wrap a caption under its photo:
// "Từ trái sang phải : các ông Trịnh Đăng Thiện, Bỳ Văn Tứ, Trịnh Duy Minh," over "Trịnh Huy
// Thục, Trịnh Trung" (real-eval58/trinhtoc-1). `previous` ends with the comma, in at most 30
// words, its last two items names (two to five words, each capitalised); `line` is nothing but
// such names between commas (a full stop may close it). A verse ending with a comma goes on
// with words in lower case, an address with a number or a place's label.
bool continues_name_list(std::string_view previous, std::string_view line);

}  // namespace tuyentap
