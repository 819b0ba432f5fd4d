// A Joomla page's particulars line and a gallery under a bulleted label, on a made-up page
// shaped as tests/fixtures/real-eval48/chualagovap-1: before these rules the particulars line
// ("Lần cập nhật cuối lúc … Viết bởi Administrator <created>") was the title, and the gallery's
// lines under "* Những hình ảnh …" one caption and part headings.
#include <catch2/catch.hpp>
#include <string>

#include "article/photo_story.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("joomla gallery: the particulars line is the date, the label's lines are captions") {
  CHECK(announces_photos("* Những hình ảnh hoạt động của Đoàn từ thiện"));
  CHECK(announces_photos("Những hình ảnh tại buổi lễ"));
  // a sentence that opens so tells what the images did: no label
  CHECK_FALSE(announces_photos("Những hình ảnh ấy đã in sâu trong ký ức của bao thế hệ"));
  Article a = read_text(
      "Lần cập nhật cuối lúc Thứ ba, 17 Tháng 12 2013 15:21 Viết bởi Administrator Thứ bảy, 14 "
      "Tháng 12 2013 05:44\n"
      "Chùa Phước Hòa được công nhận là cơ sở Phật giáo trực thuộc Ban Trị sự tỉnh từ năm 1997, "
      "đến nay ngôi chùa đã được trùng tu khang trang.\n"
      "Sáng ngày 07/12/2013, Đoàn Tăng Ni, Phật tử và học viên Trung tâm đã đến trao 300 phần "
      "quà cho bà con nghèo trong vùng nhân dịp lễ khánh thành.\n"
      "* Những hình ảnh hoạt động của Đoàn từ thiện\n"
      "Ni sư trụ trì tác bạch cúng dường Tam bảo\n"
      "Tăng Ni và Phật tử tại lễ cúng dường\n"
      "Học viên Trung tâm chuyển quà đến khu vực lễ đài\n"
      "Người dân tập trung chuẩn bị nhận quà\n");
  CHECK(a.title.empty());
  REQUIRE(a.date);
  CHECK(a.date->day == 14);
  CHECK(a.time == "05:44");
  CHECK(a.author.empty());
  CHECK(captions_in(a) == 4);
  CHECK(all_fields(a).find("Lần cập nhật") == std::string::npos);
}
