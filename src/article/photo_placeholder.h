// A CMS's alt text where a photo stood, printed as a line of the page's text: "Khởi tố ông …
// - Ảnh 1.", "… hinh anh 2", "<title> ảnh 1" (the title, or the photo's caption, then the
// photo's number). The line is chrome; the line under it may be the photo's caption.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// The lines of one text, asked whether some words stand as a line of it (or start one, when
// the CMS cut the alt text) that is no placeholder of them itself ("<words> ảnh 2"). Sorted
// once, when first asked, so that a text of many placeholders stays quick.
class PlaceholderWords {
 public:
  explicit PlaceholderWords(const std::vector<std::string>& lines) : lines_(lines) {}
  bool stand_as_a_line(std::string_view words);

 private:
  const std::vector<std::string>& lines_;
  std::optional<std::vector<std::string>> sorted_;
};

// The line is a placeholder: words, then " - ảnh N", " hình ảnh N", " hinh anh N" (any case,
// at most three digits, a final stop or none); or words and " ảnh N" with nothing between,
// when the words (at least five, no sentence stop) stand as a line of the text in `lines`:
// the title or a caption; or such words and the photo's number in brackets ("<title> (1)").
// A sentence of the body may end so ("… các bức ảnh từ ảnh 1", "… theo Điều 5 (2)") and is
// text.
bool is_photo_placeholder(std::string_view line, PlaceholderWords& lines);

}  // namespace tuyentap
