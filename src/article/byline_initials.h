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

namespace tuyentap {

// "GS-TS Hoàng Chí Bảo", "PGS, TS Lê Hà", "ThS. Minh Anh" → the name after its leading degrees
// (byline.h is_degree_word), each followed by a space, a dash, a comma or a dot: the person a
// text may name without them.
std::string_view name_without_degrees(std::string_view byline);

}  // namespace tuyentap
