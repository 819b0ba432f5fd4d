// Who and when, as unseen sites print them (session 34): a post's stamp with the time before the
// date and the month in words; "Vào <date> bởi <poster>" under the title; a body's full name
// signing under a gallery's announcement whose photos the text lost (shaped as
// tests/fixtures/real-eval57/vinachem-casumina-1, cangvudanang-1, real-eval56/agro-1). Made-up
// pages of those shapes.
#include <catch2/catch.hpp>
#include <string>

#include "article/office_byline.h"
#include "article/reader.h"
#include "fixtures.h"
#include "text/date_line.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kText =
    "Ngày 17/5/2022, Trung tâm tổ chức giải bóng đá mini cho cán bộ, nhân viên các đơn vị trong "
    "ngành, với mười hai đội bóng tham dự.\n\n"
    "Đây là hoạt động thường xuyên của đơn vị trong năm, được mọi người hưởng ứng nhiệt liệt và "
    "góp phần gắn kết các đơn vị.\n";

}  // namespace

TEST_CASE("a post's stamp: the time before the date, the month in words, is no clock") {
  Article a = read_text(
      "Đoàn Thanh niên tổ chức Ngày hội hiến máu tình nguyện năm 2023\n\n"
      "02:26 CH @ Thứ Tư - 05 Tháng Bảy, 2023\n\n" +
      kText);
  REQUIRE(a.date.has_value());
  CHECK(a.date->iso() == "2023-07-05");
  CHECK(a.time == "14:26");
  CHECK(a.lead.starts_with("Ngày 17/5/2022"));
  // the masthead's clock, day first, stays a clock
  Article clock = read_text(
      "Thứ Tư, 05 Tháng Bảy, 2023\n\n"
      "Đoàn Thanh niên tổ chức Ngày hội hiến máu tình nguyện năm 2023\n\n" +
      kText);
  CHECK_FALSE((clock.date.has_value() && clock.date->iso() == "2023-07-05"));
}

TEST_CASE("'Vào <date> bởi <poster>': the date line, the poster the writer unless an account") {
  const std::string title = "GIẢI BÓNG ĐÁ MINI CÁN BỘ NHÂN VIÊN NĂM 2022\n\n";
  Article account = read_text(title + "Vào 23/05/2022 bởi admin\n\n" + kText);
  REQUIRE(account.date.has_value());
  CHECK(account.date->iso() == "2022-05-23");
  CHECK(account.author.empty());
  CHECK(account.topic.find("admin") == std::string::npos);
  Article named = read_text(title + "23/05/2022 bởi Nguyễn Văn An\n\n" + kText);
  CHECK(named.title == "GIẢI BÓNG ĐÁ MINI CÁN BỘ NHÂN VIÊN NĂM 2022");
  REQUIRE(named.date.has_value());
  CHECK(named.date->iso() == "2022-05-23");
  CHECK(named.author == "Nguyễn Văn An");
  // a title's day with words after it is no date line
  CHECK_FALSE(split_date_line("Kỷ niệm ngày 30/4/1975 của quê hương"));
}

TEST_CASE("a body's full name signs under a gallery's announcement, no caption") {
  CHECK(names_unit_in_full("Trung tâm Thông tin Phát triển Nông nghiệp Nông thôn"));
  CHECK_FALSE(names_unit_in_full("Trung tâm xã tổ chức tập huấn cho bà con nông dân"));
  CHECK_FALSE(names_unit_in_full("Trung tâm"));
  CHECK_FALSE(names_unit_in_full("Trường ĐHTN đạt giải Ba Hội diễn văn nghệ"));
  Article a = read_text(
      "Chuyến đi thực địa là hoạt động mở đầu quá trình điều tra, khảo sát tại nhiều làng nghề ở "
      "Đồng bằng sông Hồng. Nhiều làng nghề, với nhiều loại hàng thủ công, được khảo sát.\n"
      "Tại làng gốm, nhóm nghiên cứu đã làm việc với Ủy ban nhân dân xã, hiệp hội nghề gốm và các "
      "hộ sản xuất. Sau đây là những hình ảnh về buổi làm việc...\n"
      "Trung tâm Thông tin Phát triển Nông nghiệp Nông thôn\n");
  CHECK(a.author == "Trung tâm Thông tin Phát triển Nông nghiệp Nông thôn");
  for (const Block& b : a.blocks) CHECK(b.type != BlockType::Caption);
}
