#include "epub/utf8.h"

#include <cstdio>

#include "text/utf8.h"

namespace tuyentap::epub {

std::string code_point_label(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

bool is_default_ignorable(char32_t c) {
  return c == 0x00AD || c == 0x034F || c == 0x061C || (c >= 0x115F && c <= 0x1160) ||
         (c >= 0x17B4 && c <= 0x17B5) || (c >= 0x180B && c <= 0x180F) ||
         (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x206F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) ||
         c == 0xFEFF || c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8) ||
         (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) ||
         (c >= 0xE0000 && c <= 0xE0FFF);
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
