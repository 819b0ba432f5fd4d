// A breadcrumb whose steps a slash parts ("Tin tức - Sự kiện / Trong huyện / Kinh tế - Chính
// trị", a portal's template, the gaps around the slash folded by the copy): its last step is
// the topic. A slash in a title or a date is no separator of steps.
#include <catch2/catch.hpp>
#include <string>

#include "article/header_topic.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("slash crumb: three steps or more parted by slashes are a breadcrumb") {
  CHECK(is_breadcrumb("Tin tức / Hoạt động / Xây dựng Đảng"));
  CHECK(topic_from_kicker("Tin tức - Sự kiện / Trong xã / Văn hóa - Xã hội") == "Văn hóa - Xã hội");
  // two steps, a number, a sentence: a title's or a date's slash
  CHECK_FALSE(is_breadcrumb("Tin tức / Hoạt động"));
  CHECK_FALSE(is_breadcrumb("Kết nạp đảng viên đợt 1 / 2020 / 2021"));
  CHECK_FALSE(is_breadcrumb("Thứ 6, Ngày 29 / 04 / 2022"));
  CHECK_FALSE(is_breadcrumb("Học tập / Làm theo / Lời Bác dạy, nêu gương sáng"));
  const std::string page =
      "Tin tức   /  Trong huyện  /  Xây dựng Đảng\n\n"
      "Huyện Tân Hòa kết nạp 25 đảng viên mới trong quý I\n\n"
      "Ngày đăng: 07/04/2021\n\n"
      "Trong quý I năm 2021, Ban Thường vụ Huyện ủy Tân Hòa đã ra quyết định kết nạp 25 quần "
      "chúng ưu tú vào Đảng, đạt 30% kế hoạch cả năm.\n\n"
      "Năm 2021, Đảng bộ huyện phấn đấu kết nạp từ 80 đảng viên trở lên, chú trọng đoàn viên "
      "thanh niên và công nhân lao động.\n";
  Article a = read_ok(InputFile{"bai.txt", page});
  CHECK(a.topic == "Xây dựng Đảng");
  CHECK(a.title == "Huyện Tân Hòa kết nạp 25 đảng viên mới trong quý I");
}
