// An image's markup alone on its line: see image_markup.h.
#include "article/image_markup.h"

#include <cctype>

namespace tuyentap {

namespace {

bool starts_with_nocase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[k])) != prefix[k]) return false;
  return true;
}

// Where the first `needle` (lower-case, opening with '<') stands in `s`, any case: each '<'
// compared once, so a line of many images costs its length (lower-casing the rest of the line
// for each image cost a 320 KB line of them 15 s).
std::size_t find_nocase(std::string_view s, std::string_view needle) {
  for (std::size_t at = s.find('<'); at != std::string_view::npos; at = s.find('<', at + 1))
    if (starts_with_nocase(s.substr(at), needle)) return at;
  return std::string_view::npos;
}

// The bytes of the one image's markup opening `s`, or 0 when `s` opens with none.
std::size_t image_at(std::string_view s) {
  if (starts_with_nocase(s, "<image>") || starts_with_nocase(s, "<image ")) {
    constexpr std::string_view kClose = "</image>";
    std::size_t close = find_nocase(s, kClose);
    return close == std::string_view::npos ? 0 : close + kClose.size();
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
  // a table's cell, as a page copied through a converter keeps a photo: "| ![](a.jpg) |"
  while (!line.empty() && is_space(line.front())) line.remove_prefix(1);
  while (!line.empty() && is_space(line.back())) line.remove_suffix(1);
  if (line.starts_with('|')) line.remove_prefix(1);
  if (line.ends_with('|')) line.remove_suffix(1);
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

std::size_t image_markup_after_sentence(std::string_view line) {
  // The markup must run from an opening after a stop (spaces between) to the line's end: no
  // stop and opening stand inside a run of images, so only the last such opening can start
  // it, and it alone is tried (each opening tried cost a line of thousands of unclosed
  // "<image>" its length squared).
  const char last = line.empty() ? '\0' : line.back();
  if (last != ')' && last != '>' && last != '|' && last != ' ') return 0;  // most lines
  std::size_t from = std::string_view::npos, keep_at = 0;
  for (std::size_t at = line.find_first_of("!<"); at != std::string_view::npos;
       at = line.find_first_of("!<", at + 1)) {
    std::size_t keep = at;
    while (keep > 0 && is_space(line[keep - 1])) --keep;
    if (keep == 0) continue;
    const char stop = line[keep - 1];
    if (stop == '.' || stop == '!' || stop == '?' || stop == '"') {
      from = at;
      keep_at = keep;
    }
  }
  return from != std::string_view::npos && is_image_markup(line.substr(from)) ? keep_at : 0;
}

}  // namespace tuyentap
