// word_count and at_most_words (article/word_count.cpp) count eight bytes at a time: they
// must agree with counting byte by byte on every string, whatever its length, its spaces
// (runs of them, at the ends, at a chunk's edge) and its other bytes (UTF-8, tabs, 0xA0).
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "article/text_lines.h"

using namespace tuyentap;

namespace {

std::size_t words_byte_by_byte(const std::string& s) {
  std::size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    if (c == ' ')
      in_word = false;
    else if (!in_word)
      in_word = true, ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("word count: eight bytes at a time agrees with byte by byte") {
  CHECK(word_count("") == 0);
  CHECK(word_count("        ") == 0);
  CHECK(word_count("Hội nghị tổng kết công tác xây dựng Đảng") == 9);
  CHECK(word_count("       a        b") == 2);  // words on either side of a chunk's edge
  CHECK(at_most_words("một hai ba bốn năm sáu bảy tám chín mười", 10));
  CHECK_FALSE(at_most_words("một hai ba bốn năm sáu bảy tám chín mười mười một", 10));

  std::mt19937 random(20261130);
  const char bytes[] = {' ', ' ', ' ', 'a', 'Z', '\t', '\xA0', '\xE1', '\xBA', '\xA3', '\x20'};
  for (int trial = 0; trial < 20000; ++trial) {
    std::string s(random() % 40, ' ');
    for (char& c : s) c = bytes[random() % sizeof bytes];
    const std::size_t expected = words_byte_by_byte(s);
    INFO(s);
    REQUIRE(word_count(s) == expected);
    const std::size_t limit = random() % 12;
    REQUIRE(at_most_words(s, limit) == (expected <= limit));
  }
}
