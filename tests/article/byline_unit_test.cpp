// What follows a writer's name and is no name (article/byline_unit.h), told by its shape.
#include "article/byline_unit.h"

#include <catch2/catch.hpp>

using namespace tuyentap;

TEST_CASE("byline unit: a code, initials or a word in lower case is no name") {
  CHECK(opens_with_no_name("Q11", "Minh Nguyệt", false));
  CHECK(opens_with_no_name("H. Củ Chi", "Huy Quốc", false));
  CHECK(opens_with_no_name("TPT", "Doãn Thị Ý", true));  // in brackets too
  CHECK(opens_with_no_name("PCT Huyện hội", "Nguyễn Thị Hòa", false));
  CHECK(opens_with_no_name("Huyện hội", "Nguyễn Thị Hòa", false));
  CHECK(opens_with_no_name("phóng viên", "Minh Anh", false));
  // a second writer: a name, a name in capitals, initials and a name, a name joined by "và"
  CHECK_FALSE(opens_with_no_name("Tấn Hữu", "Kim Tiến", false));
  CHECK_FALSE(opens_with_no_name("VŨ HÀ", "Minh Anh", false));
  CHECK_FALSE(opens_with_no_name("VĂN HIẾU", "TRẦN HIỀN", false));
  CHECK_FALSE(opens_with_no_name("H. Nguyên", "Minh Anh", false));
  CHECK_FALSE(opens_with_no_name("Vũ Hà và Thu Trang", "Minh Anh", false));
  // a role spelled out in brackets is the writer's word; a paper is an outlet
  CHECK_FALSE(opens_with_no_name("thực hiện", "NGUYÊN ĐOAN", true));
  CHECK_FALSE(opens_with_no_name("Thanh niên Thủ đô", "Lan Anh", false));
}

TEST_CASE("byline unit: the name is cut where a unit starts, not at a second writer's dash") {
  CHECK(writer_before_unit("Minh Nguyệt-Q11") == "Minh Nguyệt");
  CHECK(writer_before_unit("Đức Nguyên-Hiệp Thương, TTV") == "Đức Nguyên-Hiệp Thương");
  CHECK(writer_before_unit("Quang Khải (Q.Bình Thạnh)") == "Quang Khải");
  CHECK(writer_before_unit("Kim Tiến – Tấn Hữu") == "Kim Tiến – Tấn Hữu");
  CHECK(writer_before_unit("Tin, ảnh:") == "Tin, ảnh:");
}
