#include "epub/utf8.h"

#include <cstdio>

#include "text/utf8.h"

namespace tuyentap::epub {

std::string code_point_label(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

static bool xml_char_ok(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
}

std::string xml_safe(std::string_view s) {
  // Fast path: nearly all text is clean.
  bool clean = true;
  for (size_t i = 0; i < s.size() && clean;) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      clean = c >= 0x20 || c == 0x9 || c == 0xA || c == 0xD;
      ++i;
    } else {
      size_t before = i;
      char32_t cp = utf8::next(s, i);
      clean = xml_char_ok(cp) && !(cp == 0xFFFD && i - before == 1);
    }
  }
  if (clean) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp = utf8::next(s, i);
    if (xml_char_ok(cp)) utf8::append(out, cp);
  }
  return out;
}

}  // namespace tuyentap::epub
