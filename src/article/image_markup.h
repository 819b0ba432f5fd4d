// An image's markup left in a page's text where the photo stood: an HTML tag
// ('<img src="…" alt="…">'), an '<image>…</image>' element (as a store of page texts writes
// a photo, its alt text inside: 'alt="Nhấn vào ảnh để phóng to"', a CMS's "click to enlarge")
// or a markdown image ('![alt](url)'). Neither the markup nor the alt text is the article's:
// the line is chrome, and a photo stood there. Seen on real pages (tests/fixtures/real-eval20/).
#pragma once

#include <string_view>

namespace tuyentap {

// The whole line (spaces aside) is one or more images' markup, or one table cell holding them
// ("![]() |", "| ![](anh-2.jpg) |": a page copied through a converter keeps a photo and its
// caption in a table of one column).
bool is_image_markup(std::string_view line);

// "… cùng toàn thể cán bộ, giáo viên, phụ huynh và các cháu học sinh.![]()": images' markup
// glued after the line's last sentence (its stop, then the markup to the line's end), where the
// photos stood under the paragraph (real-eval66/mncamlien-camthuy-1). The bytes the text keeps
// (the markup and the spaces before it cut off), 0 when the line ends otherwise. Only the last
// opening after a stop is tried: linear in the line.
std::size_t image_markup_after_sentence(std::string_view line);

}  // namespace tuyentap
