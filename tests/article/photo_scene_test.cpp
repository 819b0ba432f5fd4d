// Captions with no credit word told by what they describe (article/scene_caption.h), line by
// line and on small made-up pages: a scene caption between paragraphs, under the title, and
// the paragraphs and subheadings of the same length that stay what they are.
#include <catch2/catch.hpp>

#include "article/back_reference.h"
#include "article/bare_caption.h"
#include "article/reader.h"
#include "article/scene_caption.h"
#include "article/view_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Huyện ủy Tân Phú trao Huy hiệu Đảng cho 64 đảng viên";
const std::string kLead =
    "Sáng 7/11, Huyện ủy Tân Phú tổ chức lễ trao Huy hiệu Đảng đợt 7/11 cho 64 đảng viên của "
    "các chi, đảng bộ cơ sở trong huyện, trong đó có 2 đảng viên nhận Huy hiệu 70 năm.\n\n";
const std::string kBody =
    "Phát biểu tại buổi lễ, đồng chí Bí thư Huyện ủy chúc mừng các đảng viên được nhận Huy "
    "hiệu Đảng và mong các đồng chí tiếp tục giữ gìn phẩm chất của người đảng viên.\n\n";

}  // namespace

TEST_CASE("photo scene: an act before the camera by someone titled or at a named place") {
  CHECK(describes_photo_scene(
      "Đồng chí Nguyễn Văn An, Ủy viên BTV Huyện ủy, Bí thư Đảng ủy xã trao Huy hiệu Đảng"));
  CHECK(describes_photo_scene("Đảng bộ thị trấn Tân Phú trao tặng Huy hiệu Đảng cho đảng viên."));
  CHECK(describes_photo_scene("Trao quyết định kết nạp Đảng tại chi bộ thôn Đông, xã Phú Lâm"));
  CHECK(describes_photo_scene("Kết nạp đảng viên mới ở chi bộ xã Phú Lâm"));
  CHECK(describes_photo_scene("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 12."));
  CHECK(describes_photo_scene("Các sản phẩm OCOP trưng bày tại hội chợ."));
  // presenting or announcing a paper at a meeting
  CHECK(describes_photo_scene(
      "Đồng chí Nguyễn Thị Hoa, Trưởng phòng Nội vụ huyện trình bày tờ trình tại hội nghị"));
  CHECK(describes_photo_scene("Đồng chí Phó Bí thư Huyện ủy công bố quyết định chuẩn y"));
  // a table's cell closes with " |"
  CHECK(describes_photo_scene("Lãnh đạo huyện tặng quà cho hộ nghèo xã Phú Lâm. |"));
  CHECK(without_cell_bar("Lãnh đạo huyện tặng quà. |") == "Lãnh đạo huyện tặng quà.");
}

TEST_CASE("photo scene: paragraphs and subheadings of the same length are no scene") {
  // reasoning or telling: là, đã, nhằm …
  CHECK_FALSE(describes_photo_scene("Huy hiệu Đảng là phần thưởng cao quý trao tặng đảng viên."));
  CHECK_FALSE(describes_photo_scene("Đồng chí Bí thư đã trao Huy hiệu Đảng cho các đảng viên"));
  // a sentence with commas ends with a stop
  CHECK_FALSE(
      describes_photo_scene("Ông Hiếu, Bí thư Chi bộ, trao quà cho các hộ nghèo trong thôn Đông."));
  // an act opening the line with no named place is a subheading's shape
  CHECK_FALSE(describes_photo_scene("Phát biểu khai mạc của đồng chí Trưởng Ban Tuyên giáo"));
  CHECK_FALSE(describes_photo_scene("Kiểm tra, thu giữ con dấu giả"));
  // "bài phát biểu" is a speech, "trao đổi" a talk
  CHECK_FALSE(describes_photo_scene(
      "Báo trân trọng giới thiệu toàn văn bài phát biểu của Bộ trưởng Nguyễn Văn An."));
  CHECK_FALSE(describes_photo_scene("Trao đổi với phóng viên tại xã Phú Lâm"));
  // no act and no scene
  CHECK_FALSE(describes_photo_scene("Nâng cao chất lượng sinh hoạt chi bộ"));
  CHECK_FALSE(describes_photo_scene("Kính thưa Hội nghị."));
  CHECK_FALSE(describes_photo_scene("Vì sao cần tham dự?"));
  CHECK_FALSE(describes_photo_scene("TOÀN CẢNH HỘI NGHỊ"));
}

TEST_CASE("photo scene: a scene line between paragraphs is a caption") {
  Article a = read_ok(
      InputFile{"trang.txt",
                kTitle + "\n\n" + kLead +
                    "Đồng chí Nguyễn Văn An, Bí thư Huyện ủy trao Huy hiệu Đảng cho đảng viên\n\n" +
                    kBody + "Các đảng viên chụp ảnh lưu niệm tại Hội trường huyện.\n"});
  CHECK(captions_in(a) == 2);
  CHECK(a.lead.starts_with("Sáng 7/11"));
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[1].type == BlockType::Paragraph);
}

TEST_CASE("photo scene: a scene line with no stop under the title is a caption, not the lead") {
  // a title longer than a kicker, the photo's caption on the next line
  const std::string title =
      "Đồng chí Bí thư Huyện ủy Tân Phú dự lễ trao Huy hiệu Đảng tại Đảng bộ xã Phú Lâm";
  Article a = read_ok(InputFile{
      "trang.txt", title + "\nĐồng chí Bí thư Huyện ủy phát biểu tại buổi lễ\n\n" + kLead + kBody});
  CHECK(a.title == title);
  CHECK(captions_in(a) == 1);
  CHECK(a.lead.starts_with("Sáng 7/11"));
}

TEST_CASE("photo scene: '(bên phải)' places people in the photo") {
  CHECK(names_photo_position("Đồng chí Bí thư (bên phải) trao Huy hiệu Đảng cho đảng viên."));
  CHECK(names_photo_position("Đồng chí Chủ tịch (bên trái) tặng hoa"));
}

TEST_CASE(
    "photo scene: a photo's file name where the photo stood makes the line under it its "
    "caption") {
  Article a =
      read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead +
                                         "Các đảng viên nhận huy hiệu 30 năm .jpg\n\n"
                                         "Các đảng viên nhận huy hiệu 30 năm tuổi Đảng\n\n" +
                                         kBody});
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == "Các đảng viên nhận huy hiệu 30 năm tuổi Đảng");
  CHECK(a.blocks[1].type == BlockType::Paragraph);
  // a sentence that names a file is text
  Article b = read_ok(InputFile{
      "trang.txt",
      kTitle + "\n\n" + kLead + "Ảnh gửi kèm theo thư điện tử có tên là anh-le.jpg\n\n" + kBody});
  CHECK(captions_in(b) == 0);
  REQUIRE(b.blocks.size() == 2);
  CHECK(b.blocks[0].text.ends_with("anh-le.jpg"));
  // a bare file name is one too
  Article c = read_ok(InputFile{
      "trang.txt",
      kTitle + "\n\n" + kLead + "IMG_2041.JPG\n\nCác đảng viên nhận huy hiệu\n\n" + kBody});
  CHECK(captions_in(c) == 1);
}

TEST_CASE("photo scene: a paragraph that opens by pointing back is no caption") {
  const std::string title =
      "Huyện Tân Phú: Tuyên dương tập thể, cá nhân học tập và làm theo tấm gương đạo đức Hồ Chí "
      "Minh";
  const std::string award =
      "Đảng bộ huyện tuyên dương và tặng giấy khen 12 tập thể và 31 cá nhân có thành tích xuất "
      "sắc trong học tập và làm theo tấm gương đạo đức Hồ Chí Minh.";
  // the same words alone under a photo retell the title: a caption
  Article alone =
      read_ok(InputFile{"a.txt", title + "\n\n" + kLead + kBody + award + "\n\n" + kBody});
  CHECK(captions_in(alone) == 1);
  // after "Nhân dịp này" they go on with the text before: the last paragraph
  for (std::string opener : {"Nhân dịp này ", "Tại đây, ", "Qua đó, "}) {
    Article b = read_ok(InputFile{"a.txt", title + "\n\n" + kLead + kBody + opener + "đảng bộ" +
                                               award.substr(std::string("Đảng bộ").size()) + "\n"});
    CHECK(captions_in(b) == 0);
    CHECK(b.blocks.back().type == BlockType::Paragraph);
  }
  CHECK(opens_with_back_reference("Nhân dịp này, Ban Thường vụ trao quà"));
  CHECK_FALSE(opens_with_back_reference("Tại hội nghị, các đại biểu phát biểu"));
  CHECK_FALSE(opens_with_back_reference("Dịp Tết, đồng chí Bí thư thăm hỏi gia đình chính sách"));
}

TEST_CASE("photo scene: a line that names the photo's view is a caption between paragraphs") {
  Article a = read_ok(
      InputFile{"a.txt", kTitle + "\n\n" + kLead + "Quang cảnh hội nghị\n\n" + kBody + kBody});
  CHECK(captions_in(a) == 1);
  CHECK(names_photo_view("Toàn cảnh Đại hội."));
  CHECK_FALSE(names_photo_view("Quang cảnh"));
  CHECK_FALSE(names_photo_view("Cảnh quan thiên nhiên của huyện"));
  CHECK_FALSE(names_photo_view("Quang cảnh: một ngày làm việc…"));
}

TEST_CASE("photo scene: an event's name with its term after a comma is a short phrase") {
  CHECK(
      describes_photo_scene("Đại hội đại biểu Hội Nông dân huyện lần thứ XI, nhiệm kỳ 2023 - "
                            "2028.",
                            true));
  CHECK(describes_photo_scene("Hội nghị Ban Chấp hành Đảng bộ xã khóa mới, nhiệm kỳ 2025-2030.",
                              true));
  // no photo where it stands: the text's sentence (review 1, item 8)
  CHECK_FALSE(
      describes_photo_scene("Đại hội đại biểu Đảng bộ xã Hòa Bình lần thứ XVI, nhiệm kỳ 2020 - "
                            "2025."));
  // no stop: a part's heading; a term with words after it, or another comma: a sentence
  CHECK_FALSE(describes_photo_scene("Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030", true));
  CHECK_FALSE(
      describes_photo_scene("Đại hội Đảng bộ xã lần thứ XV, nhiệm kỳ 2025 - 2030 thành "
                            "công tốt đẹp.",
                            true));
  CHECK_FALSE(
      describes_photo_scene("Đại hội diễn ra trong hai ngày, nhiều ý kiến tâm huyết.", true));
}

TEST_CASE("photo scene: an event's name with its term mid-body is a paragraph (review 1)") {
  const std::string term =
      "Đại hội đại biểu Đảng bộ xã Hòa Bình lần thứ XVI, nhiệm kỳ 2020 - 2025.";
  Article a = read_ok(InputFile{"a.txt", kTitle + "\n\n" + kLead + kBody + term + "\n\n" + kBody});
  CHECK(captions_in(a) == 0);
  bool kept = false;
  for (const Block& b : a.blocks) kept = kept || (b.text == term && b.type == BlockType::Paragraph);
  CHECK(kept);
}

TEST_CASE("photo scene: a reasoning word with a capital inside the line is a place's name") {
  // "Cần Thơ", "Cần Giờ": no "cần" (need) of the text's
  CHECK_FALSE(has_reasoning_words("Công an thành phố Cần Thơ trao quà cho các gia đình"));
  CHECK(describes_photo_scene("Công an thành phố Cần Thơ trao quà cho các gia đình chính sách"));
  CHECK(describes_photo_scene("Đoàn viên huyện Cần Giờ tặng quà cho học sinh xã Long Hòa"));
  // in lower case, or opening the line, it is the text's
  CHECK(has_reasoning_words("Cán bộ cần nêu gương trước quần chúng"));
  CHECK(has_reasoning_words("Cần làm rõ trách nhiệm của người đứng đầu"));
}

TEST_CASE("photo scene: handing over at a ceremony is an act before the camera") {
  // handing over what was given or built, as "trao" hands over a gift, at a named place
  CHECK(describes_photo_scene(
      "Bàn giao bảng tuyên truyền cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới\" "
      "cho thị trấn Tân Phú."));
  CHECK(describes_photo_scene("Lãnh đạo huyện bàn giao nhà đại đoàn kết cho hộ nghèo xã Phú Lâm"));
  // the act opening the line with no named place is a subheading's shape; the body's
  // sentence tells with a reasoning word
  CHECK_FALSE(describes_photo_scene("Bàn giao mặt bằng sạch cho các dự án trọng điểm"));
  CHECK_FALSE(describes_photo_scene("Huyện đã bàn giao mặt bằng cho nhà đầu tư tại xã Phú Lâm."));
}
