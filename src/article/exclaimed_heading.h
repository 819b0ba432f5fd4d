// A subheading that exclaims: "Thêm nhiều “hạt giống đỏ”!", "Tuổi trẻ xung kích!" — a
// feature's or a reportage's part heading, a few words with the writer's "!" where a heading
// has no punctuation. A sentence of the body that exclaims is longer, or tells with a clause
// before it; a caption never exclaims. Seen on a national paper's series (tests/fixtures/
// real-eval21/), where the heading under a photo hid the caption above it.
#pragma once

#include <string_view>

namespace tuyentap {

// From kMinExclaimedHeadingWords to kMaxExclaimedHeadingWords words opening with a capital,
// ending in one "!" (perhaps before closing quotes), with no other sentence punctuation (". "
// inside, "? : ; …", a comma) and not in capitals (a slogan, which closes a text). Fewer words
// are an interjection or a cheer ("Chúc mừng!", "Cảm ơn bạn!", a line of the text or of
// someone speaking), no heading: a heading names its part's matter, and takes words to do it.
// Nor is an address to the audience ("Kính thưa các đồng chí!", a speech's salutation).
inline constexpr std::size_t kMinExclaimedHeadingWords = 4;
inline constexpr std::size_t kMaxExclaimedHeadingWords = 10;
bool exclaims_heading(std::string_view line);

}  // namespace tuyentap
