// The title printed again in the body, for the text reader's step 3 (text_reader.h
// clean_body_start): "Title - ảnh 1", "Title hinh anh 2", "Title - 1" or the title itself (a
// photo's alt text, a video's title), and a related box's link that cut the title and glued
// the next link's on.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tuyentap {

// How a paragraph repeats the title: not at all, alone, with a photo placeholder's number or
// photo word, as a placeholder with the next line glued on ("Title - Ảnh 2.Cháy rừng …", a
// related article's box), or as a photo's alt text (the title, the photo word and its number)
// glued to the photo's caption with no space ("Title ảnh 1Khi dịch bệnh … Ảnh: Văn Đức",
// tests/fixtures/real-eval36/dantocmiennui-1: the number runs into a capital).
enum class TitleRepeat { No, Alone, Numbered, Glued, CaptionGlued, Mistyped };

// The title typed again with one letter mistyped, as a whole paragraph, is Mistyped ("Công ty
// Công Chu …" under "Công ty Sông Chu …"; a title of 6 words at least): alone, as the page
// printed it, though not the title's own words, so that the reader tells the line it drops.
// `folded_title` is the title after fold_for_match.
TitleRepeat repeats_title(std::string_view p, const std::string& folded_title);

// Where the caption starts in a paragraph repeats_title reads as CaptionGlued: the capital
// right after the photo word's number ("… ảnh 1Khi …" → "Khi …"); nullopt when none.
std::optional<std::size_t> caption_after_alt_text(std::string_view p);

// A related-links box that cut the title inside its last word and glued the next link's
// title on: "… lần thứ VI" as "… lần thứ VHà Nội: Chiều nay …". Only a title of at least 6
// words, so that a paragraph can hardly start that way by chance.
bool cut_title_glued(std::string_view p, std::string_view title);

}  // namespace tuyentap
