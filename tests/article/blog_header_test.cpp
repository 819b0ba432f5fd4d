// Two blogs' headers, on made-up pages shaped as tests/fixtures/real-eval48/gpkontum-1 (a
// WordPress archive: the post's date beside "Leave a comment") and real-eval49/daminhgovap-1
// (a Blogger post: the title's halves printed again under it, "COMMENTS" under the text).
#include <catch2/catch.hpp>
#include <string>

#include "article/header_lines.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kBody =
    "Sáng 22/3, các linh mục trong giáo hạt đã về giáo xứ để giúp bà con giáo dân chuẩn bị "
    "mừng lễ Phục Sinh, từ tám giờ sáng đến quá trưa mới xong.\n\n"
    "Bà con ở các làng xa đã đến từ sớm, chờ các cha xong việc rồi mới trở về nhà dù đường "
    "về còn cách ba, bốn cây số.\n\n";

}  // namespace

TEST_CASE("blog header: the post's date beside its comment link is the date line") {
  CHECK(without_page_actions("26/03/2012 Leave a comment") == "26/03/2012");
  CHECK(without_page_actions("Thứ Hai, 26/03/2012 Để lại bình luận") == "Thứ Hai, 26/03/2012");
  Article a = read_text(
      "Archive\n\nArchive for 26/03/2012\n\nMùa chay tại giáo xứ Kon Rơbang\n\n"
      "26/03/2012 Leave a comment\n\n" +
      kBody);
  CHECK(a.title == "Mùa chay tại giáo xứ Kon Rơbang");
  REQUIRE(a.date);
  CHECK(a.date->day == 26);
  CHECK(a.date->month == 3);
  CHECK(all_fields(a).find("Leave a comment") == std::string::npos);
}

TEST_CASE("blog header: the title's halves printed again under it are no title") {
  Article a = read_text(
      "Trường Mầm non Sơn Ca - Lớp chồi đi tham quan vườn cây ăn trái\n"
      "Trường Mầm non Sơn Ca\nCộng đoàn Tân Phú – Giáo phận Ví Dụ\n"
      "Lớp chồi đi tham quan vườn cây ăn trái\n" +
      kBody + "COMMENTS\n");
  CHECK(a.title == "Trường Mầm non Sơn Ca - Lớp chồi đi tham quan vườn cây ăn trái");
  CHECK(a.lead.starts_with("Sáng 22/3"));
  CHECK(a.author.empty());
  const std::string fields = all_fields(a);
  CHECK(fields.find("COMMENTS") == std::string::npos);
  CHECK(fields.find("Cộng đoàn Tân Phú") == std::string::npos);
  CHECK_FALSE(has_warning(a, "2 related links"));
}
