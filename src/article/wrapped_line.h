// A short line the page wrapped in two where its last word cannot end it: "Quang cảnh lễ kết
// nạp của Chi bộ … tại" / "Nhà văn hóa thôn Bắc, ngày 12/01/2020". The line under it opens
// with a capital (a name), so the paragraph rules (text_lines.h join_paragraphs) keep the two
// apart, and both halves, short and title-like, could be taken for related links' titles and
// lost. Seen on a caption wrapped by single newlines (tests/fixtures/real-eval12/).
#pragma once

#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Joins, with one space, a paragraph of at most 30 words with no final punctuation whose last
// word is one that leads into what follows it (tại, của, và, với, cho, ở, trong, các, những,
// thuộc) to the next paragraph, when that one opens with a capital, is at
// most 30 words, and no photo stood between them.
void join_wrapped_lines(std::vector<Paragraph>& paras);

// The line's last word leads into what follows it (tại, của, và, với, cho, ở, trong, các,
// những, thuộc): no line ends on one. "trực thuộc" (affiliated: "các cơ sở trực thuộc") ends
// its phrase.
bool ends_on_leading_word(std::string_view line);
// The line's last word is a place's noun that its name follows (tỉnh, huyện, xã, phường, quận,
// thành phố, thị xã, thị trấn, TP, thôn, ấp): "… Quỹ Đầu tư phát triển tỉnh" over "Đồng Nai …".
// A name may end so too ("Hội Nông dân tỉnh"): the caller asks it of a clause only.
bool ends_on_place_noun(std::string_view line);

// A caption the page broke over two paragraphs, a blank line between: `line` goes on
// `caption` (a caption with no credit and no final punctuation, as read so far) when it opens
// in lower case with a word of letters (not a list's `a)`, `b.`, nor a name's `e-Cabinet`),
// as no paragraph of its own does, is one clause (no sentence stop inside, no
// `; : ? !`) and the two hold at most 40 words ("Đ/c … - Bí thư Đảng ủy, Giám đốc Viện …" /
// "phát biểu chỉ đạo Đại hội").
bool continues_caption(std::string_view caption, std::string_view line);

}  // namespace tuyentap
