// The one test of "only a name's words": a caption naming a place ("Trụ sở Đảng ủy xã …",
// place_caption.h) or an event past what the lead echoes ("… lần thứ XVI, nhiệm kỳ 2025 -
// 2030", event_caption.h) is a name and no sentence when each of its words is one a name is
// made of. Each rule gives its own lower-case words.
#pragma once

#include <algorithm>
#include <span>
#include <string_view>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

// `word` (no spaces, its marks off) is a capital's (a proper name's, a Roman numeral's), a
// number's, or one of `lower_words` (fold_exact keys: "ủy", "thôn", "nhiệm", "kỳ" …); any
// other lower-case word is a predicate's ("được xây dựng", "bầu").
inline bool is_name_word(std::string_view word, std::span<const std::string_view> lower_words) {
  if (word.empty() || starts_with_upper(word) || (word[0] >= '0' && word[0] <= '9')) return true;
  return std::find(lower_words.begin(), lower_words.end(), fold_exact(word)) != lower_words.end();
}

}  // namespace tuyentap
