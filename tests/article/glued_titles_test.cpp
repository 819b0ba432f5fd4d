// Related articles' titles glued into one line by a text copy (article/glued_titles.h), on
// made-up lines and a made-up page: chrome; a sentence, a brand name, a short glue stay.
#include "article/glued_titles.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kGlued =
    "Chi bộ thôn Đông kết nạp ba đảng viên trẻXã Tân Lập ra mắt mô hình dân vận khéo"
    "Đoàn thanh niên huyện ra quân Mùa hè xanh năm nay5 học sinh giỏi được kết nạp vào Đảng";

}  // namespace

TEST_CASE("glued titles: three or more titles run together are one line of links") {
  CHECK(is_glued_link_titles(kGlued));
  CHECK(
      is_glued_link_titles("Hội nghị sơ kết công tác Đảng quý mộtHọc tập và làm theo gương Bác "
                           "ở xã Bình MinhKhai mạc hội thi cán bộ dân vận giỏi"));
}

TEST_CASE("glued titles: a sentence, a brand name or two titles stay") {
  // a sentence ends with its stop
  CHECK_FALSE(is_glued_link_titles(kGlued + "."));
  // words that glue a capital inside them
  CHECK_FALSE(
      is_glued_link_titles("Nhiều bạn trẻ dùng iPhone đọc VnExpress và xem YouTube mỗi "
                           "ngày ở thôn Đông"));
  // one glue: two titles at most, as a copy may glue a heading to its line
  CHECK_FALSE(
      is_glued_link_titles("Chi bộ thôn Đông kết nạp ba đảng viên trẻXã Tân Lập ra mắt "
                           "mô hình dân vận khéo"));
  // a piece too short to be a title
  CHECK_FALSE(
      is_glued_link_titles("Đảng viên mới tại xã Đông HàXuân Mai ra mắt câu lạc bộ mới"
                           "Tin"));
}

TEST_CASE("glued titles: the line after the lead leaves the body") {
  const std::string page =
      "Công đoàn huyện giới thiệu đoàn viên ưu tú cho Đảng\n\n"
      "Phát triển Đảng trong đoàn viên công đoàn là một trong những nhiệm vụ quan trọng của "
      "tổ chức Công đoàn các cấp trong năm nay.\n" +
      kGlued +
      "\n\nTrong đó, tổ chức Công đoàn là cầu nối giữa Đảng với người lao động, là nơi rèn "
      "luyện, giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp.\n\n"
      "Năm qua, Công đoàn huyện đã giới thiệu 40 đoàn viên ưu tú, trong đó 32 người đã được "
      "kết nạp vào Đảng.\n";
  Article a = read_ok(InputFile{"a.txt", page});
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].text.starts_with("Trong đó, tổ chức Công đoàn"));
  for (const Block& b : a.blocks) CHECK(b.text.find("Mùa hè xanh") == std::string::npos);
}
