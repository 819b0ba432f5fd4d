// A title wrapped over two lines: see wrapped_title.h.
#include "article/wrapped_title.h"

#include <algorithm>
#include <string_view>

#include "article/byline.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxHeaderParagraphs = 40;
constexpr std::size_t kMaxHalfWords = 30;
constexpr std::size_t kMaxBracketWords = 6;
constexpr std::size_t kMinCapitalsWords = 6;
constexpr std::size_t kWordSlack = 8;        // code points: a word's length
constexpr std::size_t kTextParagraphs = 12;  // of the article's text, to find the words in

// For each paragraph of the first `count`, whether it starts on the line right after the
// previous paragraph's last line (no blank line between).
std::vector<bool> right_under(const std::vector<Paragraph>& paras,
                              const std::vector<std::string>& lines, std::size_t count) {
  std::vector<bool> out(count, false);
  std::size_t line = 0;
  for (std::size_t k = 0; k < count; ++k) {
    std::size_t first = std::string::npos;
    for (std::size_t n = 0; n < paras[k].lines && line < lines.size(); ++line) {
      if (lines[line].empty()) continue;
      if (first == std::string::npos) first = line;
      ++n;
    }
    if (first == std::string::npos) break;  // the lines and the paragraphs part: look no further
    out[k] = k > 0 && first > 0 && !lines[first - 1].empty();
  }
  return out;
}

// "- 2027", "– 14/10/2020)": a dash, then a digit.
bool opens_range(std::string_view second) {
  for (std::string_view dash : {"- ", "– ", "— ", "-", "–", "—"}) {
    if (!second.starts_with(dash)) continue;
    std::string_view rest = second.substr(dash.size());
    return !rest.empty() && rest.front() >= '0' && rest.front() <= '9';
  }
  return false;
}

bool opens_range_or_bracket(std::string_view second) {
  if (opens_range(second)) return true;
  if (!second.starts_with("(")) return false;
  return at_most_words(second, kMaxBracketWords) && second.find(':') == std::string_view::npos;
}

std::string_view last_words(std::string_view s, std::size_t n) {
  std::size_t at = s.size();
  for (std::size_t i = 0; i < n && at != std::string_view::npos && at > 0; ++i)
    at = s.rfind(' ', at - 1);
  return at == std::string_view::npos ? s : s.substr(at + 1);
}

std::string_view first_words(std::string_view s, std::size_t n) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; ++i) {
    at = s.find(' ', at + (i > 0));
    if (at == std::string_view::npos) return s;
  }
  return s.substr(0, at);
}

// Three words across the break (the first's last word, the second's first two; or the first's
// last two and the second's one word), folded, stand in one of the text's paragraphs.
bool retold(std::string_view first, std::string_view second, const std::vector<Paragraph>& paras,
            std::size_t from) {
  const bool one = at_most_words(second, 1);
  std::string across = std::string(last_words(first, one ? 2 : 1)) + " " +
                       std::string(first_words(second, one ? 1 : 2));
  const std::string key = " " + fold_for_match(across) + " ";
  for (std::size_t k = from; k < paras.size() && k < from + kTextParagraphs; ++k)
    if ((" " + fold_for_match(paras[k].text) + " ").find(key) != std::string::npos) return true;
  return false;
}

// The first half leaves its clause open: it ends with a comma, or with a word that governs the
// words after it and never ends a heading: a preposition, a conjunction, a quantifier before
// its noun ("… tại Lữ đoàn 167 trên" / "…", "Xây dựng trên" / "260 mô hình", "TỪ ĐẠI HỘI ĐẾN"
// reads as whole but "Nghệ An: TỪ" / "ĐẠI HỘI …" does not), or "nhiệm kỳ" with the term's years
// on the next line. Verbs that may end a heading ("Mùa xuân đã về", "Tết đã đến") are not
// among the words.
bool leaves_clause_open(std::string_view first, std::string_view second) {
  while (!first.empty() && first.back() == ' ') first.remove_suffix(1);
  if (first.ends_with(',')) return true;
  const std::string last = fold_exact(last_words(first, 1));
  for (std::string_view w :
       {"của",  "và",   "với",   "cho", "tại",   "trên",  "trong", "từ",   "theo",
        "giữa", "ở",    "thuộc", "các", "những", "nhân",  "dịp",   "cùng", "để",
        "vì",   "bằng", "hoặc",  "hay", "là",    "trước", "qua"})
    if (last == w) return true;
  const bool digit = !second.empty() && second.front() >= '0' && second.front() <= '9';
  return digit && fold_exact(last_words(first, 2)) == "nhiệm kỳ";
}

}  // namespace

void join_wrapped_title(std::vector<Paragraph>& paras, const std::vector<std::string>& lines) {
  // most pages set a blank line under every paragraph of their header: nothing to look at
  const std::vector<bool> under =
      right_under(paras, lines, std::min(paras.size(), kMaxHeaderParagraphs));
  if (std::find(under.begin(), under.end(), true) == under.end()) return;
  // the header: the paragraphs before the first of body text or a date line; a date line the
  // page prints over its title (the page's first lines) opens it, and the end of a range the
  // line above leaves open ("… (16/7/1987" / "- 16/7/2022)") is no date line
  std::size_t start = 0;
  while (start < under.size() && parse_date_line(paras[start].text)) ++start;
  std::size_t end = start;
  while (end < under.size() && !is_body_text(paras[end].text) &&
         (!parse_date_line(paras[end].text) ||
          (end > start && under[end] && opens_range(paras[end].text) &&
           !ends_with_sentence_punct(paras[end - 1].text))))
    ++end;
  if (end < start + 2) return;
  for (std::size_t k = end - 1; k > start; --k) {
    // under a date line printed over the title, only the title's place: the first paragraph
    // under it (the lines further down may be the sapo's, wrapped)
    if (!under[k] || (start > 0 && k != start + 1)) continue;
    const std::string& first = paras[k - 1].text;
    const std::string& second = paras[k].text;
    // a clause left open over a byline's credit is a title's end word that governs nothing
    // ("… Ngày Thế giới Bệnh nhân" / "Bài viết, hình: Hoài Bão": "nhân" is the patient's)
    const bool open = leaves_clause_open(first, second) && !opens_with_writer_credit(second);
    if ((ends_with_sentence_punct(first) && !open) || first.ends_with(':') ||
        parse_date_line(first) || !at_most_words(second, kMaxHalfWords) ||
        !at_most_words(first, kMaxHalfWords) || shows_photo(paras[k].photo))
      continue;
    // a box wraps a title so that its first line is the full one (a break at the middle leaves a
    // word more or less): a masthead in capitals over a longer title in capitals is no wrap; and
    // the title stands right over the date line or the text, a masthead in two lines at the
    // page's top does not
    const bool capitals = k + 1 == end && is_all_caps(first) && is_all_caps(second) &&
                          !at_most_words(first, kMinCapitalsWords - 1) &&
                          code_point_count(second) <= code_point_count(first) + kWordSlack;
    if (!opens_range_or_bracket(second) && !capitals && !open && !retold(first, second, paras, end))
      continue;
    paras[k - 1].text += ' ';
    paras[k - 1].text += second;
    paras[k - 1].lines += paras[k].lines;
    paras.erase(paras.begin() + static_cast<std::ptrdiff_t>(k));
    break;  // one title
  }
}

}  // namespace tuyentap
