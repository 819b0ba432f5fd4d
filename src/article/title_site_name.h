// What a page prints on its title's line besides the title. The site's name after it, as a
// page's <title> line prints it: "Hội nghị tổng kết - Báo
// Đà Nẵng", "… | Cổng TTĐT huyện Tân Yên", "… – Đảng bộ tỉnh Bình Thuận", "… - baodanang.vn".
// A text page's title line is often that <title> line (a browser's save, a tab's caption at
// the top): the reader finds its title there but should not keep the masthead in it.
#pragma once

#include <optional>
#include <string_view>

namespace tuyentap {

// The title without a last " - NAME", " – NAME", " — NAME" or " | NAME" when NAME reads as a
// site's masthead (header_lines.h names_the_site: "Báo X", "Tạp chí X", "Cổng thông tin …",
// "Trang TTĐT …"; a Party committee of a place: "Đảng bộ tỉnh X", "Tỉnh ủy X"; a domain
// "baodanang.vn") and holds no digit, and at least three words stand before it. A title's own
// dash stays: "Hội nghị - Báo cáo viên tháng 10", "Đại hội - Đảng bộ tỉnh nhiệm kỳ 2020-2025".
std::string_view without_site_name(std::string_view title);

// "Thời sự | Hội nghị tổng kết …", "Trang chủ » Tin tức » Hội nghị …": the title without the
// section (or the breadcrumb's steps) the page runs into its line before it, cut at the last
// " | ", " » ", " › " or " > " when every step before it is one to three words with no digit
// and at least three words follow, opening with a capital, a digit, a quote or a bracket
// ("Thời sự | 544 đảng viên …", "Video | 5 điều cần biết", "Thời sự | “Bữa cơm đoàn kết” …").
// "Toàn văn phát biểu | Tổng Bí thư Tô Lâm" stays (four words before the bar: a title's own
// half), and so does "Thời sự | ba việc" (lower case after it).
std::string_view without_section_before(std::string_view title);

// "HỘI THẢO KHOA HỌC Tin tức và sự kiện": a title in capitals with the section it is filed
// under run into its line after it, the two blocks of a page's heading losing their break in
// a text copy (real-eval70/vqgxuanson-1). Where the section begins, or npos: the title's
// part three words or more, every letter a capital; the section two to six words, its first
// with a capital and the others in lower case, no digit nor punctuation, and worded as a
// site's sections are ("Tin tức …", "Tin hoạt động", "Tin mới", "Tin nổi bật", "Hoạt động …",
// "Sự kiện …", "Thông báo …"). A title in capitals that goes on with a name ("… Thôn Đông") or
// a course's ("KHAI GIẢNG LỚP Tin học văn phòng") keeps it.
std::size_t section_after_capitals_title(std::string_view title);

// "Tin tức lưu trữ MISA toàn quốc sôi động …" over "MISA toàn quốc sôi động …": the section
// the page files it under run into the title's first printing, the title alone printed right
// under it (real-eval94/misa-1; a <title> line and then the page's <h1>). The section (a view
// into `line`), or nullopt: `line` ends with " " + `under` (three words at least), and what
// stands before is one to four words, the first with a capital, no digit nor punctuation,
// worded as a site's sections are (as section_after_capitals_title's: "Tin tức …", "Hoạt động
// …", "Sự kiện …", "Thông báo …"; or "Tin …", a news kind, or a field: "Thời sự", "Giáo dục",
// "Văn hóa", "Kinh tế" …); "Hưởng ứng Tuần lễ …" over "Tuần lễ …" is a title over its banner
// (the review's).
std::optional<std::string_view> section_glued_over_title(std::string_view line,
                                                         std::string_view under);

}  // namespace tuyentap
