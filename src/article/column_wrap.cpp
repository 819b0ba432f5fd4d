#include "article/column_wrap.h"

#include <algorithm>

#include "article/text_lines.h"

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

std::optional<std::string> unwrapped_text(const std::vector<std::string>& lines,
                                          std::span<const std::size_t> indents) {
  const std::size_t width = wrap_width(lines, indents);
  if (width == 0 || width >= kMinWideWidth) return std::nullopt;
  std::string out;
  const std::string* previous = nullptr;  // the line above, when it has text
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (i > 0)
      out += previous && !line.empty() &&
                     wrapped_before(*previous, line, width, indent_of(indents, i - 1))
                 ? ' '
                 : '\n';
    out += line;
    previous = line.empty() ? nullptr : &line;
  }
  return out;
}

}  // namespace tuyentap
