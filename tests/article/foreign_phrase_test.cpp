// A line in no Vietnamese where a kicker stands (article/vi_syllable.h is_foreign_phrase):
// an English label, an image's alt text, a site's English name or a program's identifier
// left above the title names no section, on made-up lines and a made-up page; a Vietnamese
// section typed without its tones, or one English word, stays the topic.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "article/vi_syllable.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("foreign phrase: a line in no Vietnamese") {
  CHECK(is_foreign_phrase("Skip to content Skip to navigation"));
  CHECK(is_foreign_phrase("Site banner"));
  CHECK(is_foreign_phrase("Ha Tinh Farmer's union"));
  CHECK(is_foreign_phrase("HO CHI MINH CITY COLLEGE OF TECHNOLOGY"));
  CHECK(is_foreign_phrase("menu_WAR_portlet_INSTANCE_hKWBd2"));
  CHECK(is_foreign_phrase("Responsive image"));
  // Vietnamese, with or without its tones, and one foreign word, are not
  CHECK_FALSE(is_foreign_phrase("Xây dựng Đảng"));
  CHECK_FALSE(is_foreign_phrase("Tin tuc su kien"));
  CHECK_FALSE(is_foreign_phrase("Ket nap dang vien"));
  CHECK_FALSE(is_foreign_phrase("Multimedia"));
  CHECK_FALSE(is_foreign_phrase("Tek-life"));
  CHECK_FALSE(is_foreign_phrase("Hội nghị Banner toàn quốc"));  // a Vietnamese letter: kept
  CHECK_FALSE(is_foreign_phrase("COVID 19"));
  CHECK_FALSE(is_foreign_phrase("_ _"));
  CHECK_FALSE(is_foreign_phrase(""));
}

TEST_CASE("foreign phrase: an English label over the title gives no topic, the title stays") {
  const std::string title = "Hội Nông dân xã Tân Phú tổ chức Đại hội nhiệm kỳ 2023 - 2028";
  const std::string body =
      "\n\nSáng 28/9, Hội Nông dân xã Tân Phú tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - "
      "2028, với sự tham gia của 120 đại biểu đại diện cho hội viên nông dân toàn xã.\n\n"
      "Đại hội đã thảo luận, thông qua báo cáo chính trị và bầu Ban Chấp hành khóa mới gồm 15 "
      "đồng chí.\n";
  for (std::string label : {"Site banner", "Skip to content Skip to navigation",
                            "Ha Tinh Farmer's union", "menu_WAR_portlet_INSTANCE_hKWBd2"}) {
    CAPTURE(label);
    Article a = read_ok(InputFile{"a.txt", label + "\n\n" + title + body});
    CHECK(a.topic.empty());
    CHECK(a.title == title);
  }
  // a section typed without its tones is still the section
  Article b = read_ok(InputFile{"b.txt", "Xay dung Dang\n\n" + title + body});
  CHECK(b.topic == "Xay dung Dang");
  Article c = read_ok(InputFile{"c.txt", "Xây dựng Đảng\n\n" + title + body});
  CHECK(c.topic == "Xây dựng Đảng");
}
