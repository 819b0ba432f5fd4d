// An undated article's date, from the day its lead opens with. A page saved as text often
// lost its date line with the page's header (three in four of the real pages in
// tests/fixtures show none), but a news lead opens with the day it reports: "Ngày
// 14/10/2022, Thư viện tỉnh …", "Sáng ngày 27/8/2018, chi bộ …", "Chiều 20/10/2025 tại …".
// Without a date the compiler cannot place the article in the book's period and leaves it
// out; with this one it is placed, and the warning says where the date came from. It is the
// day of the event, which a news page prints on that day or the next.
#pragma once

#include <optional>
#include <string_view>

#include "article/article.h"
#include "text/date.h"

namespace tuyentap {

// The date the lead opens with: at most a part of the day and "ngày" before it ("Sáng",
// "Chiều ngày", "Vào sáng"), a full date with its year (D/M/YYYY with `/`, `-` or `.`, or
// "ngày D tháng M năm YYYY"), then a comma, a space or the end. A year before 2000 is
// history the lead recalls ("Ngày 03/2/1930, Đảng Cộng sản Việt Nam ra đời"), no news day;
// a date that opens a span ("29/12/2022 – 31/12/2022") is none either.
std::optional<Date> lead_opening_date(std::string_view lead);

// The warning an article dated by its lead carries, before the date ("… 14/10/2022"); it
// takes the place of "no date line".
inline constexpr std::string_view kDateFromLead =
    "no date line: the date is the day the lead opens with: ";

// Gives an article with no date the date its lead opens with (its first paragraph when
// the reader found no lead), and says so in its warnings. Nothing else changes.
void date_from_lead(Article& a);

}  // namespace tuyentap
