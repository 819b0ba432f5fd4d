// CMS photo placeholders: see photo_placeholder.h.
#include "article/photo_placeholder.h"

#include <algorithm>
#include <array>

#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::array<std::string_view, 6> kPhotoWords = {" ảnh", " Ảnh", " ẢNH",
                                                         " anh", " Anh", " ANH"};

}  // namespace

bool PlaceholderWords::stand_as_a_line(std::string_view words) {
  if (!sorted_) {
    sorted_.emplace(lines_.begin(), lines_.end());
    std::sort(sorted_->begin(), sorted_->end());
  }
  auto first_not_below = [&](std::string_view key) {
    return std::lower_bound(sorted_->begin(), sorted_->end(), key,
                            [](const std::string& a, std::string_view b) { return a < b; });
  };
  // The lines that start with `words`, in order; the placeholders of the same words ("<words>
  // ảnh 1" … "<words> ảnh 40") stand together, and are stepped over at once, however many.
  for (auto it = first_not_below(words); it != sorted_->end();) {
    std::string_view line = *it;
    if (!line.starts_with(words)) return false;
    std::string_view rest = line.substr(words.size());
    auto photo = std::find_if(kPhotoWords.begin(), kPhotoWords.end(),
                              [&](std::string_view w) { return rest.starts_with(w); });
    if (photo == kPhotoWords.end()) return true;
    std::string past = std::string(words) + std::string(*photo);
    ++past.back();  // the first line after every one that starts with `words` and that word
    it = first_not_below(past);
  }
  return false;
}

bool is_photo_placeholder(std::string_view line, PlaceholderWords& others) {
  std::string_view s = line;
  while (!s.empty() && (s.back() == '.' || s.back() == ' ')) s.remove_suffix(1);
  // "<title> (1)": the photo's number in brackets after the title's words, as a CMS numbers
  // the photos of an article it names by its title (real-eval52/thannammau-1)
  constexpr std::size_t kMinTitleWords = 5, kMaxNumberDigits = 3;
  if (s.ends_with(')')) {
    const std::size_t open = s.rfind(" (");
    if (open == std::string_view::npos) return false;
    const std::string_view number = s.substr(open + 2, s.size() - open - 3);
    const std::string_view words = s.substr(0, open);
    return !number.empty() && number.size() <= kMaxNumberDigits &&
           number.find_first_not_of("0123456789") == std::string_view::npos &&
           !at_most_words(words, kMinTitleWords - 1) && !ends_with_sentence_punct(words) &&
           others.stand_as_a_line(words);
  }
  std::size_t digits = 0;
  while (!s.empty() && s.back() >= '0' && s.back() <= '9') {
    s.remove_suffix(1);
    ++digits;
  }
  if (digits == 0 || digits > 3 || !s.ends_with(" ")) return false;
  s.remove_suffix(1);
  bool photo = false;
  for (std::string_view w : kPhotoWords) {
    if (s.ends_with(w)) {
      s.remove_suffix(w.size());
      photo = true;
      break;
    }
  }
  if (!photo) return false;
  for (std::string_view before : {" -", " –", " hình", " hinh", " Hình", " Hinh"})
    if (s.ends_with(before)) return true;
  // "<title> ảnh 1" with nothing between: a title's words (at least five, no stop) before it
  return !at_most_words(s, kMinTitleWords - 1) && !ends_with_sentence_punct(s) &&
         s.find(". ") == std::string_view::npos && others.stand_as_a_line(s);
}

}  // namespace tuyentap
