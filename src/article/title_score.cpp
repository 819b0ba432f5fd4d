// A header line's title-likeness: see title_score.h for the features.
#include "article/title_score.h"

#include <string>

#include "article/by_line.h"
#include "article/byline.h"
#include "article/header_lines.h"
#include "article/page_widgets.h"
#include "article/slogan.h"
#include "article/text_header.h"
#include "article/text_lines.h"
#include "text/date.h"

namespace tuyentap {

namespace {

constexpr std::size_t kUsualTitleWords = 30;
constexpr std::size_t kMaxTitleWords = 60;

// "htnndlllcc", "anh-dai-hoi.jpg", "https://…/logo.png", "ban@site.vn": a code, a file's name,
// an address; a title is words.
bool is_token_or_address(std::string_view s) {
  if (s.find(' ') == std::string_view::npos && !is_all_caps(s)) return true;
  return s.find("http://") != s.npos || s.find("https://") != s.npos || s.find("www.") != s.npos ||
         s.find('@') != s.npos;
}

// "Trang chủ > Tin tức", "Trang chủ | Liên hệ", "• Video", "Hotline: 0912…", "Lượt xem: 42",
// "Banner", "Báo Phú Lâm": the page's own lines.
bool is_page_line(std::string_view s) {
  return is_menu_item(s) || is_menu_bar(s) || is_breadcrumb(s) || is_phone_line(s) ||
         is_counters(s) || is_page_widget_line(s) || is_counts_row(s) || is_page_part_name(s) ||
         names_the_site(s);
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

}  // namespace

bool is_writer_line(std::string_view s) {
  return looks_like_capitals_byline(s) || looks_like_degree_led_byline(s) ||
         by_line_name(s).has_value();
}

bool plainly_not_title(std::string_view s) {
  while (s.ends_with(' ')) s.remove_suffix(1);
  return s.empty() || !has_letter_or_digit(s) || is_token_or_address(s) || s.ends_with(':') ||
         !at_most_words(s, kMaxTitleWords) || is_slogan(s) || is_page_line(s) ||
         opens_with_part_number(s) || parse_date_line(s).has_value();
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
  if (!capitals && !c.over_date && is_body_text(s)) score -= 3;
  if (is_writer_line(s)) score -= 4;
  if (c.printed_twice) score += 2;
  return score;
}

std::size_t best_title_line(std::span<const std::string_view> paras, std::size_t from,
                            std::size_t to, const std::vector<bool>& twice) {
  std::size_t best = to;
  int best_score = kNotTitle;
  for (std::size_t i = from; i < to && i < paras.size(); ++i) {
    TitleCandidate c{paras[i], i + 1 < paras.size() && parse_date_line(paras[i + 1]).has_value(),
                     (i < twice.size() && twice[i]) || (i >= 1 && paras[i - 1] == paras[i])};
    int score = title_score(c);
    if (score == kNotTitle || score < best_score) continue;
    best = i;
    best_score = score;
  }
  return best;
}

std::size_t whole_of_broken_title(std::span<const std::string_view> paras, std::size_t t) {
  constexpr std::size_t kMaxBack = 3;
  if (t < 2 || t >= paras.size()) return t;
  auto without_spaces = [](std::string_view a, std::string_view b) {
    std::string out;
    for (std::string_view part : {a, b})
      for (char c : part)
        if (c != ' ') out += c;
    return out;
  };
  std::string halves = without_spaces(paras[t - 1], paras[t]);
  for (std::size_t back = 2; back <= kMaxBack && back <= t; ++back)
    if (without_spaces(paras[t - back], {}) == halves && is_title_like(paras[t - back]))
      return t - back;
  return t;
}

}  // namespace tuyentap
