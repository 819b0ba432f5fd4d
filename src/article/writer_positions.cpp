// The writer's line with positions under a title: see writer_positions.h.
#include "article/writer_positions.h"

#include "article/byline.h"
#include "article/text_lines.h"

namespace tuyentap {

std::optional<std::string_view> writer_before_positions(std::string_view line) {
  constexpr std::size_t kMaxWords = 40;
  if (!at_most_words(line, kMaxWords) || ends_with_sentence_punct(line)) return std::nullopt;
  for (std::string_view dash : {" - ", " – ", " — "}) {
    std::size_t at = line.find(dash);
    if (at == std::string_view::npos) continue;
    std::string_view name = line.substr(0, at);
    if (!opens_with_position(line.substr(at + dash.size()))) continue;
    if (looks_like_degree_led_byline(name) || looks_like_capitals_byline(name)) return name;
  }
  return std::nullopt;
}

}  // namespace tuyentap
