// A page that shows no title, its header's chrome standing where the title would: the stored
// text starts at the section's label, the site's name, a counter or the byline, then the date
// line or the lead. The header rules took that line for the title; it is what it shows, and
// the page is read untitled (untitled_page.h says what an untitled page keeps).
#pragma once

#include <span>
#include <string_view>

#include "article/text_header.h"

namespace tuyentap {

// "Tin tức - Sự kiện", "Đảng, Đoàn thể", "HOẠT ĐỘNG KHÁC": a section's label. At most 7
// words, no digit, no sentence's end, and either in capitals or a few sections of at most 4
// words each set off by " - ", " – ", ", " or " | ". No title of the learning sets' 561 has
// this shape. A label of a word or two ("Xã hội", "Chính trị") is not told from a short title
// ("Quê", "Trở về": a poem's) by its shape, and stays the title.
bool is_section_label(std::string_view line);

// The header's title (find_header) is chrome when no kicker stands above it and it is a
// section's label (above: its topic, when the header has none), a view counter
// (header_lines.h is_counters: the header's chrome) or a byline (byline.h looks_like_byline,
// 2 to 6 words naming a person, theo_writer.h is_person_name: the header's byline). Then h says no
// title. A label beside the date line
// ("Xã hội - Ngày đăng : 08:59, 28/05/2018", the title_text) likewise.
void untitle_header_chrome(std::span<const std::string_view> paras, HeaderLayout& h);

}  // namespace tuyentap
