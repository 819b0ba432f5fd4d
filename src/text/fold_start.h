// A bound asked before fold_for_match: whether a line's key may start with one of a few
// letters. Rules that compare a line's key with a few fixed openings ask it first, so that
// most lines of a page are passed over without being folded.
#pragma once

#include <string_view>

namespace tuyentap {

// false only when fold_for_match(line) surely does not start with any of `starts` (ASCII
// letters in lower case or digits): the line's first byte past ASCII white space is ASCII and,
// in lower case, none of them (an ASCII byte folds to its lower case, and white space before
// it to nothing or a space). true for a line that starts beyond ASCII, which is then folded.
inline bool key_may_start_with(std::string_view line, std::string_view starts) {
  std::size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || (line[i] >= '\t' && line[i] <= '\r'))) ++i;
  if (i == line.size()) return true;
  const auto c = static_cast<unsigned char>(line[i]);
  if (c >= 0x80) return true;
  const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  return starts.find(lower) != std::string_view::npos;
}

}  // namespace tuyentap
