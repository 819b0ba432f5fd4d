// A date line beside other text: split_date_line, see date_line.h.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "text/date_line.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

std::string_view trim_separators(std::string_view s) {
  auto is_sep = [](char c) { return c == ' ' || c == '|' || c == '-' || c == ',' || c == ':'; };
  while (!s.empty() && is_sep(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_sep(s.back())) s.remove_suffix(1);
  return s;
}

// Whether a date part cut at a plain space says more than a date: a time or a weekday.
bool has_time_or_weekday(const DateTime& dt, std::string_view part) {
  if (dt.time) return true;
  std::string folded = fold_for_match(part);
  if (folded.starts_with("thu ") || folded.starts_with("chu nhat") || folded.starts_with("cn"))
    return true;
  for (std::string_view day :
       {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
    if (folded.starts_with(day)) return true;
  return false;
}

// "Thứ Ba, 23 Tháng Bảy, 2024" cut at its comma: a weekday and a date with its month in words
// are a masthead's clock whole (date_line.h is_clock_in_words), no date beside a section named
// "Thứ Ba". The rest's last two words are the weekday, when there is one.
bool cuts_clock(std::string_view rest, std::string_view date_part) {
  std::size_t at = rest.rfind(' ');
  if (at != std::string_view::npos && at > 0) at = rest.rfind(' ', at - 1);
  std::string_view tail = at == std::string_view::npos ? rest : rest.substr(at + 1);
  return is_clock_in_words(std::string(tail) + " " + std::string(date_part));
}

// A Latin letter (Vietnamese's among them: U+00C0 … U+024F, U+1E00 … U+1EFF); never a digit,
// a space or punctuation.
bool is_latin_letter(char32_t c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
         (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF);
}

bool letter_starts_at(std::string_view s, std::size_t at) {
  return is_latin_letter(utf8::next(s, at));
}

bool letter_ends_at(std::string_view s, std::size_t end) {
  std::size_t at = end - 1;
  while (at > 0 && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) --at;
  return letter_starts_at(s, at);
}

std::string_view last_word(std::string_view s) {
  std::size_t at = s.rfind(' ');
  return at == std::string_view::npos ? s : s.substr(at + 1);
}

std::string_view first_word(std::string_view s) {
  return s.substr(0, s.find(' '));
}

// "20/10/1930", "14/10", "20-10-2023", "20.10.2023" (a final stop aside): a day written in
// digits with its month, one word.
bool is_day_word(std::string_view w) {
  if (w.ends_with('.')) w.remove_suffix(1);
  std::size_t digits = 0, marks = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '/' || c == '-' || c == '.') {
      ++marks;
    } else {
      return false;
    }
  }
  return digits >= 2 && marks >= 1 && marks <= 2;
}

// "12": a day of the month alone, one or two digits.
bool is_bare_day(std::string_view w) {
  return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), is_ascii_digit);
}

}  // namespace

std::size_t by_word_size(std::string_view line) {
  // "người đăng" (the poster): WordPress's "Ngày đăng: <date> người đăng <poster>" in a
  // Vietnamese theme (real-eval67/phatgiaobinhduong-1)
  for (std::string_view by :
       {"by ", "By ", "BY ", "Bởi ", "bởi ", "BỞI ", "người đăng ", "Người đăng ", "NGƯỜI ĐĂNG "})
    if (line.starts_with(by)) return by.size();
  return 0;
}

std::optional<DatedLine> split_date_line(std::string_view line) {
  // Only short lines with a date in them can hold a date line and something else.
  if (line.size() > 300 || !may_hold_date_line(line)) return std::nullopt;
  static constexpr std::array<std::string_view, 7> kSeparators = {" | ", " - ", " – ", " — ",
                                                                  " • ", " · ", ", "};
  std::optional<DatedLine> best;
  std::size_t best_len = 0;
  auto consider = [&](std::string_view date_part, std::string_view rest, bool rest_first,
                      bool plain_space) {
    rest = trim_separators(rest);
    if (rest.empty() || date_part.size() <= best_len) return;
    // "Kỷ niệm … (22-12-1944 – 22-12-2019)": a date cut out of brackets is the text's own
    if (std::count(date_part.begin(), date_part.end(), '(') !=
        std::count(date_part.begin(), date_part.end(), ')'))
      return;
    auto dt = parse_date_line(date_part);
    // "Vào 23/05/2022 bởi admin": the poster a theme names after the date (WordPress's "Posted
    // on <date> by <poster>" in Vietnamese) says the part before is the post's date line, as a
    // time or a weekday does
    if (!dt || (plain_space && !has_time_or_weekday(*dt, date_part) &&
                (rest_first || by_word_size(rest) == 0)))
      return;
    if (rest_first && cuts_clock(rest, date_part)) return;
    best = DatedLine{*dt, std::string(rest), rest_first};
    best_len = date_part.size();
  };
  for (std::size_t at = line.find(' '); at != std::string_view::npos; at = line.find(' ', at + 1)) {
    std::size_t sep_len = 1;
    for (std::string_view sep : kSeparators) {
      if (line.substr(at, sep.size()) == sep) sep_len = sep.size();
    }
    // ", " starts one byte before its space
    if (at > 0 && line[at - 1] == ',') {
      consider(line.substr(at + 1), line.substr(0, at - 1), true, false);
      consider(line.substr(0, at - 1), line.substr(at + 1), false, false);
      continue;
    }
    bool plain = sep_len == 1;
    // "20/10/1930 - 20/10/2023": a span of days between two dates, no date beside a text
    if (sep_len > 1 && line[at + 1] != '|' && is_day_word(last_word(line.substr(0, at))) &&
        is_day_word(first_word(line.substr(at + sep_len))))
      continue;
    // "12 - 15 / 05 / 2023", "Thời gian: 12 - 15/05/2023": the first day of a span alone before
    // the dash, the last one's date after it; no date beside a text "12"
    if (sep_len > 1 && line[at + 1] != '|' && is_bare_day(last_word(line.substr(0, at))) &&
        at + sep_len < line.size() && is_ascii_digit(line[at + sep_len]))
      continue;
    consider(line.substr(at + sep_len), line.substr(0, at), true, plain);
    consider(line.substr(0, at), line.substr(at + sep_len), false, plain);
  }
  // A dash glued between the two, its spaces lost in a text copy ("Bùi Ánh-14:20 28/09/2023",
  // "18/01/2016–Giáo dục"): a letter before it, or a digit before and a letter after; a dash
  // between two digits is a date's or a span's own.
  for (std::size_t at = 1; at + 1 < line.size(); ++at) {
    std::size_t len = line[at] == '-' ? 1 : 0;
    if (line.substr(at).starts_with("–") || line.substr(at).starts_with("—")) len = 3;
    if (len == 0 || at + len >= line.size()) continue;
    const char before = line[at - 1], after = line[at + len];
    const bool digit_before = before >= '0' && before <= '9';
    const bool digit_after = after >= '0' && after <= '9';
    // a letter: ASCII, or a lead byte of a letter beyond it (Vietnamese's are from U+00C0)
    const bool letter_after = ((after | 0x20) >= 'a' && (after | 0x20) <= 'z') ||
                              static_cast<unsigned char>(after) >= 0xC3;
    if (before == ' ' || after == ' ' || (digit_before && (digit_after || !letter_after))) continue;
    consider(line.substr(at + len), line.substr(0, at), true, false);
    consider(line.substr(0, at), line.substr(at + len), false, false);
  }
  // A name or a section glued to the date, no separator at all between the two fields a page
  // printed side by side ("Ngô Duy Bách3/09/2020 9:00 AM", a SharePoint list's author and
  // date; "03/09/2020 09:00Ngô Duy Bách"): a letter right before a digit, or a digit right
  // before a letter. As at a plain space, the date part must hold a time or a weekday: "đợt
  // 1/2020" or "Quý1/2020" is a title's own.
  for (std::size_t at = 1; at < line.size(); ++at) {
    if (is_ascii_digit(line[at]) && !is_ascii_digit(line[at - 1]) && letter_ends_at(line, at))
      consider(line.substr(at), line.substr(0, at), true, true);
    else if (!is_ascii_digit(line[at]) && is_ascii_digit(line[at - 1]) &&
             letter_starts_at(line, at))
      consider(line.substr(0, at), line.substr(at), false, true);
  }
  return best;
}
}  // namespace tuyentap
