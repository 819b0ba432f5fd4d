// WordPress shortcodes left unrendered in a page's text are markup: their tags go, the text they
// wrapped stays (real-eval40/mttq-tayninh-1 printed a caption tag glued to a paragraph).
#include "article/shortcode.h"

#include <catch2/catch.hpp>
#include <string>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("shortcode: the tags go, the words stay") {
  CHECK(without_shortcodes(
            "[caption id=\"attachment_1\" align=\"aligncenter\" width=\"661\"]Mỗi căn nhà có "
            "diện tích 32,8m2.") == "Mỗi căn nhà có diện tích 32,8m2.");
  CHECK(without_shortcodes("Toàn cảnh hội nghị[/caption]") == "Toàn cảnh hội nghị");
  CHECK(without_shortcodes("[gallery ids='12,13,14']") == "");
  CHECK(without_shortcodes("Xem clip[embed width=\"500\"]…[/embed] tại đây") ==
        "Xem clip …  tại đây");
  CHECK(has_shortcode("[caption id=\"a\"]x[/caption]"));
}

TEST_CASE("shortcode: brackets that hold words are no shortcode") {
  for (std::string line :
       {"[Ảnh] Toàn cảnh hội nghị", "Theo Nghị quyết [1], chi bộ …", "[img]", "[video]",
        "[img]anh.jpg[/img]", "[caption] chưa đóng", "[caption id=\"a\" chưa đóng",
        "[Caption id=\"a\"]", "[id=\"a\"]", "[embed]", "Chỉ số [x=\"1\"] trong công thức"}) {
    INFO(line);
    CHECK_FALSE(has_shortcode(line));
    CHECK(without_shortcodes(line) == line);
  }
}

TEST_CASE("shortcode: a long line of brackets is read once") {
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "[a=\"";
  CHECK_FALSE(has_shortcode(line));
  CHECK(without_shortcodes(line) == line);
}

TEST_CASE("shortcode: a caption tag glued to a paragraph leaves the paragraph") {
  Article a = read_ok(InputFile{
      "nha-dai-doan-ket.txt",
      "Ngày 13/5, tại nhà bà Nguyễn Thị Lan, Ủy ban Mặt trận Tổ quốc xã tổ chức trao nhà Đại "
      "đoàn kết cho hai hộ nghèo trên địa bàn.\n"
      "[caption id=\"attachment_22925\" align=\"aligncenter\" width=\"661\"]Mỗi căn nhà có diện "
      "tích 32,8m2, trị giá 55 triệu đồng do Quỹ \"Vì người nghèo\" huyện hỗ trợ.\n"
      "Tại buổi lễ, đại diện lãnh đạo xã đã trao quyết định tặng nhà cho hai hộ và mong các hộ "
      "sớm ổn định cuộc sống.\n"
      "Trần Quang Minh\n"});
  bool tag_left = false, paragraph = false;
  for (const Block& b : a.blocks) {
    if (b.text.find("[caption") != std::string::npos) tag_left = true;
    if (b.text.starts_with("Mỗi căn nhà có diện tích")) paragraph = true;
  }
  CHECK_FALSE(tag_left);
  CHECK(paragraph);
  CHECK(a.author == "Trần Quang Minh");
}
