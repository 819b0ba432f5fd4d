// A "Theo" credit (article/theo_writer.h) on made-up bylines and pages: before a person's
// name it comes off and the name is the author; before a paper's name it stays a source.
#include "article/theo_writer.h"

#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("theo writer: 'Theo' before a person's name gives the name") {
  CHECK(writer_after_theo("Theo Nguyễn Thu Hà") == "Nguyễn Thu Hà");
  CHECK(writer_after_theo("Theo Đặng Minh") == "Đặng Minh");
  CHECK(writer_after_theo("THEO TRẦN VĂN AN") == "TRẦN VĂN AN");
  CHECK(author_in_byline("Theo Lê Hoàng Vũ") == "Lê Hoàng Vũ");
}

TEST_CASE("theo writer: a paper, a place, a site or a long credit after 'Theo' stays") {
  for (std::string_view source :
       {"Theo Thanh Niên", "Theo báo Nhân Dân", "Theo Hà Nội Mới", "Theo Lâm Đồng",
        "Theo Hồ Chí Minh", "Theo Nguyễn Minh/Vcamp.vn", "Theo VnExpress", "Theo Trần",
        "Theo Phạm Văn Đồng Tân Phú Hòa", "Theo Nguyễn Văn A (tổng hợp)", "Nguyễn Văn An"})
    CHECK(writer_after_theo(source) == source);
}

TEST_CASE("theo writer: papers, organisations and streets named like people stay (review)") {
  for (std::string_view source :
       {"Theo Nông Nghiệp Việt Nam", "Theo Lý Luận Chính Trị", "Theo Đoàn Thanh Niên",
        "Theo Hoàng Sa", "Theo Phan Thiết", "Theo Lê Hồng Phong", "Theo Trần Hưng Đạo",
        "Theo Nguyễn Văn Thanh Hà", "Theo Trần Nhân Dân", "THEO LÊ HỒNG PHONG"})
    CHECK(writer_after_theo(source) == source);
  // a writer whose given name holds one word of such a noun is still a writer
  CHECK(writer_after_theo("Theo Trần Thanh Hà") == "Trần Thanh Hà");
}

TEST_CASE("theo writer: a page signed 'Theo' and a writer's name has that writer as author") {
  const std::string page =
      "Xã Tân Lập ra mắt mô hình dân vận khéo\n\n"
      "Sáng 5/6, Đảng ủy xã Tân Lập tổ chức ra mắt mô hình dân vận khéo trong xây dựng nông "
      "thôn mới, với sự tham gia của đông đảo cán bộ và nhân dân.\n\n"
      "Mô hình tập trung vận động người dân hiến đất mở rộng đường giao thông, giữ gìn vệ sinh "
      "môi trường và xây dựng khu dân cư văn minh.\n\n";
  CHECK(read_ok(InputFile{"a.txt", page + "Theo Phạm Thu Trang\n"}).author == "Phạm Thu Trang");
  CHECK(read_ok(InputFile{"b.txt", page + "Theo Thanh Niên\n"}).author == "Theo Thanh Niên");
}
