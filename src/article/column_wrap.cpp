#include "article/column_wrap.h"

#include <algorithm>

#include "article/caption.h"
#include "article/text_lines.h"
#include "article/title_score.h"
#include "article/wrapped_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The columns line i is indented by (none when not given)
std::size_t indent_of(std::span<const std::size_t> indents, std::size_t i) {
  return i < indents.size() ? indents[i] : 0;
}

// A line that ends within a word's length of the widest line and inside a sentence: a wrap
// cuts a sentence wherever the width falls, so a line that ends its sentence is no sign of
// one (a few paragraphs of like length, one per line, each ending in its stop, are not
// wrapped; tests/article/lines_test.cpp).
bool fills_wrap_width(const std::string& line, std::size_t indent, std::size_t widest) {
  constexpr std::size_t kSlack = 15;
  return indent + line.size() >= widest - kSlack &&
         indent + code_point_count(line) >= widest - kSlack && !ends_with_sentence_punct(line);
}

// A text browser's width (100 to 250), or 0: only wide wraps count here, where a title may
// fill a line and the lead follow it.
std::size_t wide_width(const std::vector<std::string>& lines, std::span<const std::size_t> indents,
                       std::size_t widest) {
  constexpr std::size_t kMinFull = 3;
  if (widest < kMinWideWidth) return 0;
  std::size_t full = 0;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (fills_wrap_width(lines[i], indent_of(indents, i), widest)) ++full;
  return full >= kMinFull ? widest : 0;
}

std::size_t first_word_columns(std::string_view line) {
  std::size_t end = line.find(' ');
  return code_point_count(line.substr(0, end));
}

// A greedy wrap's width (60 to 99), or 0. Of the lines that end within a word's length of
// the widest, inside a sentence, and have a line of text right under them, at least 2 (a
// short page's one paragraph of three lines) and three in four are cut where the next line's
// first word would not have fitted: titles of like length in a list, each whole on its line,
// have as often a short word after them.
std::size_t narrow_width(const std::vector<std::string>& lines,
                         std::span<const std::size_t> indents, std::size_t widest) {
  constexpr std::size_t kMinCut = 2;
  if (widest < kMinNarrowWidth || widest >= kMinWideWidth) return 0;
  std::size_t full = 0, cut = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i + 1].empty() || !fills_wrap_width(lines[i], indent_of(indents, i), widest))
      continue;
    ++full;
    // a list's item under it ("- …", "• …", "2. …", "b) …") is no sign of a wrap: a list of
    // items of like length, one per line, leaves short bullets after long items
    if (wrapped_before(lines[i], lines[i + 1], widest, indent_of(indents, i)) &&
        !opens_with_bullet(lines[i + 1]) && !opens_with_part_number(lines[i + 1]))
      ++cut;
  }
  return cut >= kMinCut && 4 * cut >= 3 * full ? widest : 0;
}

}  // namespace

std::size_t wrap_width(const std::vector<std::string>& lines,
                       std::span<const std::size_t> indents) {
  constexpr std::size_t kMaxWidth = 250;
  std::size_t widest = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    const std::size_t indent = indent_of(indents, i);
    if (indent + line.size() < kMinNarrowWidth) continue;  // bytes >= code points: never widest
    // Vietnamese letters take at most three bytes: a longer line is past any wrap width.
    if (line.size() > 3 * kMaxWidth) return 0;
    std::size_t w = indent + code_point_count(line);
    if (w > kMaxWidth) return 0;
    widest = std::max(widest, w);
  }
  if (widest >= kMinWideWidth) return wide_width(lines, indents, widest);
  return narrow_width(lines, indents, widest);
}

bool wrapped_before(std::string_view previous, std::string_view line, std::size_t width,
                    std::size_t previous_indent) {
  return width > 0 && !line.empty() &&
         previous_indent + code_point_count(previous) + 1 + first_word_columns(line) > width;
}

namespace {

// "Hình ảnh: Chi đoàn … dọn vệ sinh cảnh quan", "Ảnh: Đồng chí … phát biểu": a photo's label
// opening the line, then what the photo shows (caption.h), starts a caption of its own, however
// the width cut above it; a label over a credit alone ("Ảnh: Minh Hà") goes on the caption
// above, and a credit closing a line ("… phát biểu. Ảnh: Minh Hà") leaves the line's text first.
bool opens_labelled_caption(std::string_view line) {
  std::optional<Block> caption = parse_caption(line);
  return caption && !caption->text.empty() && !line.starts_with(caption->text);
}

// The line ends on no comma, semicolon or colon (closing quotes aside is not needed: a title's
// last character is a word's, a stop or a bracket).
bool ends_open(std::string_view s) {
  return !s.empty() && (s.back() == ',' || s.back() == ';' || s.back() == ':');
}

// How many of `head`'s runs of three words, folded, stand in `told` (folded, spaces around).
std::size_t retold_runs(std::string_view head, const std::string& told, std::size_t& runs) {
  std::vector<std::string_view> w;
  const std::string folded = fold_for_match(head);
  each_word(folded, [&](std::string_view x) { w.push_back(x); });
  std::size_t found = 0;
  runs = w.size() >= 3 ? w.size() - 2 : 0;
  for (std::size_t k = 0; k + 2 < w.size(); ++k) {
    std::string key = " ";
    for (std::size_t j = k; j < k + 3; ++j) (key += w[j]) += ' ';
    found += told.find(key) != std::string::npos;
  }
  return found;
}

// "(Chinhphu.vn) - Sáng nay …", "(NLĐO) - …": a lead opening with its agency's name in
// brackets and a dash (a bracket with a date, "(22/12/1944 – 22/12/2020), …", goes on a name).
bool opens_with_agency(std::string_view line) {
  const std::size_t close = line.find(')');
  if (!line.starts_with('(') || close == std::string_view::npos) return false;
  const std::string_view after = line.substr(close + 1);
  return after.starts_with(" -") || after.starts_with(" –") || after.starts_with("-");
}

// The words across the break (the head's last two and the line's first, or the head's last
// and the line's first two), folded, stand in `told`: the text tells them again as one run, a
// title or a name the width cut, not a title over its lead.
bool retold_across(std::string_view head, std::string_view line, const std::string& told) {
  std::vector<std::string_view> before, after;
  each_word(head, [&](std::string_view x) { before.push_back(x); });
  each_word(line, [&](std::string_view x) {
    if (after.size() < 2) after.push_back(x);
  });
  if (before.size() < 2 || after.size() < 2) return false;
  const std::string a = std::string(before[before.size() - 2]) + ' ' + std::string(before.back()) +
                        ' ' + std::string(after[0]);
  const std::string b =
      std::string(before.back()) + ' ' + std::string(after[0]) + ' ' + std::string(after[1]);
  return told.find(" " + fold_for_match(a) + " ") != std::string::npos ||
         told.find(" " + fold_for_match(b) + " ") != std::string::npos;
}

// A title the width ran on into the lead under it, no blank line between ("… Lễ kết nạp đảng
// viên mới" over "Ngày 03/10/2025, Chi bộ … tổ chức Lễ kết nạp đảng viên mới …"): the first
// lines of the paragraph opening at line s, 4 to 40 words ending on no comma, semicolon nor
// colon, over a line opening with a capital or an agency's bracket, when the rest of the
// paragraph (20 words at least) tells again at least ratio_num / ratio_den of their runs of
// three words (three at least) and not the words across the break. A sentence's first line,
// cut by the width, is seldom told again in the sentence's own paragraph; a title's words,
// wrapped, are told again across its break too.
void split_retold_title(const std::vector<std::string>& lines, std::size_t s, std::size_t ratio_num,
                        std::size_t ratio_den, std::vector<bool>& joins) {
  constexpr std::size_t kMinWords = 4, kMaxWords = 40, kMinLeadWords = 20, kToldWords = 150;
  std::string head;
  for (std::size_t i = s + 1; i < lines.size() && joins[i]; ++i) {
    if (!head.empty()) head += ' ';
    head += lines[i - 1];
    if (!at_most_words(head, kMaxWords)) return;
    const std::string& line = lines[i];
    if (at_most_words(head, kMinWords - 1) || ends_open(lines[i - 1]) ||
        !(starts_with_upper(line) || opens_with_agency(line)))
      continue;
    std::string told = line;  // the rest of the paragraph, up to kToldWords
    for (std::size_t j = i + 1; j < lines.size() && joins[j] && at_most_words(told, kToldWords);
         ++j)
      (told += ' ') += lines[j];
    if (at_most_words(told, kMinLeadWords - 1)) return;
    told = " " + fold_for_match(told) + " ";
    std::size_t runs = 0;
    const std::size_t found = retold_runs(head, told, runs);
    if (found >= 3 && ratio_den * found >= ratio_num * runs && !retold_across(head, line, told)) {
      joins[i] = false;
      return;
    }
  }
}

// The paragraphs opening among the text's first 12 lines with text: the first (under a title
// the page has no chrome) when half its head's runs are told again, a later one (under a
// kicker, a menu, a date line) when three in five are.
void split_retold_titles(const std::vector<std::string>& lines, std::vector<bool>& joins) {
  constexpr std::size_t kHeaderLines = 12;
  std::size_t seen = 0;
  bool first = true;
  for (std::size_t s = 0; s < lines.size() && seen < kHeaderLines; ++s) {
    if (lines[s].empty()) continue;
    ++seen;
    if (joins[s]) continue;
    if (s + 1 < lines.size() && joins[s + 1])
      split_retold_title(lines, s, first ? 1 : 3, first ? 2 : 5, joins);
    first = false;
  }
}

}  // namespace

std::vector<bool> wrap_joins(const std::vector<std::string>& lines, std::size_t width,
                             std::span<const std::size_t> indents) {
  constexpr std::size_t kMaxBlockWords = 30;
  std::vector<bool> joins(lines.size(), false);
  for (std::size_t i = 1; i < lines.size(); ++i)
    joins[i] = !lines[i - 1].empty() &&
               wrapped_before(lines[i - 1], lines[i], width, indent_of(indents, i - 1)) &&
               !opens_labelled_caption(lines[i]);
  // A paragraph ends its last sentence with a stop: after a line that ends one, a run of
  // lines the width joined that ends with none is a block of its own the wrap ran on (a
  // caption, a byline, a subheading under the paragraph: "… trên toàn phường." over "Đ/c …
  // phát biểu tại hội" / "nghị"), not the paragraph's last sentence.
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (!joins[i] || !closes_sentence(lines[i - 1]) || lines[i].starts_with('(')) continue;
    std::size_t last = i, words = word_count(lines[i]);
    while (last + 1 < lines.size() && joins[last + 1] && words <= kMaxBlockWords)
      words += word_count(lines[++last]);
    if (words <= kMaxBlockWords && !ends_with_sentence_punct(lines[last])) joins[i] = false;
  }
  // A paragraph's first line cut short, opening with the day it tells and a comma ("Ngày
  // 06/02/2026, Quỹ Đầu tư phát triển tỉnh" over "Đồng Nai tổ chức …", real-eval91/dndif-1,
  // where each paragraph's first line was cut near half the width): a clause cut where it
  // cannot end, on a comma, a word leading into what follows or a place's noun before its
  // name, when the width cut the line under it. The capital under it (a name) kept the two
  // apart. A dated caption, subheading or schedule's item ends where its words end, and over
  // another dated clause ("Sáng 4/3, họp giao ban … UBND huyện" over "Chiều 4/3, …": a
  // schedule's items) the line ends its own.
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    const std::string& cut = lines[i - 1];
    if (joins[i] || !joins[i + 1] || lines[i].empty() ||
        !(i == 1 || lines[i - 2].empty() || closes_sentence(lines[i - 2])) ||
        !opens_with_dated_clause(cut) || opens_with_dated_clause(lines[i]))
      continue;
    if (cut.ends_with(',') ||
        (!ends_with_sentence_punct(cut) && (ends_on_leading_word(cut) || ends_on_place_noun(cut))))
      joins[i] = true;
  }
  split_retold_titles(lines, joins);
  return joins;
}

std::optional<std::string> unwrapped_text(const std::vector<std::string>& lines,
                                          std::span<const std::size_t> indents,
                                          std::span<const std::size_t> spacers) {
  const std::size_t width = wrap_width(lines, indents);
  if (width == 0 || width >= kMinWideWidth) return std::nullopt;
  const std::vector<bool> joins = wrap_joins(lines, width, indents);
  std::string out;
  std::size_t blanks = 0, spacer = 0;  // blank lines so far; the next spacer among spacers
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (i > 0) out += joins[i] ? ' ' : '\n';
    out += line;
    if (!line.empty()) continue;
    // a line of one space alone stays one (a text browser's mark where a photo stood)
    if (spacer < spacers.size() && spacers[spacer] == blanks) {
      out += ' ';
      ++spacer;
    }
    ++blanks;
  }
  return out;
}

}  // namespace tuyentap
