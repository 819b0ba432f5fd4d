// The writer's name glued to the text's last line (article/glued_byline.h): where it starts,
// and a page whose last caption runs into the reporter's name, shaped as
// tests/fixtures/real-eval47/phathocdoisong-1.
#include "article/glued_byline.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("glued byline: a name run into the line's last small letter") {
  const std::string line = "Nơi diễn ra lễ Vu lanPhương Đại";
  REQUIRE(glued_name_at_end(line) != std::string_view::npos);
  CHECK(line.substr(glued_name_at_end(line)) == "Phương Đại");
  CHECK(glued_name_at_end("Phật tử chuẩn bị lễ Vu lan mùa báo hiếuNguyễn Thị Lan Anh") !=
        std::string::npos);
  // no name glued: spaced, one word, a capital inside a word that is no name, too few words
  CHECK(glued_name_at_end("Nơi diễn ra lễ Vu lan Phương Đại") == std::string_view::npos);
  CHECK(glued_name_at_end("Nơi diễn ra lễ Vu lanĐại") == std::string_view::npos);
  CHECK(glued_name_at_end("Học sinh dùng điện thoại iPhone Mới") == std::string_view::npos);
  CHECK(glued_name_at_end("Vu lanPhương Đại") == std::string_view::npos);
  CHECK(glued_name_at_end("Tổ chức lễ ra mắt tại TP.HCM") == std::string_view::npos);
  CHECK(glued_name_at_end("") == std::string_view::npos);
  CHECK(glued_name_at_end("a\xff\xfe Xy Zz") == std::string_view::npos);  // bytes not UTF-8
}

TEST_CASE("glued byline: the reporter's name under the last caption is the author") {
  Article a = read_ok(InputFile{
      "a.txt",
      "Lễ Tự tứ, mãn hạ tại chùa Hoa Nghiêm\n\n"
      "Sáng 21/8, tại chùa Hoa Nghiêm, Ban Trị sự tỉnh đã tổ chức lễ Tự tứ, mãn hạ cho chư Tăng "
      "Ni an cư kiết hạ tại ba địa điểm trên địa bàn tỉnh.\n\n"
      "Sau lễ mãn hạ, chư Tăng trở về trú xứ để làm Phật sự Vu lan mùa báo hiếu, quý Phật tử "
      "chùa Hoa Nghiêm đã chuẩn bị chu đáo cho lễ Vu lan năm nay.\n\n"
      "Nơi diễn ra lễ Vu lanPhương Đại\n"});
  CHECK(a.author == "Phương Đại");
  CHECK(all_fields(a).find("lanPhương") == std::string::npos);
}

TEST_CASE("glued byline: a brand's capital inside its word is no joint") {
  CHECK(glued_name_at_end("Các em học sinh xem video trên TikTok Việt Nam") == std::string::npos);
  CHECK(glued_name_at_end("Đoàn viên hướng dẫn người dân dùng eKYC Nhanh Gọn") ==
        std::string::npos);
}
