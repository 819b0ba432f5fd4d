// Pages of session 36's shapes (made up, shaped as tests/fixtures/real-eval60/hodovietnam-1 and
// real-eval62/hotovietnam-1): a title with its full stop over a report whose last sentence has
// no comma, and over a notice that sets its grounds first and is signed by a council pushed
// right; a news credit over the writer's trade ("Tin: Nhà báo: …"); a site's address as its
// masthead (real-eval61/languudiem-1) and WordPress's Facebook comments box.
#include <catch2/catch.hpp>
#include <string>

#include "article/header_lines.h"
#include "article/reader.h"
#include "article/stopped_title.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

bool any_block_holds(const Article& a, const std::string& words) {
  for (const Block& b : a.blocks)
    if (b.text.find(words) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a stopped title over a report whose last sentence has no comma is the title") {
  Article a = read_text(
      "Hội đồng họ Lê Việt Nam tổ chức họp Ban Thường trực mở rộng.\n\n"
      "Sáng 3.4.2021 tại Thanh Trì, Hà Nội Hội đồng họ Lê Việt Nam đã tổ chức họp Ban Thường "
      "trực mở rộng. Cả 7 Ủy viên thường trực cùng gần 12 thành viên mời mở rộng đã đến dự\n"
      "Cuộc họp đã bàn về việc tu bổ nhà thờ Tổ, việc chuẩn bị cuộc họp mặt đầu xuân lần thứ "
      "20 tại Thanh Hóa và việc chuẩn bị Đại hội nhiệm kỳ mới.\n"
      "Cuộc họp đã thống nhất cao và Hội đồng sẽ sớm ra nghị quyết về các việc trên.\n"
      "Tin: Nhà báo: Lê Văn Hùng\n");
  CHECK(a.title == "Hội đồng họ Lê Việt Nam tổ chức họp Ban Thường trực mở rộng.");
  CHECK(a.lead.starts_with("Sáng 3.4.2021 tại Thanh Trì"));
  // both labels go: the news credit and the writer's trade
  CHECK(a.author == "Lê Văn Hùng");
}

TEST_CASE("a notice's title is retold under the grounds it sets first") {
  Article a = read_text(
      "Thông báo Lễ giỗ Tổ họ Phạm năm Tân Sửu 2021.\n\n"
      "Thực hiện Công văn số: 12-CV/HU ngày 02 tháng 02 năm 2021 của Huyện ủy về việc phòng "
      "chống dịch bệnh do virus corona gây ra;\n\n"
      "Thực hiện ý kiến chỉ đạo của Chủ tịch Ủy ban nhân dân huyện về việc phòng chống dịch "
      "bệnh do virus corona gây ra.\n\n"
      "Ủy ban nhân dân xã Đông Lỗ thông báo : Dừng tổ chức Lễ giỗ Tổ họ Phạm năm Tân Sửu "
      "2021.\n\n"
      "Căn cứ vào nội dung trên Hội đồng họ Phạm xin thông báo tới các chi họ và bà con họ "
      "Phạm trên toàn quốc được biết và không về dâng hương.\n\n"
      "Trân trọng cám ơn !\n\n\n"
      "                                                            Hội đồng họ Phạm Việt Nam\n");
  CHECK(a.title == "Thông báo Lễ giỗ Tổ họ Phạm năm Tân Sửu 2021.");
  CHECK(a.lead.starts_with("Thực hiện Công văn số: 12-CV/HU"));
  // the council pushed right under the closing signs the notice: no photo's caption
  CHECK(a.author == "Hội đồng họ Phạm Việt Nam");
  // and what the commune announces, after its colon, is the notice's text, though it retells
  // the title: no caption either
  for (const Block& b : a.blocks) CHECK(b.type != BlockType::Caption);
  CHECK(any_block_holds(a, "thông báo : Dừng tổ chức Lễ giỗ Tổ"));
}

TEST_CASE("a photo story's first caption with its stop stays no title") {
  // the captions under it have no tense, as the first has none: the page opens at a photo
  Article a = read_text(
      "Ban Chấp hành Hội Nông dân huyện khóa X ra mắt Đại hội.\n\n"
      "Sau hai ngày làm việc, sáng 12-3-2023, tại Hội trường huyện, Đại hội đại biểu Hội Nông "
      "dân huyện lần thứ X đã thành công tốt đẹp với việc ra mắt Ban Chấp hành Hội Nông dân "
      "huyện khóa X gồm 31 đồng chí.\n\n"
      "Các đại biểu dự Đại hội.\n"
      "Các đại biểu phát biểu tham luận tại Đại hội.\n"
      "Quang cảnh Đại hội.\n");
  CHECK(a.title.empty());
}

TEST_CASE("a notice's grounds are no title retold") {
  // the first line is the grounds' own sentence; the grounds under it repeat its words, but
  // grounds retell no title (and, passed over as a photo's caption too, would make it one)
  CHECK_FALSE(is_stopped_title(
      "Căn cứ Điều lệ Đảng Cộng sản Việt Nam.",
      std::vector<Paragraph>{{"Căn cứ Điều lệ Đảng Cộng sản Việt Nam và hướng dẫn số 23-HD/ĐU "
                              "ngày 10/5/2022 của Đảng ủy Công ty về tổ chức đại hội chi bộ."},
                             {"Ngày 13/6/2022, Chi bộ Văn phòng đã tiến hành Đại hội nhiệm kỳ "
                              "IX nhằm tổng kết nhiệm kỳ qua."}}));
}

TEST_CASE("WordPress's Facebook comments box ends the article") {
  Article a = read_text(
      "Họp mặt đồng hương 2022\n\n"
      "Ngày 17 tháng Chạp hằng năm, bà con đồng hương gặp gỡ tại xã Quảng Thành, huyện Châu "
      "Đức trong tình thương mến thương.\n\n"
      "Chương trình khuyến học năm nay trao 40 suất học bổng cho các cháu học giỏi, vượt khó.\n\n"
      "Bình luận nhanh bằng tài khoản Facebook\n\n"
      "comments\n\n"
      "Trả lời\n");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text ==
        "Chương trình khuyến học năm nay trao 40 suất học bổng cho các cháu học giỏi, vượt khó.");
}

TEST_CASE("the site's address alone above the title names no section") {
  Article a = read_text(
      "LangDongHuong.Com\n\n"
      "Họp mặt đồng hương 2022\n\n"
      "Ngày 17 tháng Chạp hằng năm, bà con đồng hương gặp gỡ tại xã Quảng Thành, huyện Châu "
      "Đức trong tình thương mến thương.\n\n"
      "Chương trình khuyến học năm nay trao 40 suất học bổng cho các cháu học giỏi, vượt khó.\n");
  CHECK(a.title == "Họp mặt đồng hương 2022");
  CHECK(a.topic.empty());
  // over a page that shows no title, the address is no title either: the page's own line
  Article untitled = read_text(
      "LangDongHuong.Com\n\n"
      "Ngày 17 tháng Chạp hằng năm, bà con đồng hương gặp gỡ tại xã Quảng Thành, huyện Châu "
      "Đức trong tình thương mến thương.\n\n"
      "Chương trình khuyến học năm nay trao 40 suất học bổng cho các cháu học giỏi, vượt khó.\n");
  CHECK(untitled.title.empty());
  CHECK(untitled.lead.starts_with("Ngày 17 tháng Chạp"));
  CHECK(is_site_address("LangUuDiem.Com"));
  CHECK(names_the_site("LangUuDiem.Com"));
  CHECK(names_the_site("hoinongdan.org.vn"));
  // a numbered part or a version is no address: its last label is no word of letters
  CHECK_FALSE(names_the_site("1.2"));
  CHECK_FALSE(is_site_address("TP.HCM"));              // a place's abbreviation
  CHECK_FALSE(is_site_address("anh-le-ket-nap.jpg"));  // an image's name
  CHECK(is_site_address("ductho.hatinh.gov.vn"));
  CHECK_FALSE(names_the_site("v2.0"));
  CHECK_FALSE(names_the_site("Tin tức"));
}
