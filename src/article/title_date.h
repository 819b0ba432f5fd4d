// A page's date printed in brackets at the end of its title: "Chi đoàn thôn Bắc tổ chức hội
// thi văn nghệ (12/01/2020)", as old portals list their posts. Seen on a relic site's page
// (tests/fixtures/real-eval12/).
#pragma once

#include <optional>
#include <string>

#include "text/date.h"

namespace tuyentap {

// When the title ends with " (…)" holding a date line alone (text/date.h parse_date_line: a
// whole date, never a range of years "(1930 - 2020)" nor an anniversary's two dates), returns
// that date and takes the brackets off the title; else nullopt and the title stays.
std::optional<DateTime> take_title_date(std::string& title);

}  // namespace tuyentap
