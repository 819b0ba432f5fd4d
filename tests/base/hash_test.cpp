#include "base/hash.h"

#include <catch2/catch.hpp>

using namespace tuyentap;

TEST_CASE("content ids are stable and differ with the content") {
  CHECK(short_id("Công tác xây dựng Đảng") == short_id("Công tác xây dựng Đảng"));
  CHECK(short_id("Công tác xây dựng Đảng") != short_id("Công tác xây dựng Đảng."));
  CHECK(short_id("x").size() == 12);
}

TEST_CASE("uuid from content has the urn:uuid shape of a version 4 uuid") {
  std::string u = uuid_from_content("Tuyển tập 2019");
  REQUIRE(u.size() == 36);
  CHECK(u[8] == '-');
  CHECK(u[14] == '4');
  CHECK(std::string("89ab").find(u[19]) != std::string::npos);
  CHECK(u == uuid_from_content("Tuyển tập 2019"));
  CHECK(u != uuid_from_content("Tuyển tập 2020"));
}

TEST_CASE("a uuid of text given in pieces is that of the whole text, however it is cut") {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Chi bộ " + std::to_string(i) + " sinh hoạt\x1f";
  const std::string whole = uuid_from_content(text);
  for (std::size_t cut : {std::size_t{1}, std::size_t{7}, std::size_t{250}, text.size()}) {
    ContentUuid pieces;
    for (std::size_t at = 0; at < text.size(); at += cut)
      pieces.add(std::string_view(text).substr(at, cut));
    CHECK(pieces.uuid() == whole);
  }
  ContentUuid one_more;
  one_more.add(text);
  one_more.add('x');
  CHECK(one_more.uuid() != whole);
  CHECK(ContentUuid().uuid() == uuid_from_content(""));
}
