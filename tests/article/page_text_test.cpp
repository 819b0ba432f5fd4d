// The text of a page as a browser saves it, one form of header and footer at a time
// (tests/fixtures/articles/page-*.txt, written for these tests).
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "article/text_prepare.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

void check_no_chrome(const Article& a, std::initializer_list<const char*> chrome) {
  std::string all = all_fields(a);
  for (const char* c : chrome) {
    INFO("chrome: " << c << "\n" << all);
    CHECK(all.find(c) == std::string::npos);
  }
}

}  // namespace

TEST_CASE("page text: breadcrumb, menus, box titles, related links, tags, comments, footer") {
  Article a = read_ok(fixture("page-breadcrumb.txt"));
  CHECK(a.topic == "Xây dựng Đảng");  // the breadcrumb's last step
  CHECK(a.title == "Huyện ủy Tuy Phước tổng kết công tác xây dựng Đảng năm 2012");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2012-12-25");  // the article's date line, not the site's "today"
  CHECK(a.time == "10:03");
  CHECK(a.source.site == "BĐ");
  CHECK(a.lead.rfind("Sáng 25.12, Huyện ủy Tuy Phước", 0) == 0);
  CHECK(a.author == "Vũ Phương Thảo");  // the byline's name, its label off
  REQUIRE(a.blocks.size() == 4);
  CHECK(a.blocks[0].text.rfind("Năm 2012, Đảng bộ huyện", 0) == 0);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[1].credit == "Ngọc Nhuận");
  // the body goes on after a "Xem thêm:" box in its middle
  CHECK(a.blocks[2].text.rfind("Các chi bộ đã đổi mới", 0) == 0);
  CHECK(a.blocks[3].text.rfind("Năm 2013, Huyện ủy", 0) == 0);
  check_no_chrome(
      a, {"Đăng nhập", "BÁO BÌNH ĐỊNH", "Thời sự", "Trang chủ", ">>", "Kết nạp 120 đảng viên mới",
          "Xem thêm", "Phước Lộc: Sơ kết", "Từ khóa", "Bình luận", "Chúc mừng", "TIN TỨC MỚI",
          "công tác dân vận", "Liên hệ", "Lê Duẩn", "baobinhdinh"});
  // nothing uncertain; the chrome is counted: the masthead and menus over the title, the
  // boxes, tags, comments and footer by their markers, the "Xem thêm:" box and its link named
  CHECK(a.warnings == std::vector<std::string>{site_chrome_warning(
                          SiteChrome{.by_shape = 12, .header = 8, .related_box = 2})});
}

TEST_CASE(
    "page text: a breadcrumb with wide gaps, a leading bar on the date, a credit without "
    "a colon") {
  Article a = read_ok(fixture("page-gapped-crumbs.txt"));
  CHECK(a.topic == "Hoạt động nổi bật");  // "Trang chủ  Tin tức  Hoạt động nổi bật"
  CHECK(a.title == "Đảng bộ phường Ghềnh Ráng học tập Nghị quyết Trung ương 6");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2012-12-21");  // "| 21/12/2012 - 08:04"
  CHECK(a.time == "08:04");
  CHECK(a.source.site == "binhdinh.gov.vn");
  CHECK(a.lead.rfind("Ngày 20/12, Đảng bộ phường", 0) == 0);
  REQUIRE(captions_in(a) == 1);
  CHECK(a.blocks[0].text == "Quang cảnh hội nghị.");  // "Quang cảnh hội nghị. Ảnh Trọng Đức."
  CHECK(a.blocks[0].credit == "Trọng Đức");
  CHECK(a.author == "Trang Lê");  // "Tác giả: Trang Lê": the label is no name
  check_no_chrome(a, {"Tìm kiếm", "Cổng thông tin", "0256"});
}

TEST_CASE("page text: a section on the date line, the title twice, photo credits of every form") {
  Article a = read_ok(fixture("page-category-date.txt"));
  CHECK(a.topic == "Xây dựng Đảng");  // "Xây dựng Đảng | Thứ tư, 22/10/2025, 19:25 (GMT+7)"
  CHECK(a.title == "Chi bộ khu phố 5 kết nạp hai đảng viên trẻ");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2025-10-22");
  CHECK(a.time == "19:25");
  CHECK(a.source.site == "Dân trí");
  CHECK(a.lead.rfind("Tối 21/10, Chi bộ khu phố 5", 0) == 0);
  CHECK(a.author == "HỒNG HÀ (Thực hiện)");
  REQUIRE(a.blocks.size() == 5);
  // "Ảnh: Đảng ủy phường Bình Thọ cung cấp Lễ kết nạp …": the credit first
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].credit == "Đảng ủy phường Bình Thọ cung cấp");
  CHECK(a.blocks[0].text == "Lễ kết nạp đảng viên tại nhà văn hóa khu phố");
  CHECK(a.blocks[1].type == BlockType::Paragraph);
  // "… - Ảnh: D.H." after a dash
  CHECK(a.blocks[2].type == BlockType::Caption);
  CHECK(a.blocks[2].text == "Đảng viên mới tuyên thệ dưới cờ Đảng");
  CHECK(a.blocks[2].credit == "D.H");
  // "Ảnh chụp từ clip." names no photographer: the caption keeps it
  CHECK(a.blocks[4].type == BlockType::Caption);
  CHECK(a.blocks[4].text == "Các đảng viên trong chi bộ tặng hoa chúc mừng. Ảnh chụp từ clip.");
  CHECK(a.blocks[4].credit.empty());
  check_no_chrome(a, {"VIDEO", "MULTIMEDIA", "ảnh 1", "Có thể bạn quan tâm", "tổng kết năm"});
}

TEST_CASE("page text: the title and the date on one line, image markers before captions") {
  Article a = read_ok(fixture("page-title-date.txt"));
  CHECK(a.title == "Tỉnh ủy sơ kết công tác kiểm tra, giám sát 6 tháng đầu năm");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2012-12-21");  // "… 15:20 PM | 21/12/2012"
  CHECK(a.time == "15:20");
  CHECK(a.source.site == "NLĐO");
  CHECK(a.lead.rfind("Chiều 21/12, Ủy ban Kiểm tra Tỉnh ủy", 0) == 0);
  CHECK(a.author == "Theo Thanh Niên");
  REQUIRE(a.blocks.size() == 4);
  CHECK(a.blocks[0].type == BlockType::Caption);  // after "[img]"
  CHECK(a.blocks[0].text == "Quang cảnh hội nghị sơ kết.");
  CHECK(a.blocks[2].type == BlockType::Caption);  // after "(ảnh)"
  CHECK(a.blocks[2].text == "Đồng chí Phó Bí thư Tỉnh ủy trao giấy khen cho các tập thể.");
  check_no_chrome(a, {"[img]", "(ảnh)", "Thời sự", "Trang chủ"});
}

TEST_CASE("page text: a two-digit year at night, TTO, Ð for Đ, NFD, a doubled paragraph") {
  Article a = read_ok(fixture("page-two-digit-year.txt"));
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2012-12-24");  // "Cập nhật thứ hai, ngày 24/12/12 11:05 tối"
  CHECK(a.time == "23:05");
  CHECK(a.title == "TP.HCM: Đảng bộ quận 3 trao huy hiệu 50 năm tuổi Đảng");  // Ð (U+00D0)
  CHECK(a.source.site == "TTO");
  CHECK(a.lead ==
        "Sáng 24-12, Quận ủy quận 3 tổ chức lễ trao huy hiệu 50 năm tuổi Đảng cho 18 "
        "đảng viên lão thành.");
  REQUIRE(a.blocks.size() == 3);  // the paragraph the copy doubled is there once
  CHECK(a.blocks[0].text.rfind("Phát biểu tại buổi lễ, đồng chí Bí thư Quận ủy", 0) == 0);  // NFC
  CHECK(a.author == "Nhóm PV");
  CHECK(all_fields(a).find("\u00D0") == std::string::npos);
}

TEST_CASE("page text: a place alone before the lead is its source, a team byline") {
  Article a = read_ok(fixture("page-place-source.txt"));
  CHECK(a.topic == "Xây dựng Đảng");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2020-03-02");  // "Cập nhật: 08:15 ngày 02/03/2020"
  CHECK(a.time == "08:15");
  CHECK(a.source.site == "Hòa Bình");
  CHECK(a.lead.rfind("Năm 2019, Đảng bộ huyện Lạc Sơn", 0) == 0);
  CHECK(a.blocks.size() == 2);
  CHECK(a.author == "Minh Anh - Thu Hà");
}

TEST_CASE("page text: a photo story, every paragraph a caption") {
  Article a = read_ok(fixture("page-photo-story.txt"));
  CHECK(a.title == "Chi bộ ấp Mỹ Lợi trong ngày hội đại đoàn kết");
  CHECK(captions_in(a) == 4);
  CHECK(a.blocks.size() == 4);
  CHECK(a.lead.empty());
  CHECK(a.author == "Tuấn Lê");
  CHECK(has_warning(a, "no lead paragraph"));
}

TEST_CASE("page text: a related link that cut the title and glued another title on is chrome") {
  const std::string title = "Trao giải thưởng báo chí về xây dựng Đảng của tỉnh lần thứ IV";
  const std::string glued =
      "Trao giải thưởng báo chí về xây dựng Đảng của tỉnh lần thứ IBình "
      "Phước: Sáng nay (5/2), tổng kết giải báo chí";
  const std::string lead =
      "Chiều 4/2, Tỉnh ủy trang trọng tổ chức lễ trao giải thưởng báo chí về xây dựng Đảng lần "
      "thứ IV, năm 2023.";
  const std::string para =
      "Giải năm nay nhận được hơn hai trăm tác phẩm của các cơ quan báo chí trong và ngoài tỉnh, "
      "tăng so với năm trước.";
  Article a = read_ok(InputFile{
      "trang.txt", title + "\n\n" + lead + "\n\n" + glued + "\n\n" + para + "\n\n" + "Minh Anh\n"});
  CHECK(a.title == title);
  CHECK(a.lead == lead);
  check_no_chrome(a, {"Sáng nay (5/2)"});
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks[0].text == para);
  // A paragraph that starts with the whole title and goes on is no such link.
  a = read_ok(InputFile{"trang.txt", title + "\n\n" + lead + "\n\n" + title +
                                         " Ông An nói thêm, giải đã thành nền nếp.\n\n" + para +
                                         "\n\nMinh Anh\n"});
  CHECK(all_fields(a).find("Ông An nói thêm") != std::string::npos);
}

TEST_CASE("page text: a heading in capitals before the first paragraph is no lead") {
  const std::string para =
      "Trong mọi giai đoạn cách mạng, Đảng luôn coi trọng việc giữ gìn sự đoàn kết, thống nhất "
      "trong nội bộ, coi đó là nhiệm vụ thường xuyên.";
  Article a =
      read_ok(InputFile{"trang.txt",
                        "Giữ gìn sự đoàn kết, thống nhất trong Đảng - bài học lớn của cách mạng\n"
                        "ĐOÀN KẾT LÀ SỨC MẠNH CỦA ĐẢNG\n" +
                            para + "\n"});
  CHECK(a.title == "Giữ gìn sự đoàn kết, thống nhất trong Đảng - bài học lớn của cách mạng");
  CHECK(a.lead == para);
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].type == BlockType::Heading);
  CHECK(a.blocks[0].text == "ĐOÀN KẾT LÀ SỨC MẠNH CỦA ĐẢNG");
  // a short lead in capitals with no paragraph under it stays the lead
  a = read_ok(InputFile{"trang.txt", "Giữ gìn sự đoàn kết trong Đảng\nĐOÀN KẾT LÀ SỨC MẠNH\n"});
  CHECK(a.lead == "ĐOÀN KẾT LÀ SỨC MẠNH");
}

TEST_CASE("page text: a kicker naming a series of twelve words, then the title, no date") {
  Article a = read_ok(InputFile{
      "trang.txt",
      "Thực hiện Nghị quyết Trung ương khóa XII về xây dựng Đảng\n\n"
      "Làm gì để nêu gương đi vào cuộc sống?\n\n"
      "(ĐCSVN) – Báo điện tử Đảng Cộng sản Việt Nam tổ chức giao lưu trực tuyến với bạn đọc "
      "về trách nhiệm nêu gương của cán bộ, đảng viên.\n\n"
      "Các đại biểu đã trao đổi nhiều ý kiến thiết thực về việc nêu gương của người đứng đầu "
      "cấp ủy, chính quyền các cấp.\n"});
  CHECK(a.topic == "Thực hiện Nghị quyết Trung ương khóa XII về xây dựng Đảng");
  CHECK(a.title == "Làm gì để nêu gương đi vào cuộc sống?");
  CHECK(a.lead.rfind("Báo điện tử Đảng", 0) == 0);
}
