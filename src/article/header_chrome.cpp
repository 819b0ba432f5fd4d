// Another site's boxes over the header: see header_chrome.h.
#include "article/header_chrome.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "article/page_widgets.h"
#include "article/poll_widget.h"
#include "article/text_lines.h"
#include "article/title_score.h"
#include "article/verse.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxBoxLines = 40;  // a bounded look from each line of the header

// The next line of text after lines[i], or lines.size().
std::size_t next_text(const std::vector<std::string>& lines, std::size_t i) {
  for (++i; i < lines.size(); ++i)
    if (!lines[i].empty()) return i;
  return lines.size();
}

// The first `n` words of s, as written ("" when it has fewer).
std::string_view opening_words(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t w = 0; w < n; ++w) {
    while (i < s.size() && s[i] == ' ') ++i;
    if (i == s.size()) return {};
    while (i < s.size() && s[i] != ' ') ++i;
  }
  return s.substr(0, i);
}

// One line is the other, or the other with more after it: the page's <title> line over its
// heading ("<title> - Báo X" over "<title>"), which a caption under it may open like.
bool copies(std::string_view a, std::string_view b) {
  if (a.size() < b.size()) std::swap(a, b);
  return a.starts_with(b) && (a.size() == b.size() || a[b.size()] == ' ');
}

// A box of link titles from `at`, or `at`. `*run_end`: the line after the lines that open as
// lines[at] does (a run too short for a box: every line of it starts a shorter one).
std::size_t link_box_end(const std::vector<std::string>& lines, std::size_t at,
                         std::size_t* run_end) {
  constexpr std::size_t kOpening = 3, kMinLinks = 3;
  *run_end = at + 1;
  std::string_view open = opening_words(lines[at], kOpening);
  std::size_t next = next_text(lines, at);
  // nearly every line is passed over here: the next line opens otherwise
  if (open.empty() || next >= lines.size() || opening_words(lines[next], kOpening) != open)
    return at;
  if (!at_most_words(lines[at], kUsualTitleWords) || is_body_text(lines[at])) return at;
  std::size_t links = 1, end = at + 1;
  for (std::size_t j = next; j < lines.size() && links < kMaxBoxLines; j = next_text(lines, j)) {
    if (opening_words(lines[j], kOpening) != open || copies(lines[j], lines[end - 1]) ||
        copies(lines[j], lines[at]) || !at_most_words(lines[j], kUsualTitleWords) ||
        is_body_text(lines[j]))
      break;
    ++links;
    end = j + 1;
  }
  *run_end = end;
  return links >= kMinLinks ? end : at;
}

bool is_menu_word_line(std::string_view s) {
  constexpr std::size_t kMaxItemWords = 5;  // "Sách nhà nước đặt hàng"
  return at_most_words(s, kMaxItemWords) && !ends_with_sentence_punct(s) &&
         s.find_first_of("0123456789") == std::string_view::npos;
}

// A menu from `at`, or `at`. `*run_end`: the line after the run of menu items from `at`.
std::size_t menu_end(const std::vector<std::string>& lines, std::size_t at, std::size_t* run_end) {
  constexpr std::size_t kMinItems = 5;
  std::size_t items = 0, end = at;
  int spaced = -1;  // the items stand with blank lines between (1) or without (0), all alike
  for (std::size_t j = at; j < lines.size() && items < kMaxBoxLines; j = next_text(lines, j)) {
    if (items > 0) {
      int gap = j > end ? 1 : 0;                // a blank line between this item and the last
      if (spaced >= 0 && gap != spaced) break;  // "Xây dựng Đảng" set apart: a kicker
      spaced = gap;
    }
    if (!is_menu_word_line(lines[j])) break;
    ++items;
    end = j + 1;
  }
  *run_end = end;
  // a poem's lines of five words ("Là một nhà dụng binh" / "Có tố chất thông minh" …,
  // real-eval50/nhamuong-1) are as short: a run of verse (verse.h) is the page's text, no menu
  return items >= kMinItems && !holds_verse(lines, at, end) ? end : at;
}

// Letters of Vietnamese's own are outside ASCII: a line of ASCII bytes alone has none.
bool bare_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Words of letters alone, at least `n` of them (a date, a code or an address is no word).
bool letter_words(std::string_view s, std::size_t n) {
  std::size_t words = 0;
  each_word(s, [&](std::string_view w) {
    bool letters = !w.empty();
    for (char c : w) letters = letters && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    words += letters;
  });
  return words >= n;
}

// The next line of body text after lines[i] is written with Vietnamese marks.
bool marked_body_under(const std::vector<std::string>& lines, std::size_t i) {
  for (std::size_t j = next_text(lines, i); j < lines.size(); j = next_text(lines, j))
    if (is_body_text(lines[j])) return !bare_ascii(lines[j]);
  return false;
}

std::size_t unmarked_line_end(const std::vector<std::string>& lines, std::size_t at) {
  constexpr std::size_t kMinWords = 4;
  const std::string& s = lines[at];
  if (!bare_ascii(s) || !letter_words(s, kMinWords) || is_body_text(s)) return at;
  return marked_body_under(lines, at) ? at + 1 : at;
}

// "24/04/2025", "Ngày 15/12/2019 04:59 AM": a day and a month, one or two digits each, parted
// by a date's separator ("2021-2025", "Số 11/2019" and a phone's "02123.852.033" hold none).
// A line that holds one stops the boxes under it (the site's clock may be that line); the
// date line's parser is not asked (it was 0.8 % of the ten-year scan's instructions here), so a
// title holding a day ("Kỷ niệm 19/5") stops them too, which only keeps lines.
bool may_hold_date(std::string_view s) {
  auto digits = [&](std::size_t from, int step) {
    std::size_t n = 0;
    for (auto k = static_cast<std::ptrdiff_t>(from);
         k >= 0 && k < static_cast<std::ptrdiff_t>(s.size()) && is_ascii_digit(s[k]); k += step)
      ++n;
    return n;
  };
  for (std::size_t i = 1; i + 1 < s.size(); ++i) {
    if (s[i] != '/' && s[i] != '-' && s[i] != '.') continue;
    std::size_t before = digits(i - 1, -1), after = digits(i + 1, 1);
    if (before >= 1 && before <= 2 && after >= 1 && after <= 2) return true;
  }
  return false;
}

// "Back", "« Back", "Quay lại trang trước": a link back to the list the page was opened from,
// printed over the title on some CMSs (a Liferay portlet's "Back" between the section and the
// title). No section is named so; a one-word section in English ("Multimedia") is kept, and a
// title "Trở về" (a poem's) too: only the English label and the Vietnamese one that says
// "the page before".
bool is_back_link(std::string_view s) {
  constexpr std::string_view kGuillemet = "«";
  for (bool more = true; more;) {
    more = s.starts_with('<') || s.starts_with(' ') || s.starts_with(kGuillemet);
    if (more) s.remove_prefix(s.starts_with(kGuillemet) ? kGuillemet.size() : 1);
  }
  const std::string key = fold_for_match(s);
  for (std::string_view label :
       {"back", "go back", "quay lai trang truoc", "tro ve trang truoc", "tro lai trang truoc"})
    if (key == label) return true;
  return false;
}

// The site's banner printed twice from `at` (its name over its slogan, once for wide screens and
// once for narrow ones: "Công ty Cổ phần Môi trường và Công trình Đô thị Huế" over "Vì môi
// trường xanh - sạch - đẹp", then both again; real-eval81/hepco-1): a run of two or three
// lines, each short and without a sentence's end, then the same run at once, blank lines aside.
// The line after the second run, or `at`. A page's hero box prints its article's kicker and
// title twice the same way (a review's probes: "VĂN HÓA" over the title, the site's name over
// it, the title over its date line, each twice), so a banner is told by what follows it: a
// title of its own under the second copy (a date line perhaps between), before any body text
// (the header's title is not among the repeated lines). A title printed twice is one line twice: a
// run of one is no banner.
std::size_t banner_twice_end(const std::vector<std::string>& lines, std::size_t at) {
  constexpr std::size_t kMinRun = 2, kMaxRun = 3, kMaxWords = 14, kTitleWithin = 3,
                        kStoppedTitleWords = 30;  // stopped_title.cpp's bound
  std::vector<std::size_t> text;                  // the next 2 * kMaxRun lines of text from `at`
  for (std::size_t i = at; i < lines.size() && text.size() < 2 * kMaxRun; i = next_text(lines, i))
    text.push_back(i);
  // a title under the second copy, a few lines down at most (a hotline, a menu's line between)
  auto title_follows = [&](std::size_t from) {
    std::size_t i = from;
    for (std::size_t looked = 0; looked < kTitleWithin && i < lines.size();
         ++looked, i = next_text(lines, i)) {
      if (lines[i].empty()) i = next_text(lines, i);
      if (i >= lines.size()) return false;
      if (may_hold_date(lines[i])) continue;  // the page's date line over its title
      // a title with its stop right over its date line (stopped_title.h: real-eval81/hepco-1),
      // which reads as body text by its stop
      const std::size_t next = next_text(lines, i);
      if (lines[i].ends_with('.') && !lines[i].ends_with("..") &&
          at_most_words(lines[i], kStoppedTitleWords) && next < lines.size() &&
          may_hold_date(lines[next]))
        return true;
      if (is_body_text(lines[i])) return false;
      if (is_page_title(lines[i])) return true;
    }
    return false;
  };
  for (std::size_t run = kMinRun; run <= kMaxRun && 2 * run <= text.size(); ++run) {
    bool same = true;
    for (std::size_t k = 0; k < run && same; ++k) {
      const std::string& line = lines[text[k]];
      same = line == lines[text[run + k]] && at_most_words(line, kMaxWords) &&
             !ends_with_sentence_punct(line) && !is_body_text(line) && !may_hold_date(line);
    }
    if (same && title_follows(text[2 * run - 1] + 1)) return text[2 * run - 1] + 1;
  }
  return at;
}

}  // namespace

HeaderChrome::Look HeaderChrome::look(std::size_t at) {
  if (at == looked_) return look_;
  Look l;
  l.dated = may_hold_date(lines_[at]);
  l.end = l.dated ? at : box_at(at);
  looked_ = at;
  look_ = l;
  return l;
}

// A box of the three first kinds, or a poll line or a counter box, at `at`. A run of lines
// opening alike, or of menu items, too short for a box from its first line is too short from
// each line after it too: those are not looked at again.
std::size_t HeaderChrome::box_at(std::size_t at) {
  std::size_t run_end = at;
  if (at >= short_links_end_) {
    if (std::size_t end = link_box_end(lines_, at, &run_end); end > at) return end;
    short_links_end_ = run_end;
  }
  if (at >= short_menu_end_) {
    if (std::size_t end = menu_end(lines_, at, &run_end); end > at) return end;
    short_menu_end_ = run_end;
  }
  if (std::size_t end = unmarked_line_end(lines_, at); end > at) return end;
  if (is_poll_line(lines_[at])) return at + 1;
  return counter_box_end(lines_, at);
}

// "Thăm dò ý kiến" over a poll, "Ấn phẩm sách" over its link titles, "Tìm kiếm  Tìm kiếm nâng
// cao" over "Ấn phẩm sách" over its links: a box's title over its box, or over another box's
// title (a side column of boxes), `depth` titles at most.
std::size_t HeaderChrome::titled_box_end(std::size_t at, int depth) {
  constexpr std::size_t kMaxBoxTitleWords = 6;
  constexpr std::size_t kMaxMastheadWords = 15;
  const std::string& s = lines_[at];
  if (depth == 0 || ends_with_sentence_punct(s) || !at_most_words(s, kMaxMastheadWords)) return at;
  std::size_t next = next_text(lines_, at);
  if (next >= lines_.size()) return at;
  Look n = look(next);
  if (n.dated) return at;
  // the site's name in capitals over its name in English
  if (is_all_caps(s) && unmarked_line_end(lines_, next) > next) return next + 1;
  // a box's title, or a row of its buttons ("Tìm kiếm | Tìm kiếm nâng cao": a search box)
  if (!at_most_words(s, kMaxBoxTitleWords) && button_labels(s) < 2) return at;
  std::size_t end = n.end;
  if (end == next) end = titled_box_end(next, depth - 1);
  return end > next ? end : at;
}

std::size_t HeaderChrome::box_end(std::size_t at) {
  constexpr int kMaxTitles = 2;
  if (at >= lines_.size() || lines_[at].empty()) return at;
  if (dated_) return counter_box_end(lines_, at);
  // a link, no box: the line over it is no box title (a section's name may stand there)
  if (is_back_link(lines_[at])) return at + 1;
  if (std::size_t end = banner_twice_end(lines_, at); end > at) return end;
  Look l = look(at);
  if (l.dated) {
    dated_ = true;
    return at;
  }
  return l.end > at ? l.end : titled_box_end(at, kMaxTitles);
}

}  // namespace tuyentap
