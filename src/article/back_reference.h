// A paragraph that opens by pointing back into the text before it ("Nhân dịp này …", "Tại
// đây …", "Qua đó …") goes on with the article: a photo's caption stands alone under its
// photo and names its scene outright, so it never opens with a word that needs the paragraph
// before it. The caption rules without a credit word (bare_caption.h, scene_caption.h) ask
// this of a line before taking it for a caption: a body paragraph that names the title's
// award ("Nhân dịp này Đảng bộ huyện tuyên dương và tặng giấy khen …") is no caption.
#pragma once

#include <string_view>

namespace tuyentap {

// The line opens with a phrase that refers to what was said before it (its first words, in
// any case, followed by a space or a comma). Reads at most the line's first 40 bytes.
bool opens_with_back_reference(std::string_view line);

}  // namespace tuyentap
