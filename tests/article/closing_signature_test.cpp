// What closes a page under its last paragraph (session 31): a school's Youth Union signing
// with the writer's initials in brackets over a visitor counter's box with no title (shaped as
// tests/fixtures/real-eval50/tinhdoanquangtri-1), and a site template's English label left
// where a byline would stand (caobangtourism-1). Made-up pages of those shapes.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/end_byline_shapes.h"
#include "article/office_byline.h"
#include "article/page_widgets.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kBody =
    "Nhân dịp kỷ niệm ngày sinh của Chủ tịch Hồ Chí Minh, Đoàn trường tổ chức cho 40 đoàn "
    "viên tiêu biểu về thăm các di tích lịch sử của tỉnh.\n\n"
    "Trong chuyến đi, các em được nghe kể về truyền thống cách mạng của quê hương và dâng "
    "hương tại đài tưởng niệm các anh hùng liệt sĩ.\n\n"
    "Chuyến đi giúp các em thêm tự hào về quê hương, phấn đấu học tập và rèn luyện tốt hơn.\n";

}  // namespace

TEST_CASE("closing signature: a unit signs with the writer's initials in brackets") {
  CHECK(signs_as_unit("Đoàn trường THPT Số 2 Đakrông (MT)"));
  CHECK(signs_as_unit("Đoàn trường THPT Số 2 Đakrông"));
  // a word in brackets is no initials; a caption runs on in lower case
  CHECK_FALSE(signs_as_unit("Đoàn trường THPT Số 2 (ảnh)"));
  CHECK_FALSE(signs_as_unit("Đoàn trường trao quà (MT)"));
}

TEST_CASE("closing signature: a counter box with no title, each count labelled") {
  const std::vector<std::string> box = {"Đang truy cập: 66", "Hôm nay: 225",
                                        "Tổng lượt truy cập: 1,202,831", "x"};
  CHECK(counter_box_end(box, 0) == 3);
  // a span's count alone is a table's row; a counter alone is one line (page_widgets.h)
  CHECK(counter_box_end({"Hôm nay: 225", "Hôm qua: 310"}, 0) == 0);
  CHECK(counter_box_end({"Đang truy cập: 66", "Các chi bộ đã họp."}, 0) == 0);
}

TEST_CASE("closing signature: the unit signs the page over the counter box") {
  Article a = read_text(kBody +
                        "\nĐoàn trường THPT Số 2 Đakrông (MT)\n"
                        "Đang truy cập: 66\nHôm nay: 225\nTổng lượt truy cập: 1,202,831\n");
  CHECK(a.author == "Đoàn trường THPT Số 2 Đakrông (MT)");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.rfind("Chuyến đi giúp", 0) == 0);
  for (const Block& b : a.blocks) CHECK(b.text.find("Hôm nay") == std::string::npos);
}

TEST_CASE("closing signature: a template's English label is no writer") {
  CHECK(is_link_or_widget_label("Sample Plan"));
  CHECK(is_link_or_widget_label("Sample Page"));
  // a person's name in a foreign spelling may sign (end_byline_shapes_test)
  CHECK_FALSE(is_link_or_widget_label("John Smith"));
  Article a = read_text("Độc đáo lễ hội Nàng Hai của người Tày\n\n17/05/2023\n\n" + kBody +
                        "\nSample Plan\n");
  CHECK(a.author.empty());
  CHECK(a.title == "Độc đáo lễ hội Nàng Hai của người Tày");
}

TEST_CASE("closing signature: 'Phản hồi', a comment box's heading, ends the article") {
  // shaped as real-eval51/phatgiaodoisong-1: the writer, then the box and its form
  Article a = read_text("Lễ Vu lan báo hiếu tại chùa Thiên Bửu\n\n" + kBody +
                        "\nQuảng Ấn\n\nPhản hồi\n\nBài viết rất hay, cảm ơn quý chùa đã chia sẻ "
                        "những hình ảnh ý nghĩa về mùa Vu lan năm nay.\n");
  CHECK(a.author == "Quảng Ấn");
  for (const Block& b : a.blocks) {
    CHECK(b.text.find("Phản hồi") == std::string::npos);
    CHECK(b.text.find("Bài viết rất hay") == std::string::npos);  // a reader's comment
  }
}
