// A title in capitals that the page broke over several lines ("QUAN ĐIỂM CỦA ĐẢNG …" /
// "VỀ PHÒNG, CHỐNG …" / "TRONG CÁN BỘ, ĐẢNG VIÊN"), joined back into one paragraph.
#pragma once

#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Among the first paragraphs (at most four), a paragraph in capitals that opens with a word
// that links it to what stands before (VỀ, TRONG, CỦA, VÀ, VỚI, CHO, ĐỐI VỚI, TẠI, Ở, TRÊN,
// TỪ, ĐẾN, ĐỂ, NHẰM, THEO, GẮN VỚI) continues the paragraph in capitals above it, when
// neither is body text: Vietnamese never opens a title with such a word after another line
// in capitals. The paragraphs after keep their order.
void join_broken_title(std::vector<Paragraph>& paras);

}  // namespace tuyentap
