// A header line's title-likeness: see title_score.h for the features.
#include "article/title_score.h"

#include <algorithm>
#include <string>
#include <vector>

#include "article/by_line.h"
#include "article/byline.h"
#include "article/header_lines.h"
#include "article/header_topic.h"
#include "article/official_document.h"
#include "article/page_line.h"
#include "article/slogan.h"
#include "article/text_header.h"
#include "article/text_lines.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// An address among a title's words ("Ra mắt trang www.xa.gov.vn phiên bản mới") is the title's;
// one glued to a word (a logo's "TRANG TIN XÃhttps://…"), a link with a path ("…/logo.png"),
// one after a label's colon ("Liên hệ: ban@xa.gov.vn") or with at most two other words is the
// page's.
bool is_address_line(std::string_view s) {
  std::size_t at = std::string_view::npos;
  for (std::string_view mark : {"http://", "https://", "www.", "@"})
    at = std::min(at, s.find(mark));
  if (at == std::string_view::npos) return false;
  std::size_t start = s.rfind(' ', at);
  start = start == std::string_view::npos ? 0 : start + 1;
  if (at > start && s[at] != '@') return true;  // glued to the word before it
  std::size_t end = s.find(' ', at);
  std::string_view word = s.substr(at, end == std::string_view::npos ? end : end - at);
  std::size_t host = word.find("//") == std::string_view::npos ? 0 : word.find("//") + 2;
  if (word.find('/', host) != std::string_view::npos) return true;  // a page's or a file's link
  std::string rest = std::string(s.substr(0, start));
  if (end != std::string_view::npos) rest += s.substr(end);
  while (rest.ends_with(' ')) rest.pop_back();
  return rest.ends_with(':') || at_most_words(rest, 2);
}

// "htnndlllcc", "anh-dai-hoi.jpg", "https://…/logo.png", "ban@site.vn": a code, a file's name,
// an address; a title is words (one word with a capital, "Mẹ", "Xuân", may be one).
bool is_token_or_address(std::string_view s) {
  return looks_like_file_name(s) || is_address_line(s);
}

// Ends with a stop, a comma or a semicolon: a sentence's end ("?", "!" and "…" may end a
// title).
bool ends_with_stop(std::string_view s) {
  while (!s.empty() && std::string_view("\"')]»").find(s.back()) != std::string_view::npos)
    s.remove_suffix(1);
  if (s.ends_with("”") || s.ends_with("’")) s.remove_suffix(3);
  if (s.ends_with("...")) return false;
  return s.ends_with('.') || s.ends_with(',') || s.ends_with(';');
}

// "5/3/2025", "15-01", "5/3": a day and a month, perhaps a year, one separator.
bool is_numeric_day(std::string_view w) {
  std::size_t parts = 1;
  char sep = 0;
  bool digit_before = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      digit_before = true;
      continue;
    }
    if ((c != '/' && c != '-') || !digit_before || (sep != 0 && c != sep)) return false;
    sep = c;
    digit_before = false;
    ++parts;
  }
  return digit_before && parts >= 2 && parts <= 3;
}

// Ends with "?", closing quotes and brackets aside.
bool ends_with_question(std::string_view s) {
  while (!s.empty() && std::string_view("\"')]» ").find(s.back()) != std::string_view::npos)
    s.remove_suffix(1);
  if (s.ends_with("”") || s.ends_with("’")) s.remove_suffix(3);
  return s.ends_with('?');
}

}  // namespace

bool opens_with_dated_clause(std::string_view s) {
  for (std::string_view quote : {"\"", "“", "'"})
    if (s.starts_with(quote)) s.remove_prefix(quote.size());
  std::size_t comma = s.find(',');
  if (comma == std::string_view::npos) return false;
  std::string folded = fold_for_match(s.substr(0, comma));
  std::vector<std::string_view> words;
  each_word(folded, [&](std::string_view w) { words.push_back(w); });
  if (words.empty() || !is_numeric_day(words.back())) return false;
  words.pop_back();
  static constexpr std::string_view kBefore[] = {"ngay", "sang", "chieu", "toi", "trua", "dem"};
  for (std::string_view w : words)
    if (std::find(std::begin(kBefore), std::end(kBefore), w) == std::end(kBefore)) return false;
  return words.size() <= 2;
}

bool is_asked_question(std::string_view s) {
  constexpr std::size_t kMaxAskerWords = 6;
  if (!ends_with_question(s)) return false;
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos) return false;
  std::string label = fold_for_match(s.substr(0, colon));
  while (label.ends_with(' ')) label.pop_back();
  return (label == "hoi" || label.ends_with(" hoi")) && at_most_words(label, kMaxAskerWords + 1);
}

bool looks_like_file_name(std::string_view s) {
  if (s.empty() || s.find(' ') != std::string_view::npos || is_all_caps(s)) return false;
  if (s.find_first_of("._/0123456789") != std::string_view::npos) return true;
  for (char c : s)  // else ASCII letters in lower case and dashes only
    if (!((c >= 'a' && c <= 'z') || c == '-')) return false;
  return true;
}

bool names_page_chrome(std::string_view s) {
  return names_the_site(s) || is_slogan(s);
}

bool is_page_title(std::string_view s) {
  return is_title_like(s) && !at_most_words(s, 2) && !is_body_text(s) && !plainly_not_title(s) &&
         !names_page_chrome(s);
}

std::size_t best_title_under_date(std::span<const std::string_view> paras, std::size_t d) {
  constexpr std::size_t kWindow = 4;
  std::size_t end = d + 1;
  while (end < paras.size() && end <= d + kWindow && !is_body_text(paras[end])) ++end;
  std::size_t best = paras.size();
  int best_score = kNotTitle;
  for (std::size_t i = d + 1; i < end; ++i) {
    std::string_view p = paras[i];
    if (!is_title_like(p) || at_most_words(p, 2) || is_body_text(p)) continue;
    // "Trang chủ Tin tức <title>" over "<title>": the crumb run into the title, the title
    // printed again whole under it
    bool crumb_run_in = false;
    for (std::size_t j = i + 1; j < end; ++j)
      crumb_run_in = crumb_run_in || (paras[j].size() < p.size() && p.ends_with(paras[j]) &&
                                      !at_most_words(paras[j], 2));
    if (crumb_run_in) continue;
    TitleCandidate c{p, i + 1 < paras.size() && parse_date_line(paras[i + 1]).has_value()};
    if (int score = title_score(c); score != kNotTitle && score > best_score) {
      best = i;
      best_score = score;
    }
  }
  return best;
}

bool is_writer_line(std::string_view s) {
  return looks_like_capitals_byline(s) || looks_like_degree_led_byline(s) ||
         by_line_name(s).has_value() || opens_with_writer_credit(s) || looks_like_name(s);
}

bool plainly_not_title(std::string_view s) {
  while (s.ends_with(' ')) s.remove_suffix(1);
  return s.empty() || !has_letter_or_digit(s) || is_token_or_address(s) || s.ends_with(':') ||
         !at_most_words(s, kMaxTitleWords) || is_page_line(s) || is_breadcrumb(s) ||
         opens_with_part_number(s) || parse_date_line(s).has_value() || addresses_readers(s);
}

int title_score(const TitleCandidate& c) {
  std::string_view s = c.line;
  if (plainly_not_title(s)) return kNotTitle;
  bool capitals = is_all_caps(s);
  int score = 0;
  if (at_most_words(s, 2))
    score -= 1;
  else
    score += at_most_words(s, kUsualTitleWords) ? 2 : 1;
  if (capitals && !at_most_words(s, 2)) score += 1;
  if (!capitals && !c.over_date && ends_with_stop(s)) score -= 3;
  // a question of a title's length asks what the article answers: a title's shape, though a
  // sentence's end makes it body text by shape alone
  bool asks =
      ends_with_question(s) && at_most_words(s, kUsualTitleWords) && !stops_a_sentence_inside(s);
  if (!capitals && !c.over_date && is_body_text(s) && !asks) score -= 3;
  if (is_writer_line(s)) score -= 4;
  if (names_page_chrome(s)) score -= 6;
  if (c.printed_twice) score += 2;
  if (opens_with_dated_clause(s) || is_asked_question(s)) score -= 3;
  return score;
}

}  // namespace tuyentap
