// A kicker that prints a site's top section before the article's own, separators lost ("Thời
// sự Chính trị": the menu's "Thời sự", then "Chính trị"): the topic is the last one.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

std::string page(const std::string& kicker) {
  return kicker +
         "\nTôn vinh điển hình học tập và làm theo tư tưởng Hồ Chí Minh\n25/12/2012\n\n"
         "Tối 6-12, tại tỉnh Tây Ninh, Ban Tuyên giáo đã tổ chức chương trình tôn vinh 27 điển "
         "hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n";
}

}  // namespace

TEST_CASE("parent section: the top section's name before the article's section is dropped") {
  CHECK(read_ok(InputFile{"a.txt", page("Thời sự Chính trị")}).topic == "Chính trị");
  CHECK(read_ok(InputFile{"a.txt", page("Tin tức Hoạt động nổi bật")}).topic ==
        "Hoạt động nổi bật");
  // the top section by its longer name, "Tin tức - Sự kiện"
  CHECK(read_ok(InputFile{"a.txt", page("Tin tức - Sự kiện Tin hoạt động")}).topic ==
        "Tin hoạt động");
  CHECK(read_ok(InputFile{"a.txt", page("Tin tức - Sự kiện")}).topic == "Tin tức - Sự kiện");
  // the top section alone, or a section whose second word is no section's start, stays
  CHECK(read_ok(InputFile{"a.txt", page("Thời sự")}).topic == "Thời sự");
  CHECK(read_ok(InputFile{"a.txt", page("Thời sự quốc tế")}).topic == "Thời sự quốc tế");
  CHECK(read_ok(InputFile{"a.txt", page("Xây dựng Đảng")}).topic == "Xây dựng Đảng");
}

TEST_CASE("parent section: menu steps glued with nothing between them give the last step") {
  CHECK(read_ok(InputFile{"a.txt", page("Hoạt động chi bộChuyện người đảng viên")}).topic ==
        "Chuyện người đảng viên");
  // a name with a capital inside it is no joint of two steps
  CHECK(read_ok(InputFile{"a.txt", page("Bản tin PetroVietnam Gas")}).topic ==
        "Bản tin PetroVietnam Gas");
  CHECK(read_ok(InputFile{"a.txt", page("Kênh YouTube")}).topic == "Kênh YouTube");
}

TEST_CASE("parent section: a date written with spaced slashes is no breadcrumb") {
  auto a = read_ok(InputFile{"a.txt",
                             "Xây dựng Đảng\nTôn vinh điển hình học tập và làm theo tư tưởng Hồ "
                             "Chí Minh\nThứ 6, Ngày 29 / 04 / 2022\n\nTối 6-12, tại tỉnh Tây "
                             "Ninh, Ban Tuyên giáo đã tổ chức chương trình tôn vinh 27 điển hình "
                             "tiêu biểu trong học tập và làm theo tư tưởng Hồ Chí Minh.\n"});
  CHECK(a.topic == "Xây dựng Đảng");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2022-04-29");
}
