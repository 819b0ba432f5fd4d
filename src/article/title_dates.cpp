// A plain line's dates read by hand: see title_dates.h. Each step names the regular expression
// of title_patterns.cpp it reads, and why reading it by hand gives the same matches.
#include "article/title_dates.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "text/utf8.h"

namespace tuyentap::title_patterns {

namespace {

// Case folding maps these to more than one letter, which a case-insensitive pattern may match
// otherwise than letter by letter.
bool folds_to_many(char32_t c) {
  return c == 0xDF || c == 0x130 || c == 0x149 || c == 0x1F0 || (c >= 0x1E96 && c <= 0x1E9B) ||
         c == 0x1E9E;
}

// A character whose reading here is plain: no white space but " " (a page's line is folded),
// no digit but ASCII's, no combining mark, no "_".
bool plain(char32_t c) {
  if (c < 0x80) return c >= 0x20 && c != U'_' && c != 0x7F;
  if (c >= 0xA1 && c <= 0xBF) return true;
  if ((c >= 0xC0 && c <= 0x24F) || (c >= 0x1E00 && c <= 0x1EFF)) return !folds_to_many(c);
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E);
}

// ICU's \w: [\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d].
bool word_char(char32_t c) {
  if (c < 0x80) return (c >= U'0' && c <= U'9') || ((c | 0x20) >= U'a' && (c | 0x20) <= U'z');
  const auto u = static_cast<UChar32>(c);
  return u_hasBinaryProperty(u, UCHAR_ALPHABETIC) ||
         (U_GET_GC_MASK(u) & (U_GC_M_MASK | U_GC_ND_MASK | U_GC_PC_MASK)) != 0 || c == 0x200C ||
         c == 0x200D;
}

bool digit(char32_t c) {
  return c >= U'0' && c <= U'9';
}

using Text = std::u32string;

std::size_t run_at(const Text& t, std::size_t i) {
  std::size_t n = 0;
  while (i + n < t.size() && digit(t[i + n])) ++n;
  return n;
}

// The spans [start, end) of a pattern's matches, left to right and none overlapping, as
// replaceAll finds them: `at(i)` is the end of the match at i, or 0 for none, asked where no
// digit stands before (every pattern here opens with (?<!\d)).
template <typename At>
std::vector<std::pair<std::size_t, std::size_t>> matches(const Text& t, At at, bool ngay = false) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // a match opens with a digit, or with "ngày" where `ngay` (date_rx's third way)
    if (!digit(t[i]) && !(ngay && (t[i] | 0x20) == U'n')) continue;
    if (i > 0 && digit(t[i - 1])) continue;
    if (const std::size_t end = at(i); end > i) {
      out.emplace_back(i, end);
      i = end - 1;
    }
  }
  return out;
}

int number(const Text& t, std::size_t at, std::size_t n) {
  int v = 0;
  for (std::size_t k = 0; k < n; ++k) v = v * 10 + static_cast<int>(t[at + k] - U'0');
  return v;
}

char32_t folded_char(char32_t c) {
  if (c < 0x80) return c >= U'A' && c <= U'Z' ? c + 0x20 : c;
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), 0));
}

// Whether t at `at` reads `word` (folded), each character folded as it is compared.
bool folded_is(const Text& t, std::size_t at, std::u32string_view word) {
  if (at > t.size() || t.size() - at < word.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (folded_char(t[at + k]) != word[k]) return false;
  return true;
}

// A match of date_rx: where it ends (0: none) and its day, month and year as written.
struct DateMatch {
  std::size_t end = 0;
  int day = 0, month = 0, year = 0;
  bool two_digit_year = false;
};

// date_rx's third way, (?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,|năm)?\s*(\d{4}),
// at i: its choices tried in the order ICU backtracks through them (each \d{1,2} two digits
// then one, the optional words "," then "năm" then none); a line's only white space is " ".
DateMatch words_date_at(const Text& t, std::size_t i) {
  auto spaces = [&](std::size_t k) {
    while (k < t.size() && t[k] == U' ') ++k;
    return k;
  };
  for (const bool ngay : {true, false}) {
    std::size_t at = i;
    if (ngay) {
      if (!folded_is(t, at, U"ngày") || spaces(at + 4) == at + 4) continue;
      at = spaces(at + 4);
    }
    const std::size_t n = run_at(t, at);
    for (std::size_t dn : {std::size_t{2}, std::size_t{1}}) {
      if (dn > n) continue;
      std::size_t k = at + dn;
      if (spaces(k) == k) continue;
      k = spaces(k);
      if (!folded_is(t, k, U"tháng") || spaces(k + 5) == k + 5) continue;
      const std::size_t ms = spaces(k + 5), m = run_at(t, ms);
      for (std::size_t mn : {std::size_t{2}, std::size_t{1}}) {
        if (mn > m) continue;
        const std::size_t after = spaces(ms + mn);
        for (std::u32string_view word :
             {std::u32string_view(U","), std::u32string_view(U"năm"), std::u32string_view()}) {
          if (!word.empty() && !folded_is(t, after, word)) continue;
          const std::size_t y = spaces(after + word.size());
          if (run_at(t, y) >= 4)
            return {y + 4, number(t, at, dn), number(t, ms, mn), number(t, y, 4), false};
        }
      }
    }
  }
  return {};
}

// date_rx where no digit stands before i: its third way where "ngày " opens it, else at a run's
// start the runs' lengths and the marks between them settle which way may match, each greedy
// \d{1,2} taking the whole run, in the pattern's order.
DateMatch date_at(const Text& t, std::size_t i) {
  if (folded_is(t, i, U"ngày ") && run_at(t, i + 5) > 0) return words_date_at(t, i);
  const std::size_t n = run_at(t, i);
  if (n == 0) return {};
  auto mark = [&](std::size_t k, char32_t c) { return k < t.size() && t[k] == c; };
  // (\d{4})-(\d{1,2})-(\d{1,2})(?!\d)
  if (n == 4 && mark(i + 4, U'-')) {
    const std::size_t m = run_at(t, i + 5);
    if (m >= 1 && m <= 2 && mark(i + 5 + m, U'-')) {
      const std::size_t d = run_at(t, i + 6 + m);
      if (d >= 1 && d <= 2)
        return {i + 6 + m + d, number(t, i + 6 + m, d), number(t, i + 5, m), number(t, i, 4),
                false};
    }
  }
  if (n < 1 || n > 2 || i + n >= t.size()) return {};
  // (\d{1,2})([/.\-])(\d{1,2})\5(\d{4}|\d{2})(?!\d), and (\d{1,2}) (\d{1,2}) (\d{4})(?!\d)
  const char32_t sep = t[i + n];
  if (sep == U' ')
    if (const DateMatch d = words_date_at(t, i); d.end) return d;
  if (sep != U'/' && sep != U'.' && sep != U'-' && sep != U' ') return {};
  const std::size_t m = run_at(t, i + n + 1);
  if (m < 1 || m > 2 || !mark(i + n + 1 + m, sep)) return {};
  const std::size_t at = i + n + 2 + m, y = run_at(t, at);
  if (y == 4 || (y == 2 && sep != U' '))
    return {at + y, number(t, i, n), number(t, i + n + 1, m), number(t, at, y), y == 2};
  return {};
}

// pages.py dates_in's count: the matches whose day, month and year make a date.
int valid_dates(const std::vector<DateMatch>& found) {
  int n = 0;
  for (DateMatch d : found) {
    if (d.two_digit_year) d.year += 2000;
    if (d.month > 12 && d.day <= 12) std::swap(d.day, d.month);
    n += 1 <= d.day && d.day <= 31 && 1 <= d.month && d.month <= 12 && 1900 <= d.year &&
         d.year <= 2099;
  }
  return n;
}

// short_date_rx: (?<![\d/.\-])\d{1,2}\s*[/\-]\s*\d{1,2}(?![\d/.\-]), each \d{1,2} a whole run
bool short_date(const Text& t) {
  auto mark = [&](std::size_t k) {
    return k < t.size() && (digit(t[k]) || t[k] == U'/' || t[k] == U'.' || t[k] == U'-');
  };
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!digit(t[i]) || (i > 0 && mark(i - 1))) continue;
    const std::size_t n = run_at(t, i);
    std::size_t j = i + n;
    while (j < t.size() && t[j] == U' ') ++j;
    if (n <= 2 && j < t.size() && (t[j] == U'/' || t[j] == U'-')) {
      ++j;
      while (j < t.size() && t[j] == U' ') ++j;
      const std::size_t m = run_at(t, j);
      if (m >= 1 && m <= 2 && !mark(j + m)) return true;
    }
  }
  return false;
}

// time_rx at a run's start: (?:[01]?\d|2[0-3])\s*(?::|h|giờ)\s*[0-5]\d(?!\d); a line's only
// white space is " ".
std::size_t time_at(const Text& t, std::size_t i) {
  const std::size_t n = run_at(t, i);
  if (n < 1 || n > 2) return 0;
  if (n == 2 && t[i] > U'1' && !(t[i] == U'2' && t[i + 1] <= U'3')) return 0;
  std::size_t j = i + n;
  while (j < t.size() && t[j] == U' ') ++j;
  if (j < t.size() && (t[j] == U':' || t[j] == U'h' || t[j] == U'H'))
    ++j;
  else if (folded_is(t, j, U"giờ"))
    j += 3;
  else
    return 0;
  while (j < t.size() && t[j] == U' ') ++j;
  return run_at(t, j) == 2 && t[j] <= U'5' ? j + 2 : 0;
}

// The text with each span replaced by " ", as replaceAll(…, " ").
Text replaced(const Text& t, const std::vector<std::pair<std::size_t, std::size_t>>& spans) {
  Text out;
  std::size_t from = 0;
  for (auto [a, z] : spans) {
    out.append(t, from, a - from);
    out += U' ';
    from = z;
  }
  out.append(t, from, Text::npos);
  return out;
}

Text fold(const Text& t) {
  Text out = t;
  for (char32_t& c : out) c = folded_char(c);
  return out;
}

bool any_of_words(std::u32string_view w, std::initializer_list<std::u32string_view> words) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

// The runs of \w of a text, folded, with what stands between each and the next.
struct Run {
  std::u32string_view word;
  std::u32string_view gap;  // up to the next run
};
std::vector<Run> runs_of(const Text& folded) {
  std::vector<Run> out;
  std::size_t i = 0;
  while (i < folded.size() && !word_char(folded[i])) ++i;
  while (i < folded.size()) {
    std::size_t e = i;
    while (e < folded.size() && word_char(folded[e])) ++e;
    std::size_t g = e;
    while (g < folded.size() && !word_char(folded[g])) ++g;
    const std::u32string_view all(folded);
    out.push_back({all.substr(i, e - i), all.substr(e, g - e)});
    i = g;
  }
  return out;
}

bool all_spaces(std::u32string_view gap) {
  return !gap.empty() && gap.find_first_not_of(U' ') == std::u32string_view::npos;
}

// weekday_rx, then date_word_rx, then whether a \w but "_" is left: each of their ways is one
// run of \w or two with only white space between (\b at both ends), so a match is whole runs,
// found left to right.
bool only_date_words(const Text& folded) {
  const std::vector<Run> runs = runs_of(folded);
  std::vector<bool> gone(runs.size(), false);
  auto pair_at = [&](std::size_t r, std::u32string_view a, std::u32string_view b, bool one) {
    return r + 1 < runs.size() && !gone[r + 1] && runs[r].word == a &&
           (one ? runs[r].gap == U" " : all_spaces(runs[r].gap)) && runs[r + 1].word == b;
  };
  // \b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|CN)\b
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (r + 1 < runs.size() && runs[r].word == U"thứ" && all_spaces(runs[r].gap) &&
        any_of_words(runs[r + 1].word, {U"hai", U"ba", U"tư", U"năm", U"sáu", U"bảy", U"2", U"3",
                                        U"4", U"5", U"6", U"7"})) {
      gone[r] = gone[r + 1] = true;
      ++r;
    } else if (pair_at(r, U"chủ", U"nhật", false)) {
      gone[r] = gone[r + 1] = true;
      ++r;
    } else if (runs[r].word == U"cn") {
      gone[r] = true;
    }
  }
  // \b(?:cập nhật|ngày|đăng|lúc|giờ|gmt|am|pm|update[d]?|posted|thời gian|xuất bản|\d+)\b; a
  // run a weekday took is a " " now, which joins no two runs by one space
  for (std::size_t r = 0; r < runs.size(); ++r) {
    if (gone[r]) continue;
    const std::u32string_view w = runs[r].word;
    if (pair_at(r, U"cập", U"nhật", true) || pair_at(r, U"thời", U"gian", true) ||
        pair_at(r, U"xuất", U"bản", true)) {
      gone[r] = gone[r + 1] = true;
      ++r;
    } else if (any_of_words(w, {U"ngày", U"đăng", U"lúc", U"giờ", U"gmt", U"am", U"pm", U"update",
                                U"updated", U"posted"}) ||
               std::all_of(w.begin(), w.end(), digit)) {
      gone[r] = true;
    }
  }
  return std::all_of(gone.begin(), gone.end(), [](bool g) { return g; });
}

// The line's code points, if every one is plain.
std::optional<Text> plain_text(std::string_view line) {
  Text t;
  t.reserve(line.size());
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = utf8::next(line, i);
    if (!plain(c)) return std::nullopt;
    t += c;
  }
  return t;
}

// Whether the runs from r on are `words` with one " " between each, the line's opening at r.
bool runs_are(const std::vector<Run>& runs, std::size_t r,
              std::initializer_list<std::u32string_view> words) {
  std::size_t k = 0;
  for (std::u32string_view w : words) {
    if (r >= runs.size() || runs[r].word != w) return false;
    if (++k < words.size() && runs[r].gap != U" ") return false;
    ++r;
  }
  return true;
}

// The last run of `words` opening the line is followed by white space (" ").
bool opens_then_space(const std::vector<Run>& runs,
                      std::initializer_list<std::u32string_view> words) {
  const std::size_t last = words.size() - 1;
  return runs_are(runs, 0, words) && !runs[last].gap.empty() && runs[last].gap[0] == U' ';
}

}  // namespace

std::optional<PlainWords> plain_words(std::string_view line) {
  std::optional<Text> t = plain_text(line);
  if (!t) return std::nullopt;
  const Text folded = fold(*t);
  const std::vector<Run> runs = runs_of(folded);
  const bool opens_with_word = !t->empty() && word_char((*t)[0]);
  PlainWords out;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const std::u32string_view w = runs[r].word;
    const bool spaced = r + 1 < runs.size() && all_spaces(runs[r].gap);
    // weekday_rx: \b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|CN)\b
    out.weekday = out.weekday || w == U"cn" ||
                  (spaced && w == U"thứ" &&
                   any_of_words(runs[r + 1].word, {U"hai", U"ba", U"tư", U"năm", U"sáu", U"bảy",
                                                   U"2", U"3", U"4", U"5", U"6", U"7"})) ||
                  (spaced && w == U"chủ" && runs[r + 1].word == U"nhật");
    // da_rx: \b(?:đã|đang|sẽ|được)\s
    out.da = out.da || (any_of_words(w, {U"đã", U"đang", U"sẽ", U"được"}) && !runs[r].gap.empty() &&
                        runs[r].gap[0] == U' ');
  }
  if (opens_with_word) {
    // opener_rx: ^(?:sáng|chiều|…|năm \d{4})\b, each way whole runs one " " apart
    for (auto words : std::initializer_list<std::initializer_list<std::u32string_view>>{
             {U"sáng"},
             {U"chiều"},
             {U"tối"},
             {U"trưa"},
             {U"ngày"},
             {U"trong"},
             {U"vừa", U"qua"},
             {U"căn", U"cứ"},
             {U"thực", U"hiện"},
             {U"nhằm"},
             {U"được"},
             {U"với"},
             {U"qua"},
             {U"hôm", U"nay"},
             {U"sáng", U"nay"},
             {U"chiều", U"nay"},
             {U"từ", U"ngày"},
             {U"sau"},
             {U"tại"},
             {U"để"},
             {U"nhân", U"dịp"},
             {U"thời", U"gian", U"qua"},
             {U"những", U"năm", U"qua"}})
      out.opener = out.opener || runs_are(runs, 0, words);
    out.opener = out.opener || (runs.size() > 1 && runs[0].word == U"năm" && runs[0].gap == U" " &&
                                runs[1].word.size() == 4 &&
                                std::all_of(runs[1].word.begin(), runs[1].word.end(), digit));
    // honorific_rx: ^(?:đ/c|đc|đồng chí|ông|bà|các đồng chí|lãnh đạo)\s
    out.honorific = (runs.size() > 1 && runs[0].word == U"đ" && runs[0].gap == U"/" &&
                     runs[1].word == U"c" && !runs[1].gap.empty() && runs[1].gap[0] == U' ');
    for (auto words : std::initializer_list<std::initializer_list<std::u32string_view>>{
             {U"đc"},
             {U"đồng", U"chí"},
             {U"ông"},
             {U"bà"},
             {U"các", U"đồng", U"chí"},
             {U"lãnh", U"đạo"}})
      out.honorific = out.honorific || opens_then_space(runs, words);
  }
  // numbered_rx (case as written): ^(?:\d{1,2}[.)/]|[IVX]{1,4}[.)]|[-–+•*])\s
  const Text& u = *t;
  auto space_at = [&](std::size_t k) { return k < u.size() && u[k] == U' '; };
  const std::size_t n = run_at(u, 0);
  std::size_t roman = 0;
  while (roman < u.size() && (u[roman] == U'I' || u[roman] == U'V' || u[roman] == U'X')) ++roman;
  out.numbered =
      (n >= 1 && n <= 2 && n < u.size() && (u[n] == U'.' || u[n] == U')' || u[n] == U'/') &&
       space_at(n + 1)) ||
      (roman >= 1 && roman <= 4 && roman < u.size() && (u[roman] == U'.' || u[roman] == U')') &&
       space_at(roman + 1)) ||
      (!u.empty() && std::u32string_view(U"-–+•*").find(u[0]) != std::u32string_view::npos &&
       space_at(1));
  return out;
}

std::optional<PlainDates> plain_dates(std::string_view line) {
  std::optional<Text> plain = plain_text(line);
  if (!plain) return std::nullopt;
  const Text& t = *plain;
  PlainDates out;
  std::vector<DateMatch> found;
  const auto dates = matches(
      t,
      [&](std::size_t i) {
        const DateMatch d = date_at(t, i);
        if (d.end) found.push_back(d);
        return d.end;
      },
      true);
  out.date = !dates.empty();
  out.dates = valid_dates(found);
  out.short_date = short_date(t);
  out.time = !matches(t, [&](std::size_t i) { return time_at(t, i); }).empty();
  if (out.date || out.time) {
    // _date_only: date_rx, time_rx, weekday_rx and date_word_rx replaced in turn by " "
    const Text rest = replaced(t, dates);
    const Text left =
        replaced(rest, matches(rest, [&](std::size_t i) { return time_at(rest, i); }));
    out.date_only = only_date_words(fold(left));
  }
  return out;
}

}  // namespace tuyentap::title_patterns
