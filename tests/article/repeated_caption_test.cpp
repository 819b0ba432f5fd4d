// A short line printed again apart in one article is a caption each time
// (article/repeated_caption.h), on made-up pages shaped as the real ones that showed it.
#include "article/repeated_caption.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kHead = "Hội thi tìm hiểu pháp luật cho học sinh\n\nThứ hai, 12/03/2024\n\n";
const std::string kLead =
    "Nhằm tuyên truyền, phổ biến kiến thức pháp luật cho học sinh, sáng ngày 10/3, Phòng Tư "
    "pháp thành phố tổ chức Hội thi tìm hiểu pháp luật năm 2024.\n\n";
const std::string kBody =
    "Tham dự hội thi có các em học sinh đến từ các trường Trung học cơ sở trên địa bàn thành "
    "phố, mỗi trường cử một đội gồm ba thành viên tham gia các phần thi.\n\n";

std::vector<Block> blocks_of(const std::string& text) {
  return read_ok(InputFile{"a.txt", text}).blocks;
}

std::size_t captions(const std::vector<Block>& blocks) {
  return static_cast<std::size_t>(std::count_if(
      blocks.begin(), blocks.end(), [](const Block& b) { return b.type == BlockType::Caption; }));
}

}  // namespace

TEST_CASE("repeated caption: a short line printed again apart is a caption each time") {
  // two photos of a gallery under one caption, text between them
  auto b = blocks_of(kHead + kLead + "Hình ảnh tại Hội thi\n\n" + kBody + "Hình ảnh tại Hội thi\n");
  REQUIRE(captions(b) == 2);
  CHECK(b.front().type == BlockType::Caption);
  CHECK(b.front().text == "Hình ảnh tại Hội thi");
  CHECK(b.back().text == "Hình ảnh tại Hội thi");
  CHECK(b.back().type == BlockType::Caption);
}

TEST_CASE("repeated caption: printed once, the same line is a subheading") {
  auto b = blocks_of(kHead + kLead + "Hình ảnh tại Hội thi\n\n" + kBody + kBody);
  CHECK(captions(b) == 0);
  CHECK(b.front().type == BlockType::Heading);
}

TEST_CASE("repeated caption: a salutation or a short sentence twice stays the text's") {
  auto b = blocks_of(kHead + kLead + "Kính thưa các đồng chí,\n\n" + kBody +
                     "Kính thưa các đồng chí,\n\n" + kBody);
  CHECK(captions(b) == 0);
  // a paragraph the copy doubled, apart
  auto c = blocks_of(kHead + kLead + "Hội thi kết thúc tốt đẹp.\n\n" + kBody +
                     "Hội thi kết thúc tốt đẹp.\n\n" + kBody);
  CHECK(captions(c) == 0);
}

TEST_CASE("repeated caption: the shape such a line has") {
  CHECK(has_repeated_caption_shape("Hình ảnh tại Hội thi"));
  CHECK_FALSE(has_repeated_caption_shape("Quang cảnh hội nghị."));  // a sentence doubled

  CHECK_FALSE(has_repeated_caption_shape("Kính thưa các đồng chí,"));   // a salutation
  CHECK_FALSE(has_repeated_caption_shape("MỘT SỐ HÌNH ẢNH"));           // a box's title
  CHECK_FALSE(has_repeated_caption_shape("- Đồng chí Nguyễn Văn An"));  // a list's item
  CHECK_FALSE(has_repeated_caption_shape("Vì sao phải học tập?"));      // a question
  CHECK_FALSE(has_repeated_caption_shape("Ảnh"));                       // one word
  CHECK_FALSE(has_repeated_caption_shape("Hội nghị kết thúc. Các đại biểu ra về"));  // two
}
