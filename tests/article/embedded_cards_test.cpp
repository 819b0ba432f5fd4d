// Cards of other articles embedded in an article's body (article/embedded_cards.h): a page
// made for the test, in the form of a real saved page whose editor inserted such cards.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kParagraphs =
    "<p>Ba đảng viên mới đều là những đoàn viên tích cực, gương mẫu trong lao động, sản xuất "
    "và các phong trào của địa phương, được chi bộ bồi dưỡng, giúp đỡ trong nhiều năm.</p>"
    "<p>Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã mong các đảng viên mới tiếp tục rèn "
    "luyện, phấn đấu, xứng đáng với niềm tin của chi bộ và của nhân dân trong xã.</p>"
    "<p>Năm nay, Đảng bộ xã phấn đấu kết nạp thêm mười đảng viên mới, chú trọng đoàn viên "
    "thanh niên, người lao động giỏi và những người có uy tín ở các thôn, ấp.</p>";

std::string card(const std::string& title, const std::string& description) {
  return "<article class=\"insert-card\" data-embed=\"article\"><a href=\"/bai-khac.html\" "
         "title=\"" +
         title + "\"><h3>" + title + "</h3></a><p>" + description + "</p></article>";
}

std::string page(const std::string& body) {
  return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body>"
         "<h1>Xã Tân Hòa kết nạp ba đảng viên mới</h1><p class=\"sapo\">Sáng 12/4, Đảng ủy xã "
         "Tân Hòa tổ chức lễ kết nạp ba quần chúng ưu tú vào Đảng.</p><div class=\"maincontent\">" +
         body + "</div></body></html>";
}

}  // namespace

TEST_CASE("embedded cards: another article's card inside the body is left out") {
  Article a =
      read_ok(InputFile{"trang.html", page(kParagraphs +
                                           card("Huyện Tân Phú trao Huy hiệu Đảng đợt 3/2",
                                                "Sáng nay, huyện Tân "
                                                "Phú tổ chức trao Huy "
                                                "hiệu Đảng cho 40 đảng "
                                                "viên lão thành.") +
                                           card("Chi bộ ấp 3 sinh hoạt chuyên đề",
                                                "Chi bộ ấp 3 đã chọn chuyên đề về học tập và "
                                                "làm theo tư tưởng, đạo đức Hồ Chí Minh."))});
  std::string fields = all_fields(a);
  CHECK(fields.find("lão thành") == std::string::npos);
  CHECK(fields.find("chuyên đề") == std::string::npos);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("ở các thôn, ấp."));
}

TEST_CASE("embedded cards: the article's own <article> inside a wrapper is read") {
  Article a = read_ok(InputFile{
      "trang.html", page("<article class=\"detail\"><a href=\"/tag/dang-vien\">Đảng viên</a>" +
                         kParagraphs + "</article>")});
  REQUIRE(a.blocks.size() >= 2);
  CHECK(all_fields(a).find("Phát biểu tại buổi lễ") != std::string::npos);
}

TEST_CASE("embedded cards: an article's own sections in <article> elements are read") {
  std::string sections;
  for (int i = 1; i <= 6; ++i)
    sections += "<article class=\"section\"><h2>Phần " + std::to_string(i) +
                ": nhiệm vụ của chi bộ</h2><p>Chi bộ ấp học tập, quán triệt <a "
                "href=\"/luat\">Điều lệ Đảng</a> và các nghị quyết của cấp trên, gắn với "
                "nhiệm vụ phát triển kinh tế, xã hội của địa phương trong năm.</p><p>Các "
                "đảng viên được phân công phụ trách từng nhóm hộ, thường xuyên nắm tình hình "
                "và kịp thời báo cáo chi ủy những việc phát sinh ở khu dân cư.</p></article>";
  Article a = read_ok(InputFile{"trang.html", page(sections)});
  std::string fields = all_fields(a);
  CHECK(fields.find("Phần 1") != std::string::npos);
  CHECK(fields.find("Phần 6") != std::string::npos);
  CHECK(a.blocks.size() >= 12);
}
