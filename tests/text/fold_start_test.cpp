#include "text/fold_start.h"

#include <catch2/catch.hpp>
#include <string>

#include "text/normalize.h"

using namespace tuyentap;

TEST_CASE("a line whose first byte is ASCII folds to a key opening on that byte in lower case") {
  // what the bound rests on, for lines of each shape: an ASCII opening keeps its byte (lower
  // case), a mark after it is composed into a letter of the same base, white space goes
  for (std::string line : {"Có thể là hình ảnh", "  Xem với cỡ chữ", "\tKhông có mô tả ảnh",
                           "5 phút trước", "A\xCC\x81 khôi", "=\xCC\xB8 x"}) {
    const std::string key = fold_for_match(line);
    std::size_t i = line.find_first_not_of(" \t");
    REQUIRE(!key.empty());
    CHECK(key[0] == static_cast<char>(std::tolower(static_cast<unsigned char>(line[i]))));
  }
}

TEST_CASE("the key bound passes over a line opening on another ASCII byte, never a possible one") {
  CHECK(key_may_start_with("Có thể là hình ảnh về 3 người", "ck"));
  CHECK(key_may_start_with("  khÔNG có mô tả ảnh", "ck"));
  CHECK_FALSE(key_may_start_with("Bộ trưởng Quốc phòng thăm đơn vị", "ck"));
  CHECK_FALSE(key_may_start_with("\"Có thể là hình ảnh\"", "ck"));  // a quote before it
  CHECK(key_may_start_with("5 phút trước", "0123456789"));
  CHECK_FALSE(key_may_start_with("Năm phút trước", "0123456789"));
  // a line opening beyond ASCII may fold to anything: it is folded
  CHECK(key_may_start_with("Đảng ủy", "x"));
  CHECK(key_may_start_with("\xC2\xA0 5 phút", "0123456789"));  // NBSP first
  CHECK(key_may_start_with("", "ck"));
  CHECK(key_may_start_with("   ", "ck"));
}
