// Captions standing together (article/caption_run.h): two photos' captions in a row, each a
// short line with no stop, are both captions, measured against the body text after them.
#include "article/caption_run.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ Phòng Kế hoạch kết nạp hai đảng viên trẻ";
const std::string kLead =
    "Sáng 19/5, Chi bộ Phòng Kế hoạch thuộc Đảng bộ Công ty Cổ phần Sông Xanh tổ chức lễ kết "
    "nạp đảng viên cho hai đoàn viên ưu tú của Chi đoàn Văn phòng, những cán bộ trẻ có nhiều "
    "đóng góp trong phong trào thi đua của đơn vị suốt những năm qua.";
const std::string kBody =
    "Qua thời gian phấn đấu, hai đồng chí đã khẳng định bản lĩnh chính trị, hoàn thành tốt "
    "nhiệm vụ chuyên môn và tích cực trong các hoạt động của Đoàn, được chi bộ xem xét, đề nghị "
    "cấp ủy cấp trên quyết định kết nạp vào Đảng Cộng sản Việt Nam.";
const std::string kBody2 =
    "Phát biểu tại buổi lễ, đồng chí Bí thư Chi bộ mong các đảng viên mới tiếp tục rèn luyện, "
    "giữ gìn phẩm chất, xứng đáng với niềm tin của tập thể chi bộ.";
// two photos' captions, each with no stop, the first longer than half the second
const std::string kFirst =
    "Đồng chí Trần Văn Minh - Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Công ty trao hoa "
    "chúc mừng đồng chí Lê Thu Hà và đồng chí Phạm Quốc Bảo";
const std::string kSecond =
    "Các đồng chí trong chi bộ cùng lãnh đạo Công ty chụp ảnh lưu niệm với hai đảng viên mới";

}  // namespace

TEST_CASE("caption run: two captions in a row under the lead are both captions") {
  Article a = read_ok(InputFile{"trang.txt", kTitle + "\n" + kLead + "\n" + kFirst + "\n" +
                                                 kSecond + "\n" + kBody + "\n" + kBody2 + "\n"});
  CHECK(captions_in(a) == 2);
  REQUIRE(a.blocks.size() == 4);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == kFirst);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[2].text == kBody);
}

TEST_CASE("caption run: the body text after the run, or the next paragraph") {
  std::vector<Paragraph> body = {{kLead}, {kFirst}, {kSecond}, {kBody}};
  // a caption over another caption: the body text after both
  CHECK(body_after_caption_run(body, 1) == kBody);
  CHECK(body_after_caption_run(body, 2) == kBody);
  // body text next: that paragraph
  std::vector<Paragraph> plain = {{kFirst}, {kBody}};
  CHECK(body_after_caption_run(plain, 0) == kBody);
  // a short sentence with its stop after the line is neither a caption nor body text
  std::vector<Paragraph> stopped = {{kFirst}, {"Buổi lễ diễn ra trang trọng."}, {kBody}};
  CHECK(body_after_caption_run(stopped, 0).empty());
  // more short lines than a run of captions holds: no body text within reach
  std::vector<Paragraph> long_run = {{kFirst}, {kSecond}, {kSecond}, {kSecond}, {kBody}};
  CHECK(body_after_caption_run(long_run, 0).empty());
  // at the end: nothing after it
  CHECK(body_after_caption_run(plain, 1).empty());
}
