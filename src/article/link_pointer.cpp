// A pointer to a lost link: see link_pointer.h.
#include "article/link_pointer.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxPointerWords = 14;
constexpr std::size_t kMaxLabelWords = 4;  // "Tin ảnh", "Video clip"

// The words (fold_exact) an invitation opens with: the verb itself, the reader, a polite word.
constexpr std::array<std::string_view, 14> kOpenings = {"xem", "đọc", "nghe", "tải", "download",
                                                        "bạn", "quý", "độc",  "các", "xin",
                                                        "mời", "vui", "chi",  "toàn"};
// What the reader may do there.
constexpr std::array<std::string_view, 5> kVerbs = {"xem", "đọc", "nghe", "tải", "download"};

bool is_pointer_text(std::string_view text) {
  text = trim_spaces(text);
  if (text.empty() || !at_most_words(text, kMaxPointerWords)) return false;
  std::vector<std::string> words;
  each_word(fold_exact(text), [&](std::string_view w) { words.emplace_back(w); });
  if (words.size() < 3) return false;
  const std::string& last = words.back();
  const std::string& before = words[words.size() - 2];
  if (last != "đây" || (before != "tại" && before != "ở")) return false;
  if (std::find(kOpenings.begin(), kOpenings.end(), words.front()) == kOpenings.end()) return false;
  for (std::size_t i = 0; i + 2 < words.size(); ++i)
    if (std::find(kVerbs.begin(), kVerbs.end(), words[i]) != kVerbs.end() &&
        !(words[i] == "xem" && i + 1 < words.size() && words[i + 1] == "xét"))
      return true;
  return false;
}

}  // namespace

bool is_link_pointer(std::string_view line) {
  line = trim_spaces(line);
  while (!line.empty() && (line.back() == ':' || line.back() == '.' || line.back() == ' '))
    line.remove_suffix(1);
  if (line.ends_with(')')) {
    const std::size_t open = line.rfind('(');
    if (open == std::string_view::npos) return false;
    const std::string_view label = trim_spaces(line.substr(0, open));
    if (!label.empty() && !at_most_words(label, kMaxLabelWords)) return false;
    return is_pointer_text(line.substr(open + 1, line.size() - open - 2));
  }
  return is_pointer_text(line);
}

}  // namespace tuyentap
