// A title the page broke over lines: see broken_title.h.
#include "article/broken_title.h"

#include <array>
#include <string>
#include <string_view>

#include "article/text_header.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxTitleParagraphs = 4;
constexpr std::size_t kMaxJoinedWords = 60;

// Folded linking words ("về", "đối với" …) that cannot open a title's second line.
constexpr std::array<std::string_view, 16> kLinkingWords = {
    "ve", "trong", "cua", "va",  "voi", "cho",  "doi voi", "tai",
    "o",  "tren",  "tu",  "den", "de",  "nham", "theo",    "gan voi"};

bool opens_with_linking_word(std::string_view text) {
  std::string folded = fold_for_match(text.substr(0, 40));
  for (std::string_view w : kLinkingWords)
    if (folded.starts_with(w) && (folded.size() == w.size() || folded[w.size()] == ' '))
      return true;
  return false;
}

bool title_part(const Paragraph& p) {
  return !shows_photo(p.photo) && is_all_caps(p.text) && !is_body_text(p.text) &&
         at_most_words(p.text, kMaxJoinedWords);
}

}  // namespace

void join_broken_title(std::vector<Paragraph>& paras) {
  std::size_t i = 1;
  while (i < paras.size() && i < kMaxTitleParagraphs) {
    Paragraph& above = paras[i - 1];
    const Paragraph& p = paras[i];
    if (!title_part(above) || !title_part(p) || !opens_with_linking_word(p.text) ||
        !at_most_words(above.text + " " + p.text, kMaxJoinedWords)) {
      ++i;
      continue;
    }
    above.text += " " + p.text;
    paras.erase(paras.begin() + static_cast<std::ptrdiff_t>(i));
  }
}

std::size_t whole_of_broken_title(std::span<const std::string_view> paras, std::size_t t) {
  constexpr std::size_t kMaxBack = 3;
  if (t < 2 || t >= paras.size()) return t;
  auto without_spaces = [](std::string_view a, std::string_view b) {
    std::string out;
    for (std::string_view part : {a, b})
      for (char c : part)
        if (c != ' ') out += c;
    return out;
  };
  std::string halves = without_spaces(paras[t - 1], paras[t]);
  for (std::size_t back = 2; back <= kMaxBack && back <= t; ++back)
    if (without_spaces(paras[t - back], {}) == halves && is_title_like(paras[t - back]))
      return t - back;
  return t;
}

}  // namespace tuyentap
