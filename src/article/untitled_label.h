// A page that shows no title, its header's chrome standing where the title would: the stored
// text starts at the section's label, the site's name, a counter or the byline, then the date
// line or the lead. The header rules took that line for the title; it is what it shows, and
// the page is read untitled (untitled_page.h says what an untitled page keeps).
#pragma once

#include <span>
#include <string_view>

#include "article/text_header.h"

namespace tuyentap {

// "Tin tức - Sự kiện", "Đảng, Đoàn thể", "Tin tức / Trong huyện / Kinh tế - Chính trị": a
// section's label. At most 7 words (16 for a breadcrumb's " / ", " › ", " » "), no digit, no
// sentence's end, and a few sections of at most 4 words each set off by " - ", " – ",
// a breadcrumb's marks, or ", " before a capital. No title of the learning sets has this
// shape. A label of a word or two ("Xã hội") or in capitals ("HOẠT ĐỘNG KHÁC") is not told
// from a short title ("Quê", "Trở về": a poem's; "LỄ KẾT NẠP ĐẢNG VIÊN MỚI") by its shape, and
// stays the title.
bool is_section_label(std::string_view line);

// The header's title (find_header) is chrome when no kicker stands above it and it is a
// section's label (above: its topic, when the header has none), a view counter
// (header_lines.h is_counters: the header's chrome) or a person's name of 2 to 6 words with a
// byline's shape (byline.h, theo_writer.h is_person_name: the header's byline). Then h says
// no title. A label beside the date line ("Xã hội - Ngày đăng : 08:59, 28/05/2018", the
// title_text) likewise. A label or a heading in capitals over a line that ends in a stop but
// has a title's shape (untitled_page.h is_untitled_opening says no: it closes on a term or a
// day), body text under that, is the kicker of that title ("TIN HOẠT ĐỘNG", "Đại hội … xã
// Măng Tố, nhiệm kỳ 2019-2024."). A label's shape right over a quotation of verse that opens the
// text (verse.h opens_quoted_verse: "VUI ĐÓN TRĂNG - TRÒN KẾT NỐI" over "\"Tết trung thu bánh
// quà đầy mâm" …, the festival's title over its epigraph) stays the title: a section's label
// stands over a title.
void untitle_header_chrome(std::span<const std::string_view> paras, HeaderLayout& h);

}  // namespace tuyentap
