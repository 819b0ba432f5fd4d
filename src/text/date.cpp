// Dates: calendar arithmetic and Vietnamese date labels. The date-line parser is date_line.cpp.
#include "text/date.h"

#include <array>
#include <cstdio>
#include <string>

namespace tuyentap {

namespace {

// The years an article's date may have (the same as a spec's period, book/period.cpp).
constexpr int kFirstYear = 1900, kLastYear = 2200;

bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && is_leap(y)) return 29;
  return kDays[m - 1];
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

std::string two_digits(int n) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", n);
  return buf;
}

}  // namespace

bool Date::valid() const {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

std::string Date::iso() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

long Date::days() const {
  return days_from_civil(year, month, day);
}

int Date::weekday() const {
  long d = days();  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((d % 7) + 7 + 4) % 7);
}

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  auto number = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (char c : s.substr(at, n)) v = v * 10 + (c - '0');
    return v;
  };
  Date d{number(0, 4), number(5, 2), number(8, 2)};
  if (!d.valid()) return std::nullopt;
  return d;
}

bool archive_date(const Date& d) {
  return d.valid() && d.year >= kFirstYear && d.year <= kLastYear;
}

std::string vi_weekday(const Date& d) {
  static const std::array<const char*, 7> kNames = {"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư",
                                                    "Thứ Năm",  "Thứ Sáu", "Thứ Bảy"};
  return kNames[d.weekday()];
}

std::string vi_long_date(const Date& d) {
  // Decree 30/2020, Appendix I: a leading zero only for days under 10 and months 1 and 2
  // (so that "tháng 1" cannot be read as "tháng 10", "tháng 11", "tháng 12").
  std::string month = d.month <= 2 ? two_digits(d.month) : std::to_string(d.month);
  return vi_weekday(d) + ", ngày " + two_digits(d.day) + " tháng " + month + " năm " +
         std::to_string(d.year);
}

std::string vi_short_date(const Date& d) {
  return two_digits(d.day) + "/" + two_digits(d.month) + "/" + std::to_string(d.year);
}

std::string vi_month_title(int year, int month) {
  return "Tháng " + std::to_string(month) + "/" + std::to_string(year);
}

std::string vi_quarter_title(int year, int quarter) {
  return "Quý " + roman(quarter) + "/" + std::to_string(year);
}

std::string roman(int n) {
  // Outside 1..3999 there is no Roman numeral; decimal keeps the label readable.
  if (n < 1 || n > 3999) return std::to_string(n);
  static const std::array<std::pair<int, const char*>, 13> kParts = {{{1000, "M"},
                                                                      {900, "CM"},
                                                                      {500, "D"},
                                                                      {400, "CD"},
                                                                      {100, "C"},
                                                                      {90, "XC"},
                                                                      {50, "L"},
                                                                      {40, "XL"},
                                                                      {10, "X"},
                                                                      {9, "IX"},
                                                                      {5, "V"},
                                                                      {4, "IV"},
                                                                      {1, "I"}}};
  std::string out;
  for (const auto& [value, letters] : kParts) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

Date date_from_days(long days) {
  // Howard Hinnant's civil_from_days, the inverse of days_from_civil above.
  long z = days + 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  Date d;
  d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

UtcTime utc_from_epoch(long long epoch) {
  long long days = epoch >= 0 ? epoch / 86400 : -((-epoch + 86399) / 86400);
  long long secs = epoch - days * 86400;
  UtcTime t;
  t.date = date_from_days(static_cast<long>(days));
  t.hour = static_cast<int>(secs / 3600);
  t.minute = static_cast<int>(secs / 60 % 60);
  t.second = static_cast<int>(secs % 60);
  return t;
}

std::string iso_utc(long long epoch) {
  UtcTime t = utc_from_epoch(epoch);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.date.year, t.date.month,
                t.date.day, t.hour, t.minute, t.second);
  return buf;
}

}  // namespace tuyentap
