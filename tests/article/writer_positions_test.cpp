// The writer's line with positions under a title (article/writer_positions.h), on made-up
// lines and a made-up leader's article.
#include "article/writer_positions.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("writer positions: a degree-led or capitals name, a dash, the positions") {
  CHECK(writer_before_positions("TS. NGUYỄN VĂN BÌNH - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng "
                                "Ban Tuyên giáo Tỉnh ủy, Chủ tịch Hội đồng Lý luận tỉnh") ==
        "TS. NGUYỄN VĂN BÌNH");
  CHECK(writer_before_positions("PGS.TS Trần Thị Lan – Phó Giám đốc Học viện Chính trị khu vực") ==
        "PGS.TS Trần Thị Lan");
  CHECK(writer_before_positions("LÊ VĂN HÙNG - Bí thư Huyện ủy Tân Phú") == "LÊ VĂN HÙNG");
  // a name in mixed case with no degree opens captions and sentences too
  CHECK_FALSE(writer_before_positions("Đồng chí Nguyễn Văn An - Bí thư Huyện ủy phát biểu"));
  // a sentence ends with a stop; a dash before no position is a second writer or a source
  CHECK_FALSE(writer_before_positions("TS. NGUYỄN VĂN BÌNH - Bí thư Huyện ủy, đã phát biểu."));
  CHECK_FALSE(writer_before_positions("TS. NGUYỄN VĂN BÌNH - Báo Tân Phú"));
  // the positions followed by an act: a photo's caption
  CHECK_FALSE(writer_before_positions(
      "PHẠM VĂN TOÀN - Phó Bí thư Huyện ủy Tân Phú trao giấy khen cho các chi bộ"));
  CHECK_FALSE(
      writer_before_positions("ThS. Lê Thị Hoa - Chủ tịch Hội Phụ nữ huyện chủ trì buổi "
                              "sinh hoạt chuyên đề"));
}

TEST_CASE("writer positions: the line under the title is the byline, not the lead") {
  const std::string text =
      "Phát huy vai trò của Hội Nông dân tỉnh Tân Phú trong xây dựng Đảng, xây dựng hệ thống chính "
      "trị\n"
      "TS. NGUYỄN VĂN BÌNH - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch "
      "Hội Nông dân tỉnh Tân Phú\n"
      "Hội Nông dân là tổ chức chính trị - xã hội của giai cấp nông dân, là cầu nối giữa Đảng, "
      "chính quyền với hội viên, nông dân trong tỉnh.\n"
      "Những năm qua, các cấp Hội đã giới thiệu hàng trăm hội viên ưu tú cho Đảng xem xét kết "
      "nạp, góp phần xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh ở nông thôn.\n";
  Article a = read_ok(InputFile{"bai.txt", text});
  CHECK(a.title.starts_with("Phát huy vai trò của Hội Nông dân tỉnh Tân Phú"));
  CHECK(a.author == "TS. NGUYỄN VĂN BÌNH");
  CHECK(a.lead.starts_with("Hội Nông dân là tổ chức"));
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.front().text.starts_with("Những năm qua"));
}
