// An image's alt text as its caption: see alt_caption.h.
#include "article/alt_caption.h"

#include <array>

#include "article/image_markup.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinAltWords = 3;
constexpr std::size_t kMaxAltWords = 30;

// The value of alt="…" or alt='…' in one <img> tag; the text in "![…](…)".
std::optional<std::string_view> alt_of(std::string_view markup) {
  if (markup.starts_with("![")) {
    std::size_t close = markup.find("](");
    if (close == std::string_view::npos) return std::nullopt;
    return markup.substr(2, close - 2);
  }
  for (std::string_view key : {" alt=\"", " alt='", " ALT=\"", " ALT='"}) {
    std::size_t at = markup.find(key);
    if (at == std::string_view::npos) continue;
    std::size_t start = at + key.size();
    std::size_t end = markup.find(key.back(), start);
    if (end == std::string_view::npos) return std::nullopt;
    return markup.substr(start, end - start);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> alt_caption(std::string_view line) {
  while (line.starts_with(' ') || line.starts_with('\t')) line.remove_prefix(1);
  while (line.ends_with(' ') || line.ends_with('\t')) line.remove_suffix(1);
  if (!is_image_markup(line)) return std::nullopt;
  // one image: its markup closes the line
  if (line.starts_with("![") ? line.find("![", 2) != std::string_view::npos
                             : line.find('<', 1) != std::string_view::npos)
    return std::nullopt;
  std::optional<std::string_view> alt = alt_of(line);
  if (!alt) return std::nullopt;
  std::string_view a = *alt;
  while (a.starts_with(' ')) a.remove_prefix(1);
  while (a.ends_with(' ')) a.remove_suffix(1);
  if (a.size() < kMinAltWords || at_most_words(a, kMinAltWords - 1) ||
      !at_most_words(a, kMaxAltWords) || !starts_with_upper(a) || is_all_caps(a) ||
      a.find_first_of("?!:;") != std::string_view::npos || stops_a_sentence_inside(a) ||
      has_reasoning_words(a) || !names_scene_words(a))
    return std::nullopt;
  return std::string(a);
}

}  // namespace tuyentap
