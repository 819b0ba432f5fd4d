// The page's own lines: what a page prints about itself around an article (its menus, its
// masthead's phone line, its counters, its widgets, the names of its parts), standing where a
// title or a section's name would. None is ever a title nor names a section of the site. The
// one list of them for the title's score (title_score.h) and the topic (text_header.h).
#pragma once

#include <string_view>

namespace tuyentap {

// A line the page prints about itself: a menu's item or bar, a bar of the page's buttons
// ("Chế độ ban đêm In trang Xuất PDF"), the masthead's phone line, view counters, a widget's
// line or a row of counts, the name of a part of the page (header_lines.h, page_widgets.h), a
// widget's hint to the reader ("Bấm vào hình để xem kích thước thật": click_hint.h), the site's
// address alone ("LangUuDiem.Com": header_lines.h is_site_address) or a portal's name whole
// ("Cổng thông tin điện tử Kiên Giang": is_portal_name). A
// breadcrumb is the page's too, but names the article's section: it is not one of these.
bool is_page_line(std::string_view line);

// A line that names no section where a kicker stands: a page line, the site's own name, a
// company's (an advertiser's banner: company_banner.h), a slogan (slogan.h), a line in no
// Vietnamese (vi_syllable.h: an English label, an image's alt text, an identifier), or a local
// government's name in capitals, a commune's masthead (local_unit_name.h: "XÃ ĐÔNG SƠN"), or a
// site's clock with its month in words (text/date_line.h is_clock_in_words).
bool names_no_section(std::string_view line);

}  // namespace tuyentap
