// The topic of a page's header: the section a breadcrumb's last step or a kicker names
// ("Trang chủ › Xây dựng Đảng" → "Xây dựng Đảng"). Where the kicker stands is the header's
// rule (text_header.h); what it names is this file's.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace tuyentap {

// The home link a breadcrumb opens with, as the sites spell it; a step that names no section.
inline constexpr std::array<std::string_view, 5> kHomeLinks = {"Trang chủ", "TRANG CHỦ",
                                                               "Trang nhất", "Home", "HOME"};

// Has a breadcrumb's separators (" > ", " » ", " › ", " >> ") between its steps, or three
// steps of words or more kept apart by spaced slashes ("A / B / C").
bool is_breadcrumb(std::string_view line);

// "Trang chủ > Xây dựng Đảng" → "Xây dựng Đảng": a breadcrumb's last step is the section.
// Anything else is returned as it is.
std::string topic_from_kicker(std::string_view kicker);

// A breadcrumb's topic: its last step, or the step before when the last is the page's own
// title ("Trang chủ › Nghiên cứu lý luận › <title>").
std::string crumb_topic(std::string_view crumb, std::string_view title);

// "Trang chủ / Hot News / <title>" where `title` is the page's title (printed again under the
// line): a breadcrumb whose last step is the title, which may be long and hold any punctuation
// (a stop, digits, a slash), so only the steps before it are asked a section's shape: two or
// more parted by spaced slashes, or one or more by another breadcrumb's separator. Returns the
// section the step before the title names ("Hot News"; none for the home link alone), or
// nothing for any other line.
std::optional<std::string> crumb_to_title(std::string_view line, std::string_view title);

// "Thời sự Chính trị" → "Chính trị", "Tin tức - Sự kiện Tin hoạt động" → "Tin hoạt động": a
// menu's top section printed before the article's own, the breadcrumb's separators lost. Only
// the top sections every site's menu opens with, and only before a capital (a section of its
// own may start the same way: "Thời sự quốc tế"). Steps glued with nothing between them, a
// lower-case letter against the next step's capital, give the last step: "Nhịp cầu sư
// phạmChuyện học đường" → "Chuyện học đường" (only between steps of two words or more, never
// inside a word that opens with a capital: "VnExpress", "YouTube" stay whole).
std::string without_top_section(std::string topic);

// A kicker's topic (its last step, without a top section); none for a line that names no
// section (page_line.h: a page's own line, the site's name, a company's, a slogan): no section
// is named by a count, a menu or an advertiser's banner.
std::string kicker_topic(std::string_view kicker);

}  // namespace tuyentap
