// Boxes that list a site's articles by their age or their readers ("Tin mới", "Tin đọc
// nhiều", "Đọc nhiều nhất"): a section is named by its subject, such a box by an order.
//
// The reader's own list, not a markers file's: such a line ends the article (ChromeMatcher
// adds these to every markers file's [ends-article]) and, in a page's header, is a page part
// and no topic (header_lines.h is_page_part_name). They used to stand in both
// templates/chrome-markers.txt and header_lines.cpp; one list here keeps the two readings
// together, and a user's edited markers file cannot change how a header is read.
#pragma once

#include <array>
#include <string_view>

namespace tuyentap {

// As a page prints them; folded (fold_for_match) where they are matched.
// "Tin bài …" and "Bài …": the same boxes as portals that say "tin bài" (news and articles) name
// them (real-site35/btgcp.gov.vn's "TIN BÀI ĐỌC NHIỀU" over its title).
// "Bài mới đăng", "Tin mới đăng": the newest posts, by the day they were posted
// (real-eval53/phatgiaodanang-1, under the text).
inline constexpr std::array<std::string_view, 17> kArticleListBoxes = {
    "Tin mới nhất",  "Tin mới",           "Tin tức mới",   "Tin nổi bật",        "Tin tiêu điểm",
    "Tin đọc nhiều", "Tin xem nhiều",     "Đọc nhiều",     "Đọc nhiều nhất",     "Xem nhiều nhất",
    "Tin bài mới",   "Tin bài đọc nhiều", "Bài đọc nhiều", "Bài viết đọc nhiều", "Bài mới đăng",
    "Bài mới",       "Tin mới đăng"};

}  // namespace tuyentap
