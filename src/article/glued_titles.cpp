// Link titles glued into one line: see glued_titles.h.
#include "article/glued_titles.h"

#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinGlues = 2;
constexpr std::size_t kMinPieceWords = 4;
constexpr std::size_t kMaxLineBytes = 2000;  // a dozen titles at most

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Where a lower-case letter runs into a capital or a digit: the capital's or digit's byte.
std::vector<std::size_t> glue_points(std::string_view line) {
  std::vector<std::size_t> at;
  std::size_t previous = std::string_view::npos;  // the previous character's first byte
  for (std::size_t p = 0; p < line.size(); ++p) {
    if ((static_cast<unsigned char>(line[p]) & 0xC0) == 0x80) continue;
    if (previous != std::string_view::npos && line[previous] != ' ') {
      std::string_view rest = line.substr(p);
      if ((starts_with_upper(rest) || is_digit(line[p])) &&
          starts_with_lower(line.substr(previous, p - previous)))
        at.push_back(p);
    }
    previous = p;
  }
  return at;
}

}  // namespace

bool is_glued_link_titles(std::string_view line) {
  if (line.size() > kMaxLineBytes || ends_with_sentence_punct(line) ||
      stops_a_sentence_inside(line))
    return false;
  std::vector<std::size_t> glues = glue_points(line);
  if (glues.size() < kMinGlues) return false;
  std::size_t start = 0;
  glues.push_back(line.size());
  for (std::size_t end : glues) {
    std::string_view piece = line.substr(start, end - start);
    if (at_most_words(piece, kMinPieceWords - 1) ||
        !(starts_with_upper(piece) || is_digit(piece.front())))
      return false;
    start = end;
  }
  return true;
}

}  // namespace tuyentap
