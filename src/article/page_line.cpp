// The page's own lines: see page_line.h.
#include "article/page_line.h"

#include "article/click_hint.h"
#include "article/company_banner.h"
#include "article/header_lines.h"
#include "article/local_unit_name.h"
#include "article/page_widgets.h"
#include "article/slogan.h"
#include "article/vi_syllable.h"
#include "text/date_line.h"

namespace tuyentap {

bool is_page_line(std::string_view s) {
  return is_menu_item(s) || is_menu_bar(s) || is_page_actions_bar(s) || is_phone_line(s) ||
         is_counters(s) || is_page_widget_line(s) || is_counts_row(s) || is_page_part_name(s) ||
         is_click_hint(s) || is_welcome_banner(s) || is_site_address(s) || is_portal_name(s);
}

bool names_no_section(std::string_view s) {
  return is_page_line(s) || names_the_site(s) || is_local_unit_name_in_capitals(s) ||
         names_a_company(s) || is_slogan(s) || is_foreign_phrase(s) || is_clock_in_words(s);
}

}  // namespace tuyentap
