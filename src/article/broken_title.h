// A title the page broke over lines. Two shapes, one rule each:
//  - the title in capitals broken over paragraphs ("QUAN ĐIỂM CỦA ĐẢNG …" / "VỀ PHÒNG, CHỐNG
//    …" / "TRONG CÁN BỘ, ĐẢNG VIÊN"): joined back into one paragraph before the header is
//    looked for (join_broken_title);
//  - the title printed twice, the second time broken over two blocks ("<title>", "<its first
//    half>", "<its second half>"): the whole one is the title (whole_of_broken_title).
// Once the title is known, its repeat broken over two lines further down, in another case
// ("GIÁO XỨ GIA AN – VUI CÙNG TUỔI" / "THƠ" under "Giáo Xứ Gia An – Vui Cùng Tuổi Thơ"), is
// left out with the title's other repeats (body_start.cpp clean_body_start, title_repeat.h).
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Among the first paragraphs (at most four), a paragraph in capitals that opens with a word
// that links it to what stands before (VỀ, TRONG, CỦA, VÀ, VỚI, CHO, ĐỐI VỚI, TẠI, Ở, TRÊN,
// TỪ, ĐẾN, ĐỂ, NHẰM, THEO, GẮN VỚI) continues the paragraph in capitals above it, when
// neither is body text: Vietnamese never opens a title with such a word after another line
// in capitals. The paragraphs after keep their order.
void join_broken_title(std::vector<Paragraph>& paras);

// "<title>", "<its first half>", "<its second half>" with the second half at t: spaces aside,
// the two halves make the whole, two or three lines above t, which is title-like. The whole
// one's index, else t.
std::size_t whole_of_broken_title(std::span<const std::string_view> paras, std::size_t t);

}  // namespace tuyentap
