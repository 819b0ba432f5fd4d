// The quick range of a candidate's features (title_features.h title_feature_ranges): what a
// page's lines show without reading them letter by letter. Each feature of
// title_features.cpp is given here as the range its value must lie in, from the line's word
// count, length in bytes, last characters and three byte scans (an ASCII digit, a character
// that may be a digit, an ASCII lower-case letter), and the same of its neighbours. Most of a
// page's lines are body paragraphs whose range alone keeps them far under any threshold.
#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "article/text_lines.h"
#include "article/title_features.h"

namespace tuyentap {

namespace {

constexpr std::size_t kLong = kTitleLongWords;  // words of a body paragraph

// What the scans show of one line.
struct Quick {
  std::size_t words = 0, bytes = 0;
  bool ascii_digit = false;  // '0'-'9': has_digit, digit_share
  bool digit = false;        // may hold a \d (title_features.cpp may_hold_digit): any date
  bool lower = false;        // an ASCII lower-case letter: not all capitals
  bool stop = false;         // Shape::stop
};

bool ends_any(std::string_view s, std::initializer_list<std::string_view> ends) {
  return std::any_of(ends.begin(), ends.end(), [&](std::string_view e) { return s.ends_with(e); });
}

// Whether p[i] (a byte of a line of n bytes) may start a digit beyond ASCII: a lead byte of a
// character from U+0660 on but U+1E00-1EFF (E1 B8..BB) and U+2000-3FFF (E2, E3), as
// title_features.cpp may_hold_digit.
bool far_lead(const unsigned char* p, std::size_t n, std::size_t i) {
  const unsigned c = p[i];
  if (c < 0xD9 || c == 0xE2 || c == 0xE3) return false;
  return !(c == 0xE1 && i + 1 < n && p[i + 1] >= 0xB8 && p[i + 1] <= 0xBB);
}

Quick quick_of(std::string_view s) {
  Quick q;
  q.words = word_count(s);
  q.bytes = s.size();
  q.stop = ends_any(s, {".", "…", "!", "?"});
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time: ASCII digits, and the far leads: bytes from D9 up but E2, E3 and an E1
  // before B8..BB (Vietnamese's letters). The shifted load reads byte i + 16, so i + 17 <= n.
  const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9), three = _mm_set1_epi8(3),
                d9 = _mm_set1_epi8(static_cast<char>(0xD9)),
                e1 = _mm_set1_epi8(static_cast<char>(0xE1)),
                e2 = _mm_set1_epi8(static_cast<char>(0xE2)),
                e3 = _mm_set1_epi8(static_cast<char>(0xE3)),
                b8 = _mm_set1_epi8(static_cast<char>(0xB8));
  for (; i + 17 <= n && !(q.ascii_digit && q.digit); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + 1));
    const __m128i t = _mm_sub_epi8(x, zero);
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(t, nine), t)) != 0)
      q.ascii_digit = q.digit = true;
    const __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(x, d9), x);
    const __m128i u = _mm_sub_epi8(y, b8);
    const __m128i vietnamese =
        _mm_and_si128(_mm_cmpeq_epi8(x, e1), _mm_cmpeq_epi8(_mm_min_epu8(u, three), u));
    const __m128i near =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, e2), _mm_cmpeq_epi8(x, e3)), vietnamese);
    if (_mm_movemask_epi8(_mm_andnot_si128(near, high)) != 0) q.digit = true;
  }
#endif
  for (; i < n && !(q.ascii_digit && q.digit); ++i) {
    if (p[i] >= '0' && p[i] <= '9') q.ascii_digit = q.digit = true;
    if (far_lead(p, n, i)) q.digit = true;
  }
  // most lines show one in their first word
  for (std::size_t k = 0; k < n && !q.lower; ++k) q.lower = p[k] >= 'a' && p[k] <= 'z';
  return q;
}

double b(bool v) {
  return v ? 1.0 : 0.0;
}

}  // namespace

std::vector<TitleRange> title_feature_ranges(const TitlePage& page) {
  const std::size_t n = page.n, kept = page.lines.size();
  std::vector<Quick> q(kept);
  for (std::size_t k = 0; k < kept; ++k) q[k] = quick_of(page.lines[k]);
  std::vector<TitleRange> out(std::min(n, kTitleCandidates));
  for (std::size_t i = 0; i < out.size(); ++i) {
    const Quick& l = q[i];
    const std::string_view t = page.lines[i];
    TitleFeatures& lo = out[i].lo;
    TitleFeatures& hi = out[i].hi;
    std::size_t k = 0;
    auto put = [&](double v) { lo[k] = hi[k] = v, ++k; };
    auto range = [&](double a, double z) { lo[k] = a, hi[k] = z, ++k; };
    auto maybe = [&](bool may) { range(0.0, may ? 1.0 : 0.0); };
    const std::size_t w = l.words;
    const auto d = static_cast<std::ptrdiff_t>(page.first_long) - static_cast<std::ptrdiff_t>(i);
    const bool named = w <= 8;
    put_place_features(put, i, n, w);
    // chars_log: a code point is one to four bytes
    range(log1p_count((l.bytes + 3) / 4) / 7.0, log1p_count(l.bytes) / 7.0);
    maybe(true);      // caps_share
    maybe(!l.lower);  // all_caps
    // lower_start: an ASCII first character is one or not
    if (!t.empty() && static_cast<unsigned char>(t[0]) < 0x80)
      put(b(t[0] >= 'a' && t[0] <= 'z'));
    else
      maybe(true);
    put(b(ends_any(t, {".", "…"})));
    put(b(ends_any(t, {"?", "!"})));
    put(b(t.ends_with(":")));
    put(b(ends_any(t, {"\"", "”", "'"})));
    put(b(l.ascii_digit));
    maybe(l.ascii_digit);                        // digit_share
    for (int f = 0; f < 4; ++f) maybe(l.digit);  // n_dates, date, short_date, time
    maybe(true);                                 // weekday
    maybe(l.digit);                              // date_only
    maybe(l.digit);                              // date_short_line
    for (int f = 0; f < 9; ++f) maybe(true);     // linkish … url
    for (int f = 0; f < 4; ++f) maybe(named);    // name_shape, surname, name_x_end, name_x_head
    for (int f = 0; f < 5; ++f) maybe(true);     // the labels, has_anh_paren
    put(b(d == 1));
    put(b(d == 2));
    put(b(d >= 3 && d <= 5));
    put(b(d > 5));
    put(b(d < 0));
    put(b(d == 0));
    // first_mid: a mid line with no stop, and no such line above it with no digit (no date)
    bool mid_above = false;
    for (std::size_t j = 0; j < i && !mid_above; ++j)
      mid_above = q[j].words >= 4 && q[j].words < kLong && !q[j].stop && !q[j].digit;
    maybe(w >= 4 && w < kLong && !l.stop && !mid_above);
    put(b(page.printed[i] > 1));
    for (int f = 0; f < 7; ++f) maybe(true);  // opener … title_prefix
    maybe(named);                             // name_then_more
    maybe(l.digit);                           // first_date_line
    maybe(l.digit);                           // date_rank_later
    for (std::ptrdiff_t j :
         {static_cast<std::ptrdiff_t>(i) - 1, static_cast<std::ptrdiff_t>(i) + 1}) {
      const bool in = j >= 0 && j < static_cast<std::ptrdiff_t>(n);
      const Quick o = in ? q[static_cast<std::size_t>(j)] : Quick{};
      put(b(in && o.words <= 3));
      put(b(in && o.words >= 4 && o.words < kLong));
      put(b(in && o.words >= kLong));
      maybe(in && o.digit);       // date
      maybe(in && o.digit);       // dateonly
      maybe(in && o.words <= 8);  // name
      maybe(in && !o.lower);      // caps
      put(b(in && o.stop));
      put(b(!in));
    }
  }
  return out;
}

namespace {

// A page's line is folded, so " " is its only white space (\s): a date needs a digit, then
// [-/.] and a digit, or " " and a digit or "t" (tháng); a short date a digit, " "?, [/-]; a
// time a digit, " "?, then ":", "h" or "g" (giờ); a weekday "thứ", "chủ" or "cn"; _date_only a
// date or time, and no letter of f j k q v w z (in no date word). Any case.
using Marks = TitleLineMarks;

// The bytes marks_of stops at: ASCII digits, the first letters of "thứ", "chủ" and "cn", the
// letters no date word holds, and the lead bytes a digit of another script may have.
enum : unsigned char { kDigit = 1, kTC = 2, kOdd = 4, kLead = 8 };
constexpr std::array<unsigned char, 256> kByteKinds = [] {
  std::array<unsigned char, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  for (char c : std::string_view("tTcC")) t[static_cast<unsigned char>(c)] = kTC;
  for (char c : std::string_view("fjkqvwzFJKQVWZ")) t[static_cast<unsigned char>(c)] = kOdd;
  for (int c = 0xD9; c <= 0xFF; ++c)
    if (c != 0xE2 && c != 0xE3) t[c] = kLead;  // far_lead's, E1 but before B8..BB
  return t;
}();

Marks marks_of(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  auto at = [&](std::size_t k) -> unsigned { return k < n ? p[k] : 0u; };
  Marks m;
  bool far = false, odd_letter = false;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned kind = kByteKinds[p[i]];
    if (kind == 0) continue;
    if (kind == kLead) {
      far = far || far_lead(p, n, i);  // a digit of another script: any date may be there
    } else if (kind == kOdd) {
      odd_letter = true;
    } else if (kind == kTC) {
      const unsigned low = p[i] | 0x20, h = at(i + 1) | 0x20;
      if (h == 'h' && at(i + 2) == 0xE1 && at(i + 3) == 0xBB &&
          (low == 't' ? at(i + 4) == 0xA9 || at(i + 4) == 0xA8    // thứ
                      : at(i + 4) == 0xA7 || at(i + 4) == 0xA6))  // chủ
        m.weekday = true;
      if (low == 'c' && h == 'n') m.weekday = true;  // cn
    } else {
      const unsigned c1 = at(i + 1), c2 = at(i + 2);
      const bool d2 = c2 - '0' < 10u;
      if (((c1 == '-' || c1 == '/' || c1 == '.') && d2) ||
          (c1 == ' ' && (d2 || (c2 | 0x20) == 't')))
        m.date = true;
      const unsigned after = c1 == ' ' ? c2 : c1;
      if (after == '/' || after == '-') m.short_date = true;
      if (after == ':' || (after | 0x20) == 'h' || (after | 0x20) == 'g') m.time = true;
    }
  }
  if (far) m.date = m.short_date = m.time = m.weekday = true;
  m.date_only = (m.date || m.time) && !odd_letter;
  return m;
}

std::size_t feature_index(std::string_view name) {
  const auto& names = title_feature_names();
  return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

}  // namespace

void TitleRangeRefiner::refine(std::size_t i, std::vector<TitleRange>& ranges) {
  TitleRange& r = ranges[i];
  static const std::size_t n_dates = feature_index("n_dates"), date = feature_index("date"),
                           short_date = feature_index("short_date"),
                           weekday = feature_index("weekday"),
                           date_only = feature_index("date_only"),
                           short_line = feature_index("date_short_line"),
                           first_date = feature_index("first_date_line"),
                           later_date = feature_index("date_rank_later"),
                           prev_date = feature_index("prev_date"),
                           prev_only = feature_index("prev_dateonly"),
                           next_date = feature_index("next_date"),
                           next_only = feature_index("next_dateonly");
  if (marks_.size() < page_.lines.size()) marks_.resize(page_.lines.size());
  auto marks = [&](std::size_t j) -> const Marks& {
    if (!marks_[j]) marks_[j] = marks_of(page_.lines[j]);
    return *marks_[j];
  };
  auto none = [&](std::size_t k, bool may) {
    if (!may) r.hi[k] = std::min(r.hi[k], 0.0);
  };
  const Marks& m = marks(i);
  for (std::size_t k : {n_dates, date, short_line, first_date, later_date}) none(k, m.date);
  none(short_date, m.short_date);
  none(weekday, m.weekday);
  none(date_only, m.date_only);
  // a neighbour whose range says it holds no digit holds no date, and is not scanned
  auto neighbour = [&](std::size_t j, std::size_t to_date, std::size_t to_only) {
    const bool digitless = j < ranges.size() && ranges[j].hi[date] == 0.0;
    none(to_date, !digitless && marks(j).date);
    none(to_only, !digitless && marks(j).date_only);
  };
  if (i > 0) neighbour(i - 1, prev_date, prev_only);
  if (i + 1 < page_.lines.size() && i + 1 < page_.n) neighbour(i + 1, next_date, next_only);
}

}  // namespace tuyentap
