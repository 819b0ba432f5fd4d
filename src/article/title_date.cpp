// A date closing the title's line: see title_date.h.
#include "article/title_date.h"

#include <optional>

#include "article/text_lines.h"
#include "text/date_line.h"

namespace tuyentap {

namespace {

// A date line closing the title's line, after a plain space, that names itself: a label of at
// least two words before the date, opening with a capital as a label does ("Ngày cập nhật
// 02/02/2023", "Cập nhật: 02/02/2023", in the words the date line's parser knows). A date
// after a lone "ngày", after words of the title's sentence ("… vào ngày 15/3/2023") or a bare
// one is the title's own ("Kỷ niệm ngày 30/4/1975", "… hoàn thành trước 30/6/2024").
std::optional<std::size_t> labelled_date_at_end(std::string_view line) {
  constexpr int kMaxDateWords = 6;
  std::optional<std::size_t> longest;  // "Ngày cập nhật …" rather than "cập nhật …"
  std::size_t at = line.size();
  for (int words = 0; words < kMaxDateWords; ++words) {
    at = line.rfind(' ', at - 1);
    if (at == std::string_view::npos || at == 0) break;
    std::string_view part = line.substr(at + 1);
    if (!starts_with_upper(part) || !parse_date_line(part)) continue;
    std::size_t digit = part.find_first_of("0123456789");
    if (digit != std::string_view::npos && !at_most_words(part.substr(0, digit), 1)) longest = at;
  }
  return longest;
}

}  // namespace

void date_closing_title(std::span<const std::string_view> paras, HeaderLayout& h) {
  if (h.when || !h.title_text.empty() || h.title >= paras.size()) return;
  std::string_view line = paras[h.title];
  auto trim = [](std::string_view t) {
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    return t;
  };
  std::optional<DateTime> when;
  std::string_view title;
  if (auto cut = labelled_date_at_end(line)) {
    when = parse_date_line(line.substr(*cut + 1));
    title = trim(line.substr(0, *cut));
  } else {
    if (line.empty() || (line.back() != ')' && line.back() != ']')) return;
    char open = line.back() == ')' ? '(' : '[';
    std::size_t at = line.rfind(open);
    if (at == std::string_view::npos || at == 0 || line[at - 1] != ' ') return;
    when = parse_date_line(line.substr(at + 1, line.size() - at - 2));
    title = trim(line.substr(0, at - 1));
    if (std::size_t sp = title.rfind(' '); when && sp != std::string_view::npos) {
      auto bare = parse_date_line(title.substr(sp + 1));
      if (bare && bare->date == when->date) title = trim(title.substr(0, sp));
    }
  }
  if (!when || !is_title_like(title) || title.empty()) return;
  h.when = when;
  h.date = h.title;
  h.title_text = std::string(title);
}

}  // namespace tuyentap
