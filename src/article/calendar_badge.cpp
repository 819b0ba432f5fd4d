// A theme's calendar badge: see calendar_badge.h.
#include "article/calendar_badge.h"

#include <algorithm>
#include <array>
#include <string>

#include "base/ascii.h"

namespace tuyentap {

namespace {

// The number of one or two digits at the front of `s`, taken off it; -1 when none stands there.
int take_number(std::string_view& s) {
  std::size_t n = 0;
  while (n < s.size() && n < 3 && s[n] >= '0' && s[n] <= '9') ++n;
  if (n == 0 || n > 2) return -1;
  int value = 0;
  for (std::size_t i = 0; i < n; ++i) value = value * 10 + (s[i] - '0');
  s.remove_prefix(n);
  return value;
}

void skip_spaces(std::string_view& s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
}

}  // namespace

bool is_calendar_badge(std::string_view line) {
  constexpr std::size_t kMaxBadgeBytes = 16;  // "05 THG. 11" is 10
  skip_spaces(line);
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line.empty() || line.size() > kMaxBadgeBytes) return false;
  const int day = take_number(line);
  if (day < 1 || day > 31) return false;
  skip_spaces(line);
  static constexpr std::array<std::string_view, 4> kMonthWords = {"Thg", "THG", "Th", "TH"};
  bool month_word = false;
  for (std::string_view word : kMonthWords)
    if (line.starts_with(word)) {
      line.remove_prefix(word.size());
      month_word = true;
      break;
    }
  if (!month_word) return false;
  if (line.starts_with('.')) line.remove_prefix(1);
  skip_spaces(line);
  const int month = take_number(line);
  return month >= 1 && month <= 12 && line.empty();
}

bool is_split_calendar_badge(std::string_view day_line, std::string_view month_line) {
  day_line = trim_spaces(day_line);
  if (day_line.empty() || day_line.size() > 2 ||
      !std::all_of(day_line.begin(), day_line.end(), is_ascii_digit))
    return false;
  // the month line must hold the month word, not a second number: "26" over "3" is no badge
  month_line = trim_spaces(month_line);
  if (month_line.empty() || month_line.front() < 'A' || month_line.front() > 'Z') return false;
  std::string joined(day_line);
  joined += ' ';
  joined += month_line;
  return is_calendar_badge(joined);
}

}  // namespace tuyentap
