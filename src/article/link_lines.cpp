// Related links by their shape: see link_lines.h.
#include "article/link_lines.h"

#include "article/header_topic.h"
#include "article/text_lines.h"

namespace tuyentap {

bool is_bracketed_link(std::string_view line) {
  constexpr std::size_t kMinBracketedLinkWords = 4;
  if (line.size() < 2 || line.front() != '[' || line.back() != ']') return false;
  std::string_view inner = line.substr(1, line.size() - 2);
  return inner.find_first_of("[]") == std::string_view::npos &&
         !at_most_words(inner, kMinBracketedLinkWords - 1) &&
         at_most_words(inner, kMaxLinkTitleWords) && !ends_with_sentence_punct(inner);
}

bool is_link_line(std::string_view line) {
  bool marked = false;
  for (std::string_view m : {"»", ">>", "►", "▶"}) {
    if (line.starts_with(m)) {
      line.remove_prefix(m.size());
      marked = true;
      break;
    }
  }
  return marked && !is_breadcrumb(line) && at_most_words(line, kMaxLinkTitleWords) &&
         !is_prose(line);
}

bool is_bulleted(std::string_view line) {
  return line.starts_with("• ");
}

}  // namespace tuyentap
