// A writer's name and the date printed side by side with no separator at all ("Ngô Duy
// Bách3/09/2020 9:00 AM", a SharePoint list's fields run together in a text copy): the date,
// the time and the author, in either order, under the title.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "article/theo_writer.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ Trạm Kiểm soát cửa khẩu sinh hoạt chuyên đề tháng 9";
const std::string kBody =
    "Sáng ngày 02/9/2021, Chi bộ Trạm Kiểm soát cửa khẩu đã tổ chức buổi sinh hoạt chuyên đề "
    "với sự tham gia của toàn thể đảng viên, công chức và người lao động.\n\n"
    "Tại buổi sinh hoạt, các đảng viên đã được ôn lại truyền thống vẻ vang của ngành và "
    "thảo luận những giải pháp nâng cao chất lượng sinh hoạt chi bộ.\n";

}  // namespace

TEST_CASE("glued byline and date: a name run into the date under the title") {
  for (std::string line : {std::string("Trần Minh Khoa14/09/2021 10:15 AM"),
                           std::string("14/09/2021 10:15Trần Minh Khoa")}) {
    INFO(line);
    Article a = read_ok(InputFile{"bai.txt", kTitle + "\n" + line + "\n\n" + kBody});
    CHECK(a.title == kTitle);
    REQUIRE(a.date);
    CHECK(a.date->iso() == "2021-09-14");
    CHECK(a.time == "10:15");
    CHECK(a.author == "Trần Minh Khoa");
    CHECK(a.topic.empty());
    CHECK(a.lead.rfind("Sáng ngày 02/9/2021", 0) == 0);
  }
  // with a space between, a person's name beside the date is the writer's too, not a section
  Article b =
      read_ok(InputFile{"bai.txt", kTitle + "\nTrần Minh Khoa 14/09/2021 10:15 AM\n\n" + kBody});
  CHECK(b.author == "Trần Minh Khoa");
  CHECK(b.topic.empty());
}

TEST_CASE("glued byline and date: a person's name, not a section's nor a hero's") {
  CHECK(is_person_name("Ngô Duy Bách"));
  CHECK(is_person_name("Trần Minh Khoa"));
  CHECK_FALSE(is_person_name("Tin hoạt động"));
  CHECK_FALSE(is_person_name("Lê Hồng Phong"));     // a street's, a school's
  CHECK_FALSE(is_person_name("Trần Văn Kinh Tế"));  // four words: a paper's name reads so
}

TEST_CASE("glued byline and date: the writer and the date as the article's last line") {
  for (std::string line : {std::string("Trần Minh Khoa14/09/2021 10:15 AM"),
                           std::string("Trần Minh Khoa 14/09/2021 10:15 AM"),
                           std::string("Trần Minh Khoa - 14/09/2021 10:15")}) {
    INFO(line);
    Article a = read_ok(InputFile{"bai.txt", kTitle + "\n\n" + kBody + "\n" + line + "\n"});
    CHECK(a.title == kTitle);
    REQUIRE(a.date);
    CHECK(a.date->iso() == "2021-09-14");
    CHECK(a.time == "10:15");
    CHECK(a.author == "Trần Minh Khoa");
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks.back().text.find("Trần Minh Khoa") == std::string::npos);
  }
}
