// English month and weekday names, as CMS templates on an English locale print them in a
// Vietnamese page's date line ("Saturday, April 7, 2018", "Apr 07, 2018 10:30 AM", "7 April
// 2018", "Wed, 13/08/2025"): the one list of them (text/date_line.h reads them).
#pragma once

#include <string_view>

namespace tuyentap {

// The month (1–12) a lower-case word names, in full or by its first three letters ("april",
// "apr"; "sept" too); 0 for any other word.
int english_month(std::string_view word);

// "monday" … "sunday" (full), or "mon" … "sun" (three letters) when `abbreviated`.
bool is_english_weekday(std::string_view word, bool abbreviated);

// Whether `line`, in any case, holds an English month's name (full or three letters) as a
// word of its own: the cheap test before a line with no numeric date is folded and parsed.
bool holds_english_month(std::string_view line);

}  // namespace tuyentap
