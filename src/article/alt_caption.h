// An image's markup left in a page's text whose alt text is the photo's caption: '<img
// src="hoinghi.jpg" alt="Đồng chí Bí thư Đảng ủy phường quán triệt nghị quyết">',
// '![Các đại biểu dự hội nghị](anh-1.jpg)'. Markup is chrome (image_markup.h), but an editor
// who writes a scene into the alt text and no caption under the photo has captioned it there;
// a CMS's fixed alt text ("Nhấn vào ảnh để phóng to") or a file's name is none. The title is
// not asked here: an alt text that copies the article's title is taken off as a title repeat
// (title_repeat.h) before, and one that retells it with a scene's words passes.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tuyentap {

// The alt text of the one image whose markup is the whole line (spaces aside), when it reads
// as a photo's caption: 3 to 30 words, starting with a capital, not in capitals, one clause
// (no sentence stop inside, no ? ! : ;), none of the body's reasoning words (scene_caption.h:
// "để" rules out "Nhấn vào ảnh để phóng to") and the words of a scene (names_scene_words: an
// act before a camera, a person's title, an event, a place). nullopt for any other line.
std::optional<std::string> alt_caption(std::string_view line);

}  // namespace tuyentap
