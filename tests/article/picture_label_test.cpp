// A photo's caption labelled "Hình ảnh:" or "Hình:" at the line's start, the other word pages
// print where "Ảnh:" stands (tests/fixtures/real-eval40/kiemlam-bp-1: two captions so labelled,
// one the text's last line). Only a label closed by its colon: the same words open sentences.
#include <catch2/catch.hpp>

#include "article/caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi đoàn cơ quan ra quân Ngày Chủ nhật xanh";
const std::string kLead =
    "Sáng 12/3/2023, Chi đoàn Văn phòng Huyện ủy phối hợp với Công đoàn cơ quan tổ chức ra quân "
    "dọn vệ sinh khuôn viên trụ sở và trồng cây xanh hưởng ứng Tháng Thanh niên năm 2023.";
const std::string kBody =
    "Hoạt động nhằm phát huy vai trò xung kích của đoàn viên thanh niên trong xây dựng cảnh quan "
    "công sở xanh, sạch, đẹp, đồng thời gắn kết tinh thần đoàn kết trong tập thể cơ quan.";
const std::string kBody2 =
    "Dịp này, Chi đoàn cũng phát động đoàn viên đăng ký các công trình thanh niên, phần việc "
    "thanh niên gắn với nhiệm vụ chuyên môn của từng bộ phận trong năm.";

}  // namespace

TEST_CASE("picture label: 'Hình ảnh:' and 'Hình:' opening a line label a caption as 'Ảnh:' does") {
  for (const char* line : {"Hình ảnh: Đoàn viên dọn vệ sinh khuôn viên trụ sở cơ quan",
                           "Hình: Đoàn viên dọn vệ sinh khuôn viên trụ sở cơ quan",
                           "HÌNH ẢNH: Đoàn viên dọn vệ sinh khuôn viên trụ sở cơ quan",
                           "Hình ảnh 2: Đoàn viên dọn vệ sinh khuôn viên trụ sở cơ quan",
                           "Hình 2 : Đoàn viên dọn vệ sinh khuôn viên trụ sở cơ quan",
                           "Ảnh: Đoàn viên dọn vệ sinh khuôn viên trụ sở cơ quan"}) {
    INFO(line);
    auto c = parse_caption(line);
    REQUIRE(c.has_value());
    CHECK(c->text == "Đoàn viên dọn vệ sinh khuôn viên trụ sở cơ quan");
    CHECK(c->credit.empty());
  }
  // a short name after the label is the photo's credit, as after "Ảnh:"
  auto credit = parse_caption("Hình ảnh: Minh Hà");
  REQUIRE(credit.has_value());
  CHECK(credit->text.empty());
  CHECK(credit->credit == "Minh Hà");
  // a credit of its own at the end is read as on any caption
  auto both = parse_caption("Hình ảnh: Đoàn viên trồng cây xanh tại trụ sở. Ảnh: Minh Hà");
  REQUIRE(both.has_value());
  CHECK(both->credit == "Minh Hà");
}

TEST_CASE("picture label: the same words with no colon after them open a sentence") {
  for (const char* line :
       {"Hình ảnh người chiến sĩ Công an nhân dân luôn gắn bó với nhân dân.",
        "Hình ảnh của Chi đoàn được nhân dân địa phương ghi nhận",
        "Hình thức: trực tiếp kết hợp trực tuyến đến các điểm cầu cơ sở",
        "Hình thành thói quen giữ gìn vệ sinh môi trường nơi công sở: việc làm thiết thực",
        "Một số hình ảnh hoạt động của buổi ra quân:", "Hình Ảnh Đẹp Của Tuổi Trẻ Huyện Nhà"}) {
    INFO(line);
    CHECK_FALSE(parse_caption(line).has_value());
  }
}

TEST_CASE("picture label: labelled captions between paragraphs and as the text's last line") {
  const std::string first = "Hình ảnh: Đoàn viên dọn vệ sinh khuôn viên trụ sở cơ quan";
  const std::string last = "Hình ảnh: Đoàn viên trồng cây xanh trong khuôn viên trụ sở";
  Article a = read_text(kTitle + "\n" + kLead + "\n" + first + "\n" + kBody + "\n" + kBody2 + "\n" +
                        last + "\n");
  CHECK(captions_in(a) == 2);
  CHECK(a.author.empty());
  CHECK(a.blocks.back().type == BlockType::Caption);
  CHECK(a.blocks.back().text == "Đoàn viên trồng cây xanh trong khuôn viên trụ sở");
  // the sentence opening with the same words, as a paragraph, stays body text
  Article prose = read_text(kTitle + "\n" + kLead + "\n" + kBody + "\n" +
                            "Hình ảnh đoàn viên thanh niên tình nguyện đã để lại ấn tượng đẹp "
                            "trong lòng cán bộ, công chức và người dân đến làm việc.\n" +
                            kBody2 + "\n");
  CHECK(captions_in(prose) == 0);
}
