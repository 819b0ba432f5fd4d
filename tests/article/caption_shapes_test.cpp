// Captions with no credit word on made-up pages, in the shapes unseen sites print them
// (tests/fixtures/real-eval7/): an act by "Đ/c …", a name and a position alone (a portrait),
// a comma that only sets off a position or a place; and the sentences of the same shape that
// stay paragraphs.
#include <catch2/catch.hpp>

#include "article/bare_caption.h"
#include "article/reader.h"
#include "article/scene_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ khu phố 3 sinh hoạt chuyên đề năm 2024";
const std::string kLead =
    "Sáng 12/3, Chi bộ khu phố 3 tổ chức sinh hoạt chuyên đề về nâng cao chất lượng sinh hoạt "
    "chi bộ, với sự tham dự của đông đủ đảng viên trong chi bộ.\n\n";
const std::string kBody =
    "Tại buổi sinh hoạt, các đảng viên đã thảo luận sôi nổi, chỉ ra những hạn chế trong sinh "
    "hoạt chi bộ thời gian qua và đề xuất nhiều giải pháp để khắc phục trong năm tới.\n\n";

}  // namespace

TEST_CASE("caption shapes: 'Đ/c' is a comrade's title, as 'Đồng chí' is") {
  CHECK(describes_photo_scene("Đ/c Nguyễn Thị Hoa chủ trì nội dung sinh hoạt chuyên đề"));
  Article a = read_ok(InputFile{
      "a.txt", kTitle + "\n\n" + kLead + kBody +
                   "Đ/c Nguyễn Thị Hoa chủ trì nội dung sinh hoạt chuyên đề trong chi bộ\n\n" +
                   kBody + "Đ/c Lê Văn Bình trình bày nội dung sinh hoạt chuyên đề\n"});
  CHECK(captions_in(a) == 2);
  CHECK(a.blocks.back().type == BlockType::Caption);
}

TEST_CASE("caption shapes: a comma before a position or a place keeps a stopped scene one clause") {
  CHECK(describes_photo_scene(
      "Đồng chí Nguyễn Văn Chương, Chánh Văn phòng Đảng ủy phát biểu tại hội nghị."));
  CHECK(describes_photo_scene(
      "Đội ngũ lãnh đạo nữ của tỉnh thăm Di tích lịch sử Đền Đồng Cổ, xã Quý Lộc."));
  // a comma before anything else still makes a sentence
  CHECK_FALSE(
      describes_photo_scene("Ông Hiếu, Bí thư Chi bộ, trao quà cho các hộ nghèo trong thôn Đông."));
  CHECK_FALSE(describes_photo_scene(
      "Lãnh đạo huyện thăm các gia đình chính sách, tặng quà cho hộ nghèo tại xã Phú Lâm."));
  Article a = read_ok(InputFile{
      "a.txt",
      kTitle + "\n\n" + kLead + kBody +
          "Đồng chí Nguyễn Văn Chương, Chánh Văn phòng Đảng ủy phát biểu tại hội nghị.\n"});
  CHECK(captions_in(a) == 1);
}

TEST_CASE("caption shapes: a line that retells the title with the body's 'đã' is a sentence") {
  const std::string title = "Kết nạp Đảng viên cho đoàn viên ưu tú là học sinh, sinh viên";
  // "là" is the title's own word: the caption may say it too
  CHECK(retells_title(
      "Kết nạp Đảng viên cho các đoàn viên ưu tú là học sinh, sinh viên của nhà trường", title));
  // "đã" is not: the line tells what happened
  CHECK_FALSE(
      retells_title("Tại Đảng bộ nhà trường đã diễn ra lễ kết nạp đảng viên mới cho hai "
                    "đoàn viên ưu tú là đồng chí An và đồng chí Bình.",
                    title));
  Article a = read_ok(InputFile{
      "a.txt", title + "\n\n" + kLead +
                   "Tại Đảng bộ nhà trường đã diễn ra lễ kết nạp đảng viên mới cho hai đoàn "
                   "viên ưu tú là đồng chí An và đồng chí Bình.\n\n" +
                   kBody});
  CHECK(captions_in(a) == 0);
}

TEST_CASE("caption shapes: a name and a position alone between paragraphs is a portrait") {
  CHECK(names_portrait("Chị Phan Thị Lợi, Chủ tịch Hội LHPN huyện Bắc Tân Uyên"));
  CHECK(names_portrait("Đồng chí Nguyễn Văn An - Bí thư Đảng ủy xã."));
  CHECK_FALSE(names_portrait("Chị Phan Thị Lợi, người mẹ của ba đứa con"));
  CHECK_FALSE(names_portrait("Nâng cao chất lượng sinh hoạt chi bộ"));
  const std::string portrait = "Chị Phan Thị Lợi, Chủ tịch Hội LHPN huyện Bắc Tân Uyên\n\n";
  Article a = read_ok(InputFile{"a.txt", kTitle + "\n\n" + kLead + portrait + kBody + kBody});
  CHECK(captions_in(a) == 1);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.front().type == BlockType::Caption);
  // at the end it signs the article: the byline, no caption
  Article b = read_ok(InputFile{"a.txt", kTitle + "\n\n" + kLead + kBody + portrait});
  CHECK(captions_in(b) == 0);
  CHECK(b.author == "Chị Phan Thị Lợi");
}

TEST_CASE("caption shapes: a short line under a line of white space alone is a photo's caption") {
  const std::string line = "Buổi làm việc bàn giao nhiệm vụ";
  // a text browser's dump: empty lines between blocks, one " " where the photo stood
  Article a = read_ok(InputFile{"a.txt", kTitle + "\n\n" + kLead + kBody + " \n\n" + line + "\n\n" +
                                             kBody + kBody + "Thu Hà\n"});
  CHECK(captions_in(a) == 1);
  CHECK(a.author == "Thu Hà");
  // spaces on every blank line (an editor's): the line stays a subheading
  std::string typed = kTitle + "\n \n" + kLead + kBody + line + "\n\n" + kBody + kBody;
  for (std::size_t at = typed.find("\n\n"); at != std::string::npos; at = typed.find("\n\n"))
    typed.replace(at, 2, "\n \n");
  Article b = read_ok(InputFile{"b.txt", typed});
  CHECK(captions_in(b) == 0);
  // the byline under a spacer stays the author, a sentence under one stays text
  Article c = read_ok(InputFile{
      "c.txt", kTitle + "\n\n" + kLead + kBody + kBody + " \n\n" + kBody + " \n\nThu Hà\n"});
  CHECK(captions_in(c) == 0);
  CHECK(c.author == "Thu Hà");
  // a heading its writer numbered or set in capitals under a spacer stays a heading
  for (const std::string heading : {"2. Những kết quả nổi bật", "NHỮNG KẾT QUẢ NỔI BẬT"}) {
    Article d = read_ok(InputFile{"d.txt", kTitle + "\n\n" + kLead + kBody + " \n\n" + heading +
                                               "\n\n" + kBody + kBody + "Thu Hà\n"});
    CHECK(captions_in(d) == 0);
    bool headed = false;
    for (const Block& blk : d.blocks) headed = headed || blk.type == BlockType::Heading;
    CHECK(headed);
  }
}
