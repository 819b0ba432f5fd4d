// A page stored from under its title (article/untitled_label.h), on small made-up pages: the
// section's label, a view counter or the writer's name stands where the title would, over the
// date line or the lead, and the page is read untitled, the label its topic, the name its
// author; a short title under its section's label stays the title.
#include "article/untitled_label.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kLead =
    "Sáng 14/3, Đảng ủy phường Tân Mai tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I, "
    "triển khai nhiệm vụ trọng tâm quý II với sự tham dự của các chi bộ trực thuộc.\n\n";
const std::string kBody =
    "Trong quý, các chi bộ đã duy trì nền nếp sinh hoạt định kỳ, kết nạp 4 đảng viên mới và "
    "hoàn thành tốt nhiệm vụ chính trị được giao ở từng khu phố.\n\n";

}  // namespace

TEST_CASE("untitled label: a section's label over the lead is the topic, no title") {
  for (std::string label :
       {"Công tác Đảng - Đoàn thể", "Văn hóa, Xã hội", "Tin tức / Trong phường / Thời sự"}) {
    Article a = read_text(label + "\n\n" + kLead + kBody);
    CHECK(a.title.empty());
    CHECK(label.ends_with(a.topic));  // a breadcrumb's last step
    CHECK(a.lead + "\n\n" == kLead);
  }
  // over the date line too
  Article dated = read_text("Tin tức - Sự kiện\n\n14/03/2024 09:30\n\n" + kLead + kBody);
  CHECK(dated.title.empty());
  CHECK(dated.topic == "Tin tức - Sự kiện");
  REQUIRE(dated.date);
  CHECK(dated.date->iso() == "2024-03-14");
}

TEST_CASE("untitled label: a view counter or the writer's name where the title stands") {
  Article counter = read_text("Lượt xem: 2015\n\n" + kLead + kBody);
  CHECK(counter.title.empty());
  CHECK(counter.lead + "\n\n" == kLead);
  Article writer = read_text("Trần Minh Hòa\n\n14/03/2024\n\n" + kLead + kBody);
  CHECK(writer.title.empty());
  CHECK(writer.author == "Trần Minh Hòa");
}

TEST_CASE("untitled label: a short title under its section's label stays the title") {
  Article a = read_text("Thời sự\n\nThư ngỏ\n\n14/03/2024\n\n" + kLead + kBody);
  CHECK(a.title == "Thư ngỏ");
  CHECK(a.topic == "Thời sự");
  // a title of a few words over the lead is no label
  Article b = read_text("Sơ kết công tác Đảng quý I\n\n" + kLead + kBody);
  CHECK(b.title == "Sơ kết công tác Đảng quý I");
}

TEST_CASE("untitled label: a label over the date line and a title under it is no untitled page") {
  // real-eval41/phuxuyen-1 as run-perturb's "date line above title" rewrites it: the section's
  // label, the date, the title, the labelled date line, the lead. The label is no title, but
  // the page is titled: the title is read as without the rule (the scorer's second opinion)
  std::string page =
      read_file_bytes(test_paths::source_dir() + "/tests/fixtures/real-eval41/phuxuyen-1.txt");
  const std::string title =
      "Khai giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới kết nạp đợt 1/2020";
  REQUIRE(page.find("\n\n" + title + "\n") != std::string::npos);
  page.replace(page.find("\n\n" + title + "\n"), title.size() + 3,
               "\n\n09/05/2020\n" + title + "\n");
  Article a = read_text(page);
  CHECK(a.title == title);
  // a short line there is a photo's caption over the lead: the page stays untitled
  Article c = read_text("Tin tức - Sự kiện\n\nNgày đăng tin: 14/03/2024\n\nToàn cảnh hội nghị\n\n" +
                        kLead + kBody);
  CHECK(c.title.empty());
}

TEST_CASE("untitled label: the label's shape") {
  CHECK_FALSE(is_section_label("Xã hội"));  // a short title's shape too
  CHECK(is_section_label("Tin tức - Sự kiện"));
  CHECK_FALSE(is_section_label("LỄ KẾT NẠP ĐẢNG VIÊN MỚI"));  // a title in capitals
  CHECK_FALSE(is_section_label("Sơ kết công tác Đảng quý I"));
  CHECK_FALSE(is_section_label("Đại hội Chi bộ - nhiệm kỳ 2020-2025"));
  CHECK_FALSE(is_section_label("Vì sao?"));
  CHECK_FALSE(is_section_label("Gần dân, hiểu dân, giúp dân"));       // a slogan's phrases
  CHECK_FALSE(is_section_label("Ấm áp Tết biên giới - quân - dân"));  // a title, in lower case
  CHECK_FALSE(is_section_label("Hà Nội - Thủ đô ngàn năm văn hiến và anh hùng của cả nước"));
}

TEST_CASE("untitled label: a label's title with a stop under it, over the lead") {
  const std::string title =
      "Hội nghị Ban Chấp hành Hội Nông dân phường Tân Mai, nhiệm kỳ 2023-2028.";
  Article a = read_text("TIN HOẠT ĐỘNG\n\n" + title + "\n\n" + kLead + kBody);
  CHECK(a.title == title);
  CHECK(a.topic == "TIN HOẠT ĐỘNG");
  CHECK(a.lead + "\n\n" == kLead);
}
