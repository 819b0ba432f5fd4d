#include "article/published_time.h"

#include <cstdio>
#include <string>

#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr int kVietnamOffsetMinutes = 7 * 60;

bool digits(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return false;
  for (std::size_t i = at; i < at + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int number(std::string_view s, std::size_t at, std::size_t n) {
  int v = 0;
  for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

std::string hh_mm(int minutes) {
  char buf[32];  // room for any int: GCC's sanitizer build checks the worst case
  std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
  return buf;
}

// A moment (days since 1970 and minutes into the day, UTC) in Vietnam's time.
DateTime in_vietnam(long days, int minutes_utc) {
  int m = minutes_utc + kVietnamOffsetMinutes;
  while (m >= 24 * 60) {
    m -= 24 * 60;
    ++days;
  }
  while (m < 0) {
    m += 24 * 60;
    --days;
  }
  return DateTime{date_from_days(days), hh_mm(m)};
}

std::optional<DateTime> from_epoch(std::string_view s) {
  if (s.size() != 10 && s.size() != 13) return std::nullopt;
  if (!digits(s, 0, s.size())) return std::nullopt;
  long long v = std::stoll(std::string(s));
  if (s.size() == 13) v /= 1000;
  UtcTime t = utc_from_epoch(v);
  return in_vietnam(t.date.days(), t.hour * 60 + t.minute);
}

// "2016-01-18", "2016-01-18T17:26", "2016-01-18 17:26:05.123+07:00", "…Z", "…+0700".
std::optional<DateTime> from_iso(std::string_view s) {
  if (s.size() < 10 || !digits(s, 0, 4) || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' ||
      !digits(s, 8, 2))
    return std::nullopt;
  Date d{number(s, 0, 4), number(s, 5, 2), number(s, 8, 2)};
  if (!d.valid()) return std::nullopt;
  if (s.size() == 10) return DateTime{d, std::nullopt};
  if ((s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2) || s[13] != ':' || !digits(s, 14, 2))
    return std::nullopt;
  int hour = number(s, 11, 2), minute = number(s, 14, 2), second = 0;
  if (hour > 23 || minute > 59) return std::nullopt;
  std::size_t i = 16;
  if (i < s.size() && s[i] == ':' && digits(s, i + 1, 2)) {
    second = number(s, i + 1, 2);
    i += 3;
  }
  if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  }
  if (hour == 0 && minute == 0 && second == 0) return DateTime{d, std::nullopt};
  std::string_view zone = s.substr(i);
  if (zone.empty()) return DateTime{d, hh_mm(hour * 60 + minute)};
  int offset = 0;
  if (zone == "Z" || zone == "z") {
    offset = 0;
  } else if ((zone[0] == '+' || zone[0] == '-') && digits(zone, 1, 2)) {
    std::size_t m = zone.size() > 3 && zone[3] == ':' ? 4 : 3;
    if (zone.size() != 3 && (zone.size() != m + 2 || !digits(zone, m, 2))) return std::nullopt;
    offset = number(zone, 1, 2) * 60 + (zone.size() == 3 ? 0 : number(zone, m, 2));
    if (zone[0] == '-') offset = -offset;
  } else {
    return std::nullopt;
  }
  return in_vietnam(d.days(), hour * 60 + minute - offset);
}

}  // namespace

std::optional<DateTime> parse_published_time(std::string_view value) {
  std::string s = fold_whitespace(value);
  if (s.empty()) return std::nullopt;
  if (auto t = from_epoch(s)) return t;
  if (auto t = from_iso(s)) return t;
  if (auto t = parse_date_line(s)) {
    if (t->time == "00:00") t->time.reset();
    return t;
  }
  return std::nullopt;
}

std::optional<Date> date_from_url(std::string_view url) {
  // Only the path: a host holds no date.
  std::size_t scheme = url.find("://");
  std::size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  std::string_view p = url.substr(path);
  p = p.substr(0, p.find_first_of("?#"));
  auto plausible = [](const Date& d) { return d.valid() && d.year >= 1995 && d.year <= 2100; };
  // A run of 14 or more digits: YYYYMMDDhhmmss…
  for (std::size_t i = 0; i < p.size();) {
    std::size_t j = i;
    while (j < p.size() && p[j] >= '0' && p[j] <= '9') ++j;
    if (j - i >= 14) {
      Date d{number(p, i, 4), number(p, i + 4, 2), number(p, i + 6, 2)};
      if (plausible(d)) return d;
    }
    i = j == i ? i + 1 : j;
  }
  // /YYYY/MM/DD/
  for (std::size_t i = 0; i + 11 <= p.size(); ++i) {
    if (p[i] == '/' && digits(p, i + 1, 4) && p[i + 5] == '/' && digits(p, i + 6, 2) &&
        p[i + 8] == '/' && digits(p, i + 9, 2) && (i + 11 == p.size() || p[i + 11] == '/')) {
      Date d{number(p, i + 1, 4), number(p, i + 6, 2), number(p, i + 9, 2)};
      if (plausible(d)) return d;
    }
  }
  return std::nullopt;
}

}  // namespace tuyentap
