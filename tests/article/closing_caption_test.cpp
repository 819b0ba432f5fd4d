// A photo's caption as the article's last line (article/closing_caption.h): the text ends
// under a photo, and the caption has no body text after it.
#include "article/closing_caption.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ Phòng Hành chính kết nạp đảng viên mới";
const std::string kLead =
    "Chiều 14/3, Chi bộ Phòng Hành chính thuộc Đảng bộ Bệnh viện Đa khoa Hòa Bình tổ chức lễ "
    "kết nạp đảng viên cho quần chúng ưu tú Nguyễn Thị Thanh, một điều dưỡng trẻ có nhiều "
    "đóng góp trong công tác chăm sóc người bệnh.";
const std::string kBody =
    "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố quyết định kết nạp của Đảng ủy Bệnh viện "
    "và giao nhiệm vụ cho đảng viên mới tiếp tục rèn luyện, giữ gìn phẩm chất, hoàn thành tốt "
    "nhiệm vụ chuyên môn được giao.";

Article read_page(const std::string& last) {
  return read_ok(
      InputFile{"ket-nap.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + last + "\n"});
}

}  // namespace

TEST_CASE("closing caption: a scene with no stop under the last sentence is a caption") {
  // a person and an act before a camera
  const std::string sworn = "Đồng chí Nguyễn Thị Thanh đọc lời tuyên thệ dưới cờ Đảng";
  Article a = read_page(sworn);
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].type == BlockType::Paragraph);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[1].text == sworn);  // the line stays in the book, as the caption
  // the event's name with its term and no stop: nothing is left for it to head
  CHECK(captions_in(read_page("Lễ kết nạp đảng viên của Chi bộ Phòng Hành chính, năm 2025")) == 1);
  // an act done before a camera by the cell
  CHECK(captions_in(read_page("Chi bộ tặng hoa chúc mừng đảng viên mới")) == 1);
}

TEST_CASE("closing caption: what the text ends with otherwise stays") {
  // a sentence with its stop is the text's last sentence
  CHECK(captions_in(read_page("Đồng chí Nguyễn Thị Thanh đọc lời tuyên thệ dưới cờ Đảng.")) == 0);
  // a line that shows no one and no act
  CHECK(captions_in(read_page("Những kết quả bước đầu của công tác phát triển đảng")) == 0);
  // a reasoning word: the text's
  CHECK(captions_in(read_page("Đảng viên mới là tấm gương cho đoàn viên noi theo")) == 0);
  // as long as the paragraph before it: no caption
  CHECK_FALSE(reads_as_closing_caption(
      "Đồng chí Nguyễn Thị Thanh đọc lời tuyên thệ dưới cờ Đảng trong buổi lễ kết nạp của chi "
      "bộ Phòng Hành chính Bệnh viện Đa khoa Hòa Bình",
      "Buổi lễ diễn ra trang trọng, ấm cúng trong sự chứng kiến của toàn thể đảng viên chi "
      "bộ và đại diện Đảng ủy Bệnh viện."));
  // the paragraph before it is no sentence of the body
  CHECK_FALSE(
      reads_as_closing_caption("Đồng chí Nguyễn Thị Thanh đọc lời tuyên thệ", "Tin liên quan"));
}

TEST_CASE("closing caption: a slogan of praise closing the text is no caption") {
  CHECK(captions_in(read_page("Chủ tịch Tôn Đức Thắng vĩ đại sống mãi trong lòng dân tộc")) == 0);
  CHECK_FALSE(reads_as_closing_caption("Đảng Cộng sản Việt Nam quang vinh muôn năm", kBody));
}

TEST_CASE("closing caption: photos standing together close the text, each line a caption") {
  // two captions in a row under the last sentence: the first is no subheading, as nothing
  // but another caption stands under it
  CHECK(captions_in(read_page("Các đại biểu dự lễ kết nạp đảng viên mới\n\nĐồng chí Nguyễn "
                              "Thị Thanh đọc lời tuyên thệ")) == 2);
  Article a = read_page(
      "Các tập thể được khen thưởng tại buổi lễ\n\nĐồng chí Nguyễn Thị Thanh đọc lời tuyên thệ");
  CHECK(captions_in(a) == 2);
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[2].type == BlockType::Caption);
  // a line of the run that is no caption (a line showing no one, a sentence with its stop)
  // stays what it was
  Article b = read_page(
      "Những kết quả bước đầu của công tác phát triển đảng\n\nĐồng chí Nguyễn Thị Thanh đọc "
      "lời tuyên thệ");
  REQUIRE(b.blocks.size() == 3);
  CHECK(b.blocks[1].type != BlockType::Caption);
  Article c = read_page(
      "Các đại biểu dự lễ kết nạp đảng viên mới\n\nĐồng chí Nguyễn Thị Thanh đọc lời tuyên "
      "thệ dưới cờ Đảng.");
  REQUIRE(c.blocks.size() == 3);
  CHECK(c.blocks[2].type == BlockType::Paragraph);
}
