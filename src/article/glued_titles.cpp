// Link titles glued into one line: see glued_titles.h.
#include "article/glued_titles.h"

#include <vector>

#include "article/text_lines.h"
#include "base/ascii.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinGlues = 2;
constexpr std::size_t kMinPieceWords = 4;
constexpr std::size_t kMaxLineBytes = 2000;  // a dozen titles at most

// The word that ends at `end` (from the space before it) reads as a Vietnamese word's end:
// two letters or more, lower-case after its first, a vowel among them (any letter with a
// mark counts: "Hồ", "Đảng", "Xuân"). Not "e"/"i" of eLearning, iPhone, eCabinet, iHanoi,
// not "Vn" of VnExpress, not "500m" of "500m2".
bool ends_a_word_glued(std::string_view line, std::size_t end) {
  std::size_t start = line.rfind(' ', end == 0 ? 0 : end - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  std::size_t letters = 0;
  bool vowel = false;
  for (std::size_t p = start; p < end; ++p) {
    auto byte = static_cast<unsigned char>(line[p]);
    if ((byte & 0xC0) == 0x80) continue;
    std::string_view rest = line.substr(p, end - p);
    bool lower = starts_with_lower(rest);
    if (!(lower || (p == start && starts_with_upper(rest)))) return false;
    vowel =
        vowel || byte >= 0x80 || std::string_view("aeiouy").find(line[p]) != std::string_view::npos;
    ++letters;
  }
  return letters >= 2 && vowel;
}

// Where a word (ends_a_word_glued) runs into a capital with no space: the capital's byte. A
// digit after a letter ("500m2", "Đảng6") is no glue point: units and counts read so.
std::vector<std::size_t> glue_points(std::string_view line) {
  std::vector<std::size_t> at;
  std::size_t previous = std::string_view::npos;  // the previous character's first byte
  for (std::size_t p = 0; p < line.size(); ++p) {
    if ((static_cast<unsigned char>(line[p]) & 0xC0) == 0x80) continue;
    if (previous != std::string_view::npos && line[previous] != ' ') {
      std::string_view rest = line.substr(p);
      if (starts_with_upper(rest) && starts_with_lower(line.substr(previous, p - previous)) &&
          ends_a_word_glued(line, p))
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
        !(starts_with_upper(piece) || is_ascii_digit(piece.front())))
      return false;
    start = end;
  }
  return true;
}

std::string unglued_titles(std::string_view line, std::string_view separator) {
  if (!is_glued_link_titles(line)) return std::string(line);
  std::string out;
  std::size_t start = 0;
  for (std::size_t at : glue_points(line)) {
    out.append(line.substr(start, at - start)).append(separator);
    start = at;
  }
  return out.append(line.substr(start));
}

}  // namespace tuyentap
