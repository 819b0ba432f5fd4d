// A saying quoted whole under the title (article/header_shapes.h is_quoted_saying), on a made-up
// page shaped as tests/fixtures/real-eval48/tuoitrenuithanh-1: before the rule the title was
// read as a kicker and the motto under it as the title.
#include <catch2/catch.hpp>
#include <string>

#include "article/header_shapes.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("quoted saying: a motto over the text is its lead, the line above the title") {
  CHECK(is_quoted_saying("“Mùa xuân là Tết trồng cây – Làm cho đất nước càng ngày càng Xuân”"));
  CHECK(is_quoted_saying("\"Không có việc gì khó, chỉ sợ lòng không bền\""));
  CHECK_FALSE(is_quoted_saying("“Lê Quốc Vinh”"));  // short: a name may be a title
  CHECK_FALSE(is_quoted_saying("“Dân vận khéo” ở xã vùng cao Tả Phìn"));
  CHECK_FALSE(is_quoted_saying("“Dân vận khéo” và “Chủ nhật xanh” ở xã vùng cao"));
  Article a = read_text(
      "Tết trồng cây - Nhớ ơn Bác Hồ\n\n\n\n"
      "“Mùa xuân là Tết trồng cây – Làm cho đất nước càng ngày càng Xuân”\n"
      "Thực hiện lời dạy của Bác, ngày 3/2, các cơ sở Đoàn trong huyện đã ra quân trồng hơn "
      "500 cây xanh tại các nghĩa trang liệt sĩ và tuyến đường nông thôn mới.\n\n\n"
      "Tác giả bài viết: Huyện đoàn Ví Dụ\n");
  CHECK(a.title == "Tết trồng cây - Nhớ ơn Bác Hồ");
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("“Mùa xuân là Tết trồng cây"));
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text.starts_with("Thực hiện lời dạy của Bác"));
}
