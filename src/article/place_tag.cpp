// A place tag under the title: see place_tag.h.
#include "article/place_tag.h"

#include "article/byline.h"
#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxPlaceWords = 3;
constexpr std::size_t kMaxPlaceBytes = 60;  // keeps the search linear in the title and lead

bool is_word_edge(std::string_view text, std::size_t at) {
  if (at >= text.size()) return true;
  char c = text[at];
  return c == ' ' || c == ',' || c == '.' || c == ':' || c == ';' || c == ')' || c == '(';
}

// `words` stands in `text` as whole words.
bool names_again(std::string_view text, std::string_view words) {
  for (std::size_t at = text.find(words); at != std::string_view::npos;
       at = text.find(words, at + 1)) {
    if ((at == 0 || is_word_edge(text, at - 1)) && is_word_edge(text, at + words.size()))
      return true;
  }
  return false;
}

}  // namespace

bool is_place_tag(std::string_view line, std::string_view title, std::string_view lead) {
  if (line.empty() || line.size() > kMaxPlaceBytes || !at_most_words(line, kMaxPlaceWords) ||
      !looks_like_name(line) || line.back() == '.')
    return false;
  return names_again(title, line) || names_again(lead, line);
}

}  // namespace tuyentap
