// A CMS's photo placeholder (article/photo_placeholder.h): "<title> ảnh 1" is chrome only when
// its words stand as a line of the text; a sentence of the body ending "… ảnh 1" stays.
#include "article/photo_placeholder.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Phòng truyền thống Đảng bộ xã Yên Sơn mở cửa đón khách";
const std::string kLead =
    "Sáng 3/2, nhân kỷ niệm Ngày thành lập Đảng, Đảng ủy xã Yên Sơn khánh thành phòng truyền "
    "thống với hơn 200 hiện vật, tài liệu và hình ảnh về lịch sử Đảng bộ qua các thời kỳ.";
const std::string kBody =
    "Phòng truyền thống được xây dựng từ nguồn xã hội hóa, do Ban Thường vụ Đảng ủy xã chỉ đạo "
    "sưu tầm hiện vật trong nhân dân, cựu chiến binh và gia đình các đảng viên lão thành.";

}  // namespace

TEST_CASE("photo placeholder: the bare form needs the words as a line of the text") {
  std::vector<std::string> lines = {kTitle, "", kLead};
  PlaceholderWords words(lines);
  CHECK(is_photo_placeholder(kTitle + " ảnh 1", words));
  // a CMS that cut the alt text: the words start a line
  CHECK(is_photo_placeholder("Phòng truyền thống Đảng bộ xã Yên Sơn ảnh 2", words));
  // words no line holds: a sentence's end
  CHECK_FALSE(is_photo_placeholder("Khu trưng bày thứ hai gồm các bức ảnh từ ảnh 1", words));
  // the dashed form needs none
  CHECK(is_photo_placeholder("Đại biểu tham quan phòng truyền thống - ảnh 3", words));
}

TEST_CASE("photo placeholder: a body line ending with 'ảnh N' keeps its words") {
  const std::string line = "Khu trưng bày thứ hai giới thiệu các bức ảnh quý, đánh số từ ảnh 1";
  Article a =
      read_ok(InputFile{"phong.txt", kTitle + "\n\n" + kLead + "\n\n" + line + "\n\n" + kBody +
                                         "\n\n" + kTitle + " ảnh 1\n\n" + kBody + "\n"});
  bool kept = false, placeholder = false;
  for (const Block& b : a.blocks) {
    kept = kept || b.text == line;
    placeholder = placeholder || b.text.find(kTitle + " ảnh") != std::string::npos;
  }
  CHECK(kept);
  CHECK_FALSE(placeholder);  // the title's placeholder is still chrome
}

TEST_CASE("photo placeholder: a gallery of many placeholders over a caption of the same words") {
  // twelve "<caption's start> ảnh N" lines: the caption that starts with those words is found
  // past all of them, however many
  // (sorted after them: "ở" comes after "ảnh")
  std::vector<std::string> lines = {kTitle, "", kLead,
                                    "Đại biểu tham quan phòng truyền thống ở xã Yên Sơn"};
  const std::string words = "Đại biểu tham quan phòng truyền thống";
  for (int n = 1; n <= 12; ++n) lines.push_back(words + " ảnh " + std::to_string(n));
  PlaceholderWords others(lines);
  CHECK(is_photo_placeholder(words + " ảnh 12", others));
  CHECK(others.stand_as_a_line(words));
  CHECK_FALSE(others.stand_as_a_line("Đại biểu dự lễ khánh thành"));
}
