#include "text/unicode.h"

#include <catch2/catch.hpp>
#include <initializer_list>

using namespace tuyentap;

TEST_CASE("combining marks are every General_Category M character, not only accents") {
  for (char32_t c : std::initializer_list<char32_t>{0x0300, 0x0301, 0x0323, 0x0309, 0x1DC4, 0x20DD,
                                                    0xFE20, 0x0903}) {
    INFO(static_cast<unsigned>(c));
    CHECK(is_combining_mark(c));  // Mn accents, Me enclosing circle, Mc Devanagari visarga
  }
  for (char32_t c :
       std::initializer_list<char32_t>{U'a', U'ệ', U'Đ', 0x02C6, 0x200D, 0x00AD, U' '}) {
    INFO(static_cast<unsigned>(c));
    CHECK_FALSE(is_combining_mark(c));  // letters, a spacing modifier, a joiner, soft hyphen
  }
}

TEST_CASE("default-ignorable characters come from Unicode's property, planes 0 to 14") {
  for (char32_t c :
       std::initializer_list<char32_t>{0x00AD, 0x034F, 0x115F, 0x200B, 0x200D, 0x2060, 0x2064,
                                       0x3164, 0xFE0F, 0xFEFF, 0x1D173, 0xE0001, 0xE0100}) {
    INFO(static_cast<unsigned>(c));
    CHECK(is_default_ignorable(c));
  }
  for (char32_t c :
       std::initializer_list<char32_t>{U'a', U' ', 0x00A0, 0x0300, 0x2028, 0xFFFD, 0x7F}) {
    INFO(static_cast<unsigned>(c));
    CHECK_FALSE(is_default_ignorable(c));
  }
}

TEST_CASE("a glyph is needed for what is drawn, not for controls or invisible characters") {
  for (char32_t c : std::initializer_list<char32_t>{U'a', U' ', U'ệ', U'Đ', 0x0300, 0x00A0, 0x4E2D,
                                                    0x1F600, 0xFFFD}) {
    INFO(static_cast<unsigned>(c));
    CHECK(needs_glyph(c));
  }
  for (char32_t c : std::initializer_list<char32_t>{0x00, 0x09, 0x0A, 0x1F, 0x7F, 0x85, 0x9F,
                                                    0x00AD, 0x200B, 0xFE0F, 0xE0001}) {
    INFO(static_cast<unsigned>(c));
    CHECK_FALSE(needs_glyph(c));
  }
}
