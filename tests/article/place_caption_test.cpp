// A caption naming a building or a location alone (article/place_caption.h).
#include "article/place_caption.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Xã Bình An sẵn sàng cho đại hội điểm";
const std::string kLead =
    "Đảng bộ xã Bình An, huyện Yên Lập được chọn tổ chức đại hội điểm cấp xã nhiệm kỳ 2025 - "
    "2030 để rút kinh nghiệm cho các đảng bộ cơ sở trong huyện; những ngày này, công tác chuẩn "
    "bị đang được khẩn trương hoàn tất.";
const std::string kBody =
    "Ngay từ đầu năm, Ban Thường vụ Đảng ủy xã đã xây dựng kế hoạch, phân công nhiệm vụ cụ thể "
    "cho từng đồng chí ủy viên, chuẩn bị chu đáo văn kiện, nhân sự và các điều kiện phục vụ "
    "đại hội theo đúng hướng dẫn của Huyện ủy.";

Article read_page(const std::string& line) {
  return read_ok(
      InputFile{"bai.txt", kTitle + "\n\n" + kLead + "\n\n" + line + "\n\n" + kBody + "\n"});
}

}  // namespace

TEST_CASE("place caption: the seat of a body named alone between paragraphs is a caption") {
  const std::string seat = "Trụ sở Đảng ủy, HĐND, UBND xã Bình An.";
  Article a = read_page(seat);
  CHECK(captions_in(a) == 1);
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks[0].text == seat);
  CHECK(names_place_shown("Vị trí trụ sở UBND phường Tân Lập.", false));
  // last, no stop needed
  CHECK(names_place_shown("Vị trí trụ sở UBND phường Tân Lập", true));
}

TEST_CASE("place caption: a sentence or a heading about a place stays text") {
  // no stop, not last: a heading's shape
  CHECK_FALSE(names_place_shown("Vị trí việc làm của công chức cấp xã", false));
  // a reasoning word
  CHECK(captions_in(read_page("Trụ sở Đảng ủy xã Bình An đã được sửa chữa.")) == 0);
  // no name: nothing a picture shows
  CHECK_FALSE(names_place_shown("Trụ sở làm việc mới khang trang.", false));
}

TEST_CASE("place caption: a seat or a post with a predicate after its name is a sentence") {
  CHECK(captions_in(read_page("Trụ sở Huyện ủy Yên Lập được xây dựng từ năm 1997.")) == 0);
  CHECK(captions_in(read_page("Trụ sở Đảng ủy xã nay chuyển về thôn Đoài.")) == 0);
  // "Vị trí" a post, not a place
  CHECK(captions_in(read_page("Vị trí Phó Chủ tịch xã hiện còn trống.")) == 0);
  CHECK_FALSE(names_place_shown("Vị trí Bí thư Chi bộ do đồng chí Hà Văn Tư đảm nhiệm.", true));
  // names only: still a caption
  CHECK(names_place_shown("Trụ sở Huyện ủy, HĐND, UBND huyện Yên Lập.", false));
  CHECK(names_place_shown("Vị trí Nhà văn hóa thôn Đoài mới.", false));
}
