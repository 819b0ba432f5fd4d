// Random byte strings made of the pieces a UTF-8 check meets at its edges: ASCII, escapes,
// the two- and three-byte letters of Vietnamese, punctuation beyond ASCII, marks, and the
// ill-formed sequences of Unicode's table 3-7, in long runs and short, so that the sixteen-
// byte fast paths (base/utf8_blocks.h) are compared with a code point at a time at every
// offset. Deterministic (a fixed seed).
#pragma once

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace tuyentap::test {

class Utf8Pieces {
 public:
  explicit Utf8Pieces(std::uint32_t seed) : rng_(seed) {}

  // A string of up to `max_pieces` pieces; most are the common ones, one in `rare` is odd.
  std::string next(int max_pieces = 80, int rare = 12) {
    std::string s;
    const int pieces = static_cast<int>(rng_() % static_cast<std::uint32_t>(max_pieces + 1));
    for (int k = 0; k < pieces; ++k) {
      if (rng_() % static_cast<std::uint32_t>(rare) == 0) {
        s += kOdd[rng_() % kOdd.size()];
      } else {
        s += kCommon[rng_() % kCommon.size()];
      }
    }
    return s;
  }

 private:
  static constexpr std::array<std::string_view, 16> kCommon = {
      "a",  "ng ", "Xây dựng ", "Đảng",         " ", "ộ", "ư", "ề", "à", "ơ", "Th",
      "ủy", "ễ",   "ấ",         "\xE2\x80\x93", "“"};
  static constexpr std::array<std::string_view, 40> kOdd = {
      "\"",
      "\\",
      "\n",
      "\t",
      "\x01",
      "\x1F",
      "\x7F",
      "\xC2\xA0",          // U+00A0
      "\xCB\xBF",          // U+02FF, the last below the marks
      "\xCC\x80",          // U+0300, a mark
      "\xCD\x8F",          // U+034F
      "\xCE\xB1",          // α
      "\xDF\xBF",          // U+07FF
      "\xE0\xA0\x80",      // U+0800
      "\xE0\x9F\xBF",      // overlong
      "\xE1\xB7\xBF",      // U+1DFF, a mark
      "\xE1\xBC\x80",      // U+1F00
      "\xE1\xBA",          // cut
      "\xE2\x80\x80",      // U+2000
      "\xE2\x80\x81",      // U+2001
      "\xE2\x80\x82",      // U+2002
      "\xE2\x82\xBF",      // U+20BF
      "\xE2\x83\x8F",      // U+20CF
      "\xE2\x83\x90",      // U+20D0, a mark
      "\xE2\x84\xA2",      // ™
      "\xE3\x80\x80",      // U+3000
      "\xED\x9F\xBF",      // U+D7FF
      "\xED\xA0\x80",      // a surrogate
      "\xEF\xBF\xBD",      // U+FFFD
      "\xF0\x9F\x93\x96",  // U+1F4D6
      "\xF0\x8F\xBF\xBF",  // overlong
      "\xF4\x8F\xBF\xBF",  // U+10FFFF
      "\xF4\x90\x80\x80",  // past U+10FFFF
      "\x80",
      "\xBF",
      "\xC0\xAF",
      "\xC1",
      "\xC3",
      "\xF5",
      "\xFF"};
  std::mt19937 rng_;
};

}  // namespace tuyentap::test
