// "Lang van hoa xa co cham 2": a photo's name that a CMS made from its caption or title by
// dropping the marks, numbered, and printed where the photo stood (its alt text). In a text
// written with Vietnamese marks no line of the article is typed without them, so such a line
// is the photo's place, not a caption (image_lines.h's bare names are its short lower-case kin).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace tuyentap {

// The lines of one text, asked whether a line is an unmarked photo name: at least three words
// of ASCII letters (the first may be a capital) and a closing number of one to three digits,
// nothing else, where every word but one is a word of the text written with marks, folded
// ("lang" of "Làng", "xa" of "xã"), and at least three are. An English name ("Smart City Expo
// 2") folds to no word of a Vietnamese text. The text's folded words are gathered once, when a
// line of that shape is first asked about.
class UnmarkedPhotoNames {
 public:
  explicit UnmarkedPhotoNames(const std::vector<std::string>& lines) : lines_(lines) {}
  bool is_photo_name(std::string_view line);

 private:
  const std::vector<std::string>& lines_;
  std::optional<std::unordered_set<std::string>> marked_words_;
};

}  // namespace tuyentap
