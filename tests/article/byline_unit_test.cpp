// What follows a writer's name and is no name (article/byline_unit.h), told by its shape.
#include "article/byline_unit.h"

#include <catch2/catch.hpp>

#include "article/office_byline.h"

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

TEST_CASE("byline unit: a place after the dash comes off when the page names it as a place") {
  const std::string page = "Hội Cựu TNXP huyện Củ Chi thăm hội viên. Anh Tấn Hữu phát biểu.";
  CHECK(writer_before_named_place("Huy Quốc – Củ Chi", page) == "Huy Quốc");
  CHECK(writer_before_named_place("Huy Quốc, CỦ CHI", page) == "Huy Quốc");
  // named as a person, not after a place noun; a longer place's name that holds it
  CHECK(writer_before_named_place("Kim Tiến – Tấn Hữu", page) == "Kim Tiến – Tấn Hữu");
  CHECK(writer_before_named_place("Huy Quốc – Củ", page) == "Huy Quốc – Củ");
  CHECK(writer_before_named_place("Huy Quốc – Củ Chi", "Thăm huyện Củ Chinh.") ==
        "Huy Quốc – Củ Chi");
  // the first word of a place's name is no place: "Hà" of "Hà Giang", in capitals too
  CHECK(writer_before_named_place("Minh Anh – Hà", "Về tỉnh Hà Giang.") == "Minh Anh – Hà");
  CHECK(writer_before_named_place("Minh Anh – Hà", "VỀ TỈNH HÀ GIANG") == "Minh Anh – Hà");
  CHECK(writer_before_named_place("Minh Anh – Hà Giang", "VỀ TỈNH HÀ GIANG LÀM VIỆC") ==
        "Minh Anh");
  // the abbreviation glued or spaced
  CHECK(writer_before_named_place("Huy Quốc – Củ Chi", "Hội H.Củ Chi") == "Huy Quốc");
  CHECK(writer_before_named_place("Huy Quốc – Củ Chi", "Hội H. Củ Chi") == "Huy Quốc");
}

TEST_CASE("byline unit: a board's initials and whose board it is sign as an office") {
  // real-eval49/giaophanhunghoa-1 signs "BTT giáo xứ Phù Lỗ" (Ban Truyền thông) under its gallery
  CHECK(signs_as_office("BTT giáo xứ Phù Lỗ"));
  CHECK(signs_as_office("BBT Hội Nông dân xã"));
  CHECK_FALSE(signs_as_office("BTT đã họp bàn kế hoạch"));  // no name: a sentence's subject
}
