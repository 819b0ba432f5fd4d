// ASCII case for names that are ASCII by rule: file extensions, HTML's tag and attribute
// values, charsets, host names. Text in Vietnamese is folded by text/normalize.h instead.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// '0' to '9' (digits in other scripts are not the counts, years and units this is asked of).
constexpr bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

// 'a' to 'z' and 'A' to 'Z' (what a machine-made name is spelt in: a file's, a widget's label).
constexpr bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// An ASCII letter in lower case, any other byte as it is: the one rule of the loops that
// lower-case while they filter or fold (book/match.cpp, book/abbrev.cpp, text/decode.cpp,
// text/normalize.cpp).
constexpr char lower_ascii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// `s` without the spaces (' ' only) that open and close it.
constexpr std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// ASCII letters in lower case, other bytes (UTF-8 included) as they are.
inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = lower_ascii(c);
  return out;
}

}  // namespace tuyentap
