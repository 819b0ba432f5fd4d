// The letters a font must have to set Vietnamese (load/ checks every print font against them).
#include "text/vietnamese_letters.h"

#include <catch2/catch.hpp>

using namespace tuyentap;

TEST_CASE("the Vietnamese letters: ASCII, đ Đ and every vowel in six tones, each once") {
  const std::u32string& letters = vietnamese_letters();
  // 12 vowels × 6 tones × 2 cases, less a e i o u y A E I O U Y (among the ASCII letters)
  CHECK(letters.size() == 52 + 2 + 2 * 12 * 6 - 12);
  for (char32_t c : {U'a', U'Z', U'đ', U'Đ', U'ạ', U'Ỵ', U'ơ', U'Ự', U'ẫ', U'ằ'}) {
    INFO(static_cast<unsigned>(c));
    CHECK(letters.find(c) != std::u32string::npos);
  }
  for (char32_t c : {U'0', U' ', U'ç', U'ß', U'\u0301'})
    CHECK(letters.find(c) == std::u32string::npos);
  for (std::size_t i = 1; i < letters.size(); ++i) CHECK(letters[i - 1] < letters[i]);
}
