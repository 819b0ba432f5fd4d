// Pages that show no title: see untitled_page.h.
#include "article/untitled_page.h"

#include "article/text_lines.h"

namespace tuyentap {

bool is_untitled_opening(std::string_view title_paragraph) {
  constexpr std::size_t kMinSentenceWords = 6;
  std::string_view s = title_paragraph;
  // A title may ask or exclaim ("“Giải pháp nào để … đi vào cuộc sống?”"), never state.
  std::string_view end = s;
  while (!end.empty() && std::string_view("\"')]»").find(end.back()) != std::string_view::npos)
    end.remove_suffix(1);
  if (end.ends_with("”") || end.ends_with("’")) end.remove_suffix(3);
  if (end.ends_with('?') || end.ends_with('!')) return false;
  if (is_body_text(s)) return true;
  if (!s.ends_with('.') || s.ends_with("..")) return false;
  return !at_most_words(s, kMinSentenceWords - 1);
}

}  // namespace tuyentap
