// Internal to text/: the Vietnamese letters as (vowel, tone, case), so that tone placement,
// folding, syllable checks and the legacy codecs all read one table instead of six.
#pragma once

#include <optional>

namespace tuyentap::vn {

// The twelve vowel letters, in alphabetical (collation) order.
enum Vowel : unsigned char { A, A_BREVE, A_CIRC, E, E_CIRC, I, O, O_CIRC, O_HORN, U, U_HORN, Y };
inline constexpr int kVowels = 12;

// Tones in the order Vietnamese dictionaries sort them: none, grave (huyền), hook (hỏi),
// tilde (ngã), acute (sắc), dot below (nặng).
enum Tone : unsigned char { NONE, GRAVE, HOOK, TILDE, ACUTE, DOT };
inline constexpr int kTones = 6;

struct VowelLetter {
  Vowel vowel;
  Tone tone;
  bool upper;
};

// The vowel letter c is, if it is one (precomposed, NFC).
std::optional<VowelLetter> vowel_of(char32_t c);

// The precomposed letter for a vowel, tone and case.
char32_t compose(Vowel v, Tone t, bool upper);

// ASCII base letter of a vowel: ă â → a, ơ ô → o, ư → u …
char base_ascii(Vowel v);

inline constexpr char32_t kDLower = U'\u0111', kDUpper = U'\u0110';  // đ Đ

// Combining marks: the tone marks in Tone order (index 0 unused) and the vowel modifiers.
inline constexpr char32_t kToneMark[kTones] = {0, 0x0300, 0x0309, 0x0303, 0x0301, 0x0323};
inline constexpr char32_t kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;

}  // namespace tuyentap::vn
