// Lines a page keeps where a photo stood: see image_lines.h.
#include "article/image_lines.h"

namespace tuyentap {

namespace {

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace

bool is_markdown_image(std::string_view line) {
  constexpr std::size_t kMaxBytes = 2000;
  if (line.size() > kMaxBytes) return false;
  line = trimmed(line);
  if (line.starts_with('|')) line = trimmed(line.substr(1));  // a table's cell
  if (line.ends_with('|')) line = trimmed(line.substr(0, line.size() - 1));
  if (!line.starts_with("![") || !line.ends_with(')')) return false;
  std::size_t close = line.find("](");
  // one image: no second image or link inside, no bracket in its address
  return close != std::string_view::npos && line.find("![", 2) == std::string_view::npos &&
         line.find_first_of("()", close + 2) == line.size() - 1;
}

bool is_bare_image_name(std::string_view line) {
  constexpr std::size_t kMaxBytes = 40;
  constexpr int kMaxWords = 3;
  line = trimmed(line);
  if (line.size() < 2 || line.size() > kMaxBytes) return false;
  int words = 0;
  bool letter = false;
  bool in_word = false;
  for (char c : line) {
    if (c == ' ') {
      in_word = false;
      continue;
    }
    if (!in_word) {
      in_word = true;
      if (++words > kMaxWords) return false;
    }
    bool lower = c >= 'a' && c <= 'z';
    letter = letter || lower;
    if (!lower && !(c >= '0' && c <= '9') && c != '_' && c != '-') return false;
  }
  return letter;
}

}  // namespace tuyentap
