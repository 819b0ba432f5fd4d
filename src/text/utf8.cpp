#include "text/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace tuyentap::utf8 {

std::size_t valid_prefix(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    // Skip ASCII a word at a time.
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    std::size_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return start;
  }
  return n;
}

bool is_ascii(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) return false;
  }
  for (; i < s.size(); ++i)
    if (p[i] >= 0x80) return false;
  return true;
}

bool is_plainly_nfc(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    while (i + 8 <= n) {
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
    // U+2000 and U+2001 decompose to U+2002 and U+2003; U+20D0.. are combining marks.
    bool plain = c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2002 && c < 0x20D0);
    if (!plain) return false;
  }
  return true;
}

char32_t next(std::string_view s, std::size_t& i) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  UChar32 c;
  U8_NEXT(p, i, s.size(), c);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void append(std::string& out, char32_t c) {
  char buf[4];
  std::size_t len = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<std::uint8_t*>(buf), len, 4, static_cast<UChar32>(c), error);
  if (error) {
    out += "\xEF\xBF\xBD";
    return;
  }
  out.append(buf, len);
}

std::string sanitize(std::string_view s, std::size_t* replaced) {
  std::size_t count = 0;
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t good = valid_prefix(s.substr(i));
    out.append(s.substr(i, good));
    i += good;
    if (i >= s.size()) break;
    next(s, i);  // consumes the maximal ill-formed subpart
    out += "\xEF\xBF\xBD";
    ++count;
  }
  if (replaced) *replaced = count;
  return out;
}

}  // namespace tuyentap::utf8
