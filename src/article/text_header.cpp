// Finding the header: see text_header.h for the two layouts.
#include "article/text_header.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "article/broken_title.h"
#include "article/by_line.h"
#include "article/byline.h"
#include "article/capitals_heading.h"
#include "article/date_echo.h"
#include "article/dated_paragraph.h"
#include "article/head_clock.h"
#include "article/header_lines.h"
#include "article/header_page_lines.h"
#include "article/header_shapes.h"
#include "article/header_topic.h"
#include "article/office_byline.h"
#include "article/page_line.h"
#include "article/run_in_title.h"
#include "article/schema_lines.h"
#include "article/slogan.h"
#include "article/stopped_title.h"
#include "article/tab_title.h"
#include "article/text_lines.h"
#include "article/title_date.h"
#include "article/title_score.h"
#include "article/untitled_label.h"
#include "article/verse.h"
#include "base/ascii.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxKickerWords = 12;
constexpr std::size_t kHeaderLines = 3;       // the archive's date line is at most the third
constexpr std::size_t kBodyAfterDate = 3;     // ... and its body text follows within three
constexpr std::size_t kMaxPageHeader = 300;   // a page's header is looked for this far
constexpr std::size_t kMaxTitleLookBack = 3;  // title-like paragraphs before the body text
constexpr std::size_t kNone = HeaderLayout::kNone;

// "<title>", "<title>", "Đảng Việt nAM", date line at d: a page that prints its title twice
// (a heading and the article's own), then its section just above the date. The line printed
// twice is the title and the short line under it the section, though a kicker usually stands
// above the title. `twice` marks the paragraphs printed twice that the reader kept once.
bool section_under_doubled_title(std::span<const std::string_view> paras,
                                 const std::vector<bool>& twice, std::size_t d) {
  if (d < 2) return false;
  std::size_t t = d - 2;
  bool doubled = (t >= 1 && paras[t - 1] == paras[t]) || (t < twice.size() && twice[t]);
  return doubled && is_page_title(paras[t]) && is_section_like(paras[d - 1]);
}

// Two lines of a title's shape (no final stop, not body text) at k and k + 1 right before
// the body text: the upper is the section or series they belong to and the lower the title,
// as pages print them (a sapo is a sentence).
bool kicker_then_title(std::span<const std::string_view> paras, std::size_t k) {
  if (k + 2 >= paras.size() || !is_body_text(paras[k + 2])) return false;
  // "Lễ giỗ lần thứ 153 …" over "LỄ GIỖ LẦN THỨ 153 …": the title printed again in capitals, as
  // a blog's post heading repeats it (real-eval67/gxucanxay-1), no section over a title
  if (fold_for_match(paras[k]) == fold_for_match(paras[k + 1])) return false;
  for (std::size_t i = k; i <= k + 1; ++i)
    if (!is_title_like(paras[i]) || ends_with_sentence_punct(paras[i]) || is_body_text(paras[i]))
      return false;
  return true;
}

// The page printed paragraph `k` twice (its heading and the article's own title) and not `next`
// under it: the doubled one is the title, whatever its shape beside the other's.
bool printed_twice_alone(const std::vector<bool>& twice, std::size_t k, std::size_t next) {
  return k < twice.size() && twice[k] && !(next < twice.size() && twice[next]);
}

// The archive's layout with a date line among the first three paragraphs.
// "<title>" / "<sapo>" / "<date line>" / "<the sapo again>": the line at s over the date line
// at d is printed again word for word right under it, as the body's first paragraph, and is a
// sentence: the page's summary (real-eval50/vnsteel-1), no title, which a page prints once; the
// title is the line over it.
bool sapo_over_date_printed_again(std::span<const std::string_view> paras, std::size_t s,
                                  std::size_t d) {
  return s >= 1 && s + 1 == d && d + 1 < paras.size() && is_body_text(paras[s]) &&
         trim_spaces(paras[s]) == trim_spaces(paras[d + 1]) && is_page_title(paras[s - 1]);
}

HeaderLayout archive_with_date(std::span<const std::string_view> paras,
                               const std::vector<bool>& twice, std::size_t d,
                               const std::optional<DateTime>& when) {
  HeaderLayout h;
  h.when = when;
  h.date = d;
  if (d == 2 && section_under_doubled_title(paras, twice, d)) {
    h.kicker = 1;
    h.topic = std::string(paras[1]);
    h.title = 0;
  } else if (d == 2 && is_counters(paras[1])) {
    h.title = 0;  // the title, its view counter ("Lượt xem: 422"), the date line
  } else if (d == 2 && (looks_like_degree_led_byline(paras[1]) || by_line_name(paras[1]))) {
    h.title = 0;  // the title, the writer ("PGS.TS NGUYỄN VĂN AN", "by Minh Anh"), the date line
    h.byline = 1;
  } else if (d == 2 && is_machine_timestamp(paras[2]) && looks_like_byline(paras[1])) {
    // a page's schema data (schema_lines.h): the headline, the author, the machine's time
    h.title = 0;
    h.byline = 1;
    h.title_over_date = ends_with_sentence_punct(paras[0]);
  } else if (d == 2 && is_section_list(paras[1]) && word_count(paras[1]) < word_count(paras[0])) {
    // the title, then the sections it is filed under ("Tin nổi bật, Người Việt tại Séc, CỘNG
    // ĐỒNG"), then the date line: a kicker stands over its title, a blog's list of sections
    // under it. The list is the template's (a box's name among the sections), no topic.
    h.title = 0;
  } else if (d == 2 && title_over_capitals_heading(paras[0], paras[1])) {
    h.title = 0;  // the title, the article's own heading in capitals, the date line
  } else if (d == 2 && sapo_over_date_printed_again(paras, 1, d)) {
    h.title = 0;  // the title, the summary, the date line, the summary again
  } else if (d == 2) {
    h.kicker = 0;
    h.topic = kicker_topic(paras[0]);
    h.title = 1;
  } else if (d == 1 && plainly_not_title(paras[0])) {
    h.first = 1;  // a logo's address where the title would be: the page shows no title
    h.no_title = true;
  } else if (d == 1) {
    h.title = 0;
    // a title written with a stop, right over the date line: the title all the same
    h.title_over_date = ends_with_sentence_punct(paras[0]);
  } else if (paras.size() >= 4 && plainly_not_title(paras[1]) && !is_body_text(paras[1]) &&
             is_page_title(paras[2])) {
    // the date line, a line plainly no title ("Hội nông dân:", a file's name), then the title;
    // not a paragraph of the text (a sentence, too long for a title): under the date line it
    // opens the body of a page that shows no title, and the short line under it is a photo's
    // caption ("Ảnh minh họa"), no title under the text
    h.first = 2;
    h.title = 2;
    h.body = 3;
    return h;
  } else if (kicker_then_title(paras, 1) && !plainly_not_title(paras[2]) &&
             !is_writer_line(paras[2]) && !printed_twice_alone(twice, 1, 2)) {
    h.kicker = 1;  // the date line, the section, the title
    h.topic = kicker_topic(paras[1]);
    h.title = 2;
    h.body = 3;
    return h;
  } else if (paras.size() >= 2) {  // the date line first, then the title
    h.title = 1;
    h.body = 2;
    // "HOÀI NGUYỆT" under the title: the writer's byline, not the body's first line
    if (paras.size() >= 4 && looks_like_capitals_byline(paras[2]) && !is_body_text(paras[2])) {
      h.byline = 2;
      h.body = 3;
    }
    return h;
  }
  h.body = d + 1;
  skip_counters_under_date(paras, h);
  return h;
}

// The archive's layout without a date line in the header.
HeaderLayout archive_without_date(std::span<const std::string_view> paras,
                                  const std::vector<bool>& twice) {
  HeaderLayout h;
  DoubledLine doubled = DoubledLine::Title;
  auto title_under = [&] {
    return paras.size() >= 3 && is_page_title(paras[1]) && !opens_with_dated_clause(paras[1]);
  };
  bool series = paras.size() >= 3 && opens_series_part(paras[1]) && is_title_like(paras[0]) &&
                !ends_with_sentence_punct(paras[0]);  // "<series>", "Bài 2: <title>"
  // a sapo whose final stop the page left out is no title, though it has a title's ending
  bool sapo_second =
      paras.size() >= 2 && is_body_text(paras[1]) && !ends_with_sentence_punct(paras[1]);
  if (!paras.empty() && opens_inside_article(paras[0])) {
    // "Trả lời:", "1. Tư tưởng …", "Về vai trò …", then the text: a copy that left the title
    // out; a heading under the first (a kicker's shape) is the header's too, not the lead
    h.body = paras.size() >= 3 && is_kicker_like(paras[1]) && !is_body_text(paras[1]) ? 2 : 1;
    h.first = h.body;
    h.no_title = true;
  } else if (!paras.empty() && opens_with_dated_clause(paras[0]) && !is_body_text(paras[0]) &&
             (title_under() || sapo_printed_again(paras))) {
    // "Ngày 5/3/2025, … đã tổ chức …" first, its stop left out: a report's first sentence, no
    // title. A title under it is the title, the line over it a banner ("“Ngày 23/5/2021, cử
    // tri cả nước đi bầu cử …”"); else the copy opens with its lead, printed again under it
    // (a title may open with its day too: "Ngày 3/2, toàn Đảng bộ tỉnh kỷ niệm …").
    h.no_title = !title_under();
    h.first = h.no_title ? 0 : 1;
    h.title = h.no_title ? HeaderLayout::kNone : 1;
    h.body = h.no_title ? 0 : 2;
  } else if (paras.size() >= 3 && !twice.empty() && twice[0] && is_page_title(paras[1]) &&
             is_body_text(paras[2]) && !upper_is_better_title(paras, {}, 0) &&
             !capitals_heading_under_title(paras[0], paras[1]) &&  // the title over its heading
             (doubled = doubled_line(paras)) != DoubledLine::Title) {
    // "<caption>" or "<section>" printed twice, "<title>", the body (header_shapes.h
    // doubled_line): the title is under it
    bool kicker = doubled == DoubledLine::Kicker;
    h.kicker = kicker ? 0 : HeaderLayout::kNone;
    h.topic = kicker ? kicker_topic(paras[0]) : std::string();
    h.first = h.title = 1;  // a caption's alt text and caption: the header's chrome
    h.body = 2;
  } else if (paras.size() >= 3 && by_line_name(paras[1])) {  // the title, "by Minh Anh", the body
    h.title = 0;
    h.byline = 1;
    h.body = 2;
  } else if (paras.size() >= 3 && is_title_like(paras[0]) && !is_page_line(paras[0]) &&
             is_page_line(paras[1]) && !is_menu_item(paras[1]) && !is_body_text(paras[1]) &&
             is_body_text(paras[2])) {
    // "<title>", "Đánh giá bài viết" (the page's own line: a tool, a counter), the body: the
    // page's line is the header's chrome, never a title under a kicker (a bulleted line there
    // is the body's first heading: archive_without_date's kicker rule keeps it)
    h.title = 0;
    h.body = 2;
  } else if (series || (paras.size() >= 3 && is_kicker_like(paras[0]) && is_title_like(paras[1]) &&
                        !sapo_second && !opens_with_bullet(paras[1]) &&  // the body's first heading
                        !is_quoted_saying(paras[1]) &&                   // a motto over the text
                        !opens_verse(paras, 1) &&  // a poem's first verse under its title
                        !looks_like_degree_led_byline(paras[1]) &&  // the writer under the title
                        !upper_is_better_title(paras, twice, 0) &&
                        !title_over_capitals_heading(paras[0], paras[1]))) {
    h.kicker = 0;
    h.topic = kicker_topic(paras[0]);
    h.title = 1;
    h.body = 2;
  } else if (paras.size() >= 2 && is_page_line(paras[0]) && !dashed_title(paras[0])) {
    h.first = h.body = 1;  // "Chi tiết - Sở Tư pháp", "Xuất bản thông tin" (the page's), the text
    h.no_title = true;
  } else if (!paras.empty()) {
    h.title = 0;
    h.body = 1;
    if (dashed_title(paras[0])) h.title_text = paras[0].substr(2);  // the dash is no part of it
  }
  return h;
}

// The topic of a page: a breadcrumb between the header chrome and the title, else the
// kicker-like paragraph just before the title. `topic` may already hold a section from the
// date line, which a breadcrumb overrides and a kicker-like line does not.
void find_page_topic(std::span<const std::string_view> paras, HeaderLayout& h,
                     std::size_t kicker_candidate) {
  for (std::size_t i = std::min({h.title, h.body, paras.size()}); i-- > 0;) {
    if (i == h.date) continue;
    if (is_breadcrumb(paras[i])) {
      h.kicker = i;
      h.topic = crumb_topic(paras[i], h.title < paras.size() ? paras[h.title] : h.title_text);
      return;
    }
  }
  if (!h.topic.empty() || kicker_candidate == kNone || kicker_candidate >= paras.size()) return;
  std::string_view k = paras[kicker_candidate];
  if (is_kicker_like(k) && !dated(k) && !names_no_section(k) && !by_line_name(k)) {
    h.kicker = kicker_candidate;
    h.topic = without_top_section(std::string(k));
  }
}

// "Trang chủ", "Giới thiệu", …, "Văn hóa-Văn nghệ", then the date line: the paragraph at i is
// the last item of a menu printed one item a line (it and the four before it short, no
// sentence, no date), neither a title nor a kicker.
bool ends_menu_list(std::span<const std::string_view> paras, std::size_t i) {
  constexpr std::size_t kMinItemsBefore = 4;
  constexpr std::size_t kMaxItemWords = 4;
  if (i < kMinItemsBefore) return false;
  for (std::size_t k = i - kMinItemsBefore; k <= i; ++k)
    if (!at_most_words(paras[k], kMaxItemWords) || ends_with_sentence_punct(paras[k]) ||
        dated(paras[k]))
      return false;
  return true;
}

// A quotation cut short as a title ("\"Xây dựng nông thôn mới, văn minh, nghĩa tình...\"") has
// a sentence's end, yet with a date line right under it it is the title, not body text: a
// body's paragraph is not followed by the date line.
bool title_over_date_line(std::span<const std::string_view> paras, std::size_t i) {
  constexpr std::size_t kMaxWords = 30;
  return i + 1 < paras.size() && is_title_like(paras[i]) && at_most_words(paras[i], kMaxWords) &&
         dated(paras[i + 1]).has_value();
}

// A page's header around its date line at d.
HeaderLayout page_with_date(std::span<const std::string_view> paras, const std::vector<bool>& twice,
                            std::size_t d, const Dated& date) {
  HeaderLayout h;
  h.page_layout = true;
  h.date = d;
  h.when = date.when;
  h.body = d + 1;
  // "Title", "TS. Bùi Ngọc Thanh", "Nguyên Chủ nhiệm …", date line: the title stands above
  // the writer's byline and position.
  // "Lượt xem: 422" on a line of its own between the title and the date line: the counters,
  // as beside the date.
  constexpr std::size_t kMaxCounterLines = 2;
  std::size_t above = d;
  while (above >= 1 && d - above < kMaxCounterLines && is_counters(paras[above - 1])) --above;
  std::size_t top = above;
  if (above >= 2 && looks_like_degree_led_byline(paras[above - 2]) &&
      looks_like_institution_line(paras[above - 1])) {
    top = above - 2;
  } else if (above >= 1 &&
             (looks_like_degree_led_byline(paras[above - 1]) || by_line_name(paras[above - 1]))) {
    top = above - 1;
  }
  if (top != above) h.byline = top;
  bool title_after =
      d + 1 < paras.size() && is_page_title(paras[d + 1]) && !is_counters(paras[d + 1]);
  // "Thứ Sáu, 19/7/2024", "Ban Tuyên giáo Trung ương", "Thứ Năm, 8/6/2023 14:46": a line
  // between two date lines is the masthead under the page's clock, not the title, when a
  // title stands under the article's own date line.
  bool between_dates = top >= 2 && dated(paras[top - 2]).has_value();
  // A title stands after the date line when the line before it ends a menu.
  bool menu_before = top >= 1 && ends_menu_list(paras, top - 1);
  // a quotation cut short as the title (title_over_date_line): a magazine's header, whose
  // writer stands before the time and the date ("Bùi Minh - 14:20 28/09/2023 GMT+7")
  bool quoted_title =
      top == d && top >= 1 && is_body_text(paras[top - 1]) && title_over_date_line(paras, top - 1);
  bool title_before = top >= 1 && (is_page_title(paras[top - 1]) || quoted_title) &&
                      !((between_dates || menu_before) && title_after);
  std::size_t kicker_candidate = kNone;
  // "Xây dựng Đảng | 25/12/2012": a section, with the title before or after the line;
  // "Chi bộ … kết nạp đảng viên 15:20 PM | 21/12/2012": the title itself.
  bool rest_is_title =
      !date.rest.empty() && (!is_section_like(date.rest) || !(title_before || title_after));
  if (rest_is_title) {
    h.title = d;  // "Title | 25/12/2012 10:03"
    h.title_text = date.rest;
    kicker_candidate = d >= 1 ? d - 1 : kNone;
  } else {
    // Under the title, a name in capitals before the date is the writer's, not a section
    // (pages print the section above the title).
    if (!date.byline.empty())
      h.byline_text = date.byline;  // "20/12/2022 08:00 | Tác giả: Minh Anh"
    else if (date.rest_first && title_before &&
             (looks_like_capitals_byline(date.rest) ||
              (quoted_title && looks_like_name(date.rest))))
      h.byline_text = date.rest;
    else if (!date.rest.empty() && is_section_like(date.rest) && !names_no_section(date.rest))
      h.topic = date.rest;  // not "Publish date 09/05/2020": a template's label in English
    if (section_under_doubled_title(paras, twice, d)) {
      h.title = d - 2;
      h.kicker = d - 1;
      h.topic = std::string(paras[d - 1]);
    } else if (title_before) {
      // the title, the article's own heading in capitals, the date line: the upper
      h.title = top >= 2 && title_over_capitals_heading(paras[top - 2], paras[top - 1]) ? top - 2
                                                                                        : top - 1;
      h.title_over_date = quoted_title;
      kicker_candidate = h.title >= 1 ? h.title - 1 : kNone;
    } else if (kicker_then_title(paras, d + 1)) {  // the date line, the section, the title
      h.kicker = d + 1;
      h.topic = kicker_topic(paras[d + 1]);
      h.title = d + 2;
      h.body = d + 3;
    } else if (title_after) {
      h.title = d + 1;
      h.body = d + 2;
      // no masthead nor a menu's last item for a topic
      kicker_candidate = d >= 1 && !between_dates && !menu_before ? d - 1 : kNone;
    } else if (std::size_t t = best_title_under_date(paras, d); t < paras.size()) {
      h.title = t;  // nothing in the title's places: the most title-like line under the date
      h.body = t + 1;
      // "anhdaihoi": a photo's file name between the title and the body text
      while (h.body + 1 < paras.size() && looks_like_file_name(paras[h.body])) ++h.body;
    } else if (d >= 1 && plainly_not_title(paras[above >= 1 ? above - 1 : d - 1])) {
      h.no_title = true;  // a logo's address over the date line, no title under it
    } else if (d >= 1) {
      h.title = above >= 1 ? above - 1 : d - 1;  // not title-like: the best the reader can do
    } else if (d + 1 < paras.size() && is_body_text(paras[d + 1])) {
      h.no_title = true;  // the date line first, the body text right under it: no title shown
    } else {
      h.title = d + 1 < paras.size() ? d + 1 : kNone;
      h.body = d + 2;
    }
  }
  skip_counters_under_date(paras, h);
  find_page_topic(paras, h, kicker_candidate);
  h.first = std::min({h.title, h.date, h.kicker});
  return h;
}

// A page whose breadcrumb ends in its title, the title printed again as a paragraph of its
// own before the body text at b: that paragraph is the title and the step before it the
// topic, whatever stands between (a date line, a view counter). The archive's layout does not
// apply even with a date line among the first three paragraphs.
std::optional<HeaderLayout> page_with_titled_crumb(std::span<const std::string_view> paras,
                                                   std::size_t b) {
  for (std::size_t i = 0; i + 1 < b; ++i) {
    // a breadcrumb with its separators lost opens with the home link (header_lines.h)
    bool crumb = is_breadcrumb(paras[i]);
    std::string last = crumb ? topic_from_kicker(paras[i]) : std::string();
    for (std::size_t j = i + 1; j < b; ++j) {
      auto lost = crumb ? std::nullopt : section_in_crumb_to(paras[i], paras[j]);
      if (crumb ? paras[j] != last : !lost) continue;
      HeaderLayout h;
      h.page_layout = true;
      h.first = h.kicker = i;
      h.title = j;
      h.topic = crumb ? crumb_topic(paras[i], last) : *lost;
      h.body = j + 1;
      for (std::size_t d = i + 1; d < b; ++d) {
        auto date = d != j ? dated(paras[d]) : std::nullopt;
        if (!date || !date->rest.empty()) continue;
        h.date = d;
        h.when = date->when;
        h.body = std::max(j, d) + 1;
        break;
      }
      // "tctdbqntcdh": a photo's file name, one word, between the title and the body text
      while (h.body < b && paras[h.body].find(' ') == std::string_view::npos) ++h.body;
      return h;
    }
  }
  return std::nullopt;
}

// "Mẫu giáo Họa Mi - Khối lá tham quan …", "Mẫu giáo Họa Mi", "Tu xá …", "Khối lá tham quan …",
// the body: a blog's heading block under the title prints the title's halves again, the
// second right over the body, where the title would stand. The whole title above, which ends
// with that line after a dash or a colon, is the title; what stands between is the header's.
std::size_t whole_title_above(std::span<const std::string_view> paras, std::size_t t) {
  if (t == HeaderLayout::kNone) return t;
  const std::string_view half = paras[t];
  for (std::size_t back = 1; back <= kMaxTitleLookBack && back <= t; ++back) {
    std::string_view whole = paras[t - back];
    if (whole.size() <= half.size() + 3 || !whole.ends_with(half) || !is_title_like(whole))
      continue;
    std::string_view before = whole.substr(0, whole.size() - half.size());
    if (before.ends_with(" - ") || before.ends_with(" – ") || before.ends_with(": "))
      return t - back;
  }
  return t;
}

// A page's header without a date line before its body text at b (b >= 3).
HeaderLayout page_without_date(std::span<const std::string_view> paras, std::size_t b) {
  HeaderLayout h;
  h.page_layout = true;
  // "<title>", "by HiephoaNet", then the body (its lead perhaps no body text's shape): the
  // writer's line under the title places both, whatever follows it.
  for (std::size_t back = 1; back <= kMaxTitleLookBack && back < b; ++back) {
    std::size_t k = b - back;
    // Or a byline that credits the text ("Bài viết, hình: Hoài Bão"), perhaps over the
    // writer's board ("BTT Giáo phận", a line no sentence's shape), then the body.
    const bool credited = opens_with_writer_credit(paras[k]);
    if ((!by_line_name(paras[k]) && !credited) || !is_title_like(paras[k - 1])) continue;
    h.title = k - 1;
    h.byline = k;
    h.body = k + 1;
    if (credited && back == 2 && (signs_as_office(paras[k + 1]) || signs_as_unit(paras[k + 1])))
      h.body = k + 2;
    find_page_topic(paras, h, h.title >= 1 ? h.title - 1 : kNone);
    h.first = std::min(h.title, h.kicker);
    return h;
  }
  h.title = b - 1;
  // A title of three words or more before a shorter line: "Đồng Tháp" under the title is a
  // place tag, "Video" a box's name. Else the nearest title-like line that is not plainly no
  // title (a page part's name, "Xuất bản thông tin", is none: the line over the body then).
  std::size_t nearest = kNone;
  for (std::size_t back = 1; back <= kMaxTitleLookBack && back <= b; ++back) {
    std::string_view p = paras[b - back];
    if (nearest == kNone && is_title_like(p) && !plainly_not_title(p)) nearest = b - back;
    if (is_page_title(p)) {
      h.title = b - back;
      nearest = kNone;
      break;
    }
  }
  if (nearest != kNone) h.title = nearest;
  if (std::size_t whole = whole_title_above(paras, h.title); whole != h.title) {
    h.title = whole;
    h.body = b;  // the halves printed again under it are the header's
    find_page_topic(paras, h, h.title >= 1 ? h.title - 1 : kNone);
    h.first = std::min(h.title, h.kicker);
    return h;
  }
  if (closes_menu_run(paras, h.title)) {
    // "TRANG CHỦ", "GIỚI THIỆU", …, "XÂY DỰNG ĐOÀN", the body: the menu's last item stands where
    // a title would; the page shows none
    h.title = kNone;
    h.no_title = true;
    h.first = h.body = b;
    return h;
  }
  h.body = h.title + 1;
  h.title = whole_of_broken_title(paras, h.title);
  // "Ngành Kiểm tra Đảng", "ubkt", "TRUYỀN THỐNG NGÀNH KIỂM TRA …", body: the article's own
  // heading in capitals right over the body, the page's title (not in capitals) above it; what
  // stands between (a photo's file name) is the header's. Not above a page's own line (a bar
  // of its buttons, page_line.h): what stands over the page's tools is its masthead's.
  if (h.title + 1 == b && is_all_caps(paras[h.title])) {
    for (std::size_t back = 2; back <= kMaxTitleLookBack + 1 && back <= b; ++back) {
      std::string_view p = paras[b - back];
      if (is_page_line(p)) break;
      if (!capitals_heading_under_title(p, paras[h.title])) continue;
      h.title = b - back;
      h.body = b - 1;
      break;
    }
  }
  // "Tôn vinh điển hình …", "Thanh Thảo", "(NLĐO) - Với chủ đề …" (a sapo without its final
  // stop): a name alone between a title and a paragraph too long for a title is the byline
  // under the title, and that paragraph the sapo.
  constexpr std::size_t kMaxUsualTitleWords = 25;
  if (h.title >= 2 && !at_most_words(paras[h.title], kMaxUsualTitleWords) &&
      looks_like_name(paras[h.title - 1]) && is_page_title(paras[h.title - 2])) {
    h.byline = h.title - 1;
    h.body = h.title;
    h.title -= 2;
  }
  find_page_topic(paras, h, h.title >= 1 ? h.title - 1 : kNone);
  h.first = std::min(h.title, h.kicker);
  return h;
}

}  // namespace

bool is_kicker_like(std::string_view s) {
  return !s.empty() && at_most_words(s, kMaxKickerWords) && !ends_with_sentence_punct(s);
}

bool is_title_like(std::string_view s) {
  return !s.empty() && at_most_words(s, kMaxTitleWords) &&
         !(s.back() == '.' && !s.ends_with("..."));
}

namespace {

// The header of paragraphs that open with no slogan.
HeaderLayout header_after_slogans(std::span<const std::string_view> paras,
                                  const std::vector<bool>& twice) {
  const std::size_t n = paras.size();
  std::size_t body_text = n;  // the first paragraph of body text
  bool heading_seen = false;
  for (std::size_t i = 0; i < n && i < kMaxPageHeader; ++i) {
    // A line in capitals is the page's heading, not the body's first sentence, whatever ends
    // it: only the first such line, and not under a title (there it is a sapo or the text's).
    bool heading =
        is_all_caps(paras[i]) && !heading_seen && (i == 0 || !is_page_title(paras[i - 1]));
    heading_seen = heading_seen || (is_all_caps(paras[i]) && is_body_text(paras[i]));
    // a poem's page: its first verse is where the body starts (verse.h)
    if ((is_body_text(paras[i]) || opens_verse(paras, i) || opens_numbered_list(paras, i)) &&
        !heading && !title_over_date_line(paras, i) && !printed_run_into(paras, i)) {
      body_text = i;
      break;
    }
  }
  if (body_text < n) {
    if (auto h = page_with_titled_crumb(paras, body_text)) return *h;
  }
  // The archive's layout: a date line among the first three, its body text close after. A bar
  // of links above it ("Tiếng Việt | English") makes it a page's.
  for (std::size_t i = 0; i < n && i < kHeaderLines && !is_menu_bar(paras[i]); ++i) {
    if (auto dt = date_line_of(paras[i])) {
      if (clock_over_title(paras, i, body_text)) break;  // the page's layout
      if (body_text == n || body_text <= i + kBodyAfterDate)
        return archive_with_date(paras, twice, i, *dt);
      break;
    }
    if (auto given = labelled_particulars(paras[i])) {  // "Tác giả: … .Ngày đăng: …"
      if (body_text != n && body_text > i + kBodyAfterDate) break;
      HeaderLayout h = archive_with_date(paras, twice, i, given->when);
      h.byline_text = std::move(given->byline);
      return h;
    }
    // A date line whose date does not exist still stands where the date goes: the header
    // around it reads the same, and the warning names the date instead of "no date line".
    if (auto impossible = impossible_date_line(paras[i])) {
      if (body_text != n && body_text > i + kBodyAfterDate) break;
      HeaderLayout h = archive_with_date(paras, twice, i, std::nullopt);
      h.impossible_date = *impossible;
      return h;
    }
  }
  // A page's layout: the last date line before the body text.
  std::size_t limit = std::min({body_text, n, kMaxPageHeader});
  for (std::size_t i = limit; i-- > 0;) {
    if (auto d = dated(paras[i])) return page_with_date(paras, twice, i, *d);
  }
  if (body_text == n || body_text <= 2) return archive_without_date(paras, twice);
  return page_without_date(paras, body_text);
}

// Every paragraph index of h moved down by `by`.
void shift(HeaderLayout& h, std::size_t by) {
  for (std::size_t* i : {&h.first, &h.kicker, &h.title, &h.date, &h.byline, &h.body})
    if (*i != kNone) *i += by;
}

HeaderLayout find_header_of(std::span<const std::string_view> paras,
                            const std::vector<bool>& twice) {
  // A slogan first ("Chủ đề công tác năm 2020: …"), then the header proper: the slogan is
  // the page's chrome, whatever shape it has (a long one looks like a title, a short one
  // like a kicker). Only when a paragraph that is no body text follows it: a file that
  // opens with a slogan and then its text has nothing else for a title; nor when the date
  // line follows it and the body text the date line ("Chào mừng Đại hội …", date line, text:
  // the title in its place over the date, opening as a slogan does).
  constexpr std::size_t kMaxSlogans = 2;
  auto title_over_dated_body = [&](std::size_t i) {
    return i + 2 < paras.size() && parse_date_line(paras[i + 1]) && is_body_text(paras[i + 2]);
  };
  std::size_t skip = 0;
  while (skip < kMaxSlogans && skip + 1 < paras.size() &&
         (is_slogan(paras[skip]) || cries_as_banner(paras[skip])) &&
         !is_body_text(paras[skip + 1]) && !title_over_dated_body(skip))
    ++skip;
  // The page's <title> line over its own header (tab_title.h): read below it
  if (skip == 0 && tab_title_first(paras)) skip = 1;
  if (skip == 0) return header_after_slogans(paras, twice);
  std::vector<bool> rest(twice.begin() + static_cast<std::ptrdiff_t>(std::min(skip, twice.size())),
                         twice.end());
  HeaderLayout h = header_after_slogans(paras.subspan(skip), rest);
  shift(h, skip);
  return h;
}

// The header found with the paragraphs `removed` (in order) left out, its indices moved back
// to the page's; `removed` below the body is the header's chrome.
HeaderLayout header_without(std::span<const std::string_view> paras, const std::vector<bool>& twice,
                            const std::vector<std::size_t>& removed) {
  if (removed.empty()) return find_header_of(paras, twice);
  std::vector<std::string_view> rest;
  std::vector<bool> rest_twice;
  for (std::size_t i = 0, e = 0; i < paras.size(); ++i) {
    if (e < removed.size() && removed[e] == i) {
      ++e;
      continue;
    }
    rest.push_back(paras[i]);
    if (i < twice.size()) rest_twice.push_back(twice[i]);
  }
  HeaderLayout h = find_header_of(rest, rest_twice);
  restore_echoes(h, removed);
  return h;
}

}  // namespace

HeaderLayout find_header(std::span<const std::string_view> paras, const std::vector<bool>& twice) {
  // A date line printed twice in a row is one: the header is found without its echo
  std::vector<std::size_t> echoes = echoed_date_lines(paras, kMaxPageHeader);
  // ... and without the site's clock over its masthead's lines (head_clock.h)
  for (std::size_t c : masthead_clocks(paras))
    if (!std::binary_search(echoes.begin(), echoes.end(), c))
      echoes.insert(std::lower_bound(echoes.begin(), echoes.end(), c), c);
  HeaderLayout h = header_without(paras, twice, echoes);
  // The site's clock over the head, the article's own date line under it (head_clock.h)
  h = without_head_clocks(paras, std::move(h), echoes, [&](const std::vector<std::size_t>& out) {
    return header_without(paras, twice, out);
  });
  take_date_echo_under_header(paras, h);
  date_closing_title(paras, h);
  skip_page_lines_under_header(paras, h);
  stopped_title_over_date(paras, h);  // "… kế hoạch năm.", its date line under it
  untitle_header_chrome(paras, h);    // a label, a counter or a byline where the title stands
  return h;
}

}  // namespace tuyentap
