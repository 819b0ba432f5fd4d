// A byline's label alone on its line over the name it labels, at the page's head: "Tác giả:"
// over "Hoàng Lê" above the lead (real-eval75/baotro-bentre-1), as a theme sets a field's
// label and its value in two cells. The text's end reads the same two lines as one signature
// already (text_end.cpp); at the head they would be a lead and a heading.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Among the first `header` paragraphs, a byline's label alone (article_tail.h
// is_byline_label_alone: "Tác giả:", "Thực hiện:", "Tin, ảnh:" …) directly over a writer's
// name (byline.h looks_like_name), no photo standing before either, becomes one paragraph
// "Tác giả: Hoàng Lê", which the header reads as a labelled byline. A label over anything else
// (a sentence, a heading in capitals) stays as it was.
void join_label_over_name(std::vector<Paragraph>& paras, std::size_t header);

// "Tác giả: Hoàng Lê": a writer's label (text_photo_label.h kWriterLabels: "Tác giả", "Tác giả
// bài viết", "Thực hiện", "Người viết"; not "Bút danh", a pen name a profile prints of the
// person it is about), its colon, then a writer's name or an office's (not "Hồ Chí Minh - Con
// người và tư tưởng", a book's title after a name), at most 12 words: a byline whatever stands
// under it, never a title. The text reader's header reads it so when it opens the page
// (text_header.cpp).
//
// A label alone over a name is joined only when the name has no label of its own ("Thơ: Lê
// Anh", "Ảnh: Lê Vinh") and is no province ("Tin:" over "Đắk Lắk", a dateline's place).
bool is_writer_labelled_byline(std::string_view line);

}  // namespace tuyentap
