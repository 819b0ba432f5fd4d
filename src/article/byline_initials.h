// Initials typed in title case: "Tq", "Kh", "Bbt", "Tvb", "Pv" sign a text as "TQ", "KH", "BBT"
// do. The button rules (vi_syllable.h is_foreign_word) take a word of letters not in capitals
// that no syllable spells for a page's English label ("Top", "Home", "Back"); every such label
// has a vowel, and initials of two to four letters mostly have none.
#pragma once

#include <string_view>

namespace tuyentap {

// `word` is two to four ASCII letters, none of them a vowel (a, e, i, o, u, y; any case).
bool is_vowelless_initials(std::string_view word);

}  // namespace tuyentap
