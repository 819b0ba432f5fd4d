// How unseen sites close and open a page (session 33): a gallery of short lines with no stop
// under the text's last sentence, the words announcing it lost; a collaborator's role spelled
// out before the writers' names; a list box's name under a banner's leftover; a closed comment
// box; the site's clock over its greeting to visitors (shaped as tests/fixtures/real-eval55/
// giadinhphattu-1, real-eval54/muaxuan-1, thuydienhoabinh-1, nongnghiep24h-1,
// c2vinhxa-hungyen-1). Made-up pages of those shapes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kHead =
    "Khai mạc trại huấn luyện Huynh trưởng năm 2009\n\n"
    "Đến chứng minh buổi lễ có Hòa thượng Thích Nguyên Đức, Trưởng ban Hướng dẫn Phật tử tỉnh, "
    "cùng các anh chị Huynh trưởng đại diện các Gia đình Phật tử trên địa bàn tỉnh.\n\n"
    "Được biết trại tổ chức từ ngày 23 đến ngày 27 tháng 7 năm 2009, gồm có 150 trại sinh. Đây "
    "là khóa huấn luyện lần thứ mười, nhằm đào tạo đoàn trưởng cho các đơn vị trong tỉnh.\n\n";

std::vector<std::string> captions_of(const Article& a) {
  std::vector<std::string> out;
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption) out.push_back(b.text);
  return out;
}

}  // namespace

TEST_CASE("closing gallery: four lines or more with no stop under the last sentence") {
  const std::string gallery =
      "Cổng trại\n\nTrại sinh tập trung chuẩn bị cho lễ khai mạc\n\nNiệm Phật\n\nChào cờ\n\n"
      "Gắn phù hiệu trại cho Trại trưởng\n\nToàn cảnh lễ khai mạc\n";
  Article a = read_text(kHead + gallery);
  CHECK(captions_of(a) ==
        std::vector<std::string>{"Cổng trại", "Trại sinh tập trung chuẩn bị cho lễ khai mạc",
                                 "Niệm Phật", "Chào cờ", "Gắn phù hiệu trại cho Trại trưởng",
                                 "Toàn cảnh lễ khai mạc"});
  // a two-word line among the photos' captions is no writer's name, and nothing after it is
  // dropped as the page's tail
  CHECK(a.author.empty());
  CHECK(a.blocks.back().text == "Toàn cảnh lễ khai mạc");
  // a closed comment box under the gallery is the page's, no block
  Article closed = read_text(kHead + gallery + "Được đóng lại.\n");
  CHECK(closed.blocks.back().text == "Toàn cảnh lễ khai mạc");
}

TEST_CASE("closing gallery: the writer's name, an office and three lines are no gallery") {
  const std::string three = "Cổng trại\n\nChào cờ\n\nToàn cảnh lễ khai mạc\n\n";
  // a writer's name (a family name opening it) closes the run and signs the text
  Article named = read_text(kHead + three + "Gắn phù hiệu trại cho Trại trưởng\n\nNguyễn Văn An\n");
  CHECK(named.author == "Nguyễn Văn An");
  CHECK(captions_of(named).size() == 4);
  // so does a pen name closing it, no family name opening it
  Article pen = read_text(kHead + three + "Gắn phù hiệu trại cho Trại trưởng\n\nHải Vân\n");
  CHECK(pen.author == "Hải Vân");
  CHECK(captions_of(pen).size() == 4);
  // an office signing under three lines: the run is too short to be a gallery by itself, and
  // the office still signs
  Article office = read_text(kHead + three + "Ban Hướng dẫn Phật tử tỉnh\n");
  CHECK(office.author == "Ban Hướng dẫn Phật tử tỉnh");
  CHECK(captions_of(office).size() < 3);
  // a byline right under the last sentence (two writers after a dash) and another site's lines
  // under it: where a byline stands, no gallery
  Article signed_ = read_text(kHead +
                              "Kim Cương – Kinh Đô\n\nTrang chủ Tổng công ty\n\n"
                              "Giới thiệu chung về đơn vị\n\nTin tức sự kiện nổi bật\n\n"
                              "Liên hệ với chúng tôi\n");
  CHECK(captions_of(signed_).empty());
  CHECK(signed_.author == "Kim Cương – Kinh Đô");
  // a credit's colon breaks the run: "Nguồn: …" and a form's fields are the page's
  Article source = read_text(kHead +
                             "Cổng trại\n\nNguồn: Ban Hướng dẫn tỉnh\n\nThêm ý kiến\n\n"
                             "Mã an ninh\n\nLàm tươi\n");
  CHECK(captions_of(source).empty());
}

TEST_CASE("closing gallery: its label heads it and is no caption") {
  const std::string page = kHead +
                           "Một số hình ảnh tại lễ khai mạc\n\nCổng trại\n\nChào cờ\n\n"
                           "Gắn phù hiệu trại cho Trại trưởng\n\nToàn cảnh lễ khai mạc\n";
  Article a = read_text(page);
  std::vector<std::string> caps = captions_of(a);
  CHECK(caps.size() == 4);
  CHECK(std::find(caps.begin(), caps.end(), "Một số hình ảnh tại lễ khai mạc") == caps.end());
}

TEST_CASE("credit: the collaborator's role spelled out before the writers' names") {
  CHECK(author_in_byline("Cộng tác viên Đinh Quang Diệu, Nguyễn Thành Nam") ==
        "Đinh Quang Diệu, Nguyễn Thành Nam");
  CHECK(author_in_byline("Cộng tác viên: Đinh Quang Diệu") == "Đinh Quang Diệu");
  // the words as a phrase of the text name no writer
  CHECK(author_in_byline("Cộng tác viên tích cực của trang") != "tích cực của trang");
  const std::string page =
      "Đoàn Thanh niên Công ty ra quân ngày Chủ nhật xanh\n\nThứ Hai, 18/03/24, 16:27\n\n"
      "Chiều ngày 17 tháng 3 năm 2024, Đoàn Thanh niên Công ty đã ra quân dọn dẹp vệ sinh khu "
      "vực tượng đài trên công trình trong chương trình Ngày Chủ nhật xanh.\n\n"
      "Đây là một trong những hoạt động thường niên của Đoàn, nhằm giữ gìn cảnh quan khu vực "
      "công trình được xanh, sạch, đẹp.\n\n"
      "Một số hình ảnh tại chương trình Chủ nhật xanh\n\n"
      "Cộng tác viên Đinh Quang Diệu, Nguyễn Thành Nam\n\nLê Như Hùng\n";
  Article a = read_text(page);
  CHECK(a.author == "Đinh Quang Diệu, Nguyễn Thành Nam");
  CHECK(captions_of(a).empty());
}

TEST_CASE("page box: a list's name under a banner's leftover is no caption") {
  const std::string page =
      "16/08/17\n\n"
      "Hội Chữ thập đỏ đã phối hợp với Sở Nông nghiệp tỉnh triển khai dự án xây dựng mô hình "
      "chăn nuôi gà thịt an toàn sinh học trong chăn nuôi nông hộ giai đoạn 2017 – 2019.\n\n"
      "Dự án thực hiện tại ba tỉnh với mục tiêu xây dựng chín mô hình chăn nuôi, tổng quy mô "
      "54.000 con gà của hai giống gà lai.\n\n"
      "banner\n\nBài viết cùng chuyên mục\n";
  Article a = read_text(page);
  CHECK(captions_of(a).empty());
  for (const Block& b : a.blocks) CHECK(b.text != "Bài viết cùng chuyên mục");
}

TEST_CASE("site clock: a date line over the site's greeting or slogan is the masthead's") {
  const std::string body =
      "LỄ KẾT NẠP ĐOÀN VIÊN MỚI ĐỢT I/2024\n\n"
      "Sáng nay, Ban Chấp hành Chi đoàn trường tổ chức lễ kết nạp đoàn viên mới cho 24 thanh "
      "niên ưu tú là học sinh khối 9 của trường, với sự có mặt của Bí thư Đoàn xã.\n";
  Article a = read_text(
      "Thursday, 02/05/2024 - 10:12|\n\n"
      "Chào mừng bạn đến với cổng thông tin điện tử của Trường THCS Vĩnh Xá\n\n" +
      body);
  CHECK_FALSE(a.date.has_value());
  CHECK(a.title == "LỄ KẾT NẠP ĐOÀN VIÊN MỚI ĐỢT I/2024");
  // a slogan of the masthead under it: the clock too
  Article slogan =
      read_text("Sunday, 25/09/2022 - 21:57|\n\nChào mừng ngày Quốc tế phụ nữ 8-3\n\n" + body);
  CHECK_FALSE(slogan.date.has_value());
  // a view counter under it is printed under the article's own date line as well: the date
  Article counted = read_text("Thursday, 02/05/2024 - 10:12|\n\n1,372 lượt xem\n\n" + body);
  REQUIRE(counted.date.has_value());
  CHECK(counted.date->iso() == "2024-05-02");
  // with no greeting under it, the same line dates the article
  Article dated = read_text("Thursday, 02/05/2024 - 10:12|\n\n" + body);
  REQUIRE(dated.date.has_value());
  CHECK(dated.date->day == 2);
  CHECK(dated.date->month == 5);
}
