// Initials typed in title case: see byline_initials.h.
#include "article/byline_initials.h"

#include <algorithm>
#include <cctype>

#include "article/byline.h"

namespace tuyentap {

bool is_vowelless_initials(std::string_view word) {
  constexpr std::size_t kFewest = 2, kMost = 4;  // "Tq" … "Hnvt"
  return word.size() >= kFewest && word.size() <= kMost &&
         std::all_of(word.begin(), word.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }) &&
         word.find_first_of("aeiouyAEIOUY") == std::string_view::npos;
}

}  // namespace tuyentap

namespace tuyentap {

std::string_view name_without_degrees(std::string_view byline) {
  auto separator = [](std::string_view s) -> std::size_t {  // its bytes, 0 when none opens `s`
    if (!s.empty() && std::string_view(" -,.").find(s[0]) != std::string_view::npos) return 1;
    for (std::string_view dash : {"–", "—"})
      if (s.starts_with(dash)) return dash.size();
    return 0;
  };
  for (;;) {
    std::size_t end = 0;
    while (end < byline.size() && separator(byline.substr(end)) == 0) ++end;
    if (end == byline.size() || !is_degree_word(byline.substr(0, end))) return byline;
    std::size_t next = end;
    for (std::size_t n; next < byline.size() && (n = separator(byline.substr(next))) > 0;)
      next += n;
    if (next == byline.size()) return byline;
    byline.remove_prefix(next);
  }
}

}  // namespace tuyentap
