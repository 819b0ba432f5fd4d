// Lines a page's text keeps where a photo stood, which no writer types: an image's bare name (the
// image's markup, tags or markdown, is article/image_markup.h's). The plain-text reader blanks them
// with the other photo markers (text_prepare.h step 2), and the line of text under them learns a
// photo stood above it (a caption, when its shape is one).
#pragma once

#include <string_view>

namespace tuyentap {

// "dien luc", "dienluc", "dai-hoi-3", "anh_1": an image's name without its extension (its alt
// text or title, which a CMS fills with the file's name): one to three words of lower-case
// ASCII letters, digits, '_' and '-', with a letter, at most 40 bytes. In a Vietnamese text no
// line of the article is written so (the caller asks it only of a text with Vietnamese
// letters: a text typed without its marks is not one).
bool is_bare_image_name(std::string_view line);

// A bare image name (above) of one word of at least 12 bytes ("leftcenterrightdel",
// "daihoidangbo"): longer than any abbreviation a site writes in lower case ("ubkt", "tw"), so
// it is machine text even in the header, where a short one may be a site's abbreviation.
bool is_long_machine_word(std::string_view line);

}  // namespace tuyentap
