// A writer's name as a byline writes it (article/byline_name.h), here a name typed with a later
// syllable in lower case, on made-up bylines and pages, with the closing lines that are none.
#include "article/byline_name.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPage =
    "Hội Chữ thập đỏ xã Tân Phú sơ kết công tác 6 tháng đầu năm\n\n"
    "Sáng ngày 12/7, Hội Chữ thập đỏ xã Tân Phú tổ chức hội nghị sơ kết công tác Hội và phong "
    "trào Chữ thập đỏ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.\n\n"
    "Trong 6 tháng qua, các cấp Hội đã vận động các nhà hảo tâm hỗ trợ hộ nghèo với tổng số "
    "tiền hơn 200 triệu đồng, tổ chức hiến máu tình nguyện được 150 đơn vị máu.\n\n";

std::string author_of_page(const std::string& tail) {
  return read_ok(InputFile{"a.txt", kPage + tail + "\n"}).author;
}

}  // namespace

TEST_CASE("byline name: a name typed with a later syllable in lower case") {
  CHECK(is_name_typed_lower("Minh hiếu"));
  CHECK(is_name_typed_lower("Thu hà"));
  CHECK(is_name_typed_lower("Nguyễn văn an"));
  CHECK(is_name_typed_lower("Thu hoà"));  // either tone placement
  // closing formulas and ordinary words: no name's syllables
  CHECK_FALSE(is_name_typed_lower("Xin cảm ơn"));
  CHECK_FALSE(is_name_typed_lower("Trân trọng"));
  CHECK_FALSE(is_name_typed_lower("Thân ái"));
  CHECK_FALSE(is_name_typed_lower("Hết"));
  CHECK_FALSE(is_name_typed_lower("Bình thường"));
  CHECK_FALSE(is_name_typed_lower("Xem thêm"));
  // the first word in lower case or in capitals, a name in title case, four words: none
  CHECK_FALSE(is_name_typed_lower("minh hiếu"));
  CHECK_FALSE(is_name_typed_lower("MINH hiếu"));
  CHECK_FALSE(is_name_typed_lower("Minh Hiếu"));  // the name rules' own (byline.h)
  CHECK_FALSE(is_name_typed_lower("Nguyễn thị thu hà"));
  // a family or a middle name last: no name ends so
  CHECK_FALSE(is_name_typed_lower("Minh nguyễn"));
  CHECK_FALSE(is_name_typed_lower("Hà văn"));
}

TEST_CASE("byline name: a last line typed so signs under the text, a closing line does not") {
  CHECK(author_of_page("Minh hiếu.") == "Minh hiếu");
  CHECK(author_of_page("Thu hà") == "Thu hà");
  CHECK(author_of_page("Minh hiếu.\n\nXem thêm\n\nGửi cho bạn bè") == "Minh hiếu");
  CHECK(author_of_page("Xin cảm ơn.") == "");
  CHECK(author_of_page("Trân trọng.") == "");
  CHECK(author_of_page("Bình thường.") == "");
  // two given names that spell an ordinary word the text uses: the text's, no writer
  CHECK(author_of_page("Hội nghị đã diễn ra thành công tốt đẹp với sự tham gia của đông đảo "
                       "hội viên.\n\nThành công.") == "");
  CHECK(is_name_typed_lower("Thành công"));  // by its shape alone, a name
  // with text after it, the line is no signature
  CHECK(author_of_page("Minh hiếu.\n\nHội nghị đã khen thưởng nhiều cá nhân có thành tích "
                       "hiến máu tình nguyện nhiều lần trong năm.") == "");
}
