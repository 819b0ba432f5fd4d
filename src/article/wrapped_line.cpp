// Lines wrapped where their last word cannot end them: see wrapped_line.h.
#include "article/wrapped_line.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxHalfWords = 30;

// Words that lead into what follows them: a line cannot end on one. Not "trên", "về", "đến",
// which end menu items as adverbs ("Lên trên", "Trở về"), nor "từ" ("Từ khóa" splits).
constexpr std::array<std::string_view, 10> kLeadingWords = {
    "tại", "của", "và", "với", "cho", "ở", "trong", "các", "những", "thuộc"};

// The line's last `words` words (1 or 2), folded (fold_exact): the line whole when it has fewer.
std::string folded_last_words(std::string_view line, std::size_t words) {
  std::size_t from = line.size();
  for (std::size_t w = 0; w < words && from != std::string_view::npos && from > 0; ++w)
    from = line.rfind(' ', from - 1);
  return fold_exact(line.substr(from == std::string_view::npos ? 0 : from + 1));
}

bool wrapped_into(const Paragraph& p, const Paragraph& next) {
  return next.photo == PhotoHint::None && at_most_words(p.text, kMaxHalfWords) &&
         at_most_words(next.text, kMaxHalfWords) && !ends_with_sentence_punct(p.text) &&
         starts_with_upper(next.text) && ends_on_leading_word(p.text);
}

}  // namespace

bool ends_on_leading_word(std::string_view line) {
  if (line.find(' ') == std::string_view::npos) return false;
  const std::string last = folded_last_words(line, 1);
  if (std::find(kLeadingWords.begin(), kLeadingWords.end(), last) == kLeadingWords.end())
    return false;
  // "Kính gửi: Các cơ sở Hội trực thuộc": "trực thuộc" (affiliated) ends its noun phrase; the
  // letter's addressees were joined to the text under them, and the frame left it out with them
  return last != "thuộc" || folded_last_words(line, 2) != "trực thuộc";
}

bool ends_on_place_noun(std::string_view line) {
  constexpr std::array<std::string_view, 8> kPlaceNouns = {"tỉnh", "huyện", "xã",   "phường",
                                                           "quận", "tp",    "thôn", "ấp"};
  if (line.find(' ') == std::string_view::npos) return false;
  const std::string last = folded_last_words(line, 1);
  if (std::find(kPlaceNouns.begin(), kPlaceNouns.end(), last) != kPlaceNouns.end()) return true;
  // "thành phố", "thị trấn" (a street, "đường phố", ends a clause)
  const std::string two = folded_last_words(line, 2);
  return two == "thành phố" || two == "thị trấn";
}

bool continues_caption(std::string_view caption, std::string_view line) {
  constexpr std::size_t kMaxJoinedWords = 40;
  // a word of letters first: "a)", "b." mark a list's items, "e-Cabinet" a name
  std::string_view first = line.substr(0, line.find(' '));
  return !caption.empty() && !ends_with_sentence_punct(caption) && starts_with_lower(line) &&
         first.find_first_of("0123456789()./-_+&") == std::string_view::npos &&
         !stops_a_sentence_inside(line) && line.find_first_of(";:?!") == std::string_view::npos &&
         word_count(caption) + word_count(line) <= kMaxJoinedWords;
}

void join_wrapped_lines(std::vector<Paragraph>& paras) {
  if (paras.empty()) return;
  std::size_t out = 0;
  for (std::size_t i = 1; i < paras.size(); ++i) {
    if (wrapped_into(paras[out], paras[i])) {
      paras[out].text += ' ';
      paras[out].text += paras[i].text;
    } else if (++out != i) {
      paras[out] = std::move(paras[i]);  // never a string moved onto itself
    }
  }
  paras.resize(out + 1);
}

}  // namespace tuyentap
