// An office signing the article: see office_byline.h.
#include "article/office_byline.h"

#include <algorithm>
#include <array>
#include <string>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxOfficeWords = 6;

// Folded, each followed by a space and a capitalised word in the line.
constexpr std::array<std::string_view, 5> kOfficeNouns = {"văn phòng", "ban", "phòng", "bộ phận",
                                                          "tổ"};

}  // namespace

bool signs_as_office(std::string_view line) {
  if (line.ends_with('.')) line.remove_suffix(1);
  if (line.empty() || !at_most_words(line, kMaxOfficeWords) || word_count(line) < 2 ||
      line.find_first_of(",.:;!?()\"-") != std::string_view::npos)
    return false;
  std::string folded = fold_exact(line);
  for (std::string_view noun : kOfficeNouns) {
    if (folded.size() <= noun.size() + 1 || !folded.starts_with(noun) || folded[noun.size()] != ' ')
      continue;
    // the word after the noun, found in the line by counting words (folding may change bytes)
    std::size_t nouns = static_cast<std::size_t>(std::count(noun.begin(), noun.end(), ' ')) + 1;
    std::string_view rest = line;
    for (std::size_t i = 0; i < nouns; ++i) {
      std::size_t space = rest.find(' ');
      if (space == std::string_view::npos) return false;
      rest.remove_prefix(space + 1);
    }
    return starts_with_upper(rest) && !is_all_caps(line);
  }
  return false;
}

}  // namespace tuyentap
