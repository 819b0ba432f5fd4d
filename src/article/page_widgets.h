// Lines a page's own widgets print into its text, which no article writes: chrome wherever
// they stand (the plain-text reader blanks them with the other chrome of a line's shape,
// text_prepare.h step 2). Each test is on one line, in time linear in its length.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// One of:
//  - the font-size and contrast buttons: "A- A A+ | Tăng tương phản Giảm tương phản", "A A":
//    two or more one-letter "A"/"a" buttons (with "+" or "-" after or before: "-A A +A"),
//    alone or before a "|";
//  - a view count standing alone: "738", "1.204" (digits and thousands separators only);
//  - a visitor counter, a label about visits ("truy cập") then a count, with its colon
//    ("Tổng số lượt đã truy cập: 129,323") or without ("Truy câp hiện tại 23.031"); or a
//    box of such counters run together on one line, each closing on its count ("Tổng truy
//    câp 9.861.433 Truy câp hiện tại 1.804");
//  - a relative date: "2 tháng 2 tuần trước", "3 giờ trước" (counts of time units, then
//    "trước"): the age a video or social site shows, which names no day.
//  - a widget's label alone, its buttons lost: "Xem với cỡ chữ", "Truy cập nội dung luôn"
//    (a screen reader's skip link), "Skip to content";
//  - a widget's label and the empty brackets its script fills with a count: "Ý kiến ()";
//  - a comment box's heading, its count first: "0 Bình luận", "3 nhận xét:", "12 Comments";
//  - a poll box run together on one line, its question then its buttons ("Bạn theo đạo nào
//    ?Chọn    Xem KQ", poll_widget.h);
//  - a line opening with a program's language key (opens_with_program_key);
//  - a rating box's line: "Trung bình (0 Bình chọn)", its stars' sentence (rating_widget.h);
//  - a row of share buttons: "Facebook Twitter Email", "Facebookmail" (share_buttons.h);
//  - a pointer to a link the text lost: "Bạn đọc xem video minh họa tại đây :", "Tin ảnh (Xin
//    xem thêm tại đây)" (link_pointer.h);
//  - a theme's post navigation: "Previous Đài hóa thân hoàn vũ Hải Dương", "Next Các dự án tiêu
//    biểu năm 2015" (real-eval84/congtrinhdothihd-1): "Previous" or "Next" and a post's title of
//    at most 15 words with no stop ("Next Generation Vietnam là chương trình …." is a sentence).
bool is_page_widget_line(std::string_view line);

// "PLG_CONTENT_SHOWTAGS_TITLE Huyện Bố Trạch", "COM_CONTENT_READ_MORE: …": a line whose first
// word is a program's language key, as a CMS prints a label whose translation is missing (a
// tag plugin's, before the tags): two or more parts of ASCII capitals and digits joined by
// "_", each with a capital letter. No one writes such a word; whatever follows it is the
// widget's value (a tag, a count), never the article's text. A file's name has a part of
// digits alone or lower case ("IMG_2041", "DSC_0001", "anh_1"): none.
bool opens_with_program_key(std::string_view line);

// Two to four counts side by side ("7 1": a photo viewer's or a post's views, comments,
// likes); no year ("2019 2020 2021"), no group with a leading zero ("0912 345 678"). Its
// shape alone is a table's row too ("120 135 150"): the reader drops it only where a
// counter stands, after the article's last sentence (text_prepare.cpp).
bool is_counts_row(std::string_view line);
// A counts row where a counter stands: after the article's last sentence (no line after
// lines[i] ends one), not under a line that opens it (":"), so that a table's row or a phone
// number stays.
bool is_closing_counts_row(const std::vector<std::string>& lines, std::size_t i);

// A visitor counter's box whose title stands on its own line, its counts under it, one a line:
// " Lượt truy cập" / "Thống kê: 4.331.431" / "Online: 0" (thanhhoa-dcs-1). The title is a
// counter's label alone ("Lượt truy cập", "Thống kê truy cập", "Số lượt xem"), no count, no
// colon; each count a short label, a colon and a count. A counter's label is never a title,
// but alone it may head a table's column ("Lượt xem"): only with a count under it is it a box.
// Or a counter box whose counts the page's script fills in, saved empty, one label a line:
// "Online:" / "Hôm nay:" / "Hôm qua:" / "Tổng số:" (hoinongdan.sonla.gov.vn's box): each a label
// of a counter's words or a span of time's ("hôm nay", "tổng số", "trong tháng") and a colon,
// nothing after it; two of them with a counter's own label among them ("Online:", "Lượt truy
// cập:"), or three. A label alone ("Tổng số:") may open a list; a run of them, empty, is a box.
// Or a box with no title line, its counts labelled, one a line, from a visitor counter:
// "Đang truy cập: 66" / "Hôm nay: 225" / "Tổng lượt truy cập: 1,202,831" (a span's count alone,
// "Hôm nay: 225", may be a table's row; under a visitor counter it is the box's).
// Returns the line after the box's last count (`lines` from `at`, blank lines skipped), or `at`
// when no such box stands there.
std::size_t counter_box_end(const std::vector<std::string>& lines, std::size_t at);

}  // namespace tuyentap
