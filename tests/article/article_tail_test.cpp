// The end of an article on any site (article/article_tail.h), on small made-up pages: what the
// page prints after the last sentence (a box's title, a row of icons' label, the page's
// address, the desk that posted the text) is no paragraph and is counted; a subheading left
// last by a cut copy is a heading.
#include "article/article_tail.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "article/text_prepare.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Phường Bình An trao danh sách đoàn viên ưu tú cho cấp ủy";
const std::string kLead =
    "Sáng 9/4, Đoàn phường Bình An tổ chức trao danh sách 14 đoàn viên ưu tú cho cấp ủy "
    "Đảng xem xét, bồi dưỡng, giới thiệu kết nạp.\n\n";
const std::string kLast =
    "Hoạt động góp phần nâng cao chất lượng nguồn phát triển đảng viên trong thanh niên của "
    "phường.\n\n";

Article read_with_tail(const std::string& tail) {
  return read_ok(InputFile{"bai.txt", kTitle + "\n\n" + kLead + kLast + tail});
}

std::string last_paragraph(const Article& a) {
  for (auto b = a.blocks.rbegin(); b != a.blocks.rend(); ++b)
    if (b->type == BlockType::Paragraph) return b->text;
  return a.lead;
}

}  // namespace

TEST_CASE("article tail: a box of the page names what it lists, a subheading its subject") {
  for (const char* box :
       {"Các trao đổi mới nhất", "Bình luận mới", "Video xem nhiều", "Những bài viết khác",
        "Liên kết website", "Website liên kết", "Tin cùng chuyên mục:", "Ý kiến bạn đọc mới nhất",
        "Các tin đã đưa", "Tệp đính kèm:"})
    CHECK(names_page_box(box));
  for (const char* subject : {"Nhiệm vụ của chi bộ", "Tin tưởng vào Đảng", "Bài học kinh nghiệm",
                              "Những kết quả nổi bật của năm 2023", "Kết nạp đảng viên mới",
                              "Liên kết sản xuất, tiêu thụ", "Tin vui từ vùng cao"})
    CHECK_FALSE(names_page_box(subject));
}

TEST_CASE("article tail: a row of icons' label ends on its preposition") {
  CHECK(labels_icon_row("Mời bạn đọc theo dõi Báo Bình An trên"));
  CHECK(labels_icon_row("Chia sẻ bài viết qua"));
  CHECK(labels_icon_row("Tải ứng dụng đọc báo tại"));
  // the object is there, or the words follow nothing
  CHECK_FALSE(labels_icon_row("Mời bạn đọc theo dõi Báo Bình An trên Zalo"));
  CHECK_FALSE(labels_icon_row("Theo dõi sát sự chỉ đạo của cấp trên."));
  CHECK_FALSE(labels_icon_row("Kết quả đạt được trong năm qua"));
}

TEST_CASE("article tail: a box's title and a row of icons' label after the last sentence") {
  for (std::string tail :
       {"Các trao đổi mới nhất\n", "Mời bạn đọc theo dõi Báo Bình An trên\n", "Liên kết website\n",
        "Link bài viết: https://binhan.example.vn/trao-danh-sach-123.html\n"}) {
    Article a = read_with_tail(tail);
    CHECK(last_paragraph(a).ends_with("thanh niên của phường."));
    CHECK(has_warning(a, kSiteChrome));
  }
  // a writer's name after the box's title stays the byline
  Article b = read_with_tail("Bình luận mới nhất\n\nThu Trang\n");
  CHECK(b.author == "Thu Trang");
  // the source's address stays a source credit
  Article c = read_with_tail("Nguồn: https://binhan.example.vn/bai-123.html\n");
  CHECK(c.source.site != "");
}

TEST_CASE("article tail: the desk over the writer's name, a byline's label alone") {
  Article a = read_with_tail("Ban biên tập Website Đoàn phường\n\nNguyễn Thu Trang\n");
  CHECK(a.author == "Nguyễn Thu Trang");
  CHECK(last_paragraph(a).ends_with("thanh niên của phường."));
  CHECK(has_warning(a, kSiteChrome));
  Article b = read_with_tail("Thực hiện:\n\nNguyễn Thu Trang\n");
  CHECK(b.author == "Nguyễn Thu Trang");
  CHECK(last_paragraph(b).ends_with("thanh niên của phường."));
  CHECK_FALSE(has_warning(b, kSiteChrome));  // the label is the byline's, no chrome
  // a paragraph without its stop over the byline stays
  Article c = read_with_tail(
      "Kết thúc buổi lễ, các đoàn viên hứa tiếp tục phấn đấu rèn luyện\n\n"
      "Nguyễn Thu Trang\n");
  CHECK(c.author == "Nguyễn Thu Trang");
  CHECK(last_paragraph(c) == "Kết thúc buổi lễ, các đoàn viên hứa tiếp tục phấn đấu rèn luyện");
}

TEST_CASE("article tail: a subheading left last by a cut copy is a heading, no paragraph") {
  for (std::string heading :
       {"Những khó khăn cần tháo gỡ", "Khó khăn:",
        "Hai là, nâng cao chất lượng sinh hoạt chi bộ gắn với nhiệm vụ chính trị của từng đơn vị "
        "trong tình hình mới"}) {
    Article a = read_with_tail(heading + "\n");
    CHECK(last_paragraph(a).ends_with("thanh niên của phường."));
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks.back().type == BlockType::Heading);
    CHECK(a.blocks.back().text == heading);
  }
  // an item of the list above it stays a paragraph
  Article b = read_ok(InputFile{
      "bai.txt", kTitle + "\n\n" + kLead +
                     "Buổi sinh hoạt gồm hai phần.\n\nPhần 1: Sinh hoạt chi bộ thường kỳ.\n\n"
                     "Phần 2: Sinh hoạt chuyên đề về học tập và làm theo Bác\n"});
  CHECK(last_paragraph(b) == "Phần 2: Sinh hoạt chuyên đề về học tập và làm theo Bác");
  // right under the lead, a line closing a cut page is its photo's caption or its menu
  Article d =
      read_ok(InputFile{"bai.txt", kTitle + "\n\n" + kLead + "Những khó khăn cần tháo gỡ\n"});
  REQUIRE_FALSE(d.blocks.empty());
  CHECK(d.blocks.back().type != BlockType::Heading);
  // a last paragraph without its stop that says two things stays one
  Article c = read_with_tail("Buổi lễ kết thúc lúc 11 giờ. Các đoàn viên ra về trong niềm vui\n");
  CHECK(last_paragraph(c) == "Buổi lễ kết thúc lúc 11 giờ. Các đoàn viên ra về trong niềm vui");
}

TEST_CASE("article tail: a saved page's row of icons' label after the body is left out") {
  const std::string html =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><article>"
      "<h1>" +
      kTitle +
      "</h1><p>Thứ Năm, 07/03/2019 | 08:30</p>"
      "<p>Sáng 9/4, Đoàn phường Bình An tổ chức trao danh sách 14 đoàn viên ưu tú cho cấp ủy "
      "Đảng xem xét, bồi dưỡng, giới thiệu kết nạp.</p>"
      "<p>Hoạt động góp phần nâng cao chất lượng nguồn phát triển đảng viên trong thanh niên "
      "của phường, được các cấp ủy đánh giá cao.</p>"
      "<div>Mời bạn đọc theo dõi Báo Bình An trên</div>"
      "<div><a href=\"https://facebook.example/bao\"><i class=\"icon-fb\"></i></a></div>"
      "</article></body></html>";
  Article a = read_ok(InputFile{"trang.html", html});
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(last_paragraph(a).ends_with("được các cấp ủy đánh giá cao."));
  CHECK(has_warning(a, kSiteChrome));
}

TEST_CASE("article tail: a box named by its tie alone and the archive's calendar") {
  // "Cùng chuyên mục" over the section's other articles, "Xem theo ngày" over the calendar
  CHECK(names_page_box("Cùng chuyên mục"));
  CHECK(names_page_box("Cùng chủ đề:"));
  CHECK(is_tail_chrome("Xem theo ngày"));
  CHECK_FALSE(names_page_box("Cùng chung sức xây dựng nông thôn mới"));
  Article a = read_with_tail("Cùng chuyên mục\nXem theo ngày\n");
  CHECK(last_paragraph(a).ends_with("thanh niên của phường."));
  CHECK(has_warning(a, kSiteChrome));
}
