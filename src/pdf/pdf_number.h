// Short decimal numbers for content streams and PDF objects.
//
// A dense 7,000-page book writes tens of millions of numbers; iostreams (locale, flags) are
// far too slow for that, and "%g" gives exponents PDF does not allow. Numbers are rounded to
// a fixed number of decimals in integer arithmetic, trailing zeros dropped ("12", "0.5",
// "-3.25"), never "-0".
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>

namespace tuyentap::pdf {

// The value of v rounded to `decimals` places, as it will be written (for drift tracking).
inline double rounded(double v, int decimals) {
  static constexpr double kScale[] = {1, 10, 100, 1000, 10000};
  double s = kScale[decimals];
  return static_cast<double>(std::llround(v * s)) / s;
}

inline void append_number(std::string& out, double v, int decimals = 2) {
  static constexpr long long kScale[] = {1, 10, 100, 1000, 10000};
  long long scale = kScale[decimals];
  long long n = std::llround(v * static_cast<double>(scale));
  if (n < 0) {
    out.push_back('-');
    n = -n;
  }
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n / scale);
  out.append(buf, r.ptr);
  long long frac = n % scale;
  if (frac == 0) return;
  // Fraction digits with leading zeros kept and trailing zeros dropped.
  char digits[8];
  int len = decimals;
  for (int i = decimals - 1; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + frac % 10);
    frac /= 10;
  }
  while (len > 0 && digits[len - 1] == '0') --len;
  out.push_back('.');
  out.append(digits, static_cast<std::size_t>(len));
}

inline void append_int(std::string& out, long long v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

// Four upper-case hex digits: a glyph id as a 2-byte code in an Identity-H string.
inline void append_hex4(std::string& out, std::uint32_t v) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out.push_back(kHex[(v >> 12) & 15]);
  out.push_back(kHex[(v >> 8) & 15]);
  out.push_back(kHex[(v >> 4) & 15]);
  out.push_back(kHex[v & 15]);
}

}  // namespace tuyentap::pdf
