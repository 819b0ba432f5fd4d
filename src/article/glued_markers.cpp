// Glued markers' lines: see glued_markers.h.
#include "article/glued_markers.h"

#include <iterator>
#include <string_view>
#include <utility>

#include "article/text_lines.h"
#include "article/text_prepare.h"  // kMaxChromeLineBytes

namespace tuyentap {

void split_glued_markers(std::vector<std::string>& lines, const ChromeMatcher& chrome) {
  constexpr std::size_t kMaxGluedWords = 12;
  // Where a marker's line starts inside `line`, or 0.
  auto glued_at = [&](std::string_view line) -> std::size_t {
    if (line.size() < 4 || line.size() > kMaxChromeLineBytes ||
        !at_most_words(line, kMaxGluedWords))
      return 0;
    // line[0, scanned) holds a letter or digit when text_before; `scanned` stays on a
    // character's first byte, so that each character is looked at once.
    std::size_t scanned = 0;
    bool text_before = false;
    for (std::size_t p = 1; p < line.size(); ++p) {
      auto byte = static_cast<unsigned char>(line[p]);
      if (line[p - 1] == ' ' || (byte & 0xC0) == 0x80) continue;
      std::string_view rest = line.substr(p);
      if (!starts_with_upper(rest) || !chrome.may_match(rest)) continue;
      if (!text_before) {
        text_before = has_letter_or_digit(line.substr(scanned, p - scanned));
        scanned = p;
      }
      if (!text_before) continue;
      ChromeMatcher::LineKey key = chrome.key(rest);
      if (chrome.ends_article(key) || chrome.drop_line(key) || chrome.related(key) ||
          chrome.footer(key))
        return p;
    }
    return 0;
  };
  std::vector<std::string> out;  // built once a line splits: no insertion in place
  bool split = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t p = glued_at(lines[i]);
    if (p == 0 && !split) continue;
    if (!split) {
      auto first = std::make_move_iterator(lines.begin());
      out.assign(first, first + static_cast<std::ptrdiff_t>(i));
      split = true;
    }
    if (p == 0) {
      out.push_back(std::move(lines[i]));
      continue;
    }
    out.push_back(lines[i].substr(0, p));
    out.push_back(lines[i].substr(p));
  }
  if (split) lines = std::move(out);
}

}  // namespace tuyentap
