// Periods: the span of dates a book covers, as a clerk names it ("2019", "2019-Q1",
// "2019-01", or two dates). Bad input throws Error without a file; load_spec adds the
// file and line of the key it came from.
#include <charconv>
#include <string>
#include <string_view>

#include "base/error.h"
#include "book/spec.h"

namespace tuyentap {

namespace {

// Whole-string integer, or -1.
int parse_int(std::string_view s) {
  if (s.empty() || s.size() > 6) return -1;
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return -1;
  return v;
}

void check_year(int year, std::string_view what) {
  if (year < 1900 || year > 2200) {
    throw Error("the year in '" + std::string(what) + "' is not a plausible year", {}, 0,
                "write a four-digit year, e.g. 2019");
  }
}

}  // namespace

bool Period::contains(const Date& d) const {
  if (from && d < *from) return false;
  if (to && *to < d) return false;
  return true;
}

Period period_year(int year) {
  check_year(year, std::to_string(year));
  Period p;
  p.from = Date{year, 1, 1};
  p.to = Date{year, 12, 31};
  p.label = "Năm " + std::to_string(year);
  return p;
}

Period period_quarter(std::string_view spec) {
  // "2019-Q1"; a lower-case q is forgiven.
  int year = -1, q = -1;
  if (spec.size() == 7 && spec[4] == '-' && (spec[5] == 'Q' || spec[5] == 'q')) {
    year = parse_int(spec.substr(0, 4));
    q = parse_int(spec.substr(6, 1));
  }
  if (year < 0 || q < 1 || q > 4) {
    throw Error("'" + std::string(spec) + "' is not a quarter", {}, 0,
                "write the year, a dash, Q and the quarter number 1-4: \"2019-Q1\"");
  }
  check_year(year, spec);
  Period p;
  p.from = Date{year, (q - 1) * 3 + 1, 1};
  int last_month = q * 3;
  p.to = Date{year, last_month, (last_month == 6 || last_month == 9) ? 30 : 31};
  p.label = vi_quarter_title(year, q);
  return p;
}

Period period_month(std::string_view spec) {
  int year = -1, month = -1;
  if (spec.size() == 7 && spec[4] == '-') {
    year = parse_int(spec.substr(0, 4));
    month = parse_int(spec.substr(5, 2));
  }
  if (year < 0 || month < 1 || month > 12) {
    throw Error("'" + std::string(spec) + "' is not a month", {}, 0,
                "write the year, a dash and the two-digit month: \"2019-01\"");
  }
  check_year(year, spec);
  Period p;
  p.from = Date{year, month, 1};
  Date last{year, month, 31};
  while (!last.valid()) --last.day;  // 30, 29 (leap February) or 28
  p.to = last;
  p.label = vi_month_title(year, month);
  return p;
}

Period period_range(std::string_view from, std::string_view to) {
  Period p;
  auto parse = [](std::string_view s) -> std::optional<Date> {
    if (s.empty()) return std::nullopt;
    auto d = parse_iso_date(s);
    if (!d || !d->valid()) {
      throw Error("'" + std::string(s) + "' is not a date", {}, 0,
                  "write dates as year-month-day: \"2019-01-31\"");
    }
    return d;
  };
  p.from = parse(from);
  p.to = parse(to);
  if (p.from && p.to && *p.to < *p.from) {
    throw Error("the period is empty: it starts (" + p.from->iso() + ") after it ends (" +
                    p.to->iso() + ")",
                {}, 0, "swap 'from' and 'to', or correct one of them");
  }
  if (p.from && p.to) {
    p.label = vi_short_date(*p.from) + " – " + vi_short_date(*p.to);
  } else if (p.from) {
    p.label = "Từ " + vi_short_date(*p.from);
  } else if (p.to) {
    p.label = "Đến " + vi_short_date(*p.to);
  }
  return p;
}

}  // namespace tuyentap
