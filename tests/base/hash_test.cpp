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
