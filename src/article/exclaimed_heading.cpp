// A subheading that exclaims: see exclaimed_heading.h.
#include "article/exclaimed_heading.h"

#include <algorithm>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

bool exclaims_heading(std::string_view line) {
  if (line.empty() || !at_most_words(line, kMaxExclaimedHeadingWords) ||
      at_most_words(line, kMinExclaimedHeadingWords - 1))
    return false;
  // "Kính thưa …", "Thưa …": a speech's salutation
  std::string folded = fold_for_match(first_word(line));
  if (folded == "kinh" || folded == "thua") return false;
  std::string_view body = line;
  // closing quotes or brackets after the "!": "… đỏ!”"
  for (bool again = true; again;) {
    again = false;
    for (std::string_view close : {"\"", "'", ")", "”", "’", "»"})
      if (body.ends_with(close)) {
        body.remove_suffix(close.size());
        again = true;
      }
  }
  if (!body.ends_with('!')) return false;
  body.remove_suffix(1);
  if (body.empty() || std::count(line.begin(), line.end(), '!') != 1 ||
      body.find_first_of("?:;,") != std::string_view::npos || body.find("…") != body.npos ||
      body.ends_with('.') || stops_a_sentence_inside(body))
    return false;
  return starts_with_upper(line) && !is_all_caps(line);
}

}  // namespace tuyentap
