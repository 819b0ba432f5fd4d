// Related links by their shape: see link_lines.h.
#include "article/link_lines.h"

#include "article/header_topic.h"
#include "article/text_lines.h"
#include "text/date_line.h"

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

bool is_dated_particulars(std::string_view line) {
  constexpr std::size_t kMaxWordsAfterDate = 5;
  auto dated = split_date_line(line);
  return dated && !dated->rest_first && at_most_words(dated->rest, kMaxWordsAfterDate);
}

}  // namespace tuyentap
