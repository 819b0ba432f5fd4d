// The English "by" byline: see by_line.h.
#include "article/by_line.h"

#include "article/byline.h"
#include "article/text_lines.h"

namespace tuyentap {

std::optional<std::string_view> by_line_name(std::string_view line) {
  constexpr std::size_t kMaxNameWords = 6;
  std::string_view name;
  bool vietnamese = false;
  for (std::string_view by : {"by ", "By ", "BY ", "Bởi ", "bởi ", "BỞI "})
    if (line.starts_with(by)) {
      name = line.substr(by.size());
      vietnamese = by.size() > 3;
    }
  while (name.starts_with(' ')) name.remove_prefix(1);
  while (name.ends_with(' ')) name.remove_suffix(1);
  if (name.empty() || !at_most_words(name, kMaxNameWords) || ends_with_sentence_punct(name))
    return std::nullopt;
  bool digit = name.front() >= '0' && name.front() <= '9';
  if (!digit && !starts_with_upper(name)) return std::nullopt;
  // "Bởi" opens a sentence's reason too ("Bởi Nhân dân là chủ thể" under a question): the
  // Vietnamese word credits only a name or a byline's credit ("Bởi Ban biên tập")
  if (vietnamese && !looks_like_name(name) && !looks_like_byline(name)) return std::nullopt;
  return name;
}

}  // namespace tuyentap
