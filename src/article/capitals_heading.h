// The article's own heading in capitals under the page's title: "10 Năm Đảng Bộ TCT Thuốc Lá
// Việt Nam" over "ĐẢNG BỘ TỔNG CÔNG TY THUỐC LÁ VIỆT NAM: DẤU ẤN 10 NĂM …". A page prints its
// title (the site's heading, in the case the writer typed) and the article opens again with
// a heading of its own in capitals; a kicker, which stands over a title, is a section's name
// and no title in its own right, and no page of the learning sets sets one that is title-like
// in small letters over a title in capitals. Of the two, the upper is the title and the
// capitals line a heading of the header: the header rules (text_header.cpp) and the fitted
// scorer's override (title_override.cpp) read the pair so.
#pragma once

#include <string_view>

namespace tuyentap {

// `upper` a page title (title_score.h is_page_title) not in capitals, `lower` (under it, or
// under it past the header's chrome) a page title in capitals ("VIDEO", a box's name, is none)
// that restates it: more than half of upper's words (folded) stand in it. A kicker (a
// section's, a series' or a contest's name) over a title in capitals names it in words of its
// own.
bool capitals_heading_under_title(std::string_view upper, std::string_view lower);

// The pair where the upper stands in a kicker's place (over the title, over the date line or
// the body): the shape above, and the upper no section's name by its shape (dated_paragraph.h
// is_section_like: at most 8 words, no digit, no final stop). "Tin tức - Sự kiện", "Xây dựng
// Đảng" over a title in capitals stay its kicker; "10 Năm Đảng Bộ TCT Thuốc Lá Việt Nam" is
// the title.
bool title_over_capitals_heading(std::string_view upper, std::string_view lower);

// "HOẠT ĐỘNG ĐỘI HƯỚNG TỚI KỈ NIỆM NGÀY GIẢI PHÓNG MIỀN NAM, THỐNG NHẤT ĐẤT NƯỚC 30/4 VÀ QUỐC TẾ
// LAO ĐỘNG 01/5" under "Hoạt động Đội hướng tới kỉ niệm ngày giải phóng Miền Nam thống nhất
// đất nước 30/4 và Quốc tế Lao động 1/5" (real-eval105/tracvan-hanam-1): the heading is the
// title printed again, word for word once case, marks and a number's leading zeros are set
// aside (three words or more). No heading of the article's own then: the header's chrome.
bool restates_title_whole(std::string_view title, std::string_view heading);

}  // namespace tuyentap
