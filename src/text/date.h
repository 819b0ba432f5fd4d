// Dates as Vietnamese archives write them, and as Vietnamese readers expect to see them: the
// calendar, and the labels the books print. Reading a page's date line is date_line.h's.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tuyentap {

struct Date {
  int year = 0, month = 0, day = 0;

  bool valid() const;       // a real calendar date
  std::string iso() const;  // "2019-01-28"
  int weekday() const;      // 0 = Sunday … 6 = Saturday
  int quarter() const { return (month - 1) / 3 + 1; }
  long days() const;  // days since 1970-01-01, for ranges and comparisons
  auto operator<=>(const Date&) const = default;
};

struct DateTime {
  Date date;
  std::optional<std::string> time;  // "HH:MM"
};

// The calendar date of a day count since 1970-01-01 (the inverse of Date::days()).
Date date_from_days(long days);

// Seconds since 1970 (SOURCE_DATE_EPOCH) as a UTC date and time, without the time zone
// or the C library's gmtime: what the writers stamp as the book's date.
struct UtcTime {
  Date date;
  int hour = 0, minute = 0, second = 0;
};
UtcTime utc_from_epoch(long long epoch);
// "2019-01-28T15:27:00Z": the same instant in ISO 8601 (W3C-DTF) form, the one formatter of
// the book's date for both writers (EPUB dcterms:modified, PDF XMP and Info dates).
std::string iso_utc(long long epoch);

// Parses "2019-01-28" strictly.
std::optional<Date> parse_iso_date(std::string_view s);

// A real date within the years an archive's articles may have, 1900–2200 (the years a spec's
// period may ask for): "9999-01-28" in a CMS export is a typing slip, as in a date line.
bool archive_date(const Date& d);

// "Thứ Hai", … "Thứ Bảy", "Chủ nhật"
std::string vi_weekday(const Date& d);
// "Thứ Hai, ngày 28 tháng 01 năm 2019", "Thứ Ba, ngày 05 tháng 3 năm 2019": as Decree 30/2020
// writes dates, a leading zero only for days under 10 and months 1 and 2
std::string vi_long_date(const Date& d);
// "28/01/2019"
std::string vi_short_date(const Date& d);
// "Tháng 1/2019", "Quý I/2019"
std::string vi_month_title(int year, int month);
std::string vi_quarter_title(int year, int quarter);
// "I", "II", … for parts and quarters
std::string roman(int n);

}  // namespace tuyentap
