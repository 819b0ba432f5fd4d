// Unmarked photo names: see unmarked_photo_names.h.
#include "article/unmarked_photo_names.h"

#include <cstddef>

#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxNameBytes = 120;
constexpr std::size_t kMinWords = 3;
constexpr std::size_t kMaxWords = 12;
constexpr std::size_t kMaxNumberDigits = 3;

// The line's words of letters (lower case) when it has the name's shape, else none.
std::optional<std::vector<std::string>> name_words(std::string_view line) {
  line = trim_spaces(line);
  if (line.empty() || line.size() > kMaxNameBytes) return std::nullopt;
  std::vector<std::string> words;
  bool numbered = false;
  while (!line.empty()) {
    std::size_t end = line.find(' ');
    std::string_view word = line.substr(0, end);
    line = end == std::string_view::npos ? std::string_view() : trim_spaces(line.substr(end));
    if (numbered) return std::nullopt;  // the number closes the name
    bool digits = true, letters = true;
    for (char c : word) {
      digits = digits && is_ascii_digit(c);
      letters = letters && is_ascii_letter(c);
    }
    if (digits && word.size() <= kMaxNumberDigits && !words.empty()) {
      numbered = true;
    } else if (letters) {
      words.push_back(lower_ascii(word));
      if (words.size() > kMaxWords) return std::nullopt;
    } else {
      return std::nullopt;
    }
  }
  if (!numbered || words.size() < kMinWords) return std::nullopt;
  return words;
}

}  // namespace

bool UnmarkedPhotoNames::is_photo_name(std::string_view line) {
  std::optional<std::vector<std::string>> words = name_words(line);
  if (!words) return false;
  if (!marked_words_) {
    marked_words_.emplace();
    for (const std::string& l : lines_) {
      std::string_view rest = l;
      while (!rest.empty()) {
        std::size_t end = rest.find(' ');
        std::string_view word = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
        bool marked = false;
        for (char c : word) marked = marked || static_cast<unsigned char>(c) >= 0x80;
        if (!marked) continue;
        std::string folded = fold_for_match(word);  // "cham," of "Chẩm,": the letters alone
        std::size_t from = 0, to = folded.size();
        while (from < to && !is_ascii_letter(folded[from])) ++from;
        while (to > from && !is_ascii_letter(folded[to - 1])) --to;
        if (to > from) marked_words_->insert(folded.substr(from, to - from));
      }
    }
  }
  std::size_t found = 0;
  for (const std::string& w : *words) found += marked_words_->contains(w);
  return found >= kMinWords && found + 1 >= words->size();
}

}  // namespace tuyentap
