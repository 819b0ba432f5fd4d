// A page's date line, as Vietnamese archives write it ("Thứ Hai, 28/01/2019 | 15:27"): the
// parser that tells a date line from a paragraph that mentions a date, and cuts a date line out
// of a line that holds other text beside it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "text/date.h"

namespace tuyentap {

// Parses a date line: "Thứ Hai, 28/01/2019 | 15:27", "28/01/2019", "28-01-2019 15:27",
// "Ngày 28 tháng 1 năm 2019", "23 Tháng Bảy, 2024" (the month in words), "2019-01-28", "07.09 2022"
// (the day and month joined by a dot, two digits each, the year after a space: a school group's
// theme), "Chủ
// nhật, 3/2/2019 - 08:05", "24/12/12 11:05 tối", "15:20 PM | 21/12/2012", "13/02/2026 21:17140",
// "21/05/2020 04:161.0040" (counts glued to the time that ends the line), "09:00 AM, Wednesday,
// 13/08/2025" (an English weekday), "Ngày đăng tin: 18/05/2015" (a label of the site's own words,
// "Ngày …:" or "Thời gian …:"), "author25/01/2025 13:20" (a template's empty field name glued to
// the date), "17/12/2021 21/12/2021" (an event's first and last days: the first) … The day comes
// before the month unless the first number cannot be a day's month ("5/28/2020") or the line is
// the en-US default whole ("1/9/2020 1:15:06 PM": no zero padding, the seconds, an English AM/PM:
// 9 January). The whole line must be a date line (a weekday, a date, a
// time, separators, little else), so that a paragraph that merely mentions a date is not taken for
// one. nullopt when it is not a date line or the date is impossible (see impossible_date_line), and
// for a masthead's clock (is_clock_in_words).
std::optional<DateTime> parse_date_line(std::string_view line);

// "Thứ Ba, 23 Tháng Bảy, 2024", "Chủ nhật, 5 tháng Mười Hai 2021": a weekday, then a date with
// its month in words (a locale's month names: "Một" … "Mười Hai", "Giêng", "Chạp"), a date line
// in every other way: the clock a theme prints in the page's masthead, the day the page was
// served. parse_date_line gives no date for it (an article's stamp gives its month in digits,
// "Thứ hai, 07 Tháng 8 2017 14:51"); a month in words without a weekday ("23 Tháng Bảy, 2024")
// is a date line.
bool is_clock_in_words(std::string_view line);

// "Thứ Năm, 03/12/2026", "Ngày 03/12/2026 08:15 AM", "08:15 03/12/2026": a date line that is the
// date alone, with a weekday, "Ngày", a time or a time zone beside it at most, as a masthead's
// clock prints the day the page was served; its date and time. nullopt for any other date line:
// one with a posting's label ("Ngày đăng:", "Cập nhật", "Đăng lúc"), or counters after the date.
std::optional<DateTime> bare_date_line(std::string_view line);

// "Chủ Nhật, 20 Tháng 4 2025", "Thứ Hai, 05/02/2024", "Sunday, 25/09/2022": a bare date line
// (above) that opens with its weekday and shows no time, the day alone as a masthead's clock
// prints it; its date. nullopt for any other line: a stamp to the minute ("08:30 Thứ Hai,
// 05/02/2024") or a date alone ("22/10/2021") is as often a post's own.
std::optional<Date> weekday_clock_line(std::string_view line);

// For a line that is a date line in every way but its date, which does not exist or is not
// plausible for an archive ("31/02/2019", "00/00/0000", a year before 1900 or after 2200):
// that date as "dd/mm/yyyy", for the reader's warning. nullopt for a line with a real date,
// and for a line that is no date line.
std::optional<std::string> impossible_date_line(std::string_view line);

// "28/01/2019", "28-1-19", "2019-01-28" (digits, a separator, digits, the same separator,
// digits), "28 01 2019", "07.09 2022", or the word "tháng": what every date the parser reads has. A
// cheap test that comes before folding the line: false says the line holds no date the parser
// reads.
bool may_hold_date_line(std::string_view line);

// A line that holds a date line beside other text: a section or a title before it
// ("Xây dựng Đảng | Thứ Ba, 25/12/2012 - 10:03"), or a section after it
// ("17:26 - 18/01/2016 | Giáo dục - Sức khỏe"). The two are cut apart at a separator
// (" | ", " - ", " – ", " — ", " • ", " · ", ", "), or at a plain space when the date part
// also has a time or a weekday ("Kỷ niệm ngày 30/4/1975" stays a title), or when the poster
// follows it (by_word_size: "Vào 23/05/2022 bởi admin", "May 3, 2022 by Minh Anh"). The date
// part is
// the longest one that parses; `rest` is the other part without the separator.
struct DatedLine {
  DateTime when;
  std::string rest;        // never empty
  bool rest_first = true;  // the rest stands before the date
};
std::optional<DatedLine> split_date_line(std::string_view line);  // date_split.cpp

// "by ", "By ", "BY ", "Bởi ", "bởi ", "BỞI ", "người đăng " (in any of its three cases) opening
// `line`: the bytes they take, 0 when none.
// The word a theme prints before a post's poster: after the date (split_date_line) or on a
// line of its own (article/by_line.h). Printed forms only: "bơi", "bội" fold as "bởi" does.
std::size_t by_word_size(std::string_view line);  // date_split.cpp

}  // namespace tuyentap
