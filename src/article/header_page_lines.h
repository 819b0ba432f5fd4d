// The page's own lines right under the header: its counters and buttons, which a page prints
// between the title (or the date line, or the byline) and the text and which are never the
// lead. The header's finder (text_header.h) moves the body's first paragraph past them; the
// lines themselves stay the header's chrome in the report.
#pragma once

#include <span>
#include <string_view>

#include "article/text_header.h"

namespace tuyentap {

// "• Lượt xem: 120" on a line of its own right under the date line (pages that list their
// particulars one per line): the counters, as beside the date, not the lead. At most two. Or
// an event's venue between its days and its counts ("Khu di tích Gò Tháp, huyện Tháp Mười",
// "57 0", then the body text): a short line with no stop over the counters (header_lines.h
// is_counters).
void skip_counters_under_date(std::span<const std::string_view> paras, HeaderLayout& h);

// "128", "Lượt xem:", "Đánh giá bài viết", "Đọc bài viết": the page's counters and buttons
// right under the title, the date line or the byline (header_lines.h: a view count, a bar of
// its buttons or a tool on the article; not a menu's item, which a list's first line looks
// like); at most three of them, and never the last paragraph (a text of one line stays one).
void skip_page_lines_under_header(std::span<const std::string_view> paras, HeaderLayout& h);

}  // namespace tuyentap
