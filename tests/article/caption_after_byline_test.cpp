// A photo's caption under the byline: the page set its last photo after the writer's name
// (tests/fixtures/real-eval36/cuutnxp-1: "ĐỒNG NGHĨA" then "Bà Đoàn Thị Thanh Xuân, Chủ tịch
// … trao Biên bản … cho Chị Trần Thị Kim Liên", then a table's bars). What follows a byline
// is the page's chrome; one line right under it that reads as the text's closing caption, with
// nothing of a sentence after it, is the photo's. The family: the caption short and long, with
// and without its stop and credit, the byline in capitals or not, bars or nothing after it;
// and the lines that stay chrome there (another article's title among others, a box's label).
#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Hội cựu TNXP quận Tân Bình trao nhà nghĩa tình đồng đội";
const std::string kLead =
    "Thực hiện chương trình “Nghĩa tình đồng đội”, sáng ngày 14/12/2012, Hội cựu TNXP quận "
    "Tân Bình đã tổ chức lễ bàn giao nhà nghĩa tình đồng đội cho chị Trần Thị Kim Liên, gia "
    "đình cựu TNXP nghèo.";
const std::string kLast =
    "Trên nền của căn nhà đã xuống cấp, Ban vận động vì người nghèo phường 10 và Hội cựu TNXP "
    "quận Tân Bình đã phối hợp tổ chức xây dựng lại căn nhà nghĩa tình đồng đội cho chị Trần "
    "Thị Kim Liên với tổng kinh phí hơn 100 triệu đồng, trong đó Hội hỗ trợ 50 triệu đồng, còn "
    "lại do anh em trong gia đình cùng đóng góp.";

Article read_page(const std::string& byline, const std::string& after) {
  return read_text("|\n" + kTitle + "\n" + kLead + "\n" + kLast + "\n" + byline + "\n" + after);
}

}  // namespace

TEST_CASE("caption after byline: a caption right under the byline is kept, as a caption") {
  const std::string kLong =
      "Bà Đoàn Thị Thanh Xuân, Chủ tịch Hội cựu TNXP TP. Hồ Chí Minh trao Biên bản nghiệm thu và "
      "bàn giao Nhà nghĩa tình đồng đội cho chị Trần Thị Kim Liên";
  const std::string kShort = "Bà Thanh Xuân trao biên bản bàn giao";
  for (const std::string byline : {"ĐỒNG NGHĨA", "Đồng Nghĩa", "Đồng Nghĩa (Hội cựu TNXP)"}) {
    for (const std::string& caption : {kLong, kShort}) {
      for (const std::string after : {"", "|\n|\n", "\n"}) {
        INFO(byline << " / " << caption << " / [" << after << "]");
        Article a = read_page(byline, caption + "\n" + after);
        CHECK(captions_in(a) == 1);
        REQUIRE(!a.blocks.empty());
        CHECK(a.blocks.back().type == BlockType::Caption);
        CHECK(a.blocks.back().text == caption);
        CHECK(a.author.starts_with("Đồng Nghĩa") != a.author.starts_with("ĐỒNG NGHĨA"));
      }
    }
  }
  // with its credit, as before
  for (const std::string credit : {" (Ảnh: Minh Anh)", " Ảnh: Minh Anh", " - Ảnh: Minh Anh"}) {
    Article a = read_page("ĐỒNG NGHĨA", kLong + credit + "\n");
    CHECK(captions_in(a) == 1);
  }
}

TEST_CASE("caption after byline: what stays chrome under the byline") {
  // other articles' titles, one after another: a box of links, each shaped like a caption
  Article links = read_page("ĐỒNG NGHĨA",
                            "Hội cựu TNXP quận 3 trao quà Tết cho hội viên có hoàn cảnh khó khăn\n"
                            "Hội cựu TNXP huyện Củ Chi thăm hỏi các gia đình cựu TNXP\n");
  CHECK(captions_in(links) == 0);
  // a box's label, then a title
  Article boxed = read_page(
      "ĐỒNG NGHĨA", "Tin liên quan\nHội cựu TNXP quận 3 trao quà Tết cho hội viên khó khăn\n");
  CHECK(captions_in(boxed) == 0);
  // a sentence with its stop under the byline: no closing caption's shape
  Article sentence = read_page(
      "ĐỒNG NGHĨA",
      "Hội cựu TNXP Thành phố đề nghị các quận, huyện tiếp tục vận động xây nhà cho hội viên.\n");
  CHECK(captions_in(sentence) == 0);
  // a line showing no one and no act
  Article label = read_page("ĐỒNG NGHĨA", "Thông tin nội bộ của Hội cựu TNXP quận Tân Bình\n");
  CHECK(captions_in(label) == 0);
  // the caption, then text of more words under it: not the page's last photo
  Article more = read_page(
      "ĐỒNG NGHĨA",
      "Bà Thanh Xuân trao biên bản bàn giao nhà cho chị Kim Liên\nBản quyền thuộc Hội cựu "
      "TNXP Thành phố Hồ Chí Minh\n");
  CHECK(captions_in(more) == 0);
}
