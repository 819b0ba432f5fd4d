// Which of many short lines occur in one text, in time that grows with the text times the
// number of distinct line lengths, not with the text times the number of lines: the text
// reader asks it whether a body line repeats a link title of the article's cut-off tail.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace tuyentap {

// The work allowed: the text is looked at once for each distinct needle length, and only its
// first kMaxOccursWork / (distinct lengths) bytes when that is less than the whole. A page's
// tail (some kilobytes) with some dozen link-title lengths is searched whole; a hostile page
// with thousands of lengths in a 16 MB tail is searched in its opening part only.
inline constexpr std::size_t kMaxOccursWork = std::size_t{1} << 26;

// found[i]: needles[i] (not empty) occurs in `text` (as text.find would say), within the
// window above. Rabin-Karp: the needles of one length in a table by their hash, the text's
// windows of that length hashed as the window moves; a hit is compared byte for byte.
std::vector<bool> occurs_in(std::string_view text, const std::vector<std::string_view>& needles);

}  // namespace tuyentap
