// A subheading that exclaims: "Thêm nhiều “hạt giống đỏ”!", "Tuổi trẻ xung kích!" — a
// feature's or a reportage's part heading, a few words with the writer's "!" where a heading
// has no punctuation. A sentence of the body that exclaims is longer, or tells with a clause
// before it; a caption never exclaims. Seen on a national paper's series (tests/fixtures/
// real-eval21/), where the heading under a photo hid the caption above it.
#pragma once

#include <string_view>

namespace tuyentap {

// At most kMaxExclaimedHeadingWords words opening with a capital, ending in one "!" (perhaps
// before closing quotes), with no other sentence punctuation (". " inside, "? : ; …", a
// comma) and not in capitals (a slogan, which closes a text).
inline constexpr std::size_t kMaxExclaimedHeadingWords = 10;
bool exclaims_heading(std::string_view line);

}  // namespace tuyentap
