// A date line glued to the text after it: see glued_date.h.
#include "article/glued_date.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "text/date_line.h"

namespace tuyentap {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// What a date line may end with before the glue: a digit, or the half of the day after a time.
bool ends_date_line(std::string_view before) {
  if (before.empty()) return false;
  if (is_digit(before.back())) return true;
  if (before.size() < 3) return false;
  std::string_view mark = before.substr(before.size() - 2);
  char prior = before[before.size() - 3];
  return (mark == "AM" || mark == "PM" || mark == "SA" || mark == "CH") &&
         (prior == ' ' || is_digit(prior));
}

}  // namespace

std::optional<std::size_t> glued_date_end(std::string_view p) {
  // The line may open with its label ("Ngày đăng: ") or weekday: the parser, not the first
  // byte, says whether the text before the glue is a date line. Only a digit then a capital
  // is looked at, which a paragraph of text seldom has.
  const std::size_t limit = std::min(p.size(), kMaxGluedDateBytes);
  for (std::size_t k = 1; k < limit; ++k) {
    // only after a digit or the last letter of AM/PM/SA/CH (ends_date_line): most bytes are
    // passed over at once, as every header paragraph is looked at
    const char b = p[k - 1];
    if (!is_digit(b) && b != 'M' && b != 'A' && b != 'H') continue;
    const unsigned char c = static_cast<unsigned char>(p[k]);
    if (c == ' ' || (c >= 0x80 && c < 0xC0)) continue;  // a space, or inside a code point
    if (!ends_date_line(p.substr(0, k))) continue;
    std::string_view rest = p.substr(k);
    if (!starts_with_upper(rest) || rest.find(' ') == std::string_view::npos) continue;
    if (!parse_date_line(p.substr(0, k))) continue;
    return k;
  }
  return std::nullopt;
}

void unglue_date_lines(std::vector<Paragraph>& paras, std::size_t header) {
  for (std::size_t i = 0; i < paras.size() && i < header; ++i) {
    auto end = glued_date_end(paras[i].text);
    if (!end) continue;
    Paragraph text{paras[i].text.substr(*end), PhotoHint::None};
    paras[i].text.resize(*end);
    paras.insert(paras.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(text));
    ++i;
  }
}

}  // namespace tuyentap
