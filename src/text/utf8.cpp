#include "text/utf8.h"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

#include "base/utf8_blocks.h"

namespace tuyentap::utf8 {

namespace {

// Bytes of an 8-byte word that are all ASCII.
inline bool ascii_word(const std::uint8_t* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080ull) == 0;
}

inline bool continuation(std::uint8_t b) {
  return (b & 0xC0) == 0x80;
}

// One pass that validates and checks "plainly NFC" together (they used to be two scans of
// every file). Vietnamese text has a non-ASCII letter every few bytes, so the common
// sequences are recognised by their bytes before falling back to ICU's general U8_NEXT:
// C2..CB + continuation is U+0080..U+02FF; E1 B8..BB + continuation is U+1E00..U+1EFF;
// E2 80..83 + continuation is U+2000..U+20FF. All three are always well-formed. Runs of
// such characters pass sixteen bytes at a time first (base/utf8_blocks.h plain_prefix).
// With stop_at_not_plain, the scan ends at the first code point that is not plainly NFC.
template <bool stop_at_not_plain>
Scan scan_impl(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const std::size_t n = s.size();
  Scan out;
  bool stopped = false;  // at a code point not plainly NFC
  bool high = false;
  const std::size_t end = utf8_blocks::walk(p, n, high, [&](std::size_t i) {
    out.ascii = false;
    const std::uint8_t b = p[i];
    if (b >= 0xC2 && b <= 0xCB && i + 1 < n && continuation(p[i + 1])) return i + 2;
    if (b == 0xE1 && i + 2 < n && p[i + 1] >= 0xB8 && p[i + 1] <= 0xBB && continuation(p[i + 2]))
      return i + 3;
    if (b == 0xE2 && i + 2 < n && p[i + 1] <= 0x83 && continuation(p[i + 1]) &&
        continuation(p[i + 2])) {
      // U+2000 and U+2001 decompose to U+2002 and U+2003; U+20D0.. are combining marks.
      char32_t c = 0x2000 + ((p[i + 1] & 0x3Fu) << 6) + (p[i + 2] & 0x3Fu);
      if (c < 0x2002 || c >= 0x20D0) {
        out.plainly_nfc = false;
        if (stop_at_not_plain) {
          stopped = true;
          return utf8_blocks::kStop;
        }
      }
      return i + 3;
    }
    std::size_t next = i;
    UChar32 c;
    U8_NEXT(p, next, n, c);
    if (c < 0) {
      out.plainly_nfc = false;
      return utf8_blocks::kStop;
    }
    bool plain = c < 0x0300 || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2002 && c < 0x20D0);
    if (!plain) {
      out.plainly_nfc = false;
      if (stop_at_not_plain) {
        stopped = true;
        return utf8_blocks::kStop;
      }
    }
    return next;
  });
  if (high) out.ascii = false;
  // valid: the whole text, or where an ill-formed sequence starts (0 when the scan stopped
  // at a code point not plainly NFC, before it knew)
  out.valid = stopped ? 0 : end;
  return out;
}

}  // namespace

Scan scan(std::string_view s) {
  return scan_impl<false>(s);
}

std::size_t valid_prefix(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    i = utf8_blocks::skip_ascii(p, i, n);
    if (i >= n) break;
    // Two-byte sequences (most Vietnamese letters below U+0300) without ICU.
    if (p[i] >= 0xC2 && p[i] <= 0xDF && i + 1 < n && continuation(p[i + 1])) {
      i += 2;
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
  for (; i + 8 <= s.size(); i += 8)
    if (!ascii_word(p + i)) return false;
  for (; i < s.size(); ++i)
    if (p[i] >= 0x80) return false;
  return true;
}

bool is_plainly_nfc(std::string_view s) {
  Scan r = scan_impl<true>(s);
  return r.plainly_nfc && r.valid == s.size();
}

char32_t next_other(std::string_view s, std::size_t& i) {
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
