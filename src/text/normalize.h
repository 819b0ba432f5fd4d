// Vietnamese text normalisation: NFC, the two tone-mark placements, folding for matching.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap {

// Unicode NFC (ICU). Invalid UTF-8 sequences become U+FFFD. A run of more than 30 combining
// marks gets a combining grapheme joiner (U+034F) after every 30th (UAX #15's Stream-Safe
// format), which keeps normalisation linear.
std::string to_nfc(std::string_view utf8);

// Rewrites the "new" tone placement to the "old" (traditional) one where they differ, so
// that hóa/hoá, ủy/uỷ, thúy/thuý compare equal: oa oe uy + tone (hoá → hóa, thuý → thúy).
// The input is NFC; the output is NFC.
std::string unify_tone_placement(std::string_view nfc);

// Matching key: lower case, every letter folded to its base letter, đ → d, tone placement
// irrelevant, whitespace runs → one space, trimmed. "Xây dựng Đảng" → "xay dung dang".
std::string fold_for_match(std::string_view utf8);

// Exact-but-forgiving key: lower case, NFC, tone placement unified, whitespace folded;
// diacritics kept. "Công tác Hoá" and "công tác hóa" give the same key.
std::string fold_exact(std::string_view utf8);

// Collapses runs of white space (incl. tabs, NBSP) to single spaces and trims.
std::string fold_whitespace(std::string_view utf8);

// Lower / upper case with ICU's Vietnamese rules.
std::string to_lower_vi(std::string_view utf8);
std::string to_upper_vi(std::string_view utf8);

}  // namespace tuyentap
