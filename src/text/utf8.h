// Small UTF-8 helpers: the decoders, normalisation and scoring use them, and so do the
// stages above that walk text by code point (readers, layout, EPUB, the terminal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tuyentap::utf8 {

// Length of the longest prefix of s that is valid UTF-8 (== s.size() when all of it is).
// Pure ASCII is checked eight bytes at a time: most archive text is mostly ASCII.
std::size_t valid_prefix(std::string_view s);

bool is_ascii(std::string_view s);

// The first at most `max_bytes` bytes of s, never cutting a code point in two: the cut moves
// back to the start of the code point it would split (to look at a line's opening words
// without folding all of it).
inline std::string_view whole_prefix(std::string_view s, std::size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  std::size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

inline bool is_valid(std::string_view s) {
  return valid_prefix(s) == s.size();
}

// true when s is valid UTF-8 made only of code points that are NFC whatever surrounds them
// (below U+0300, the precomposed Latin letters at U+1E00..U+1EFF, general punctuation and
// currency signs): Vietnamese text in NFC passes in one cheap scan, without ICU.
bool is_plainly_nfc(std::string_view s);

// What one pass over s finds: the valid prefix, whether s is pure ASCII, and whether it is
// plainly NFC (as is_plainly_nfc; false when s is not all valid).
struct Scan {
  std::size_t valid = 0;
  bool ascii = true;
  bool plainly_nfc = true;
};
Scan scan(std::string_view s);

// Copies s, replacing each ill-formed sequence (maximal subpart, as ICU and WHATWG do) by
// U+FFFD. *replaced (if given) receives the number of replacements.
std::string sanitize(std::string_view s, std::size_t* replaced = nullptr);

// next() for what its inline part leaves: the rarer leads, and ill-formed input.
char32_t next_other(std::string_view s, std::size_t& i);

// Decodes the code point at s[i] (i < s.size()) and advances i; ill-formed input yields
// U+FFFD (ICU's U8_NEXT's maximal subpart stepped over). Inline for ASCII and the two- and
// three-byte leads Vietnamese text is made of, whose every continuation is allowed: the
// readers walk every letter of a page with it.
inline char32_t next(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const char32_t b = p[i];
  if (b < 0x80) {
    ++i;
    return b;
  }
  auto continues = [&](std::size_t k) { return k < s.size() && (p[k] & 0xC0) == 0x80; };
  if (b >= 0xC2 && b <= 0xDF && continues(i + 1)) {
    const char32_t c = ((b & 0x1F) << 6) | (p[i + 1] & 0x3F);
    i += 2;
    return c;
  }
  if (b >= 0xE1 && b <= 0xEC && continues(i + 1) && continues(i + 2)) {
    const char32_t c = ((b & 0x0F) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3F);
    i += 3;
    return c;
  }
  return next_other(s, i);
}

void append(std::string& out, char32_t c);

}  // namespace tuyentap::utf8
