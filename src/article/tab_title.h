// The page's <title> line first: a browser's "Save as text" or a copy from the tab puts the
// page's title, often with the site's name after it ("<title> - Báo Đà Nẵng", "<title> |
// Tạp chí X"), above the page's own header, which prints the title again over the article.
// The lower copy is the article's title; the line at the top is the page's, and the header
// (kicker, date line, the clock over the page's chrome) is read below it as if it were not
// there.
#pragma once

#include <span>
#include <string_view>

namespace tuyentap {

// The first paragraph is printed again lower in the page's header, before its first
// paragraph of body text, as it stands or without the site's name after it
// (title_site_name.h); never the next paragraph alone, which is a title printed twice in a
// row (the reader keeps that once). Or the next paragraph, a page title, is the first with a
// site's or a unit's name set before or after it by a dash or a bar
// ("Trường THCS Ngô Gia Tự – HOẠT ĐỘNG SINH HOẠT CHUYÊN MÔN CỤM TRƯỜNG" over "HOẠT ĐỘNG SINH
// HOẠT CHUYÊN MÔN CỤM TRƯỜNG", real-eval105/ngogiatu-haiduong-1): the tab's <title> names the
// school first.
bool tab_title_first(std::span<const std::string_view> paras);

// `top` is `title`, a page title (title_score.h is_page_title), with a site's or a unit's name
// (header_lines.h names_the_site, office_byline.h signs_as_unit …: never a subtitle), not ending on
// a word in ASCII lower case ("… null"), of at most ten words (no final stop) set before or after
// it by " – ", " - ", " — " or " | ": the tab's <title> over the page's own (above), the title's
// words compared case and spacing aside.
bool joins_name_and_title(std::string_view top, std::string_view title);

}  // namespace tuyentap
