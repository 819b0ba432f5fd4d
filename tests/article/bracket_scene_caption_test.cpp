// Captions with no credit word that commune and district portals print (article/bare_caption.h
// bracketed_caption, scene_caption.h describes_photo_scene), on made-up lines and pages.
#include <catch2/catch.hpp>

#include "article/bare_caption.h"
#include "article/reader.h"
#include "article/scene_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Thôn Đông tổ chức ngày hội đại đoàn kết toàn dân tộc\n\n";
const std::string kLead =
    "Ngày 15/11, thôn Đông, xã Tân Phú tổ chức ngày hội đại đoàn kết toàn dân tộc với sự tham "
    "gia của đông đảo bà con nhân dân trong thôn.\n\n";
const std::string kBody =
    "Tại ngày hội, Ban công tác Mặt trận thôn đã báo cáo kết quả thực hiện cuộc vận động toàn "
    "dân đoàn kết xây dựng nông thôn mới, đô thị văn minh trong năm qua.\n\n";

std::size_t captions_of(const Article& a) {
  std::size_t n = 0;
  for (const Block& b : a.blocks) n += b.type == BlockType::Caption ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("bracketed caption: a scene in brackets alone is a caption, without its brackets") {
  CHECK(bracketed_caption("( Các cháu thiếu nhi múa chào mừng ngày hội)") ==
        std::optional<std::string_view>("Các cháu thiếu nhi múa chào mừng ngày hội"));
  CHECK(bracketed_caption("(Đoàn viên mới tuyên thệ dưới cờ Đoàn).") ==
        std::optional<std::string_view>("Đoàn viên mới tuyên thệ dưới cờ Đoàn"));
  for (const char* no : {"(Lê Văn Hải)", "(Văn phòng Huyện ủy Tân Phú)", "(Còn nữa)",
                         "(Kèm theo Kế hoạch số 12 của Ban Chỉ đạo)", "(Báo Tân Phú)",
                         "(Nguồn: Cổng thông tin huyện)", "(Kỳ 2: Những việc làm cụ thể)",
                         "(Trích phát biểu của Bí thư Huyện ủy tại hội nghị)",
                         "(Tít do Tòa soạn đặt)", "(Ông Hải cho biết thôn đã hoàn thành kế hoạch)",
                         "(ảnh)", "Các cháu thiếu nhi múa chào mừng ngày hội"})
    CHECK_FALSE(bracketed_caption(no));
}

TEST_CASE("bracketed caption: captions in brackets right after the lead are no related links") {
  Article a =
      read_ok(InputFile{"a.txt", kTitle + kLead +
                                     "( Các cháu thiếu nhi múa chào mừng ngày hội)\n\n"
                                     "( Cử tri biểu quyết thông qua kết quả bầu trưởng thôn)\n\n"
                                     "(Lãnh đạo xã tặng quà cho thôn)\n\n" +
                                     kBody + kBody});
  REQUIRE(captions_of(a) == 3);
  CHECK(a.blocks[0].text == "Các cháu thiếu nhi múa chào mừng ngày hội");
}

TEST_CASE("scene caption: the delegates, a performance and a list of actors name a photo") {
  CHECK(describes_photo_scene("Các đại biểu dự hội nghị tại điểm cầu xã Đông Hòa"));
  CHECK(describes_photo_scene("Tiết mục văn nghệ chào mừng Đại hội"));
  CHECK(describes_photo_scene("Quang cảnh buổi lễ"));
  CHECK(describes_photo_scene(
      "Đại diện Chi đoàn thôn, Hội Cựu chiến binh xã trao quà cho các em học sinh nghèo."));
  // a sentence: a comma that opens no actor, an event's name as a part's heading, a noun
  CHECK_FALSE(describes_photo_scene("Tại buổi lễ, Chi đoàn thôn trao quà cho các em học sinh."));
  CHECK_FALSE(describes_photo_scene("Đại hội Hội Nông dân xã lần thứ X"));
  CHECK_FALSE(describes_photo_scene("Dự án nhà văn hóa thôn tại xã Đông Hòa"));
  CHECK_FALSE(describes_photo_scene(
      "Đại diện Chi đoàn thôn trao quà cho các em học sinh, góp phần động viên các em."));
}

TEST_CASE("scene caption: a sentence listing common nouns before its act is no caption") {
  CHECK_FALSE(describes_photo_scene(
      "Đại diện Mặt trận, các hội, đoàn thể xã trao 200 suất quà cho các hộ nghèo trong ấp."));
  CHECK(
      describes_photo_scene("Đại diện Huyện Đoàn, Đoàn thanh niên Thị trấn, trường THCS Yên "
                            "Trấn trao sổ đoàn cho các đoàn viên mới."));
}

TEST_CASE("scene caption: a subheading opening like a view names no event") {
  CHECK(describes_photo_scene("Toàn cảnh phiên họp toàn thể của Chính phủ"));
  CHECK(describes_photo_scene("Các tiết mục văn nghệ chào mừng Đại hội"));
  CHECK_FALSE(describes_photo_scene("Toàn cảnh bức tranh kinh tế của ấp năm qua"));
  CHECK_FALSE(describes_photo_scene("Các tiết mục văn nghệ đặc sắc"));
}

TEST_CASE("bracketed caption: a table's unit or a draft's note names no scene") {
  CHECK_FALSE(bracketed_caption("(Đơn vị tính: triệu đồng)"));
  CHECK_FALSE(bracketed_caption("(Dự thảo lần thứ hai)"));
  CHECK(bracketed_caption("( Tiết mục văn nghệ chào mừng tại ngày hội)"));
  CHECK(
      bracketed_caption("( Đồng chí: Nguyễn Thị Minh Hải, Trưởng Ban tổ chức Huyện ủy tặng quà "
                        "cho thôn)"));
}
