// A page's widgets in the header, made-up pages in the forms seen on unseen sites
// (tests/fixtures/real-eval14, -eval15): a widget's label alone ("Xem với cỡ chữ", a skip
// link) and a read counter ("Lượt đọc: 487") are never the article's topic.
#include <catch2/catch.hpp>

#include "article/page_widgets.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ trường tổ chức lễ kết nạp đảng viên mới năm học 2016";
const std::string kBody =
    "Sáng ngày 20/10, Chi bộ trường THPT Lê Lợi đã tổ chức lễ kết nạp đảng viên mới cho hai "
    "quần chúng ưu tú là giáo viên của trường.\n\n"
    "Buổi lễ diễn ra trang trọng với sự tham dự của đông đủ đảng viên trong chi bộ và đại "
    "diện Ban Giám hiệu nhà trường.\n\n";

}  // namespace

TEST_CASE("widget label: a widget's label alone is a widget line") {
  CHECK(is_page_widget_line("Xem với cỡ chữ"));
  CHECK(is_page_widget_line("Cỡ chữ:"));
  CHECK(is_page_widget_line("Truy cập nội dung luôn"));
  CHECK(is_page_widget_line("Skip to content"));
  CHECK_FALSE(is_page_widget_line("Xem với cỡ chữ lớn hơn để đọc dễ dàng hơn trên điện thoại"));
  CHECK_FALSE(is_page_widget_line("Truy cập nội dung luôn là điều quan trọng"));
}

TEST_CASE("widget label: the font-size label between the date and the title is not the topic") {
  Article a = read_ok(
      InputFile{"bai.txt", "20/03/2020 08:15\nXem với cỡ chữ\n\n" + kTitle + "\n\n" + kBody});
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
}

TEST_CASE("widget label: a skip link above the title is not the topic") {
  Article a = read_ok(InputFile{"bai.txt", "Truy cập nội dung luôn\nĐăng nhập\n\n" + kTitle +
                                               "\n\n20/11/2020 16:58\n\n" + kBody});
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
}

TEST_CASE("widget label: a read counter under the date line is not the topic") {
  Article a = read_ok(InputFile{"bai.txt",
                                "Chào mừng bạn đến với Trang tin điện tử của trường\n"
                                "Thứ ba, 25/10/2016, 9:30\nLượt đọc: 487\n\n" +
                                    kTitle + "\n\n" + kBody});
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK(a.lead.find("Lượt đọc") == std::string::npos);
}

TEST_CASE("widget label: a view count has groups of three, a dotted date alone is no count") {
  CHECK(is_page_widget_line("1.204"));
  CHECK(is_page_widget_line("28.702.972"));
  CHECK(is_page_widget_line("129,323"));
  CHECK_FALSE(is_page_widget_line("23.08.2023"));
  CHECK_FALSE(is_page_widget_line("1.20"));
}

TEST_CASE("widget label: a dotted date alone under the title is the date line") {
  Article a = read_ok(InputFile{"bai.txt", kTitle + "\n\n23.08.2023\n\n" + kBody});
  CHECK(a.title == kTitle);
  REQUIRE(a.date.has_value());
  CHECK(a.date->iso() == "2023-08-23");
}

TEST_CASE("widget label: a database timestamp under the title is the date line") {
  Article a = read_ok(InputFile{"bai.txt", kTitle + "\n\n2020-11-23 16:58:00.0\n\n" + kBody});
  CHECK(a.title == kTitle);
  REQUIRE(a.date.has_value());
  CHECK(a.date->iso() == "2020-11-23");
  CHECK(a.lead.find("16:58") == std::string::npos);
}
