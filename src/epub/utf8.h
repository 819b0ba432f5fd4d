// What the EPUB writer needs beyond text/utf8.h: labels for characters, and text that
// XML 1.0 can carry.
#pragma once

#include <string>
#include <string_view>

namespace tuyentap::epub {

// "U+1F600"
std::string code_point_label(char32_t c);

// The text with what XML 1.0 cannot hold removed (C0 controls other than tab/LF/CR,
// U+FFFE/U+FFFF); invalid UTF-8 becomes U+FFFD. Returns the input unchanged when clean.
std::string xml_safe(std::string_view s);

}  // namespace tuyentap::epub
