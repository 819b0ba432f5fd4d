// The writer's line with positions under a title: see writer_positions.h.
#include "article/writer_positions.h"

#include "article/byline.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"

namespace tuyentap {

std::optional<std::string_view> writer_before_positions(std::string_view line) {
  constexpr std::size_t kMaxWords = 40;
  if (!at_most_words(line, kMaxWords) || ends_with_sentence_punct(line)) return std::nullopt;
  for (std::string_view dash : {" - ", " – ", " — "}) {
    std::size_t at = line.find(dash);
    if (at == std::string_view::npos) continue;
    std::string_view name = line.substr(0, at);
    std::string_view positions = line.substr(at + dash.size());
    if (!opens_with_position(positions)) continue;
    // "… - Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu tại hội nghị": a photo's caption, the
    // positions followed by what the person does in front of the camera
    if (shows_photo_act(positions)) return std::nullopt;
    if (looks_like_degree_led_byline(name) || looks_like_capitals_byline(name)) return name;
  }
  return std::nullopt;
}

}  // namespace tuyentap
