// A date closing the title's line: see title_date.h.
#include "article/title_date.h"

#include <optional>
#include <string>

#include "article/text_lines.h"
#include "text/date_line.h"
#include "text/normalize.h"

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

// "… giám sát bệnh do vi rút Zika 28/01/2016" (real-eval96/vncdc-1): a date in the form a CMS
// stamps, its day and month in two digits each, closing the title's line after a word of the
// title (not "từ", "đến", "trước", "sau", "vào", "năm", "tháng" nor a dash, which make it the
// title's own: "… hoàn thành trước 30/06/2024"), the title before it at least six words. Not an
// occasion's day: a year before the web's (1995: "… Chiến thắng Điện Biên Phủ 07/05/1954"), nor
// after a title that marks a day ("kỷ niệm", "chào mừng", "ngày", "lễ" among its words, the
// last word too: "Kỷ niệm ngày 30/04/1975", "Thông báo nghỉ lễ kỷ niệm ngày Quốc khánh
// 02/09/2023", the review's). Where it starts, or nullopt.
std::optional<std::size_t> stamped_date_at_end(std::string_view line) {
  constexpr std::size_t kStamp = 10, kMinTitleWords = 6;  // "28/01/2016"
  if (line.size() <= kStamp + 1 || line[line.size() - kStamp - 1] != ' ') return std::nullopt;
  const std::string_view stamp = line.substr(line.size() - kStamp);
  for (std::size_t i = 0; i < kStamp; ++i)
    if ((i == 2 || i == 5) ? stamp[i] != '/' : !(stamp[i] >= '0' && stamp[i] <= '9'))
      return std::nullopt;
  constexpr std::string_view kFirstWebYear = "1995";  // four digits: compared as text
  if (stamp.substr(6) < kFirstWebYear) return std::nullopt;
  std::string_view title = line.substr(0, line.size() - kStamp - 1);
  while (title.ends_with(' ')) title.remove_suffix(1);
  if (at_most_words(title, kMinTitleWords - 1)) return std::nullopt;
  // the title's words folded once, a space on each side: its last word and its marks of a day
  const std::string words = " " + fold_for_match(title) + " ";
  std::string_view before = std::string_view(words).substr(0, words.size() - 1);
  before.remove_prefix(before.rfind(' ') + 1);
  static constexpr std::string_view kDatePhrase[] = {"tu",  "den",   "truoc", "sau", "vao",
                                                     "nam", "thang", "-",     "–"};
  for (std::string_view w : kDatePhrase)
    if (before == w) return std::nullopt;
  if (before.empty() || (before.back() >= '0' && before.back() <= '9')) return std::nullopt;
  for (std::string_view marks : {" ky niem ", " ki niem ", " chao mung ", " ngay ", " le "})
    if (words.find(marks) != std::string::npos) return std::nullopt;
  return line.size() - kStamp - 1;
}

// The date closing the title's line by one of the shapes above, and the title without it.
struct TitleLineDate {
  DateTime when;
  std::string_view title;
};
std::optional<TitleLineDate> date_on_title_line(std::string_view line) {
  auto trim = [](std::string_view t) {
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    return t;
  };
  std::optional<DateTime> when;
  std::string_view title;
  if (auto cut = labelled_date_at_end(line)) {
    when = parse_date_line(line.substr(*cut + 1));
    title = trim(line.substr(0, *cut));
  } else if (auto stamp = stamped_date_at_end(line)) {
    when = parse_date_line(line.substr(*stamp + 1));
    title = trim(line.substr(0, *stamp));
  } else {
    if (line.empty() || (line.back() != ')' && line.back() != ']')) return std::nullopt;
    char open = line.back() == ')' ? '(' : '[';
    std::size_t at = line.rfind(open);
    if (at == std::string_view::npos || at == 0 || line[at - 1] != ' ') return std::nullopt;
    when = parse_date_line(line.substr(at + 1, line.size() - at - 2));
    title = trim(line.substr(0, at - 1));
    if (std::size_t sp = title.rfind(' '); when && sp != std::string_view::npos) {
      auto bare = parse_date_line(title.substr(sp + 1));
      if (bare && bare->date == when->date) title = trim(title.substr(0, sp));
    }
  }
  if (!when || !is_title_like(title) || title.empty()) return std::nullopt;
  return TitleLineDate{*when, title};
}

}  // namespace

void date_closing_title(std::span<const std::string_view> paras, HeaderLayout& h) {
  if (!h.title_text.empty() || h.title >= paras.size()) return;
  // A date line over the title of a later day than the title's own ("Thứ tư, ngày 3 tháng 6
  // năm 2020 | 18:35:13" over "… Zika 28/01/2016"): the site's clock, the day the page was
  // served; the article's date is the one it printed on its title's line, and the clock the
  // header's chrome. Of the same day or an earlier one, the date line stays; a date line
  // anywhere else keeps the header's date, and the title's line is not read.
  const bool over_title = h.date != HeaderLayout::kNone && h.date < h.title;
  if (h.when && !over_title) return;
  const std::optional<TitleLineDate> own = date_on_title_line(paras[h.title]);
  if (!own || (h.when && !(own->when.date < h.when->date))) return;
  h.when = own->when;
  h.date = h.title;
  h.title_text = std::string(own->title);
}

}  // namespace tuyentap
