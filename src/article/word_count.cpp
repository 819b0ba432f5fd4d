// word_count and at_most_words (text_lines.h): the rules ask them of every paragraph, often
// several times, so the words are counted 32 bytes at a time (SSE2, every x86-64), then eight
// at a time. A word is a run of bytes other than ' '; one starts at each such byte that
// follows a space or the start.
#include <algorithm>
#include <bit>  // std::endian
#include <cstdint>
#include <cstring>
#include <limits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "article/text_lines.h"
#include "article/word_count.h"

namespace tuyentap {

namespace {

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
constexpr std::uint64_t kLowBits = 0x7F7F7F7F7F7F7F7FULL;
constexpr std::uint64_t kSpaces = 0x2020202020202020ULL;

// 0x80 in each byte of `chunk` that is ' ', 0 in the others. Exact: no carry crosses a byte,
// as ((b & 0x7F) + 0x7F) stays below 0x100.
std::uint64_t space_flags(std::uint64_t chunk) {
  const std::uint64_t x = chunk ^ kSpaces;  // a zero byte where a space was
  return ~(((x & kLowBits) + kLowBits) | x | kLowBits);
}

// How many bytes of `flags` (each 0x80 or 0) are set: each flag becomes 1, and the multiply
// adds them all into the top byte. std::popcount is a libgcc call without -mpopcnt.
std::size_t count_flags(std::uint64_t flags) {
  return static_cast<std::size_t>(((flags >> 7) * 0x0101010101010101ULL) >> 56);
}

#if defined(__SSE2__)
// The bits set in x (std::popcount is a libgcc call without -mpopcnt).
std::size_t count_bits(std::uint32_t x) {
  x = x - ((x >> 1) & 0x55555555u);
  x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
  x = (x + (x >> 4)) & 0x0F0F0F0Fu;
  return (x * 0x01010101u) >> 24;
}
#endif

// The words of s, counted until more than `limit` are seen.
std::size_t count_words(std::string_view s, std::size_t limit) {
  std::size_t n = 0, i = 0;
  bool in_word = false;
#if defined(__SSE2__)
  {
    const __m128i space = _mm_set1_epi8(' ');
    std::uint32_t space_before = 1;  // bit 0: the start counts as a space
    for (; i + 32 <= s.size(); i += 32) {
      const auto* p = reinterpret_cast<const __m128i*>(s.data() + i);
      const auto low =
          static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(p), space)));
      const auto high = static_cast<std::uint32_t>(
          _mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128(p + 1), space)));
      const std::uint32_t spaces = low | (high << 16);  // bit k: byte k is ' '
      n += count_bits(~spaces & ((spaces << 1) | space_before));
      if (n > limit) return n;
      space_before = spaces >> 31;
    }
    in_word = space_before == 0;
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {  // byte k at bits 8k..8k+7
    // byte 0's flag: the byte before it (or the start) is a space
    std::uint64_t space_before = in_word ? 0 : 0x80;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t chunk;
      std::memcpy(&chunk, s.data() + i, sizeof chunk);
      const std::uint64_t spaces = space_flags(chunk);
      n += count_flags(~spaces & kHighBits & ((spaces << 8) | space_before));
      if (n > limit) return n;
      space_before = spaces >> 56;  // the last byte's flag, moved to byte 0
    }
    in_word = space_before == 0;  // the byte before the tail is no space
  }
  for (; i < s.size(); ++i) {
    if (s[i] == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++n > limit) return n;
    }
  }
  return n;
}

}  // namespace

std::size_t word_count(std::string_view s) {
  return count_words(s, std::numeric_limits<std::size_t>::max());
}

std::size_t words_up_to(std::string_view s, std::size_t limit) {
  return std::min(count_words(s, limit), limit + 1);
}

bool at_most_words(std::string_view s, std::size_t n) {
  // a word and the space after it take two bytes: a line of at most 2n - 1 bytes has at most
  // n words, and needs no count (short lines are asked of long bounds all the time)
  if (s.size() / 2 < n) return true;
  return count_words(s, n) <= n;
}

}  // namespace tuyentap
