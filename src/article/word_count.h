// The word counter behind word_count and at_most_words (text_lines.h), for a rule that asks
// several bounds of the same line: one count, stopped past the highest bound, answers them all.
#pragma once

#include <cstddef>
#include <string_view>

namespace tuyentap {

// min(word_count(s), limit + 1): the words of s, counted until more than `limit` are seen.
std::size_t words_up_to(std::string_view s, std::size_t limit);

}  // namespace tuyentap
