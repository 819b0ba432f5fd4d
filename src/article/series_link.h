// A link to another part of the article's own series: a paper prints its series' parts as
// "Bài 2: Tổ chức Đảng mạnh, …" under the series' name, and under the lead of part 2 a link
// back to part 1 ("> Xây dựng, phát triển Đảng ở vùng đồng bào … - Bài 1: Nỗi lo …",
// tests/fixtures/real-eval15/baophapluat-1; "Bài 1: Thuận lợi và thách thức đan xen …",
// real-eval4/congthuong-1). The link's words are another article's title: chrome, counted with
// the related links (related_run.h), never a paragraph of this one.
#pragma once

#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// The part of a series a line names: "Bài 2: …", "… hiện nay - Bài 1: …" (after a spaced
// dash), with a link's mark before it ("> ", ">> ", "- ", "• ") → 2, 1; 0 when it names none.
// The part is a number from 1 to 99 right after "Bài " and right before ':'.
int series_part(std::string_view line);

// Drops from `body` (body[0], the lead or what stands over it, never) each paragraph that names
// a part of a series other than the one the title or the topic names (a title of part 2, a
// line naming part 1), at most 60 words, with no final stop (a link's words, no sentence).
// Returns how many went.
std::size_t drop_series_links(std::vector<Paragraph>& body, std::string_view title,
                              std::string_view topic);

}  // namespace tuyentap
