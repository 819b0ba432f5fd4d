// A page's header as some sites lay it out, on small made-up pages: a tag line right after
// the lead, a breadcrumb ending in the title, a byline in capitals with a degree, counters
// after the date, the title printed twice above a section line.
#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kBody1 =
    "Đảng bộ xã đã tổ chức nhiều hoạt động thiết thực trong năm qua, được nhân dân đồng tình và "
    "ủng hộ rộng rãi.\n\n";
const std::string kBody2 =
    "Các chi bộ đã đổi mới nội dung sinh hoạt, chú trọng việc học tập và làm theo tư tưởng, đạo "
    "đức, phong cách Hồ Chí Minh.\n\n";

}  // namespace

TEST_CASE("page header: a tag line right after the lead is dropped alone") {
  Article a = read_text(
      "Chi bộ ấp Mỹ Lợi đổi mới sinh hoạt\n\nThứ hai, 26/10/2020 14:49\n\n"
      "Những năm qua, chi bộ ấp Mỹ Lợi đã nâng cao chất lượng sinh hoạt, được cấp trên "
      "đánh giá cao.\n\nTừ khóa: sinh hoạt chi bộ, ấp Mỹ Lợi.\n\n" +
      kBody1 + kBody2);
  CHECK(a.lead.rfind("Những năm qua", 0) == 0);
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[1].text.rfind("Các chi bộ", 0) == 0);
  CHECK(all_fields(a).find("Từ khóa") == std::string::npos);
}

TEST_CASE("page header: a tag line after the article's text still ends it") {
  Article a = read_text(
      "Chi bộ ấp Mỹ Lợi đổi mới sinh hoạt\n\nThứ hai, 26/10/2020 14:49\n\n"
      "Những năm qua, chi bộ ấp Mỹ Lợi đã nâng cao chất lượng sinh hoạt.\n\n" +
      kBody1 + "Từ khóa: sinh hoạt chi bộ.\n\n" + kBody2 + kBody1);
  REQUIRE(a.blocks.size() == 1);
  CHECK(all_fields(a).find("Từ khóa") == std::string::npos);
  CHECK(all_fields(a).find("Các chi bộ") == std::string::npos);
}

TEST_CASE("page header: a breadcrumb ending in the title gives the step before as the topic") {
  Article a = read_text(
      "Trang chủ    Nghiên cứu    Chi bộ ấp Mỹ Lợi đổi mới sinh hoạt\n"
      "Thứ hai, 26 Tháng 10 2020 14:49\n120 Lượt xem\n\nChi bộ ấp Mỹ Lợi đổi mới sinh hoạt\n\n" +
      kBody1 + kBody2);
  CHECK(a.topic == "Nghiên cứu");
  CHECK(a.title == "Chi bộ ấp Mỹ Lợi đổi mới sinh hoạt");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2020-10-26");
  CHECK(a.time == "14:49");
  CHECK(a.lead.rfind("Đảng bộ xã", 0) == 0);
  CHECK(all_fields(a).find("Lượt xem") == std::string::npos);
  CHECK(all_fields(a).find("Trang chủ") == std::string::npos);
}

TEST_CASE("page header: view and comment counters after the date are not the title") {
  Article a = read_text("Chi bộ ấp Mỹ Lợi đổi mới sinh hoạt\n\nThứ hai - 04/07/2022 04:34 288 0\n" +
                        kBody1 + kBody2);
  CHECK(a.title == "Chi bộ ấp Mỹ Lợi đổi mới sinh hoạt");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2022-07-04");
  CHECK(a.time == "04:34");
  CHECK(all_fields(a).find("288") == std::string::npos);
}

TEST_CASE("page header: the title printed twice, then a short section line above the date") {
  const std::string title =
      "Chi bộ ấp Mỹ Lợi đổi mới nội dung sinh hoạt để nâng cao sức chiến đấu của Đảng";
  Article a = read_text(title + "\n\n" + title + "\n\nXây dựng ĐẢNG\n15:05 - 25/05/2024\n\n" +
                        kBody1 + kBody2);
  CHECK(a.title == title);
  CHECK(a.topic == "Xây dựng ĐẢNG");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2024-05-25");
  CHECK(a.lead.rfind("Đảng bộ xã", 0) == 0);
}

TEST_CASE("page header: a long kicker above a short title, each printed once, stays the kicker") {
  const std::string kicker = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
  Article a = read_text(kicker + "\n\nĐưa nghị quyết vào cuộc sống\n\n15:05 - 25/05/2024\n\n" +
                        kBody1 + kBody2);
  CHECK(a.title == "Đưa nghị quyết vào cuộc sống");
  CHECK(a.topic == kicker);
}

TEST_CASE("page header: a degree and a name in capitals, over the writer's institution") {
  for (const char* byline : {"ThS LÊ VĂN CƯỜNG", "TS. NGUYỄN AN", "PGS, TS TRẦN THU HÀ",
                             "GS.TS ĐỖ MINH", "NCS PHẠM THU"}) {
    INFO(byline);
    CHECK(looks_like_degree_byline(byline));
    Article a =
        read_text("Chi bộ ấp Mỹ Lợi đổi mới nội dung sinh hoạt\n\n25/05/2024\n\n" +
                  std::string(byline) + "\nTrường Chính trị tỉnh, Bộ Nội vụ\n\n" + kBody1 + kBody2);
    CHECK(a.author == byline);
    CHECK(a.title == "Chi bộ ấp Mỹ Lợi đổi mới nội dung sinh hoạt");
    CHECK(a.lead.rfind("Đảng bộ xã", 0) == 0);
    CHECK(all_fields(a).find("Trường Chính trị") == std::string::npos);
  }
  CHECK_FALSE(looks_like_degree_byline("TS. Nguyễn An"));  // a name in capitals only
  CHECK_FALSE(looks_like_degree_byline("ThS"));
  CHECK_FALSE(looks_like_degree_byline("LÊ VĂN CƯỜNG"));
  CHECK_FALSE(looks_like_degree_byline("TSK LÊ VĂN"));
}

TEST_CASE("page header: a degree byline and the writer's position between title and date") {
  std::string text =
      "Đổi mới sinh hoạt chi bộ ở các xã vùng cao\n\nTS. Lò Văn Thành\nNguyên Phó Giám đốc "
      "Học viện Chính trị khu vực I\n07:45, ngày 12-05-2021\n\n" +
      kBody1 + kBody2;
  Article a = read_text(text);
  INFO(all_fields(a));
  CHECK(a.title == "Đổi mới sinh hoạt chi bộ ở các xã vùng cao");
  CHECK(a.author == "TS. Lò Văn Thành");
  CHECK(a.topic.empty());
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2021-05-12");
  CHECK(all_fields(a).find("Nguyên Phó Giám đốc") == std::string::npos);
  // without the position line too; and a name without a degree is no byline there
  a = read_text(
      "Đổi mới sinh hoạt chi bộ ở các xã vùng cao\n\nPGS.TS NGUYỄN VĂN AN\n"
      "07:45, ngày 12-05-2021\n\n" +
      kBody1 + kBody2);
  CHECK(a.title == "Đổi mới sinh hoạt chi bộ ở các xã vùng cao");
  CHECK(a.author == "PGS.TS NGUYỄN VĂN AN");
  CHECK(looks_like_degree_led_byline("TS. Lò Văn Thành"));
  CHECK_FALSE(looks_like_degree_led_byline("Lò Văn Thành"));
  CHECK_FALSE(looks_like_degree_led_byline("TS."));
}

TEST_CASE(
    "page header: a name in capitals over the writer's institution, and a PV under the lead") {
  Article a = read_text(
      "Chi bộ ấp Mỹ Lợi đổi mới nội dung sinh hoạt\n\n25/05/2024\n\nTRẦN THU "
      "HÀ\nTrường Chính trị tỉnh Bến Tre\n\n" +
      kBody1 + kBody2);
  CHECK(a.author == "TRẦN THU HÀ");
  CHECK(a.lead.rfind("Đảng bộ xã", 0) == 0);
  CHECK(all_fields(a).find("Trường Chính trị") == std::string::npos);
  // a newsroom's mark alone between the lead and the body signs the text
  Article b = read_text("Chi bộ ấp Mỹ Lợi đổi mới nội dung sinh hoạt\n\n25/05/2024\n\n" + kBody1 +
                        "PV\n\n" + kBody2);
  CHECK(b.author == "PV");
  REQUIRE(b.blocks.size() == 1);
  CHECK(b.blocks[0].text.rfind("Các chi bộ", 0) == 0);
}
