// Another site's chrome over an article (bench/run-perturb's "chrome transplant"): boxes of
// link titles, a menu one item a line, a line in no Vietnamese, a poll, a counter box saved
// empty, each with its box's title. None may stand as the title of a page that shows none, nor
// in place of the title of one that shows it; the near-misses keep their titles.
#include "article/header_chrome.h"

#include <catch2/catch.hpp>

#include "article/page_widgets.h"
#include "article/poll_widget.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới năm 2024";
const std::string kBody =
    "Sáng 20/7, Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới cho hai quần chúng ưu tú, "
    "dưới sự chủ trì của đồng chí Bí thư Chi bộ.\n\n"
    "Các đảng viên mới hứa phấn đấu, rèn luyện, hoàn thành tốt nhiệm vụ được giao, xứng đáng "
    "với niềm tin của chi bộ.\n";

Article page(const std::string& chrome, const std::string& rest) {
  return read_ok(InputFile{"trang.txt", chrome + "\n\n" + rest});
}

// Each chrome of the family, over a page with no title (its body first) and over one with its
// title first: no chrome line for a title, the page's own title kept.
void check_chrome(const std::string& chrome) {
  INFO(chrome);
  Article untitled = page(chrome, kBody);
  CHECK(untitled.title.empty());
  CHECK(untitled.lead.starts_with("Sáng 20/7"));
  Article titled = page(chrome, kTitle + "\n\n" + kBody);
  CHECK(titled.title == kTitle);
  CHECK(titled.lead.starts_with("Sáng 20/7"));
}

}  // namespace

TEST_CASE("header chrome: a poll box run together on one line") {
  for (std::string_view poll : {"Bạn theo đạo nào ?Chọn Xem KQ", "Bạn theo đạo nào?Chọn Xem KQ",
                                "Bạn biết đến trang qua đâu?Bình chọn | Xem kết quả",
                                "Bạn biết đến trang qua đâu? Bình chọn | Xem kết quả",
                                "BẠN ĐÁNH GIÁ THẾ NÀO VỀ GIAO DIỆN MỚI?CHỌN XEM KẾT QUẢ",
                                "Ý kiến của bạn về giao diện mới?Đẹp | Bình thường | Chưa đẹp"})
    CHECK(is_poll_line(poll));
  // a title or a sentence that asks: one run of words after the "?", or a sentence's end
  for (std::string_view asks :
       {"Vì sao? Lời giải từ cơ sở", "Vì sao phải học tập và làm theo Bác?", "“Vì sao?” Ông Ba nói",
        "Đảng viên là gì? Vai trò của đảng viên trong chi bộ.", "Làm gì?Làm thế nào?", "Sao?Đi"})
    CHECK_FALSE(is_poll_line(asks));
  CHECK(is_page_widget_line("Bạn theo đạo nào ?Chọn Xem KQ"));
  check_chrome("Thăm dò ý kiến\nBạn theo đạo nào ?Chọn    Xem KQ");
  check_chrome("THĂM DÒ Ý KIẾN\n\nBạn biết đến trang qua đâu? Bình chọn | Xem kết quả");
  check_chrome("Bạn theo đạo nào ?Chọn\tXem KQ");
}

TEST_CASE("header chrome: a box of link titles that open alike, under its title") {
  const std::string links =
      "Giới thiệu Tạp chí Công tác tôn giáo Số 11/2019\n"
      "Giới thiệu Tạp chí Công tác tôn giáo Số 10/2019\n"
      "Giới thiệu Tạp chí Công tác tôn giáo Số 9/2019\n";
  check_chrome(links);
  check_chrome("Ấn phẩm sách\n" + links);
  check_chrome("Tìm kiếm  Tìm kiếm nâng cao\nẤn phẩm sách\n\n" + links);
  check_chrome("Tìm kiếm | Tìm kiếm nâng cao\n" + links);
  check_chrome("Bản tin số 3 - tháng 5\n\nBản tin số 3 - tháng 4\n\nBản tin số 3 - tháng 3");
  // a title printed twice is no box of links; two lines that open alike are no box
  Article twice = page(kTitle + "\n" + kTitle, kBody);
  CHECK(twice.title == kTitle);
  Article kicker =
      page("Chi bộ thôn Đông tổ chức đại hội", kTitle + "\n\n" + kBody);  // opens as the title
  CHECK(kicker.title == kTitle);
  // the page's <title> line with the site's name, over the title and a caption that opens as
  // it does: three lines alike, but a copy is no link (tab_title.h reads that page)
  for (std::string site : {" - Báo Đà Nẵng", " | Cổng TTĐT huyện Tân Yên", " – baodanang.vn"}) {
    INFO(site);
    Article tab = page(kTitle + site + "\n" + kTitle + "\n" +
                           "Chi bộ thôn Đông tổ chức lễ kết nạp: quang cảnh buổi lễ",
                       kBody);
    CHECK(tab.title == kTitle);
  }
}

TEST_CASE("header chrome: a menu printed one item a line") {
  check_chrome("Trang chủ\nGiới thiệu\nThời sự\nVăn bản\nTuyên truyền\nVăn hóa-Văn nghệ");
  check_chrome(
      "Tin tức sự kiện\n\nBộ sách tham khảo\n\nSách nhà nước đặt hàng\n\nSách liên kết\n\n"
      "Thống kê");
  check_chrome("TRANG CHỦ\nGIỚI THIỆU\nTIN TỨC\nVĂN BẢN\nLIÊN HỆ");
  // a kicker set apart under a menu is no item of it
  Article kicker = page("Trang chủ\nThời sự\nChính trị\nKinh tế\nVăn hóa - Xã hội\n\nXây dựng Đảng",
                        kTitle + "\n\n" + kBody);
  CHECK(kicker.title == kTitle);
  CHECK(kicker.topic == "Xây dựng Đảng");
  // a breadcrumb's steps, a kicker and a short title: fewer than five short lines
  Article short_title = page("Trang chủ\nTin tức\nHoạt động", "Tiếp xúc cử tri\n\n" + kBody);
  CHECK(short_title.title == "Tiếp xúc cử tri");
}

TEST_CASE("header chrome: a line in no Vietnamese over a text written with its marks") {
  check_chrome("Pacs Tracuupacs khao sat y kien bn noi tru khao sat y kien benh nhan ngoai tru");
  check_chrome("Trang chu Gioi thieu Tin tuc Lien he");
  check_chrome("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA\n\nThanh Hoa Radio and Television");
  check_chrome("HO CHI MINH CITY COLLEGE OF TECHNOLOGY");
  // near-misses: a title with an English name in it, a title in capitals, a short line
  for (std::string title :
       {std::string("Chương trình COVAX trao thêm vắc xin cho các tỉnh miền núi phía Bắc"),
        std::string("KẾT NẠP ĐẢNG VIÊN MỚI TẠI CHI BỘ THÔN ĐÔNG"),
        std::string("Hội nghị ASEAN Digital Ministers")}) {
    Article a = page(title, kBody);
    CHECK(a.title == title);
  }
  // a page written without marks throughout keeps its title typed without them
  const std::string bare_title = "Chi bo thon Dong ket nap dang vien moi";
  const std::string bare_body =
      "Sang 20/7, Chi bo thon Dong to chuc le ket nap dang vien moi cho hai quan chung uu tu, "
      "duoi su chu tri cua dong chi Bi thu Chi bo.\n\nCac dang vien moi hua phan dau, ren "
      "luyen, hoan thanh tot nhiem vu duoc giao.\n";
  Article bare = read_ok(InputFile{"trang.txt", bare_title + "\n\n" + bare_body});
  CHECK(bare.title == bare_title);
  Article bare_after_menu =
      read_ok(InputFile{"trang.txt", "Trang chủ\n\n" + bare_title + "\n\n" + bare_body});
  CHECK(bare_after_menu.title == bare_title);
}

TEST_CASE("header chrome: a counter box saved without its counts") {
  for (std::string box : {std::string("Online:\nHôm nay:\nHôm qua:\nTổng số:"),
                          std::string("LIÊN KẾT HỮU ÍCH\nOnline:\nHôm nay:\nHôm qua:\nTổng số:"),
                          std::string("Hôm nay:\n\nHôm qua:\n\nTrong tháng:"),
                          std::string("Lượt truy cập:\nĐang online:")}) {
    check_chrome(box);
    CHECK(counter_box_end(std::vector<std::string>{"Hôm nay:", "Hôm qua:", "Tổng số:", "x"}, 0) ==
          3);
  }
  // a label alone opens a list; two of a span of time's words are no box
  CHECK(counter_box_end({"Tổng số:", "Các chi bộ đã đổi mới."}, 0) == 0);
  CHECK(counter_box_end({"Hôm nay:", "Hôm qua:", "Các chi bộ đã đổi mới."}, 0) == 0);
  CHECK(counter_box_end({"Thành phần:", "Địa điểm:", "Thời gian:"}, 0) == 0);
}

TEST_CASE("header chrome: none under a date line, where a box tells the site's clock") {
  // the site's clock, then a box of the magazine's issues over the title: the box stays for
  // the header, which reads the date line over it as the clock (text_reader.h, step 2)
  const std::vector<std::string> lines = {"Ấn phẩm sách",
                                          "Giới thiệu Tạp chí Công tác tôn giáo Số 11/2019",
                                          "Giới thiệu Tạp chí Công tác tôn giáo Số 10/2019",
                                          "Giới thiệu Tạp chí Công tác tôn giáo Số 9/2019", kTitle};
  HeaderChrome no_date(lines);
  CHECK(no_date.box_end(0) == 4);
  std::vector<std::string> clocked = lines;
  clocked.insert(clocked.begin(), "Ngày 15/12/2019 04:59 AM");
  HeaderChrome under_date(clocked);
  CHECK(under_date.box_end(0) == 0);
  CHECK(under_date.box_end(1) == 1);
  CHECK(under_date.box_end(2) == 2);
}

TEST_CASE("header chrome: a link back to the list over the title, the section over it") {
  check_chrome("Back");
  check_chrome("« Back");
  check_chrome("Quay lại trang trước");
  // the section's name over the link names the topic, the link none
  for (std::string back : {"Back", "« Go back", "Trở về trang trước"}) {
    INFO(back);
    Article a = page("TIN HOẠT ĐỘNG\n\n" + back, kTitle + "\n\n" + kBody);
    CHECK(a.title == kTitle);
    CHECK(a.topic == "TIN HOẠT ĐỘNG");
  }
  // near-misses: a one-word section in English stays the topic; a title "Trở về" (a poem's)
  // stays the title; "Back" inside a title is the title's
  Article section = page("Multimedia", kTitle + "\n\n" + kBody);
  CHECK(section.topic == "Multimedia");
  Article poem = page("Trở về", kBody);
  CHECK(poem.title == "Trở về");
  const std::string english = "Chương trình Back to School của Đoàn trường năm 2024";
  CHECK(page(english, kBody).title == english);
}
