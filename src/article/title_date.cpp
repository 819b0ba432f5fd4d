// A date in brackets at the end of a title: see title_date.h.
#include "article/title_date.h"

#include <string_view>

namespace tuyentap {

std::optional<DateTime> take_title_date(std::string& title) {
  constexpr std::size_t kMaxDateChars = 24;  // "(25/12/2017)", "(25-12-2017 15:20)"
  std::string_view t = title;
  while (t.ends_with(' ')) t.remove_suffix(1);
  if (!t.ends_with(')')) return std::nullopt;
  std::size_t open = t.rfind('(');
  if (open == std::string_view::npos || open == 0 || t[open - 1] != ' ' ||
      t.size() - open > kMaxDateChars)
    return std::nullopt;
  std::string_view inside = t.substr(open + 1, t.size() - open - 2);
  // a date line alone: one date, no second one after a dash (an anniversary's span)
  if (inside.find("–") != std::string_view::npos || inside.find(" - ") != inside.npos)
    return std::nullopt;
  std::optional<DateTime> when = parse_date_line(inside);
  if (!when) return std::nullopt;
  std::string_view rest = t.substr(0, open);
  while (rest.ends_with(' ')) rest.remove_suffix(1);
  title = std::string(rest);
  return when;
}

}  // namespace tuyentap
