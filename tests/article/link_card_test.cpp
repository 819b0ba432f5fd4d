// The tail of another site's page (bench/run-perturb, "chrome transplant": evn.com.vn's) after
// the article: its share button, then a related article's card, its image's alt text and its
// title, the same words, a blank line between. A paragraph printed twice with a blank line
// between reads as a photo's alt text and its caption between paragraphs; as the text's last
// paragraph, nothing of the article under it, it is a link's card, no caption.
#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới năm 2024";
const std::string kLead =
    "Sáng 20/7, Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới cho hai quần chúng ưu tú, "
    "dưới sự chủ trì của đồng chí Bí thư Chi bộ.\n\n";
const std::string kBody =
    "Các đảng viên mới hứa phấn đấu, rèn luyện, hoàn thành tốt nhiệm vụ được giao, xứng đáng "
    "với niềm tin của chi bộ và nhân dân trong thôn.\n\n";
const std::string kCard = "Khánh thành công trình lưới điện thông minh tại đặc khu Côn Đảo";
const std::string kCaption = "Đồng chí Bí thư Chi bộ trao quyết định kết nạp cho đảng viên mới";

std::size_t captions(const Article& a) {
  std::size_t n = 0;
  for (const Block& b : a.blocks) n += b.type == BlockType::Caption;
  return n;
}

}  // namespace

TEST_CASE("link card: a line printed twice after the text's end is no caption") {
  for (std::string tail : {"Share\n\n" + kCard + "\n\n" + kCard + "\n",
                           kCard + "\n\n" + kCard + "\n", kCard + "\n\n\n" + kCard + "\n"}) {
    INFO(tail);
    Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody + tail});
    CHECK(captions(a) == 0);
  }
}

TEST_CASE("link card: a photo's alt text and caption stay a caption") {
  // between paragraphs, a blank line between its two copies
  Article between = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + kCaption + "\n\n" + kCaption + "\n\n" + kBody});
  CHECK(captions(between) == 1);
  // at the text's end, its two copies in a row (an image's alt text over its caption)
  Article in_a_row = read_ok(
      InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody + kCaption + "\n" + kCaption + "\n"});
  CHECK(captions(in_a_row) == 1);
}
