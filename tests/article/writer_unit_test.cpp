// The writer's unit under the byline (article/writer_unit.h), on small made-up pages: the
// author is the name; a paper named in brackets stays the byline's source.
#include "article/writer_unit.h"

#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPage =
    "Số đảng viên được kiểm tra, giám sát tăng\n\n"
    "Năm 2024, công tác kiểm tra, giám sát được Ban Thường vụ Huyện ủy chú trọng lãnh đạo, chỉ "
    "đạo thực hiện trên mọi lĩnh vực của đời sống chính trị.\n\n"
    "Các chi bộ kiểm tra 320 đảng viên và 41 tổ chức đảng, tăng so với năm trước, góp phần "
    "giữ vững kỷ cương trong Đảng bộ.\n\n"
    "Trần Minh Khoa\n\n";

}  // namespace

TEST_CASE("writer's unit: the office in brackets under the byline is no part of the author") {
  Article a = read_ok(InputFile{"a.txt", kPage + "(Cơ quan UBKT Huyện ủy Tân Phú)\n"});
  CHECK(a.author == "Trần Minh Khoa");
  for (const Block& b : a.blocks) CHECK(b.text.find("Cơ quan") == std::string::npos);
  // a paper in brackets is the article's source, not the author
  Article b = read_ok(InputFile{"a.txt", kPage + "(Báo Tân Phú)\n"});
  CHECK(b.author == "Trần Minh Khoa");
  CHECK(b.source.site == "Báo Tân Phú");
  CHECK(names_writer_unit("(Văn phòng Huyện ủy Tân Phú)"));
  CHECK(names_writer_unit("(Trường Chính trị tỉnh)."));
  CHECK_FALSE(names_writer_unit("(Báo Tân Phú)"));
  CHECK_FALSE(names_writer_unit("Cơ quan UBKT Huyện ủy"));  // not in brackets
  CHECK_FALSE(names_writer_unit("(tổng hợp)"));
}

TEST_CASE("writer's name: a print view's repeated byline is no topic") {
  const std::string title = "Tạo nguồn đảng viên trẻ từ cơ sở";
  const std::string lead =
      "Thời gian qua, các tổ chức Đoàn trên toàn huyện đã có nhiều giải pháp, phong trào với "
      "nhiều cách làm sáng tạo để bồi dưỡng đoàn viên ưu tú.";
  Article a = read_ok(InputFile{"a.txt", title + "\n\nTrần Minh Khoa 07/01/2019 09:40\n\n" + lead +
                                             "\n\n" + title + "\n\nTrần Minh Khoa\n"});
  CHECK(a.title == title);
  CHECK(a.author == "Trần Minh Khoa");
  CHECK(a.topic.empty());
  CHECK(a.lead == lead);
}

TEST_CASE("writer's unit: a second writer named like a unit stays in the author") {
  CHECK(author_in_byline("Minh Anh - VŨ HÀ") == "Minh Anh - VŨ HÀ");
  CHECK(author_in_byline("Minh Anh - Cúc Phương") == "Minh Anh - Cúc Phương");
  CHECK(author_in_byline("Minh Anh - Thanh Đoàn") == "Minh Anh - Thanh Đoàn");
  CHECK(author_in_byline("Minh Anh - Huyền Đoan") == "Minh Anh - Huyền Đoan");
  CHECK(author_in_byline("Văn Tú- Huyện đoàn") == "Văn Tú");
  CHECK(author_in_byline("Minh Anh - Vụ Tổ chức cán bộ") == "Minh Anh");
  CHECK(names_writer_unit("(Huyện Đoàn Tân Phú)"));
  CHECK(names_writer_unit("(Đoàn TNCS Hồ Chí Minh xã Tân Hòa)"));
}
