// The title printed again in the body, for the text reader's step 3 (text_reader.h
// clean_body_start): "Title - ảnh 1", "Title hinh anh 2", "Title - 1" or the title itself (a
// photo's alt text, a video's title), and a related box's link that cut the title and glued
// the next link's on.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// How a paragraph repeats the title: not at all, alone, with a photo placeholder's number or
// photo word, or as a placeholder with the next line glued on ("Title - Ảnh 2.Cháy rừng …", a
// related article's box).
enum class TitleRepeat { No, Alone, Numbered, Glued };

// `folded_title` is the title after fold_for_match.
TitleRepeat repeats_title(std::string_view p, const std::string& folded_title);

// A related-links box that cut the title inside its last word and glued the next link's
// title on: "… lần thứ VI" as "… lần thứ VHà Nội: Chiều nay …". Only a title of at least 6
// words, so that a paragraph can hardly start that way by chance.
bool cut_title_glued(std::string_view p, std::string_view title);

}  // namespace tuyentap
