// A print style's word lists that tie line breaks (its [text] compounds and number_words),
// prepared once when the style is read: the lines of every title, list entry and paragraph
// look words up in them (layout/ties.h), so they are folded and sorted here, not there.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

class TieWords {
 public:
  TieWords() = default;
  // The lists as the style writes them: any case, either tone placement ("đảng uỷ").
  TieWords(const std::vector<std::string>& compounds, const std::vector<std::string>& number_words);

  // Whether `key` (fold_exact of the text: lower case, one tone placement) is one of the
  // two-syllable compounds ("chi bộ"), or a word a number stays with ("năm", "trung ương").
  bool compound(std::string_view key) const;
  bool number_word(std::string_view key) const;

  bool has_compounds() const { return !compounds_.empty(); }
  bool has_number_words() const { return !number_words_.empty(); }
  // The most syllables of a number word ("lần thứ": 2), how far back a lookup reaches.
  int number_word_syllables() const { return number_word_syllables_; }

 private:
  std::vector<std::string> compounds_, number_words_;  // fold_exact keys, sorted
  int number_word_syllables_ = 0;
};

}  // namespace tuyentap
