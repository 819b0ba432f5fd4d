// Lines a page's text keeps where a photo stood, which no writer types: the image in a
// converter's markdown, and an image's bare name. The plain-text reader blanks them with
// the other photo markers (text_prepare.h step 2), and the line of text under them learns
// a photo stood above it (a caption, when its shape is one).
#pragma once

#include <string_view>

namespace tuyentap {

// "![](anh-1.jpg)", "![Quang cảnh hội nghị](https://…/a.png)", "![]() |": a markdown image
// alone on its line, or in a table's cell (a bar after it, or before and after it), as a
// page copied through a converter keeps a photo and its caption in a table of one column.
bool is_markdown_image(std::string_view line);

// "dien luc", "dienluc", "dai-hoi-3", "anh_1": an image's name without its extension (its alt
// text or title, which a CMS fills with the file's name): one to three words of lower-case
// ASCII letters, digits, '_' and '-', with a letter, at most 40 bytes. In a Vietnamese text no
// line of the article is written so (the caller asks it only of a text with Vietnamese
// letters: a text typed without its marks is not one).
bool is_bare_image_name(std::string_view line);

}  // namespace tuyentap
