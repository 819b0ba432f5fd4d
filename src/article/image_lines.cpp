// Lines a page keeps where a photo stood: see image_lines.h.
#include "article/image_lines.h"

#include "base/ascii.h"

namespace tuyentap {

bool is_bare_image_name(std::string_view line) {
  constexpr std::size_t kMaxBytes = 40;
  constexpr int kMaxWords = 3;
  line = trim_spaces(line);
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

bool is_long_machine_word(std::string_view line) {
  constexpr std::size_t kMinBytes = 12;
  line = trim_spaces(line);
  return line.size() >= kMinBytes && line.find(' ') == std::string_view::npos &&
         is_bare_image_name(line);
}

}  // namespace tuyentap
