// Header lines of unseen sites' page text that are no field (tests/fixtures/real-eval8/,
// real-eval9/ showed the kinds), on small made-up pages: a box title that lists articles by
// age or readers above the title, a bulleted heading between the title and the lead.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Hội Liên hiệp Phụ nữ huyện tổ chức hội thi tuyên truyền viên giỏi";
const std::string kLead =
    "Sáng 8/3, Hội Liên hiệp Phụ nữ huyện tổ chức hội thi tuyên truyền viên giỏi năm 2024 với "
    "sự tham gia của 15 đội thi đến từ các xã, thị trấn trong huyện.\n\n";
const std::string kBody =
    "Các đội thi đã mang đến những phần thi sôi nổi, sáng tạo, thể hiện rõ vai trò của hội viên "
    "phụ nữ trong công tác tuyên truyền ở cơ sở.\n\n";

}  // namespace

TEST_CASE("page header: a box listing articles by age or readers is no topic") {
  // "TIN BÀI ĐỌC NHIỀU": a portal's "tin bài" (news and articles) names the same box
  // (real-site35/btgcp.gov.vn)
  for (std::string box :
       {"Tin mới nhất", "Tin đọc nhiều", "Bài viết mới", "TIN BÀI ĐỌC NHIỀU", "Tin bài mới"}) {
    Article a = read_ok(InputFile{"trang.txt", box + "\n\n" + kTitle + "\n\n" + kLead + kBody});
    CHECK(a.title == kTitle);
    CHECK(a.topic.empty());
  }
  // a section named by its subject stays the topic
  Article b =
      read_ok(InputFile{"trang.txt", "Tin địa phương\n\n" + kTitle + "\n\n" + kLead + kBody});
  CHECK(b.topic == "Tin địa phương");
}

TEST_CASE("page header: a bulleted heading under the title is neither the title nor the lead") {
  const std::string title = "LỊCH SỬ PHONG TRÀO PHỤ NỮ HUYỆN QUA CÁC THỜI KỲ";
  Article a = read_ok(
      InputFile{"trang.txt", title + "\n\n* Thời kỳ kháng chiến chống Pháp\n\n" + kLead + kBody});
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("Sáng 8/3"));
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.front().type == BlockType::Heading);
  CHECK(a.blocks.front().text == "* Thời kỳ kháng chiến chống Pháp");
}

TEST_CASE("page header: a menu printed one item a line above the date line gives no title") {
  // the menu's last item stands just above the date line, the title under it
  Article a =
      read_ok(InputFile{"trang.txt",
                        "Trang chủ\nGiới thiệu\nTin tức\nVăn bản\nHỏi đáp\nThi đua-Khen thưởng\n"
                        "Được cập nhật lúc : 12/04/2011 09:15 SA\n" +
                            kTitle + "\n\n" + kLead + kBody});
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("Sáng 8/3"));
  // a kicker alone above a title over the date line stays the topic
  Article b = read_ok(InputFile{"trang.txt", "Trang chủ\n\nPhụ nữ và gia đình\n\n" + kTitle +
                                                 "\n\n12/04/2011 09:15\n\n" + kLead + kBody});
  CHECK(b.title == kTitle);
  CHECK(b.topic == "Phụ nữ và gia đình");
}

TEST_CASE("page header: a one-clause sapo that sets its time first is no title") {
  // a page's text that opens with its sapo: the next paragraph names the same body again
  const std::string sapo =
      "Trong 2 ngày (từ 14 - 15/3/2024) Hội Liên hiệp Phụ nữ huyện tổ chức Đại hội đại biểu "
      "phụ nữ huyện lần thứ XV nhiệm kỳ 2024 - 2029.";
  const std::string next =
      "Dự Đại hội có lãnh đạo Huyện ủy, Ủy ban nhân dân huyện, lãnh đạo Hội Liên hiệp Phụ nữ "
      "huyện qua các thời kỳ cùng 200 đại biểu đại diện cho hội viên phụ nữ toàn huyện.\n\n";
  Article a = read_ok(InputFile{"trang.txt", sapo + "\n\n" + next + kBody});
  CHECK(a.title.empty());
  CHECK(a.lead == sapo);
  // a title that ends in a stop, retold below, stays the title
  const std::string title = "Hội Liên hiệp Phụ nữ huyện tổ chức Đại hội đại biểu lần thứ XV.";
  Article b = read_ok(InputFile{"trang.txt", title + "\n\n" + next + kBody});
  CHECK(b.title == title);
}

TEST_CASE("page header: a verse quoted over two lines under the title is the lead, no topic") {
  Article a = read_ok(InputFile{"trang.txt", kTitle +
                                                 "\n\n“Chín năm làm một Điện Biên\nNên vành hoa "
                                                 "đỏ nên thiên sử vàng….”\n" +
                                                 kLead + kBody});
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK(a.lead == "“Chín năm làm một Điện Biên Nên vành hoa đỏ nên thiên sử vàng….”");
}

TEST_CASE("page header: an event's days, its venue and its counts over the text") {
  // an events page (real-eval53/mydongthap-1): the title, the first and last days, the venue,
  // the views and comments, then the text; the first day is the date, the venue and the counts
  // the header's, never the lead
  Article a = read_text(kTitle +
                        "\n\n17/12/2021 21/12/2021\n\nKhu di tích Gò Tháp, huyện Tháp "
                        "Mười, tỉnh Đồng Tháp\n\n57 0\n\n" +
                        kLead + kBody);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2021-12-17");
  CHECK(a.title == kTitle);
  CHECK(a.lead.starts_with("Sáng 8/3"));
  for (const Block& b : a.blocks) CHECK(b.text.find("Gò Tháp") == std::string::npos);
  // with no counts under it, the line is no venue the header may take: it stays in the text
  Article b = read_text(kTitle +
                        "\n\n17/12/2021 21/12/2021\n\nKhu di tích Gò Tháp, huyện Tháp "
                        "Mười, tỉnh Đồng Tháp\n\n" +
                        kLead + kBody);
  CHECK(b.date);
  CHECK(b.lead.starts_with("Khu di tích Gò Tháp"));
}
