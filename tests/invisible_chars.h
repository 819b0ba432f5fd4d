// Test samples shared by the PDF (layout) and EPUB tests: both writers decide with
// text/unicode.h's needs_glyph which characters a font must have, so they report the same.
#pragma once

#include <string>
#include <vector>

namespace tuyentap::test {

// Characters that need no glyph and that the bundled fonts (Noto, Liberation) lack: a Hangul
// filler, a musical beam control, a language tag, a variation selector of plane 14, a
// shorthand format control and DEL. Neither writer may report them missing.
inline const std::vector<std::string> kInvisibleNotInFonts = {
    "\u3164", "\u115F", "\uFFA0", "\U0001D173", "\U000E0001", "\U000E0100", "\U0001BCA0", "\x7F"};

// A paragraph with each of them inside a word, at a word's start and at its end, and one
// character that does need a glyph and is in none of the fonts: 中 (U+4E2D).
inline std::string invisible_chars_paragraph() {
  std::string text = "Chữ \xE4\xB8\xAD.";
  for (const std::string& c : kInvisibleNotInFonts) text += " Đả" + c + "ng " + c + "đảng viên" + c;
  return text;
}

}  // namespace tuyentap::test
