// A fast path for the two checks every byte of a Vietnamese text meets: the decoder's scan
// (text/utf8.h: well-formed and "plainly NFC") and the JSON writer's well-formedness check
// (base/json.h). Both walk the text a code point at a time; this lets them pass sixteen bytes
// at a time (SSE2, every x86-64) over the characters such a text is made of, and go on byte
// by byte from where it stops. `walk` is the loop both drive, each with its own step for a
// character beyond ASCII. Here in base/ so that json.cpp, below text/, may use it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tuyentap::utf8_blocks {

// The length of a prefix of p[0, n) (which starts at a character's first byte) made only of
// whole characters of these kinds: ASCII; two bytes led by C2..CB (U+0080..U+02FF); E1 then
// B8..BB then one more (U+1E00..U+1EFF, the Vietnamese letters); E2 80 82..BF, E2 81 and
// E2 82 each then one more (U+2002..U+20BF: dashes, quotes, the ellipsis, currency signs).
// Each is well-formed UTF-8 and plainly NFC (no code point that NFC may change, as
// utf8::is_plainly_nfc). Blocks of sixteen bytes are checked at once while they hold nothing
// else; the prefix ends at the start of the character in which the first other block starts
// (or in which the last whole block ends), which the caller then checks its own way. It may
// be shorter than the longest such prefix, never longer. `high` is set when a byte from 0x80
// on was passed.
inline std::size_t plain_prefix(const unsigned char* p, std::size_t n, bool& high) {
  std::size_t i = 0;
#if defined(__SSE2__)
  // At byte k of a block: x its byte, p1 and p2 the one and two before it (the block before's
  // last ones shifted in; ASCII before the start). A continuation byte (80..BF) must stand
  // exactly where a lead asks for one: after any lead (p1 >= C0) and after a three-byte lead
  // (p2 >= E0); the only leads are C2..CB, E1 and E2, each with its second byte in range.
  auto byte = [](unsigned char c) { return _mm_set1_epi8(static_cast<char>(c)); };
  const __m128i c0 = byte(0xC0), e0 = byte(0xE0), c2 = byte(0xC2), nine = byte(9), e1 = byte(0xE1),
                e2 = byte(0xE2), b8 = byte(0xB8), three = byte(3), x80 = byte(0x80), two = byte(2),
                x82 = byte(0x82), one = byte(1);
  auto ge = [](__m128i v, __m128i c) { return _mm_cmpeq_epi8(_mm_max_epu8(v, c), v); };
  auto in = [](__m128i v, __m128i lo, __m128i width) {  // lo <= v <= lo + width
    const __m128i t = _mm_sub_epi8(v, lo);
    return _mm_cmpeq_epi8(_mm_min_epu8(t, width), t);
  };
  __m128i before = _mm_setzero_si128(), seen = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i p1 = _mm_or_si128(_mm_slli_si128(x, 1), _mm_srli_si128(before, 15));
    const __m128i p2 = _mm_or_si128(_mm_slli_si128(x, 2), _mm_srli_si128(before, 14));
    const __m128i cont = _mm_cmplt_epi8(x, c0);  // signed: 80..BF
    __m128i bad = _mm_xor_si128(cont, _mm_or_si128(ge(p1, c0), ge(p2, e0)));
    const __m128i lead_ok = _mm_or_si128(in(x, c2, nine), in(x, e1, one));
    bad = _mm_or_si128(bad, _mm_andnot_si128(lead_ok, ge(x, c0)));
    const __m128i after_e1 = _mm_cmpeq_epi8(p1, e1), after_e2 = _mm_cmpeq_epi8(p1, e2);
    bad = _mm_or_si128(bad, _mm_andnot_si128(in(x, b8, three), after_e1));  // E1 B8..BB
    bad = _mm_or_si128(bad, _mm_andnot_si128(in(x, x80, two), after_e2));   // E2 80..82
    // E2 80 80 and E2 80 81 (U+2000, U+2001) decompose
    const __m128i e2_80 = _mm_and_si128(_mm_cmpeq_epi8(p2, e2), _mm_cmpeq_epi8(p1, x80));
    bad = _mm_or_si128(bad, _mm_andnot_si128(ge(x, x82), e2_80));
    if (_mm_movemask_epi8(bad) != 0) break;
    seen = _mm_or_si128(seen, x);
    before = x;
  }
  const bool any_high = _mm_movemask_epi8(seen) != 0;
  high = high || any_high;
  // back to the first byte of the character that holds byte i - 1: its last bytes may lie in
  // the block not passed (at most two before i, as no character here is longer than three)
  if (i > 0) {
    --i;
    while (i > 0 && (p[i] & 0xC0) == 0x80) --i;
  }
#else
  (void)p;
  (void)n;
  (void)high;
#endif
  return i;
}

// The first byte from p[i] on that is not ASCII, or n. Vietnamese text has a letter beyond
// ASCII every few bytes: sixteen bytes are looked at together and the ASCII ones before the
// first other skipped at once, instead of a byte at a time.
inline std::size_t skip_ascii(const unsigned char* p, std::size_t i, std::size_t n) {
#if defined(__SSE2__)
  while (i + 16 <= n) {
    const auto mask = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i))));
    if (mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
    i += 16;
  }
#else
  while (i + 8 <= n) {
    std::uint64_t word;
    std::memcpy(&word, p + i, 8);
    if (word & 0x8080808080808080ULL) break;
    i += 8;
  }
#endif
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

// What a step returns to end the walk at the character it was given.
inline constexpr std::size_t kStop = static_cast<std::size_t>(-1);

// Walks p[0, n) a character at a time: plain_prefix passes what it can sixteen bytes at a
// time (at the start, then again once the walk is 32 bytes past where it last stopped: the
// character that stopped it is then behind), runs of ASCII are skipped, and `step(i)` is
// asked of every other character, at its first byte p[i]: it returns where the next one
// starts, or kStop to end the walk there. Returns where the walk ended: n, or the start of
// the character whose step said kStop. `high` is set when a byte from 0x80 on was passed
// (steps see only such bytes).
template <class Step>
inline std::size_t walk(const unsigned char* p, std::size_t n, bool& high, Step step) {
  std::size_t i = 0;
  std::size_t blocks_from = 0;  // where the sixteen-byte check may be asked again
  while (i < n) {
    if (i >= blocks_from) {
      i += plain_prefix(p + i, n - i, high);
      blocks_from = i + 32;
      if (i >= n) break;
    }
    if (p[i] < 0x80) {
      i = skip_ascii(p, i + 1, n);
      continue;
    }
    const std::size_t next = step(i);
    if (next == kStop) return i;
    i = next;
  }
  return n;
}

}  // namespace tuyentap::utf8_blocks
