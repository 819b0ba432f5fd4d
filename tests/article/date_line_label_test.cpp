// What stands before the date on the date line of a page's header, when it is no section: a
// template's field label in English ("Publish date 09/05/2020 | 11:24", a portal read in its
// English locale) names no section; the kicker above the title is the topic.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

std::string page(const std::string& date_line) {
  return "XÂY DỰNG ĐẢNG\n\nChi bộ thôn Đông tổ chức lễ kết nạp hai đảng viên mới\n\n" + date_line +
         "\n\nNgày 12/3/2021, Chi bộ thôn Đông đã tổ chức lễ kết nạp đảng viên mới cho hai "
         "quần chúng ưu tú là đoàn viên thanh niên của thôn.\n\n"
         "Tại buổi lễ, đồng chí Bí thư Chi bộ đã trao quyết định kết nạp và giao nhiệm vụ cho "
         "các đảng viên mới phấn đấu học tập, rèn luyện.\n";
}

}  // namespace

TEST_CASE("date line label: an English field label before the date is no topic") {
  for (std::string label : {"Publish date", "Posted on", "Created date", "Date published"}) {
    INFO(label);
    Article a = read_ok(InputFile{"bai.txt", page(label + " 13/03/2021 | 09:15 | Views: 210")});
    CHECK(a.topic == "XÂY DỰNG ĐẢNG");
    CHECK(a.title == "Chi bộ thôn Đông tổ chức lễ kết nạp hai đảng viên mới");
    REQUIRE(a.date);
    CHECK(a.date->iso() == "2021-03-13");
    CHECK(a.time == "09:15");
  }
  // a section's name in Vietnamese there stays the topic
  Article b = read_ok(InputFile{"bai.txt", page("Tin hoạt động | 13/03/2021 09:15")});
  CHECK(b.topic == "Tin hoạt động");
}
