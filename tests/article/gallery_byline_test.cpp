// Who signs under a gallery, on made-up pages shaped as tests/fixtures/real-eval49/
// providenceportieux-1 (a board's name captioning one photo among the gallery's, the page's
// board signing under the last) and real-eval49/giaophanhunghoa-1 (a parish board's initials
// signing under the last photo, "Thông tin khác:" over the site's links).
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kText =
    "Tỉnh Dòng có sứ vụ chăm lo cho các em học sinh người dân tộc thiểu số ở vùng sâu, vùng "
    "xa, giúp các em được đến trường và lớn lên trong tình thương.\n\n"
    "Ngoài ra các chị em còn vào các làng để thăm viếng, giúp đỡ bà con trong những lúc khó "
    "khăn, hoạn nạn.\n\n";

}  // namespace

TEST_CASE("gallery byline: a board captioned among the photos is no signature") {
  Article a = read_text(kText +
                        "Sau đây là một số hình ảnh về sứ mạng của chị em nơi vùng cao:\n\n"
                        "Các em trong giờ lao động\n\nVào làng thăm viếng bà con\n\n"
                        "Ban Lễ Sinh\n\nGiờ cơm tại nhà nội trú\n\nSinh hoạt cùng các anh chị\n\n"
                        " \n\nBan Truyền Thông Tỉnh Dòng\n\nComments powered by CComment\n");
  CHECK(a.author == "Ban Truyền Thông Tỉnh Dòng");
  CHECK(captions_in(a) == 5);
  CHECK(all_fields(a).find("CComment") == std::string::npos);
}

TEST_CASE("gallery byline: a board's initials under the last photo sign") {
  Article a = read_text(kText +
                        "Những hình ảnh:\n\nNgôi nhà nguyện của giáo điểm\n"
                        "Cha xứ chụp hình lưu niệm với các em thiếu nhi trước nhà nguyện\n"
                        "cha\nBTT giáo xứ Tân Lập\nThông tin khác:\n\n\n"
                        "Thánh lễ bổn mạng giáo xứ Tân Lập | 14.02.2022\nLiên kết website\n");
  CHECK(a.author == "BTT giáo xứ Tân Lập");
  CHECK(captions_in(a) == 2);
  CHECK(all_fields(a).find("Thánh lễ bổn mạng") == std::string::npos);
}

TEST_CASE("gallery byline: a line the paragraph under it opens with word for word is a caption") {
  // real-eval49/phatgiaoquangnam-1: the stage's photo captioned, then the text telling it on
  const std::string line =
      "Lễ đài chính được thiết trí tại Văn phòng Ban Trị sự thị xã (chùa Phước Lâm, phường 1)";
  Article a = read_text("Không khí mừng Phật đản tại thị xã\n\n" + kText + line + "\n\n" + line +
                        "; chương trình chính thức được diễn ra vào sáng ngày 18/5 với sự tham "
                        "dự của chư tôn đức và đông đảo Phật tử.\n\nBan Thông tin thị xã\n");
  REQUIRE(a.blocks.size() >= 2);
  CHECK(captions_in(a) == 1);
  CHECK(a.blocks[a.blocks.size() - 2].type == BlockType::Caption);
  CHECK(a.blocks.back().text.starts_with(line + "; chương trình"));
}
