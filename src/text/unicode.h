// Unicode character properties, from ICU (never hand-written tables), for the two writers:
// the PDF typesetter (layout/) and the EPUB writer decide with the same functions which
// characters a font must draw, so a character missing from the fonts is reported by both or
// by neither.
#pragma once

namespace tuyentap {

// General_Category Mark (Mn, Mc, Me): a combining accent or vowel sign that sits on the
// letter before it, so it is drawn with that letter's font.
bool is_combining_mark(char32_t c);

// Default_Ignorable_Code_Point: characters that draw nothing unless a font chooses to
// (soft hyphen, zero-width space and joiners, variation selectors, BOM, bidi controls…).
bool is_default_ignorable(char32_t c);

// Whether showing `c` takes a glyph from a font: not for controls (General_Category Cc)
// nor for default-ignorable characters. A font that lacks a character that needs a glyph
// is a problem worth reporting; one that lacks any other is not.
bool needs_glyph(char32_t c);

}  // namespace tuyentap
