// Session 13's review of session 12's reader rules (/work/wt/review13.md), each finding on a
// small made-up page: a title printed twice over a subtitle or a caption stays the title and a
// section's name printed twice the topic; a title opening with its day stays the title; a
// sentence about visits is no visitor counter; a box of headlines opening with a caption's
// shape is still a box; a list's items and a name in lower case are no caption's second half;
// a title after a dash loses the dash.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"
#include "review_page.h"

using namespace tuyentap;
using namespace tuyentap::testing;
using namespace tt_review_page;

TEST_CASE("review 13: a title printed twice over a subtitle or a caption stays the title") {
  for (std::string under : {"Hội nghị tổng kết năm 2024 của Đảng bộ xã An Bình",
                            "Vai trò của chi bộ trong công tác phát triển đảng viên ở nông thôn"}) {
    Article a = read_text(kTitle + "\n\n" + kTitle + "\n\n" + under + "\n\n" + kLead + "\n\n" +
                          kSecond + "\n\n" + kThird + "\n");
    CHECK(a.title == kTitle);
    CHECK(all_fields(a).find(under) != std::string::npos);  // in the body, not lost
  }
}

TEST_CASE("review 13: a section's name printed twice over the title is the topic") {
  Article a = read_text("Xây dựng Đảng\n\nXây dựng Đảng\n\n" + kTitle + "\n\n" + kLead + "\n\n" +
                        kSecond + "\n");
  CHECK(a.topic == "Xây dựng Đảng");
  CHECK(a.title == kTitle);
  CHECK(a.lead == kLead);
  CHECK_FALSE(has_warning(a, "no topic line"));
  // a photo's view printed twice (its alt text and caption) names no section
  Article view = read_text("Toàn cảnh hội nghị\n\nToàn cảnh hội nghị\n\n" + kTitle + "\n\n" +
                           kLead + "\n\n" + kSecond + "\n");
  CHECK(view.topic.empty());
  CHECK(view.title == kTitle);
}

TEST_CASE("review 13: a title opening with its day, the lead not repeating it, is the title") {
  const std::string title = "Ngày 3/2, toàn Đảng bộ tỉnh kỷ niệm 95 năm Ngày thành lập Đảng";
  Article a = read_text(title + "\n\n" + kLead + "\n\n" + kSecond + "\n\n" + kThird + "\n");
  CHECK(a.title == title);
  CHECK(a.lead == kLead);
}

TEST_CASE("review 13: a sentence about a portal's visits is no visitor counter") {
  const std::string visits = "Số lượt truy cập năm 2024 đạt 1.234.567";
  Article a = read_text(kTitle + "\n\n15/03/2025\n\n" + kLead + "\n\n" + kSecond + "\n\n" + visits +
                        "\n\n" + kThird + "\n");
  CHECK(all_fields(a).find(visits) != std::string::npos);
  // a counter's label naming its span stays a counter
  Article counter = read_text(kTitle + "\n\n15/03/2025\n\n" + kLead + "\n\n" + kSecond +
                              "\n\nLượt truy cập tháng 12 3.456\n");
  CHECK(all_fields(counter).find("3.456") == std::string::npos);
}

TEST_CASE("review 13: a box of headlines after the lead opening with a caption is a box") {
  Article a = read_text(
      kTitle + "\n\n15/03/2025\n\n" + kLead + "\n\n" +
      "Đồng chí Trần Văn Bình - Phó Bí thư Tỉnh ủy tặng hoa chúc mừng Đại hội Đảng bộ huyện\n\n"
      "Tỉnh ủy sơ kết công tác dân vận sáu tháng đầu năm\n\n"
      "Ra mắt mô hình dân vận khéo ở xã Phú Lâm\n\n"
      "Hội Nông dân huyện tổng kết phong trào sản xuất giỏi\n\n" +
      kSecond + "\n\n" + kThird + "\n");
  CHECK(has_warning(a, "4 related links after the lead left out"));
  CHECK(all_fields(a).find("Ra mắt mô hình") == std::string::npos);
}

TEST_CASE("review 13: a list's item or a name in lower case is no caption's second half") {
  Article a = read_text(kTitle + "\n\n15/03/2025\n\n" + kLead + "\n\n" +
                        "Ảnh: Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị\n\n"
                        "a) tăng cường giáo dục chính trị tư tưởng cho cán bộ đảng viên\n\n"
                        "b) đổi mới phương thức lãnh đạo của cấp ủy các cấp\n\n" +
                        kSecond + "\n\n" + kThird + "\n");
  REQUIRE(captions_in(a) == 1);
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption) CHECK(b.text.find("a)") == std::string::npos);
  Article name = read_text(kTitle + "\n\n15/03/2025\n\n" + kLead + "\n\n" +
                           "Ảnh: Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị\n\n"
                           "e-Cabinet được triển khai tới các chi bộ từ đầu năm 2025\n\n" +
                           kSecond + "\n");
  for (const Block& b : name.blocks)
    if (b.type == BlockType::Caption) CHECK(b.text.find("e-Cabinet") == std::string::npos);
}

TEST_CASE("review 13: a title set after a dash loses the dash") {
  Article a = read_text("- Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam\n\n" + kLead +
                        "\n\n" + kSecond + "\n");
  CHECK(a.title == "Kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam");
}

TEST_CASE("review 13: a source credit naming no source is told, or is the source") {
  for (std::string none : {"Nguồn: Tổng hợp", "Nguồn: Internet", "Nguồn: Sưu tầm."}) {
    INFO(none);
    Article a = read_text(kTitle + "\n\n15/03/2025\n\n" + kLead + "\n\n" + kSecond + "\n\n" +
                          kThird + "\n\n" + none + "\n");
    CHECK(a.source.site.empty());
    CHECK(has_warning(a, "source credit naming no paper nor office left out: " + none));
  }
  // a credit that names a paper is the source, with no such warning
  Article paper = read_text(kTitle + "\n\n15/03/2025\n\n" + kLead + "\n\n" + kSecond + "\n\n" +
                            kThird + "\n\nNguồn: Báo An Bình\n");
  CHECK(paper.source.site == "Báo An Bình");
  CHECK_FALSE(has_warning(paper, "source credit naming"));
}

TEST_CASE(
    "review 13: the lines left out at the end of an article with no byline are after "
    "its last sentence") {
  // a post in capitals and a headline of the site's, no name under the post: no byline
  Article a = read_text(kTitle + "\n\n15/03/2025\n\n" + kLead + "\n\n" + kSecond + "\n\n" + kThird +
                        "\n\nTM. ĐẢNG ỦY\n\nBÍ THƯ\n\nTIN LIÊN QUAN\n\n"
                        "Hội nghị tổng kết công tác xây dựng Đảng năm 2024\n");
  CHECK(has_warning(a, "no byline"));
  CHECK(has_warning(a,
                    "site chrome left out: 4 lines (2 by a marker or their shape, 2 after the last "
                    "sentence)"));
  CHECK_FALSE(has_warning(a, "after the byline"));
  // with the signer's name under the post, the block signs (session 42: text_end.cpp
  // signer_under_block), and what follows it is after the byline
  Article s = read_text(kTitle + "\n\n15/03/2025\n\n" + kLead + "\n\n" + kSecond + "\n\n" + kThird +
                        "\n\nTM. ĐẢNG ỦY\n\nBÍ THƯ\n\nNguyễn Văn An\n\n"
                        "Hội nghị tổng kết công tác xây dựng Đảng năm 2024\n");
  CHECK(s.author == "Nguyễn Văn An");
  CHECK_FALSE(shows_text(s, "BÍ THƯ"));
}
