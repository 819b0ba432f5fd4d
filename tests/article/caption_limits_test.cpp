// Captions at their limits on made-up pages: what a caption is not (a part's numbered
// heading, a heading that puts its own words in the title's place, a board's name with a
// verb in it, a photo's file name with a space) and the shapes a caption takes without a
// photographer (a label and where the photo came from).
#include <catch2/catch.hpp>

#include "article/bare_caption.h"
#include "article/caption.h"
#include "article/caption_run.h"
#include "article/caption_score.h"
#include "article/closing_caption.h"
#include "article/exclaimed_heading.h"
#include "article/glued_credit.h"
#include "article/reader.h"
#include "article/scene_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Phường Tân An tổ chức hội nghị sơ kết công tác dân vận";
const std::string kLead =
    "Chiều 14/6, Đảng ủy phường Tân An tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu "
    "năm, triển khai nhiệm vụ những tháng cuối năm cho các chi bộ trực thuộc.\n\n";
const std::string kBody =
    "Hội nghị đã nghe báo cáo kết quả thực hiện công tác dân vận trong 6 tháng qua, trong đó "
    "nhiều mô hình dân vận khéo được nhân rộng và mang lại hiệu quả thiết thực cho người dân.\n\n";

}  // namespace

TEST_CASE("caption limits: 'Ảnh minh họa' with where the photo came from is a caption") {
  for (const char* line : {"Ảnh minh họa (nguồn internet)", "Ảnh minh họa - nguồn Sưu tầm.",
                           "Ảnh minh hoạ, nguồn báo Tân An", "(Ảnh minh họa - nguồn internet)"}) {
    INFO(line);
    auto c = parse_caption(line);
    REQUIRE(c);
    CHECK(c->text == line);
    CHECK(c->credit.empty());
  }
  // a sentence that goes on after the source is not one
  CHECK_FALSE(parse_caption("Ảnh minh họa (nguồn internet) cho thấy người dân đến dự rất đông"));
  Article a = read_ok(
      InputFile{"a.txt", kTitle + "\n\n" + kLead + "Ảnh minh họa (nguồn internet)\n\n" + kBody});
  CHECK(captions_in(a) == 1);
}

TEST_CASE("caption limits: a photo's file name with a space in it is the photo's, no caption") {
  Article a =
      read_ok(InputFile{"a.txt", kTitle + "\n\n" + kLead + kBody + "Hình 2.jpg\n\n" +
                                     "Quang cảnh hội nghị sơ kết công tác dân vận\n\n" + kBody});
  CHECK(captions_in(a) == 1);
  for (const Block& b : a.blocks) CHECK(b.text.find(".jpg") == std::string::npos);
  // a sentence that names a file stays
  Article s = read_ok(
      InputFile{"a.txt", kTitle + "\n\n" + kLead + kBody + "Tệp ảnh là hinh2.jpg\n\n" + kBody});
  bool kept = false;
  for (const Block& b : s.blocks) kept = kept || b.text == "Tệp ảnh là hinh2.jpg";
  CHECK(kept);
}

TEST_CASE("caption limits: a part's numbered heading is never a photo's caption") {
  CHECK_FALSE(describes_photo_scene("II. Phát biểu chỉ đạo của Chủ tịch UBND phường"));
  CHECK_FALSE(is_caption_shaped("II. Đồng chí Bí thư Đảng ủy phát biểu tại hội nghị"));
  CHECK_FALSE(reads_as_closing_caption("II. Phát biểu chỉ đạo của Chủ tịch UBND phường",
                                       "Các chi bộ thống nhất triển khai các nhiệm vụ."));
  // the same words with no number are a caption
  CHECK(describes_photo_scene("Đồng chí Bí thư Đảng ủy phường phát biểu tại hội nghị"));
  // where a cut text ends on it, it stays a heading
  Article a = read_ok(InputFile{"a.txt", kTitle + "\n\n" + kLead + kBody +
                                             "II. Phát biểu chỉ đạo của Chủ tịch UBND phường\n"});
  CHECK(captions_in(a) == 0);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().type == BlockType::Heading);
}

TEST_CASE("caption limits: a heading that puts its own words in the title's place") {
  const std::string title = "Nâng cao chất lượng đội ngũ cán bộ cơ sở ở vùng cao biên giới";
  // a caption retells the title and adds who the photo shows
  CHECK(retells_title(
      "Các đại biểu trao đổi về nâng cao chất lượng đội ngũ cán bộ cơ sở ở vùng cao biên giới",
      title));
  // a part's heading drops as many words as it adds
  CHECK_FALSE(
      retells_title("Thực trạng chất lượng đội ngũ cán bộ cơ sở ở vùng cao biên giới", title));
  Article a = read_ok(InputFile{
      "a.txt", title + "\n\n" + kLead +
                   "Thực trạng chất lượng đội ngũ cán bộ cơ sở ở vùng cao biên giới\n\n" + kBody});
  CHECK(captions_in(a) == 0);
}

TEST_CASE("caption limits: a board named by what it does shows no act before a camera") {
  CHECK_FALSE(shows_photo_act("Văn phòng Ủy ban kiểm tra Huyện ủy Tân An"));
  CHECK_FALSE(shows_photo_act("Ban kiểm tra Đảng ủy phường"));
  CHECK(shows_photo_act("Đoàn công tác kiểm tra công trình dân vận tại phường"));
  Article a = read_ok(InputFile{
      "a.txt", kTitle + "\n\n" + kLead + kBody + "Văn phòng Ủy ban kiểm tra Huyện ủy Tân An\n"});
  CHECK(captions_in(a) == 0);
}

TEST_CASE("caption limits: a chairman's portrait, as another position's") {
  CHECK(names_portrait("Ông Lê Văn Hùng, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy."));
  CHECK(names_portrait("Bà Trần Thị Mai, Phó Chủ nhiệm Hợp tác xã Tân An"));
  Article a = read_ok(
      InputFile{"a.txt", kTitle + "\n\n" + kLead + kBody +
                             "Ông Lê Văn Hùng, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy.\n\n" + kBody});
  CHECK(captions_in(a) == 1);
}

TEST_CASE("caption limits: a heading that exclaims, and the caption over it") {
  CHECK(exclaims_heading("Thêm nhiều “mầm xanh” cho Đảng!"));
  CHECK_FALSE(exclaims_heading("Thật đáng tự hào, các em đã làm được!"));
  CHECK_FALSE(exclaims_heading("ĐẢNG CỘNG SẢN VIỆT NAM QUANG VINH MUÔN NĂM!"));
  CHECK_FALSE(exclaims_heading("Hãy cùng nhau hành động. Vì một phường xanh!"));
  Article a =
      read_ok(InputFile{"a.txt", kTitle + "\n\n" + kLead +
                                     "Đoàn viên Chi đoàn khu phố 2 nhận quyết định kết nạp Đảng\n"
                                     "Thêm nhiều “mầm xanh” cho Đảng!\n" +
                                     kBody});
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() >= 3);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[1].type == BlockType::Heading);
  CHECK(a.blocks[1].text == "Thêm nhiều “mầm xanh” cho Đảng!");
}

TEST_CASE("caption limits: a caption glued to the paragraph after it by its credit") {
  const std::string glued =
      "Các đại biểu chụp ảnh lưu niệm tại hội nghị. Ảnh: Minh AnHội nghị đã nghe báo cáo kết "
      "quả thực hiện công tác dân vận trong 6 tháng qua và thảo luận nhiệm vụ cuối năm.";
  REQUIRE(glued_credit_end(glued));
  CHECK(glued.substr(*glued_credit_end(glued)).starts_with("Hội nghị đã nghe"));
  // a credit alone, a name glued to no sentence, a credit in capitals: nothing to split
  CHECK_FALSE(glued_credit_end("Các đại biểu chụp ảnh lưu niệm. Ảnh: Minh An"));
  CHECK_FALSE(glued_credit_end("Các đại biểu chụp ảnh lưu niệm. Ảnh: VnExpress"));
  CHECK_FALSE(glued_credit_end("Các đại biểu chụp ảnh lưu niệm. Ảnh: TTXVN"));
  Article a = read_ok(InputFile{"a.txt", kTitle + "\n\n" + kLead + glued + "\n\n" + kBody});
  CHECK(captions_in(a) == 1);
  bool split = false;
  for (const Block& b : a.blocks)
    split = split || (b.type == BlockType::Paragraph && b.text.starts_with("Hội nghị đã nghe"));
  CHECK(split);
}

TEST_CASE("caption limits: an outlet's name in CamelCase is one word of the credit") {
  const std::string body =
      "Hội nghị đã nghe báo cáo kết quả thực hiện công tác dân vận trong 6 tháng qua và thảo "
      "luận nhiệm vụ cuối năm.";
  const std::string caption = "Các đại biểu chụp ảnh lưu niệm tại hội nghị. Ảnh: ";
  // the credit ends after the outlet's whole name, where the next sentence's word is glued on
  for (std::string outlet : {"VnExpress", "VietnamPlus", "VnEconomy", "ZingNews"}) {
    const std::string glued = caption + outlet + body;
    REQUIRE(glued_credit_end(glued));
    CHECK(glued.substr(0, *glued_credit_end(glued)) == caption + outlet);
    // a space after the name: the credit is the name, never cut inside it ("Ảnh: Vn")
    const std::string spaced = caption + outlet + " " + body;
    REQUIRE(glued_credit_end(spaced));
    CHECK(spaced.substr(*glued_credit_end(spaced)) == body);
  }
  // an acronym opening the next sentence is glued on as a word is
  const std::string acronym = caption +
                              "Minh AnUBND tỉnh đã tổ chức hội nghị tổng kết công tác "
                              "dân vận trong 6 tháng qua và thảo luận nhiệm vụ.";
  REQUIRE(glued_credit_end(acronym));
  CHECK(acronym.substr(*glued_credit_end(acronym)).starts_with("UBND tỉnh"));
  // a person's name before a sentence: where the name ends is not known
  CHECK_FALSE(glued_credit_end(caption + "Minh An " + body));
  Article a = read_ok(
      InputFile{"a.txt", kTitle + "\n\n" + kLead + caption + "VnExpress " + body + "\n\n" + kBody});
  CHECK(captions_in(a) == 1);
  bool whole = false;
  for (const Block& b : a.blocks)
    whole = whole || (b.type == BlockType::Caption && b.credit == "VnExpress");
  CHECK(whole);
}

TEST_CASE("caption limits: a line showing who, among other photos' captions, is one too") {
  CHECK(stands_among_captions("Phó Chủ tịch UBND phường Lê Thị Hoa điều hành phiên thảo luận.",
                              "Quang cảnh hội nghị."));
  // not before a paragraph of the text
  CHECK_FALSE(stands_among_captions(
      "Phó Chủ tịch UBND phường Lê Thị Hoa điều hành phiên thảo luận.", kBody));
  Article a = read_ok(
      InputFile{"a.txt", kTitle + "\n\n" + kLead + kBody +
                             "Các đại biểu dự hội nghị tại phường Tân An.\n"
                             "Phó Chủ tịch UBND phường Lê Thị Hoa điều hành phiên thảo luận.\n"
                             "Quang cảnh hội nghị.\n"});
  CHECK(captions_in(a) == 3);
}
