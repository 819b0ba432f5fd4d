// Link titles right after the lead (article/related_run.h), on made-up pages: a box between
// the lead and the body is dropped and counted; a run closing a cut page is its photos'
// captions when its lines are worded as captions, else a box, dropped and counted.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kHead =
    "Huyện ủy Tân Phú tổ chức hội nghị báo cáo viên tháng 3\n\n"
    "Sáng 5/3, Ban Tuyên giáo Huyện ủy Tân Phú tổ chức hội nghị báo cáo viên định kỳ tháng 3 "
    "với sự tham dự của hơn 60 đại biểu là báo cáo viên các xã, thị trấn.\n\n";
const std::string kLinks =
    "Xã Phú Lâm ra mắt mô hình dân vận khéo năm 2024\n\n"
    "Hội Nông dân huyện tổng kết phong trào thi đua sản xuất giỏi\n\n";
const std::string kBody =
    "Tại hội nghị, các đại biểu được nghe thông tin về tình hình thời sự trong nước và quốc "
    "tế nổi bật thời gian qua.\n\n"
    "Hội nghị cũng định hướng công tác tuyên truyền trọng tâm trong tháng tới cho đội ngũ báo "
    "cáo viên các cấp.\n";

}  // namespace

TEST_CASE("related run: link titles between the lead and the body are dropped and counted") {
  Article a = read_ok(InputFile{"a.txt", kHead + kLinks + kBody});
  CHECK(all_fields(a).find("Phú Lâm") == std::string::npos);
  CHECK(all_fields(a).find("sản xuất giỏi") == std::string::npos);
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].text.starts_with("Tại hội nghị"));
  CHECK(has_warning(a, "2 related links after the lead left out"));
}

TEST_CASE("related run: captions closing a cut page after the lead are its captions") {
  Article a = read_ok(InputFile{
      "a.txt", kHead +
                   "Đồng chí Trần Văn Hải - Bí thư Huyện ủy phát biểu khai mạc hội nghị\n"
                   "Đ/c Lê Thị Mai - Phó Ban Tuyên giáo Huyện ủy báo cáo chuyên đề tại hội nghị\n"
                   "Đồng chí Nguyễn Văn Bình, Trưởng Ban Dân vận Huyện ủy triển khai nhiệm vụ\n"});
  CHECK(captions_in(a) == 3);
  CHECK_FALSE(has_warning(a, "2 related links"));
  CHECK_FALSE(has_warning(a, "3 related links"));
}

TEST_CASE("related run: photos' captions under the lead, the text going on, are no box") {
  // each line shows who does what before a camera: the photos stand under the lead
  Article a = read_ok(InputFile{
      "a.txt", kHead +
                   "Đồng chí Trần Văn Hải - Bí thư Huyện ủy tặng hoa chúc mừng hội nghị\n\n"
                   "Đồng chí Lê Thị Mai - Phó Chủ tịch UBND huyện phát biểu tại hội nghị\n\n" +
                   kBody});
  CHECK(captions_in(a) == 2);
  CHECK_FALSE(has_warning(a, "2 related links"));
  REQUIRE(a.blocks.size() == 4);
  CHECK(a.blocks[2].text.starts_with("Tại hội nghị"));
}

TEST_CASE("related run: headlines closing a cut page after the lead are a box, counted") {
  Article a = read_ok(InputFile{"a.txt", kHead + kLinks});
  CHECK(a.blocks.empty());
  CHECK(all_fields(a).find("Phú Lâm") == std::string::npos);
  CHECK(has_warning(a, "2 related links after the lead left out"));
}
