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

TEST_CASE("glued titles: brand words, units and the title are no glue (review 1, item 2)") {
  CHECK_FALSE(is_glued_link_titles(
      "Chi bộ triển khai phần mềm eCabinet cho toàn bộ đảng viên và đăng ký tài khoản iHanoi "
      "cho người dân trong thôn theo hướng dẫn"));
  CHECK_FALSE(is_glued_link_titles(
      "Nhà văn hóa thôn rộng 500m2 sân chơi rộng 1200m2 cho thiếu nhi trong thôn"));
  CHECK_FALSE(is_glued_link_titles(
      "Tỉnh đoàn phát động cuộc thi eLearning cho đoàn viên sử dụng iPhone trong học tập"));
  const std::string title =
      "Chi bộ thôn Đông kết nạp ba đảng viên trẻXã Tân Lập ra mắt mô hình "
      "dân vận khéoĐoàn thanh niên huyện ra quân Mùa hè xanh";
  const std::string page =
      "Xây dựng Đảng\n\n" + title +
      "\n\nSáng 5/5, Chi bộ thôn Đông xã Hòa Bình tổ chức lễ kết nạp đảng viên mới cho hai "
      "quần chúng ưu tú, với sự tham dự của đại diện Đảng ủy xã.\n\n"
      "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố quyết định kết nạp và trao Huy hiệu cho "
      "các đảng viên mới.\n\n"
      "Chi bộ triển khai phần mềm eCabinet cho toàn bộ đảng viên và đăng ký tài khoản iHanoi "
      "cho người dân trong thôn theo hướng dẫn\n\n"
      "Nhà văn hóa thôn rộng 500m2 sân chơi rộng 1200m2 cho thiếu nhi trong thôn\n\n"
      "Các đảng viên mới hứa sẽ phấn đấu, rèn luyện, hoàn thành tốt nhiệm vụ được giao.\n";
  Article a = read_ok(InputFile{"a.txt", page});
  CHECK(a.title == title);  // glued-looking, but in the header: never dropped
  std::string text;
  for (const Block& b : a.blocks) text += b.text + "\n";
  CHECK(text.find("eCabinet") != std::string::npos);
  CHECK(text.find("1200m2") != std::string::npos);
  // a line that is dropped is told in the warnings
  Article g = read_ok(InputFile{"g.txt", "Tiêu đề bài\n\nMột câu mở đầu của bài viết này.\n\n" +
                                             kGlued + "\n\nMột câu khác của bài viết.\n"});
  bool told = false;
  for (const std::string& w : g.warnings) told = told || w.find("glued") != std::string::npos;
  CHECK(told);
}
