// What a page runs into its title's line besides the title, taken off once the header has
// placed the title (text_reader.cpp step 2): the site's name after it, a section or a
// breadcrumb before it, a section after a title in capitals, a section glued over the title's
// first printing. Each part taken off is the topic where the header gave none, or told in the
// article's warnings; the rules that find the parts are title_site_name.h's and
// header_lines.h's.
#pragma once

#include <string_view>
#include <vector>

#include "article/article.h"
#include "article/text_lines.h"

namespace tuyentap {

// a.title as the header took it (with the line the header read as its kicker right over it,
// or "" when none stood there), cleaned: "Thời sự Huyện Đức Thọ tiếp nhận …" over "Huyện Đức
// Thọ tiếp nhận …" gives the topic "Thời sự"; "… - Báo Đà Nẵng", "Thời sự | …", "Trang chủ »
// …" and a page's action words lose what is not the title (told); "HỘI THẢO KHOA HỌC Tin tức
// và sự kiện" gives the topic "Tin tức và sự kiện" (or tells it).
void clean_title_line(Article& a, std::string_view kicker_over_title);

// "Tin tức lưu trữ MISA toàn quốc …" as the title, "MISA toàn quốc …" opening the body: the
// section run into the title's first printing, the title alone right under it. The section is
// the topic (or told), the body's first paragraph the title; nothing for any other pair.
void take_section_over_title(Article& a, std::vector<Paragraph>& body);

}  // namespace tuyentap
