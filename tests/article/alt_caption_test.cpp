// An image's alt text as its caption (article/alt_caption.h): the markup is chrome, but a
// scene written into the alt text, with no caption under the photo, is the photo's caption.
#include "article/alt_caption.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Đảng ủy phường Hòa Khánh quán triệt nghị quyết mới";
const std::string kLead =
    "Sáng 9/4, Đảng ủy phường Hòa Khánh tổ chức hội nghị học tập, quán triệt nghị quyết của "
    "Tỉnh ủy cho hơn 150 cán bộ, đảng viên các chi bộ trực thuộc trên địa bàn phường.";
const std::string kBody =
    "Tại hội nghị, báo cáo viên đã truyền đạt những nội dung cơ bản của nghị quyết, nhấn mạnh "
    "các nhiệm vụ trọng tâm về phát triển kinh tế, xây dựng Đảng và hệ thống chính trị mà mỗi "
    "chi bộ cần cụ thể hóa bằng chương trình hành động.";

}  // namespace

TEST_CASE("alt caption: a scene in an image's alt text, no caption under it, is the caption") {
  const std::string scene = "Đồng chí Bí thư Đảng ủy phường quán triệt nghị quyết";
  Article a = read_ok(InputFile{"quan-triet.txt", kTitle + "\n\n" + kLead + "\n\n" +
                                                      "<img src=\"hoinghi.jpg\" alt=\"" + scene +
                                                      "\">\n\n" + kBody + "\n"});
  CHECK(captions_in(a) == 1);
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == scene);
  CHECK(a.blocks[0].text.find("<img") == std::string::npos);
}

TEST_CASE("alt caption: what an alt text holds besides a caption") {
  CHECK(alt_caption("![Các đại biểu dự hội nghị tại phường Hòa Khánh](anh-1.jpg)") ==
        "Các đại biểu dự hội nghị tại phường Hòa Khánh");
  // a CMS's fixed words, a file's name, no scene, no alt
  CHECK_FALSE(alt_caption("<img src=\"a.jpg\" alt=\"Nhấn vào ảnh để phóng to\">"));
  CHECK_FALSE(alt_caption("<img src=\"a.jpg\" alt=\"IMG_2041.jpg\">"));
  CHECK_FALSE(alt_caption("<img src=\"a.jpg\" alt=\"Nghị quyết mới\">"));
  CHECK_FALSE(alt_caption("<img src=\"a.jpg\">"));
  // text around the markup: no markup line
  CHECK_FALSE(alt_caption("Xem <img src=\"a.jpg\" alt=\"Các đại biểu dự hội nghị\"> tại đây"));
  // a caption under the photo already: the alt text stays out
  const std::string caption = "Quang cảnh hội nghị (Ảnh: Minh Hà)";
  Article a = read_ok(InputFile{
      "quan-triet.txt", kTitle + "\n\n" + kLead + "\n\n" +
                            "<img src=\"hoinghi.jpg\" alt=\"Các đại biểu dự hội nghị\">\n\n" +
                            caption + "\n\n" + kBody + "\n"});
  CHECK(captions_in(a) == 1);
  for (const Block& b : a.blocks) CHECK(b.text.find("Các đại biểu dự") == std::string::npos);
}
