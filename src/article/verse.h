// A poem's lines, which a page of verse ("Góc thơ", a Party anniversary's poem) sets one a
// paragraph: no line of it is a sentence of the body's shape (is_body_text), so a page that is
// all verse showed no body to the header rules, which took every verse line for the page's
// header chrome and the rating box under the poem for its title (real-eval49/congdoandetmay-1).
// The plain-text header rules (text_header.h) take a run of verse for the body's start.
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// paras[i] opens a run of at least four lines of verse in one of the metres most Vietnamese
// poems are written in, counted in words (a syllable is a word):
//  - lục bát: lines of six and eight words in turn, the six first ("Cuộc đời đẹp nhất tuổi
//    xuân" / "Là niềm kiêu hãnh bội phần Đoàn ta!");
//  - lines of five, seven or eight words each (thơ năm chữ, bảy chữ, tám chữ).
// A line holding a number ("Hướng về 26 tháng Ba") may count up to two words fewer (a number
// is read as several). Each line opens with a capital, is not all in capitals, holds no stop
// inside and no colon, and ends with no stop except the run's last: a menu's items rarely share
// a count, and never a lục bát's turn.
// Or a quotation of verse in any metre, three to eight such lines, the first opening with a
// quote and the last closing it ("“Có một nghề bụi phấn bám đầy tay" … "Mà mang lại cho Đời đầy
// trái ngọt hoa tươi”!", the verse a school's page opens with, real-eval94/thcscaugiay-1): no
// header's title or section is quoted over lines.
bool opens_verse(std::span<const std::string_view> paras, std::size_t i);
// Only the quotation of verse (above): a page opening with it shows no title. A page opening with
// verse in a metre may set its title in the same metre over it ("Tin tức “Lê Quốc Vinh”" over
// lines of five words, run-perturb's rewrite of real-eval50/nhamuong-1).
bool opens_quoted_verse(std::span<const std::string_view> paras, std::size_t i);
// Some run of verse stands among lines[from, to) (a file's lines, blank ones skipped): the
// article has text though no line of it is a sentence of the body's shape. The chrome rules
// (text_prepare.h) put back no sentence of the page's boxes as a poem page's body.
bool holds_verse(const std::vector<std::string>& lines, std::size_t from, std::size_t to);

// The same asked again and again down one text, each line read once: whether a run of verse
// stands among lines[from, i) for an `i` that only grows from call to call. The chrome rules
// ask it at each comment notice before the body (a poem's page ends at its comment form), and
// a page may hold thousands of notices: asked afresh each time, the look was quadratic.
class VerseBefore {
 public:
  VerseBefore(const std::vector<std::string>& lines, std::size_t from)
      : lines_(lines), next_(from) {}
  bool operator()(std::size_t i);

 private:
  const std::vector<std::string>& lines_;
  std::size_t next_;  // the first line not read yet
  std::array<std::string_view, 4> window_{};
  std::size_t held_ = 0;  // verse-shaped lines in a row at the window's end
  bool found_ = false;
};

// For each paragraph of a body, whether it is verse: each run that opens so, and the lines of
// verse's shape (at most ten words, a capital first, no stop or colon inside) that go on from
// it until one ends with a stop. The block rules (text_blocks.h) set verse as paragraphs: its
// short lines are neither headings nor a box of related links (related_run.h).
std::vector<bool> verse_paragraphs(const std::vector<Paragraph>& body);

}  // namespace tuyentap
