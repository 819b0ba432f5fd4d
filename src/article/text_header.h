// The header of a plain-text article: which paragraphs are the kicker (topic), the title and
// the date line, and where the body begins. Shared by the reader and by the chrome learning
// (article/learned_chrome.h), which must never learn a title or a topic line as chrome.
//
// Two layouts are told apart:
//  - the archive's own (docs/archive-format.md, section 1): a date line among the first three
//    paragraphs (kicker, title, date; title, date; date, title), or none of them with a
//    kicker-like and a title-like first paragraph, or the title first;
//  - a page's text as a browser saves it: menus, breadcrumbs and box titles come first. Then
//    the date line is the last one before the first paragraph of body text, the title is the
//    title-like paragraph just before it (or just after it), and the kicker the one before the
//    title; without a date line, the title is the title-like paragraph just before the body
//    text. A breadcrumb ("Trang chủ › Tin tức") gives the topic before a kicker-like line does,
//    and a section on the date line itself before both. A bar of links ("Tiếng Việt |
//    English") is neither title nor kicker, a masthead's phone line ("Đường dây nóng: 0237
//    3721150"), a slogan or the name of a part of the page ("Banner", "Chi tiết bài viết")
//    no kicker, a line between the page's clock and the date line no title. A slogan first
//    ("Chủ đề công tác năm 2020: …", article/slogan.h) is skipped in both layouts. What
//    stands before is header chrome.
// In both, a date in brackets closing the title's line ("<title> (25/12/2017)"), or labelled
// there ("<title> Ngày cập nhật 02/02/2023"), is the date when the header has no other
// (title_date.h).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "text/date.h"

namespace tuyentap {

struct HeaderLayout {
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t first = 0;       // paragraphs before this one are the page's header chrome
  std::size_t kicker = kNone;  // the paragraph the topic comes from (a breadcrumb or kicker)
  std::size_t title = kNone;   // the title's paragraph (the date line's when they share one)
  std::size_t date = kNone;    // the date line's paragraph
  // A journal's byline between the title and the date line ("TS. Bùi Ngọc Thanh", with the
  // writer's position on the next paragraph, which is the header's too)
  std::size_t byline = kNone;
  // The photographer's credit alone under that byline ("Tin bài: …" over "Ảnh : Minh Đức",
  // page_header.h page_without_date): told in a warning, no chrome nor caption
  std::size_t photo_credit = kNone;
  // A byline beside the date on the date line's paragraph ("VĂN HÀO 30/04/2016 11:39")
  std::string byline_text;
  std::size_t body = 0;    // the first paragraph of the body
  std::string topic;       // the kicker's last breadcrumb step, or a section by the date
  std::string title_text;  // the title, when it shares the date line's paragraph or a dash
  std::optional<DateTime> when;
  // A date line in the archive's place whose date does not exist ("31/02/2019", year 0000,
  // 9999): as written, for the warning; `date` is its paragraph, `when` stays empty.
  std::string impossible_date;
  bool page_layout = false;  // the page's layout (header chrome), not the archive's
  // The title has a sentence's end (a quotation cut short: "\"…, nghĩa tình...\"") but stands
  // right over the date line, which no paragraph of a body does: it is the title all the same.
  bool title_over_date = false;
  // the breadcrumb over the title ends in it ("Trang chủ / Tin tức / <title>"): the page names
  // its title, whatever its shape (a sentence with its stop), as the date line under it does
  bool title_in_crumb = false;
  // Where the title would stand is a line plainly no title (title_score.h: a logo's address):
  // the page shows none, `title` stays kNone and the article is read untitled.
  bool no_title = false;
  // Date lines that give the header's date again (date_echo.h): the header's, no chrome
  std::vector<std::size_t> echoes;
};

// `twice`, when given, marks the paragraphs that stood twice in a row in the text and were
// kept once (a title printed as a heading and again as the article's own).
HeaderLayout find_header(std::span<const std::string_view> paras,
                         const std::vector<bool>& twice = {});

// At most 12 words (a series name: "Thực hiện hiệu quả Nghị quyết Trung ương khóa XIII của
// Đảng") and no final sentence punctuation.
bool is_kicker_like(std::string_view s);
// At most 60 words and not ending in a single "." ("..." may end a title).
bool is_title_like(std::string_view s);

}  // namespace tuyentap
