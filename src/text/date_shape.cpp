// The cheap test before the date-line parser (text/date_line.h may_hold_date_line): what every
// date the parser reads has, looked for in the line as written, before it is folded.
#include "text/date_line.h"
#include "text/english_calendar.h"

namespace tuyentap {

namespace {

// "01 2019" at k, the rest of a date parted by spaces ("28 01 2019"): one or two digits, a
// space, four digits that no digit follows.
bool spaced_date_at(std::string_view s, std::size_t k) {
  auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  std::size_t j = k;
  while (digit(j)) ++j;
  if (j == k || j - k > 2 || j >= s.size() || s[j] != ' ') return false;
  return digit(j + 1) && digit(j + 2) && digit(j + 3) && digit(j + 4) && !digit(j + 5);
}

// The separator between a date's numbers at k, with at most one space on either side ("13 -
// 05 -2023", a dash set apart as a text copy of a form prints it): its size with the spaces,
// and which one it is in `sep` ('/', '-', '.', or '-' for an en dash), or 0.
std::size_t separator_at(std::string_view s, std::size_t k, char& sep) {
  std::size_t i = k;
  if (i < s.size() && s[i] == ' ') ++i;
  std::size_t size = 0;
  if (i < s.size() && (s[i] == '/' || s[i] == '-' || s[i] == '.')) {
    sep = s[i];
    size = 1;
  } else if (s.substr(i).starts_with("–")) {
    sep = '-';
    size = std::string_view("–").size();
  } else {
    return 0;
  }
  i += size;
  if (i < s.size() && s[i] == ' ') ++i;
  return i - k;
}

}  // namespace

bool may_hold_date_line(std::string_view s) {
  auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  bool year = false;  // four digits in a row, no more
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!digit(i)) continue;
    std::size_t j = i;
    while (digit(j)) ++j;
    year = year || j - i == 4;
    if (j < s.size() && s[j] == ' ' && j - i <= 2 && spaced_date_at(s, j + 1)) return true;
    char sep = 0, second = 0;
    const std::size_t first_size = separator_at(s, j, sep);
    if (first_size == 0) {
      i = j;
      continue;
    }
    std::size_t k = j + first_size;
    if (!digit(k)) continue;
    // "07.09 2022": the day and month joined, the year after a space (date_line.cpp)
    if (first_size == 1 && sep == '.' && spaced_date_at(s, k)) return true;
    while (digit(k)) ++k;
    if (const std::size_t size = separator_at(s, k, second);
        size != 0 && second == sep && digit(k + size))
      return true;
  }
  // "28 tháng 1 năm 2019", in any case or decomposition: a digit and a "th"
  bool any_digit = false, th = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    any_digit = any_digit || digit(i);
    th = th || ((s[i] | 0x20) == 't' && i + 1 < s.size() && (s[i + 1] | 0x20) == 'h');
  }
  if (!any_digit) return false;
  // "April 7, 2018", "7 Apr 2018": a year's four digits and an English month's name
  return th || (year && holds_english_month(s));
}

}  // namespace tuyentap
