// Is this a Vietnamese syllable? The encoding detector's measure of a candidate decoding, and
// the byline's test of a one-word name (article/vi_syllable.h).
#pragma once

#include <string_view>

namespace tuyentap::vn {

// true when word (NFC, any case, letters only) is a well-formed Vietnamese syllable:
// initial consonant, a vowel nucleus of the language, an allowed final, at most one tone,
// and only the acute or dot-below tone before the stop finals c ch p t — or no tone at all
// unless `stops_need_tone` (Vietnamese writes none, "Top" is no syllable; the encoding
// detector lets it be, as text typed without its tones has it).
bool is_syllable(std::u32string_view word, bool stops_need_tone = false);

// How Vietnamese a decoded text looks. Only words with a non-ASCII letter are counted:
// ASCII words read the same in every candidate encoding and say nothing.
struct TextScore {
  int words = 0;  // words with a non-ASCII letter
  int valid = 0;  // of those, well-formed syllables
  int bad = 0;    // U+FFFD, stray control codes, loose combining marks, Latin-1 symbols
  double quality() const { return words + bad ? double(valid) / (words + bad) : 0.0; }
};

TextScore score_text(std::string_view utf8);

}  // namespace tuyentap::vn
