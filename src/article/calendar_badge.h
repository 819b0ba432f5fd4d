// A theme's calendar badge: the day and the month abbreviated, printed beside a post's title
// where the page's text keeps them as a line of their own ("25Th6", "25 Th6", "05 THG 11",
// real-eval72/cred-1). It names no year, so it dates nothing. Chrome where the post's one badge
// stands, over the text's first sentence (text_prepare.cpp); a schedule's or a fixture list's
// days may be printed so, each on its line, and stay the text's.
#pragma once

#include <string_view>

namespace tuyentap {

// The whole line is a day (1–31, one or two digits), "Th", "TH", "Thg" or "THG" (tháng, the
// month, abbreviated; a stop after it allowed), and the month (1–12), spaces between allowed.
// "25 tháng 6" written out is no badge: a schedule's heading may print it so.
bool is_calendar_badge(std::string_view line);

// The badge broken over two lines, the day alone on the first ("26") and the month word with
// the month on the next ("Th3"; real-eval80/capnuoc-phutho-1, a WordPress theme's badge whose
// two spans the saved text keeps apart): read as the badge the two make together. The day line
// holds digits only, so that a line of text ending in a number joins nothing.
bool is_split_calendar_badge(std::string_view day_line, std::string_view month_line);

}  // namespace tuyentap
