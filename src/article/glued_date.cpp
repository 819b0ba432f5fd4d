// A date line glued to the text after it: see glued_date.h.
#include "article/glued_date.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include "article/byline.h"
#include "text/date_line.h"

namespace tuyentap {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The bytes a date line may end with before the glue (ends_date_line): a digit, the last
// letter of AM/PM/SA/CH, a closing bracket. A table, as every byte of a header's paragraphs
// is looked up.
constexpr std::array<bool, 256> kMayEndDateLine = [] {
  std::array<bool, 256> t{};
  for (char c = '0'; c <= '9'; ++c) t[static_cast<unsigned char>(c)] = true;
  for (char c : {'M', 'A', 'H', ')', ']'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

// What a date line may end with before the glue: a digit, the half of the day after a time,
// or the bracket closing its time zone or its date ("(GMT+7)", "[GMT+7]", "(21/03/2019)").
bool ends_date_line(std::string_view before) {
  if (before.empty()) return false;
  if (is_digit(before.back()) || before.back() == ')' || before.back() == ']') return true;
  if (before.size() < 3) return false;
  std::string_view mark = before.substr(before.size() - 2);
  char prior = before[before.size() - 3];
  return (mark == "AM" || mark == "PM" || mark == "SA" || mark == "CH") &&
         (prior == ' ' || is_digit(prior));
}

// The lead's agency in brackets opening the text glued after the date: "(HanoiTV) - Phát
// huy", "(ABO) Chiều 20-11", "[QĐND] Sáng". A capital first, at most two words and
// kMaxAgencyBytes inside (an agency's name, no remark), then a space or a dash and a capital:
// "(Thứ Năm), hội nghị" and "(thứ Năm) hội nghị" are the sentence's own.
bool opens_with_agency(std::string_view rest) {
  constexpr std::size_t kMaxAgencyBytes = 24;
  if (rest.size() < 4 || (rest[0] != '(' && rest[0] != '[')) return false;
  const std::size_t close = rest.find(rest[0] == '(' ? ')' : ']');
  if (close == std::string_view::npos || close < 2 || close > kMaxAgencyBytes) return false;
  std::string_view inside = rest.substr(1, close - 1);
  if (!starts_with_upper(inside) || std::count(inside.begin(), inside.end(), ' ') > 1) return false;
  std::string_view after = rest.substr(close + 1);
  std::size_t k = 0;
  bool apart = false;
  while (k < after.size()) {
    if (after[k] == ' ' || after[k] == '-') {
      ++k;
    } else if (after.substr(k).starts_with("–") || after.substr(k).starts_with("—")) {
      k += 3;  // both are three bytes in UTF-8
    } else {
      break;
    }
    apart = true;
  }
  return apart && starts_with_upper(after.substr(k));
}

// Whether the text glued after a date line opens as a paragraph does: a capital, and at least
// one more word; the same after a dash set apart ("- Ngày 28.5, UBND …": the lead's dash, as
// after an agency) or an opening quotation mark ("“Xây dựng …"); or the lead's agency in
// brackets.
bool opens_text(std::string_view rest) {
  if (starts_with_upper(rest)) return rest.find(' ') != std::string_view::npos;
  for (std::string_view mark : {"\"", "“", "- ", "– ", "— "}) {
    if (!rest.starts_with(mark)) continue;
    std::string_view after = rest.substr(mark.size());
    while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
    return starts_with_upper(after) && after.find(' ') != std::string_view::npos;
  }
  return opens_with_agency(rest);
}

// A date line after a section or a byline set apart from it by a separator ("Xã hội - Ngày
// đăng : 22:44, 04/12/2020", "PV - 10:56, 18/12/2020", "Thời sự | Thứ Ba, …"): the header's
// own line, which the header's readers cut again. A plain space is no separator here: "Kỷ
// niệm 1/9/2020 1:15:06 PM" is a title's words with a date in them.
bool set_apart_before(std::string_view text) {
  auto dated = split_date_line(text);
  if (!dated || !dated->rest_first || !text.starts_with(dated->rest)) return false;
  std::string_view between = text.substr(dated->rest.size());
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  for (std::string_view sep : {"-", "–", "—", "|", "•", "·"})
    if (between.starts_with(sep)) return true;
  return false;
}

// A writer's name before the date line, set apart from it by a plain space ("Phương Thúy
// 07/01/2019 09:40", "VĂN HÀO - TRẦN HỮU 30/04/2016 11:39", "D.Q 06:24, 01/02/2023"): the byline
// block a page prints over its sapo, a name then the time it was posted. The name's shape
// (byline.h looks_like_byline) sets it apart where no separator does; a title's words before a
// date ("Chi bộ kết nạp đảng viên 25/12/2012 10:03") have no name's shape.
bool byline_before(std::string_view text) {
  auto dated = split_date_line(text);
  return dated && dated->rest_first && text.starts_with(dated->rest) &&
         looks_like_byline(dated->rest);
}

// Whether `rest` reads as the lead's first paragraph: a capital first, a sentence's stop last,
// and at least kMinLeadWords words. A title or a section after a date line ends without a
// stop; a date and a few words are the header's own line (split_date_line).
bool reads_as_lead(std::string_view rest) {
  constexpr std::size_t kMinLeadWords = 8;
  while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
  if (!starts_with_upper(rest) || rest.empty()) return false;
  const bool stop =
      rest.back() == '.' || rest.back() == '!' || rest.back() == '?' || rest.ends_with("…");
  return stop && !at_most_words(rest, kMinLeadWords - 1);
}

}  // namespace

std::optional<std::size_t> leading_date_end(std::string_view p) {
  if (p.empty() || !is_digit(p.front())) return std::nullopt;
  std::optional<std::size_t> end;
  const std::size_t limit = std::min(p.size(), kMaxGluedDateBytes);
  for (std::size_t k = p.find(' '); k != std::string_view::npos && k < limit;
       k = p.find(' ', k + 1)) {
    if (k == 0 || !is_digit(p[k - 1])) continue;
    auto dt = parse_date_line(p.substr(0, k));
    if (!dt || !dt->time) continue;
    std::string_view rest = p.substr(k);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (reads_as_lead(rest)) end = p.size() - rest.size();
  }
  return end;
}

std::optional<std::size_t> glued_date_end(std::string_view p) {
  // The line may open with its label ("Ngày đăng: ") or weekday: the parser, not the first
  // byte, says whether the text before the glue is a date line. Only a digit then a capital
  // is looked at, which a paragraph of text seldom has.
  const std::size_t limit = std::min(p.size(), kMaxGluedDateBytes);
  for (std::size_t k = 1; k < limit; ++k) {
    // only after a digit, the last letter of AM/PM/SA/CH or a closing bracket
    // (ends_date_line): most bytes are passed over at once, as every header paragraph is
    // looked at
    if (!kMayEndDateLine[static_cast<unsigned char>(p[k - 1])]) continue;
    // what the text after the glue may open with (opens_text): an ASCII capital, a bracket,
    // a quotation mark or a dash, or a letter or mark beyond ASCII; a digit, a space, a lower
    // case letter or the inside of a code point is passed over at once
    const unsigned char c = static_cast<unsigned char>(p[k]);
    const bool may_open =
        (c >= 'A' && c <= 'Z') || c == '(' || c == '[' || c == '"' || c == '-' || c >= 0xC0;
    if (!may_open) continue;
    if (!ends_date_line(p.substr(0, k))) continue;
    if (!opens_text(p.substr(k))) continue;
    if (!parse_date_line(p.substr(0, k)) && !set_apart_before(p.substr(0, k)) &&
        !byline_before(p.substr(0, k)))
      continue;
    return k;
  }
  return std::nullopt;
}

void unglue_date_lines(std::vector<Paragraph>& paras, std::size_t header) {
  for (std::size_t i = 0; i < paras.size() && i < header; ++i) {
    auto end = glued_date_end(paras[i].text);
    // the page's first paragraph, or the first under a masthead's clock (head_clock.h)
    if (!end && (i == 0 || (i == 1 && bare_date_line(paras[0].text))))
      end = leading_date_end(paras[i].text);
    if (!end) continue;
    Paragraph text{paras[i].text.substr(*end), PhotoHint::None};
    paras[i].text.resize(*end);
    while (!paras[i].text.empty() && paras[i].text.back() == ' ') paras[i].text.pop_back();
    paras.insert(paras.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(text));
    ++i;
  }
}

void join_date_label(std::vector<Paragraph>& paras, std::size_t header) {
  constexpr std::size_t kMaxLabelWords = 4, kMaxLabelBytes = 40;
  for (std::size_t i = 0; i + 1 < paras.size() && i + 1 < header; ++i) {
    Paragraph& label = paras[i];
    const Paragraph& date = paras[i + 1];
    if (label.text.size() > kMaxLabelBytes || date.text.empty() || date.text[0] < '0' ||
        date.text[0] > '9' || label.text.find_first_of("0123456789") != std::string::npos ||
        !at_most_words(label.text, kMaxLabelWords) || shows_photo(date.photo) ||
        !parse_date_line(date.text))
      continue;
    // "Ngày đăng tin" over its date: a label of the site's own words reads as one with its
    // colon, which a label alone on its line may leave out
    std::string joined = label.text + " " + date.text;
    if (!parse_date_line(joined) && !label.text.ends_with(':'))
      joined = label.text + ": " + date.text;
    if (!parse_date_line(joined)) continue;
    label.text = std::move(joined);
    label.lines += date.lines;
    paras.erase(paras.begin() + static_cast<std::ptrdiff_t>(i + 1));
    return;
  }
}

}  // namespace tuyentap
