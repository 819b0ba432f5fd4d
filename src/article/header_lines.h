// Lines of a page's header that are neither its title nor its topic, though they stand where
// those do: the view counters and the article's particulars beside or under the date, the
// name of a part of the page, the site's own name. Seen on pages of many sites (real-eval,
// real-eval5); the header rules (text_header.h) pass over them.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/date.h"

namespace tuyentap {

// A page's view and comment counters: digits and punctuation alone ("288 0", "| 1.204"); or
// after a label of at most three words without a digit and a colon ("View count: 422",
// "| Lượt xem: 1.204" — a title never ends in a bare number after a colon of so few words);
// or beside a counter's own words, without a colon ("1.204 lượt xem", "Lượt xem 422", "35
// bình luận"), as a title may end in a number.
bool is_counters(std::string_view s);
// Only a counter named by its words ("1.204 lượt xem", "Lượt xem: 422", "35 bình luận"): no
// bare number, no other label ("Điện thoại : 04 39.745.763" is a footer's).
bool is_named_counters(std::string_view s);

// "Tằng cường vệ sinh môi trường, cảnh quan hướng tới Đại hội … lần thứ XXIII." over "65" (the
// page's view count) over the text (real-eval78/mtdt-laocai-1): the file's first line, ending
// in one stop, at most 33 words (the learning sets' longest title printed with its stop;
// text_header.cpp's bound for a stopped title over the text, kMaxStoppedTitleWords, is 36),
// with a counter's line alone under it (is_counters) and body text opening with its capital
// under that (not "500" over "đoàn viên thanh niên đã …": a sentence broken at its number). A
// page prints its counters under its title; no sentence of a text stands over them: the line is
// the title, its stop and all. The counter may be its label alone, the count unprinted
// ("Lượt xem:"), and the page's buttons on the article may stand under it ("Đọc bài viết":
// is_article_tool, is_page_actions_bar), three such lines at most (real-eval87/thcs-eakly-1).
// Its text, or "" when the file opens otherwise.
std::string title_over_counter(const std::vector<std::string>& lines);

// "Người đăng: Admin | Lượt xem: 35", "Tác giả: Minh Anh": the article's particulars printed
// after its date, each a counter or a "label: value" with a label pages use for them
// (Người đăng, Đăng bởi, Biên tập, Cập nhật …), between " | ". Nothing of a title, whose
// words are no such labels.
struct Particulars {
  bool all = false;    // the whole text is particulars
  std::string byline;  // the one that names the writer ("Tác giả: Minh Anh", "Nguồn: …")
};
Particulars particulars(std::string_view rest);

// "Tác giả: Minh Anh .Ngày đăng: 29/06/2022 .Lượt xem: 416 lượt.": the particulars on one
// line, each "label: value" parted by a stop (or " | "), the date among them after its label
// (Ngày đăng, Đăng ngày, Ngày, Cập nhật, Thời gian): the date, and the writer's part as the
// byline. A counter may follow after a space alone, its colon lost too ("Ngày đăng: 07/02/2020
// Lượt xem 1250"). nullopt when a part is no particular or no part gives the date.
struct LabelledDate {
  DateTime when;
  std::string byline;
};
std::optional<LabelledDate> labelled_particulars(std::string_view line);

// "author", "posted": a template's field name printed where its value is empty, before the
// date on the date line ("author Thứ Hai, 14/05/2012 05:49 AM"): one word of at least four
// lower-case Latin letters, as no Vietnamese word of a header is written.
bool is_template_label(std::string_view s);

// "Thứ Hai, 10/12/2018 02:54 AM", "<title>", "author Thứ Hai, 14/05/2012 05:49 AM", then the
// body text at `body`: the page's clock (the day the page was read) is the date line at i, above
// the title; the article's own date line stands under the title, nearest the body (a whole date
// line, perhaps after a template's empty label or its byline, or before its counters: such a
// byline line is the article's, whatever the clock says). Not when the upper
// date is before the lower one, nor when the lower line is labelled "Cập nhật" (an update).
// The clock's other shape, a date line over a block of the page's chrome over the title, needs
// the chrome learned from the folder: the text reader tells it (text_reader.h, step 2).
bool clock_over_title(std::span<const std::string_view> paras, std::size_t i, std::size_t body);

// "Home Tin tức - Sư kiện <title>" over "<title>": a breadcrumb whose separators the copy lost,
// opened by the home link ("Home", "Trang chủ", "Trang nhất") and closed by the title. The
// steps between, the section ("Tin tức - Sư kiện"); nullopt for any other line, and for steps
// that may be a menu's items ("Tin tức Giới thiệu": a capital after a word in lower case).
std::optional<std::string> section_in_crumb_to(std::string_view line, std::string_view title);

// "Banner", "Banner Tỉnh ủy … (Home-1)" (a banner's alt text), "Chi tiết bài viết Tin tức", "Chi
// tiết - Huyện Phú Lâm", "Xuất bản thông tin", "Asset Publisher", "Tin mới", "Thống kê truy cập",
// "You are here": the name of a part of the page (a template's block, a portal's portlet, a box
// listing articles by their age or their readers, a visitors' box, a breadcrumb's label, a tool
// on the article: "Đánh giá bài viết", an advertising slot's label: "Quảng cáo Topbanner")
// printed as a heading where a kicker would stand. It names no section of the site: never a topic.
bool is_page_part_name(std::string_view s);

// "LangUuDiem.Com", "hoinongdan.org.vn": the site's address alone, as a masthead prints it
// (real-eval61/languudiem-1), ending on a domain Vietnamese sites use (vn, com, net, org, info,
// edu, gov, biz, asia; "TP.HCM", "anh-01.jpg", "1.2" are none). No title and no section.
bool is_site_address(std::string_view s);

// "Cổng thông tin điện tử Kiên Giang", "Trang thông tin điện tử xã Hòa Bình": a portal's name
// whole, its medium's words, perhaps a level of the administration, then a place's name in
// capitalised words and nothing else (at most 10 words, no digit, no stop). The masthead's: no
// title over a page that shows none. "Cổng thông tin điện tử huyện chính thức đi vào hoạt
// động" (its launch, told) is a title.
bool is_portal_name(std::string_view s);

// "Báo Phú Lâm", "Cổng thông tin điện tử huyện Mỹ Đức", "Tạp chí Xây dựng Đảng", "Đài Phát
// thanh và Truyền hình Tuyên Quang", or its address alone (is_site_address): the site's own name,
// its masthead, printed above the title. A site names itself so; its sections are named by what
// they hold ("Báo chí" in lower case is one).
bool names_the_site(std::string_view s);

// "… trong giai đoạn mới In trang": the title without the page's links to print, mail or
// share the article ("In trang", "In bài", "Bản in", "Gửi email", "Chia sẻ", capitalised as
// a button is), which the page prints beside its title so the text runs them together, and a
// print view's "In" after a title in capitals ("ĐẠI HỘI … CHUYÊN NGÀNH In"); a date line
// without a blog's link to its comments ("26/03/2012 Leave a comment").
std::string_view without_page_actions(std::string_view title);

// "Chế độ ban đêm In trang Xuất PDF Đọc nội dung", "In trang Quay lại Lên trên": the page's
// buttons (reading tools: night mode, print, PDF, read aloud; back, to the top, share, mail)
// run together on a line, two or more and nothing else (bars between allowed). A line of such
// words is the page's, never a title nor a section.
bool is_page_actions_bar(std::string_view s);
// "Đánh giá bài viết", "Đọc bài viết", "Chia sẻ bài viết": a tool the page offers on the article
// itself, its verb and "bài viết" (the article), at most four words; a title names what the
// article is about, never "the article". A part of the page (is_page_part_name).
bool is_article_tool(std::string_view s);
// "3. Tình yêu", "• Video", "- Thể thao": an item of a numbered or bulleted menu.
bool is_menu_item(std::string_view s);
// "TRANG CHỦ", "GIỚI THIỆU", "CÔNG TÁC GIÁO DỤC", "XÂY DỰNG ĐOÀN" with paras[t] the last: a menu
// printed one item a line, in capitals, four items or more of at most four words each. A
// kicker and a title in capitals make two such lines at most, and a title is seldom so short.
bool closes_menu_run(std::span<const std::string_view> paras, std::size_t t);
// A paragraph that is a date line whole, as the parser reads it (text/date_line.h), or before
// the page's link to print it ("Ngày đưa: 20/09/2019 01:44:30 PM In bài", as a title may have
// it too: without_page_actions).
std::optional<DateTime> date_line_of(std::string_view p);
// "Tiếng Việt | English", "Trang chủ | Liên hệ | Sơ đồ trang": a bar of links, two or more
// items of at most three words each between " | ", no digit (a date line "Thứ Hai, 25/12/2012
// | 10:03" splits the same way). A title splits into no such short pieces.
bool is_menu_bar(std::string_view s);
// "Đường dây nóng: 0237 3721150", "Hotline: 0912.345.678": a label, a colon, then a phone
// number (at least seven digits, with only spaces, dots, dashes, '+' and brackets between):
// the masthead's contact line, never a topic; the next contact may follow the number after
// '|', ',' or ';' ("Tổng đài: 0243 8356 700 | Email: …"), and an e-mail address alone or
// after a label of at most three words and a colon ("Email: toasoan@baoabc.vn"; one of the
// line's pieces between " | ") is one too; not an address in a title's sentence. The site's clock
// may be glued to its last number ("… 0912325336Thứ sáu, 08/12/2023 07:18 GMT+7"): the page's day,
// no article's date. So is the site's address after a bar, its label with a colon ("Huyện Đoàn
// Cẩm Xuyên - Hà Tĩnh | Địa chỉ:Tổ dân số 13 …"): a title names no address after one
// ("Xã hội | Địa chỉ nhân đạo" is a breadcrumb to a charity column, no contact).
bool is_phone_line(std::string_view s);

}  // namespace tuyentap
