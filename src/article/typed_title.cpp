// A title typed in lower case: see typed_title.h.
#include "article/typed_title.h"

#include "article/caption.h"
#include "article/text_lines.h"
#include "article/vi_syllable.h"

namespace tuyentap {

bool is_typed_lower_title(std::string_view line, std::string_view under) {
  constexpr std::size_t kMinWords = 2;
  if (line.empty() || at_most_words(line, kMinWords - 1) || ends_with_sentence_punct(line))
    return false;
  bool words = true;
  each_word(line, [&](std::string_view w) {
    bool number = w.find_first_not_of("0123456789") == std::string_view::npos;
    words = words && (number || is_vietnamese_syllable(w));
  });
  return words && is_body_text(under) && !parse_caption(under);
}

}  // namespace tuyentap
