// Rules that real pages of unseen sites called for (tests/fixtures/real-eval3/), each on a
// small made-up page: a bar of links above the date and title, a masthead's phone line over
// the title, a byline in brackets, a byline glued to a sidebar's title, a caption printed
// twice on one line, captions without a credit word that retell the title or place people in
// the photo.
#include <catch2/catch.hpp>

#include "article/bare_caption.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Huyện ủy Tân Phú trao quà cho gia đình chính sách tại xã Phú Lâm";
const std::string kLead =
    "Sáng 20/7, đoàn công tác của Huyện ủy Tân Phú đã đến thăm, trao 50 phần quà cho các gia "
    "đình chính sách trên địa bàn xã Phú Lâm nhân dịp kỷ niệm Ngày Thương binh Liệt sĩ.\n\n";
const std::string kBody1 =
    "Tại buổi trao quà, đồng chí Bí thư Huyện ủy đã ân cần thăm hỏi sức khỏe, động viên các "
    "gia đình vượt qua khó khăn, tiếp tục phát huy truyền thống cách mạng.\n\n";
const std::string kBody2 =
    "Dịp này, Huyện ủy cũng trao tặng 20 suất học bổng cho học sinh có hoàn cảnh khó khăn, "
    "vươn lên trong học tập.\n\n";

}  // namespace

TEST_CASE("unseen pages: a bar of links above the date line is neither title nor topic") {
  Article a = read_text("Tiếng Việt | English\n\n25/07/2022 - 15:37\n\n" + kTitle + "\n\n" + kLead +
                        kBody1);
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2022-07-25");
  CHECK(a.time == "15:37");
  CHECK(a.lead.rfind("Sáng 20/7", 0) == 0);
  CHECK(all_fields(a).find("English") == std::string::npos);
}

TEST_CASE("unseen pages: a masthead's phone line over the title is no topic") {
  Article a =
      read_text("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TÂN PHÚ\n\nĐường dây nóng: 0251 3821150\n\n" +
                kTitle + "\n\n" + kLead + "20/07/2022 15:15\n\n" + kBody1 + kBody2);
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2022-07-20");
  CHECK(all_fields(a).find("Đường dây nóng") == std::string::npos);
}

TEST_CASE("unseen pages: a byline that is a name in brackets loses them") {
  Article a = read_text(kTitle + "\n\n20/07/2022\n\n" + kLead + kBody1 + "(Thanh Huyền)\n");
  CHECK(a.author == "Thanh Huyền");
  Article source = read_text(kTitle + "\n\n20/07/2022\n\n" + kLead + kBody1 + "Theo Dân Việt\n");
  CHECK(source.author == "Theo Dân Việt");
}

TEST_CASE("unseen pages: a caption printed twice on one line is one caption, once") {
  Article a = read_text(kTitle + "\n\n20/07/2022\n\n" + kLead +
                        "Quang cảnh buổi trao quà.Quang cảnh buổi trao quà.\n\n" + kBody1 + kBody2);
  REQUIRE(captions_in(a) == 1);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == "Quang cảnh buổi trao quà.");
  CHECK(a.blocks[1].text.rfind("Tại buổi trao quà", 0) == 0);
}

TEST_CASE("unseen pages: a line that retells the title is the photo's caption") {
  Article a = read_text(
      kTitle + "\n\n20/07/2022\n\n" + kLead + kBody1 +
      "Đồng chí Bí thư Huyện ủy Tân Phú trao quà cho các gia đình chính sách tại xã Phú Lâm\n\n" +
      kBody2 + "Trao quà cho gia đình chính sách\n\n" + kBody1);
  REQUIRE(captions_in(a) == 1);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[1].text.rfind("Đồng chí Bí thư", 0) == 0);
  // shorter than the title, it is a subheading
  CHECK(a.blocks[3].type == BlockType::Heading);
}

TEST_CASE("unseen pages: a line placing people in the photo is its caption") {
  Article a =
      read_text(kTitle + "\n\n20/07/2022\n\n" + kLead +
                "Đồng chí Nguyễn Văn Tư (bìa phải) trao bảng tượng trưng cho xã Phú Lâm\n\n" +
                kBody1 + kBody2);
  REQUIRE(captions_in(a) == 1);
  CHECK(a.blocks[0].text.rfind("Đồng chí Nguyễn Văn Tư", 0) == 0);
}

TEST_CASE("unseen pages: what retells the title and what places people, line by line") {
  const std::string title = "Khai trương Cổng thông tin điện tử tỉnh Quảng Bình";
  CHECK(retells_title("Các đại biểu bấm nút khai trương Cổng thông tin điện tử tỉnh Quảng Bình",
                      title));
  // a sentence of the body that says the same is no caption
  CHECK_FALSE(retells_title(
      "Sáng nay, UBND tỉnh tổ chức khai trương Cổng thông tin điện tử tỉnh Quảng Bình.", title));
  CHECK(retells_title("Khách mời khai trương Cổng thông tin điện tử tỉnh Quảng Bình.", title));
  CHECK_FALSE(retells_title("Cổng thông tin điện tử tỉnh", title));                  // shorter
  CHECK_FALSE(retells_title("Các đại biểu dự lễ khai trương tại Đồng Hới", title));  // few words
  CHECK_FALSE(
      retells_title("CÁC ĐẠI BIỂU KHAI TRƯƠNG CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH", title));
  CHECK_FALSE(retells_title("Lễ khai trương Cổng tỉnh", "Khai trương Cổng tỉnh"));  // title short
  CHECK(names_photo_position("Ông Trần An (thứ hai từ trái) nhận bằng khen"));
  CHECK(names_photo_position("Các đại biểu (ngoài cùng bên phải) cắt băng khánh thành"));
  CHECK(names_photo_position("Bà Lê Thu (đứng giữa) chụp ảnh lưu niệm cùng học sinh"));
  CHECK_FALSE(names_photo_position("Ủy ban nhân dân (UBND) tỉnh ban hành kế hoạch"));
  CHECK_FALSE(names_photo_position("Ông Trần An (bìa phải"));
}

TEST_CASE("unseen pages: a byline glued to a sidebar's title keeps the byline, drops the title") {
  Article a = read_text(kTitle + "\n\n20/07/2022\n\n" + kLead + kBody1 + "T.HThống kê truy cập\n");
  CHECK(a.author == "T.H");
  CHECK(all_fields(a).find("truy cập") == std::string::npos);
  // a capital inside a word that starts no marker's line stays where it is
  Article b = read_text(kTitle + "\n\n20/07/2022\n\n" + kLead + kBody1 + "Trần An, TP.HCM\n");
  CHECK(b.author == "Trần An, TP.HCM");
}
