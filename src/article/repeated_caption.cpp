// A short line printed again apart: see repeated_caption.h.
#include "article/repeated_caption.h"

#include <string>
#include <unordered_map>

namespace tuyentap {

bool has_repeated_caption_shape(std::string_view line) {
  constexpr std::size_t kMinWords = 2;
  if (!at_most_words(line, kMaxHeadingWords) || at_most_words(line, kMinWords - 1)) return false;
  if (!starts_with_upper(line) || is_all_caps(line) || opens_with_bullet(line) ||
      opens_with_part_number(line))
    return false;
  if (line.find_first_of("?!:;") != std::string_view::npos || stops_a_sentence_inside(line) ||
      ends_with_sentence_punct(line))
    return false;
  return true;
}

std::vector<bool> printed_apart(const std::vector<Paragraph>& body) {
  std::vector<bool> out(body.size(), false);
  std::unordered_map<std::string_view, std::size_t> copies;
  std::vector<bool> shaped(body.size(), false);
  for (std::size_t i = 0; i < body.size(); ++i) {
    shaped[i] = has_repeated_caption_shape(body[i].text);
    if (shaped[i]) ++copies[body[i].text];
  }
  for (std::size_t i = 0; i < body.size(); ++i) out[i] = shaped[i] && copies[body[i].text] >= 2;
  return out;
}

}  // namespace tuyentap
