// Marks a line leaves open: see open_marks.h.
#include "article/open_marks.h"

#include <cstddef>

namespace tuyentap {

namespace {

std::size_t count_marks(std::string_view s, std::string_view mark) {
  std::size_t n = 0;
  for (std::size_t at = s.find(mark); at != std::string_view::npos; at = s.find(mark, at + 1)) ++n;
  return n;
}

}  // namespace

bool closes_open_quotation(std::string_view previous, std::string_view line) {
  constexpr std::string_view kOpen = "“", kClose = "”";
  return count_marks(previous, kOpen) > count_marks(previous, kClose) &&
         count_marks(line, kClose) > count_marks(line, kOpen);
}

bool closes_open_bracket(std::string_view previous, std::string_view line) {
  const std::string_view end = line.ends_with(").") ? line.substr(0, line.size() - 1) : line;
  return previous.starts_with('(') && count_marks(previous, "(") > count_marks(previous, ")") &&
         end.ends_with(')') && count_marks(line, ")") > count_marks(line, "(");
}

}  // namespace tuyentap
