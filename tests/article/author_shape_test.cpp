// The last check on a byline's author (article/author_shape.h): what no one signs with is no
// author, whatever rule let its line pass; names, initials, teams, offices and handles are.
#include "article/author_shape.h"

#include <catch2/catch.hpp>

#include "article/byline.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPage =
    "Xã Tân Phú ra mắt mô hình dân vận khéo\n\n"
    "Sáng ngày 12/3, Ban Dân vận Đảng ủy xã Tân Phú tổ chức ra mắt mô hình dân vận khéo trong "
    "xây dựng nông thôn mới với sự tham gia của đông đảo bà con nhân dân.\n\n"
    "Mô hình góp phần phát huy vai trò của người dân trong việc giữ gìn cảnh quan môi trường, "
    "xây dựng khu dân cư văn minh, sạch đẹp.\n\n";

std::string author_of_page(const std::string& tail) {
  return read_ok(InputFile{"a.txt", kPage + tail + "\n"}).author;
}

}  // namespace

TEST_CASE("author shape: a program's key, an address, a number or a sentence signs as no one") {
  CHECK(signs_as_no_one(""));
  CHECK(signs_as_no_one("COM_CONTENT_WRITTEN_BY"));
  CHECK(signs_as_no_one("Xã Tân Phú PLG_TAGS"));
  CHECK(signs_as_no_one("https://tanphu.gov.vn/tin-tuc"));
  CHECK(signs_as_no_one("www.tanphu.gov.vn"));
  CHECK(signs_as_no_one("banbientap@tanphu.gov.vn"));
  CHECK(signs_as_no_one("Đường dây nóng 02763822145"));
  CHECK(signs_as_no_one("Năm 2024"));
  CHECK(signs_as_no_one("Mô hình đã góp phần xây dựng khu dân cư văn minh."));
  CHECK(signs_as_no_one("Vì sao?"));
  CHECK(signs_as_no_one("Quyết thắng!"));
  // names, initials, teams, offices, handles and a unit's code sign
  CHECK_FALSE(signs_as_no_one("Minh Huế - Công Hiếu"));
  CHECK_FALSE(signs_as_no_one("T.H."));
  CHECK_FALSE(signs_as_no_one("QT."));
  CHECK_FALSE(signs_as_no_one("Mn3/2"));
  CHECK_FALSE(signs_as_no_one("CTV hoanganh86"));
  CHECK_FALSE(signs_as_no_one("btv chiminh"));
  CHECK_FALSE(signs_as_no_one("Thu Hòa/VOV4"));
  CHECK_FALSE(signs_as_no_one("Ban Truyền thông Hội Doanh nhân trẻ Đồng Nai"));
  CHECK_FALSE(signs_as_no_one("Ban Dân vận Huyện ủy 113"));
}

TEST_CASE("author shape: the author a byline gives is checked whatever rule cut it") {
  // a writer's label, then a key the CMS left untranslated: no author
  CHECK(author_in_byline("Tác giả: COM_CONTENT_WRITTEN_BY") == "");
  CHECK(author_in_byline("Tác giả: Minh Anh") == "Minh Anh");
  // a tag plugin's key and its tag under the source's credit: chrome, no byline
  CHECK(author_of_page("Nguồn: Báo Tân Phú\n\nPLG_CONTENT_SHOWTAGS_TITLE Xã Tân Phú") == "");
  CHECK(author_of_page("Thu Hà\n\nPLG_CONTENT_SHOWTAGS_TITLE Xã Tân Phú") == "Thu Hà");
}
