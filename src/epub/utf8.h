// The little UTF-8 walking the EPUB writer needs: code points for the font subsets, and
// text that XML 1.0 can carry.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap::epub {

// Decodes the code point at s[i] and advances i; invalid bytes give U+FFFD (one byte each).
char32_t next_code_point(std::string_view s, size_t& i);

// Appends the UTF-8 bytes of c.
void append_utf8(std::string& out, char32_t c);

// "U+1F600"
std::string code_point_label(char32_t c);

// Characters that draw nothing (format controls, variation selectors, BOM…): a font need
// not have a glyph for them, so they are never reported as missing.
bool is_default_ignorable(char32_t c);

// The text with what XML 1.0 cannot hold removed (C0 controls other than tab/LF/CR,
// U+FFFE/U+FFFF); invalid UTF-8 becomes U+FFFD. Returns the input unchanged when clean.
std::string xml_safe(std::string_view s);

}  // namespace tuyentap::epub
