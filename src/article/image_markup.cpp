// An image's markup alone on its line: see image_markup.h.
#include "article/image_markup.h"

#include <cctype>
#include <string>

namespace tuyentap {

namespace {

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[k])) != prefix[k]) return false;
  return true;
}

// The bytes of the one image's markup opening `s`, or 0 when `s` opens with none.
std::size_t image_at(std::string_view s) {
  if (starts_with_nocase(s, "<image>") || starts_with_nocase(s, "<image ")) {
    std::string lower;
    lower.reserve(s.size());
    for (char c : s) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::size_t close = lower.find("</image>");
    return close == std::string::npos ? 0 : close + std::string_view("</image>").size();
  }
  if (starts_with_nocase(s, "<img ") || starts_with_nocase(s, "<img>") ||
      starts_with_nocase(s, "<img/")) {
    std::size_t close = s.find('>');
    return close == std::string_view::npos ? 0 : close + 1;
  }
  if (s.starts_with("![")) {
    std::size_t link = s.find("](");
    if (link == std::string_view::npos) return 0;
    std::size_t close = s.find(')', link + 2);
    return close == std::string_view::npos ? 0 : close + 1;
  }
  return 0;
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

}  // namespace

bool is_image_markup(std::string_view line) {
  bool any = false;
  while (true) {
    while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
    if (line.empty()) return any;
    std::size_t n = image_at(line);
    if (n == 0) return false;
    line.remove_prefix(n);
    any = true;
  }
}

}  // namespace tuyentap
