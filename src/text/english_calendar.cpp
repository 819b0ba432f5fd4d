// English month and weekday names: see english_calendar.h.
#include "text/english_calendar.h"

#include <array>
#include <cstddef>

#include "base/ascii.h"

namespace tuyentap {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

}  // namespace

int english_month(std::string_view word) {
  for (std::size_t m = 0; m < kMonths.size(); ++m)
    if (word == kMonths[m] || word == kMonths[m].substr(0, 3)) return static_cast<int>(m) + 1;
  return word == "sept" ? 9 : 0;
}

bool is_english_weekday(std::string_view word, bool abbreviated) {
  for (std::string_view day : kWeekdays)
    if (word == (abbreviated ? day.substr(0, 3) : day)) return true;
  return false;
}

bool holds_english_month(std::string_view line) {
  for (std::size_t i = 0; i < line.size();) {
    if (!is_ascii_letter(line[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < line.size() && is_ascii_letter(line[j])) ++j;
    // a word of plain Latin letters only: no Vietnamese word's diacritic runs on after it
    bool whole = j == line.size() || static_cast<unsigned char>(line[j]) < 0x80;
    bool after_plain = i == 0 || static_cast<unsigned char>(line[i - 1]) < 0x80;
    if (whole && after_plain && j - i >= 3 && j - i <= 9) {
      char word[10] = {};
      for (std::size_t k = i; k < j; ++k) word[k - i] = lower_ascii(line[k]);
      if (english_month(std::string_view(word, j - i)) != 0) return true;
    }
    i = j;
  }
  return false;
}

}  // namespace tuyentap
