// Pages of session 56's shapes (made up, shaped as tests/fixtures/real-eval102/ and
// real-eval103/ pages): a ministry's department signing in brackets; a writer's team after a
// dash; a date line with the day and month joined and the year after a space; the site's clock
// over a title whose lead opens more than a year earlier; a title shaped as a section's label
// over a quotation of verse; a report's sentence printed twice over a slideshow's hint; a title
// that closes on its year after a dash.
#include <catch2/catch.hpp>
#include <string>

#include "article/click_hint.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kBody =
    "Tại buổi lễ, đại diện lãnh đạo đơn vị đã phát biểu ghi nhận những đóng góp của các tập thể, "
    "cá nhân trong phong trào thi đua yêu nước của năm qua.";
constexpr const char* kLast =
    "Các đại biểu cũng đã thảo luận, thống nhất các tiêu chí thi đua, phương pháp chấm điểm và "
    "ký kết giao ước thi đua cho năm tới.";

}  // namespace

TEST_CASE("a ministry's department signing in brackets, and a writer's team after a dash") {
  const std::string text =
      std::string("Lấy ý kiến nhân dân về đề nghị tặng thưởng Huân chương\n\n") + kBody + "\n\n" +
      kLast + "\n\n";
  CHECK(read_text(text + "(Vụ Thi đua khen thưởng)\n").author == "Vụ Thi đua khen thưởng");
  CHECK(read_text(text + "Trần Quốc Hùng - Tổ QTM\n").author == "Trần Quốc Hùng");
  // near-misses: a second writer after the dash stays; a subject group stays whole
  CHECK(read_text(text + "Trần Quốc Hùng - Lê Văn Nam\n").author == "Trần Quốc Hùng - Lê Văn Nam");
}

TEST_CASE("a date line with the day and month joined and the year after a space") {
  Article a = read_text(std::string("07.09 2022\n\nHội nghị ký kết giao ước thi đua năm 2022\n\n") +
                        kBody + "\n\n" + kLast + "\n");
  REQUIRE(a.date);
  CHECK(a.date->year == 2022);
  CHECK(a.date->month == 9);
  CHECK(a.date->day == 7);
  CHECK(a.title == "Hội nghị ký kết giao ước thi đua năm 2022");
  // a hyphen there joins a span ("7-9 2022" is no day), and the line is the title's then
  Article span = read_text(std::string("7-9 2022\n\nHội nghị ký kết giao ước thi đua\n\n") + kBody +
                           "\n\n" + kLast + "\n");
  CHECK_FALSE(span.date);
  // near-misses (the review's): a figure and its year, a score, pad no digit or name no month
  for (const char* figure : {"7.2 2022", "6.4 2022", "12/15 2021"}) {
    Article f = read_text(std::string("Hội nghị tổng kết năm\n\n") + kBody + "\n\nTăng trưởng\n\n" +
                          figure + "\n\n" + kLast + "\n");
    CHECK_FALSE(f.date);
  }
}

TEST_CASE("the site's clock over a title whose lead opens more than a year before it") {
  const std::string title = "Chùa Phổ Đà Sơn tặng quà Tết cho người dân khó khăn";
  const std::string lead =
      "Sáng ngày 1-2-2024, chùa Phổ Đà Sơn phối hợp với Ủy ban MTTQ phường 6 tổ chức trao tặng "
      "300 phần quà Tết cho người dân có hoàn cảnh khó khăn trên địa bàn phường.";
  Article a =
      read_text("Chủ Nhật, 20 Tháng 4 2025\n\n" + title + "\n\n" + lead + "\n\n" + kLast + "\n");
  CHECK(a.title == title);
  // the lead's day, told as such, not the day the page was served
  REQUIRE(a.date);
  CHECK(a.date->year == 2024);
  CHECK(a.date->month == 2);
  CHECK(a.date->day == 1);
  // near-miss: posted days after the lead's day, the date line is the article's
  Article near = read_text("Thứ Hai, 5/2/2024\n\n" + title + "\n\n" + lead + "\n\n" + kLast + "\n");
  REQUIRE(near.date);
  CHECK(near.date->day == 5);
  // near-misses (the review's): a stamp to the minute is the post's own; a lead that opens with
  // the bare day may recall what an anniversary's piece counts from
  Article stamped =
      read_text("08:30 Thứ Hai, 05/02/2024\n\n" + title + "\n\n" + lead + "\n\n" + kLast + "\n");
  REQUIRE(stamped.date);
  CHECK(stamped.date->year == 2024);
  CHECK(stamped.date->month == 2);
  Article recalled = read_text(
      "Thứ Hai, 03/02/2025\n\nĐảng bộ xã Tân Phú kỷ niệm 5 năm thành lập\n\nNgày 3/2/2020, Đảng "
      "bộ xã Tân Phú được thành lập trên cơ sở hợp nhất hai đảng bộ, với 12 chi bộ trực "
      "thuộc.\n\n" +
      std::string(kLast) + "\n");
  REQUIRE(recalled.date);
  CHECK(recalled.date->year == 2025);
  // near-miss (run-perturb's): a date alone, no weekday, over the title is the post's stamp,
  // however late the site posted the report
  Article late = read_text("22/10/2021\n\n" + title + "\n\n" + lead + "\n\n" + kLast + "\n");
  REQUIRE(late.date);
  CHECK(late.date->year == 2021);
}

TEST_CASE("a title shaped as a section's label over a quotation of verse is the title") {
  const std::string verse =
      "\"Tết trung thu bánh quà đầy mâm\nEm bé nhà ưa đứng quây quần\nĐòi hạt sen bánh dẻo đầy "
      "nhân\nEm muốn ăn bốn, năm, ba phần...\"";
  Article a = read_text("07.09 2022\n\nVUI ĐÓN TRĂNG - TRÒN KẾT NỐI\n\n" + verse + "\n\n" + kBody +
                        "\n\n" + kLast + "\n");
  CHECK(a.title == "VUI ĐÓN TRĂNG - TRÒN KẾT NỐI");
  CHECK(a.topic.empty());
  CHECK(a.lead == "\"Tết trung thu bánh quà đầy mâm");
  // near-miss: a section's label over a title, the text under it, stays the section
  Article label = read_text(
      "07.09 2022\n\nTin tức - Sự kiện\n\nHội nghị ký kết giao ước thi đua "
      "năm 2022\n\n" +
      std::string(kBody) + "\n\n" + kLast + "\n");
  CHECK(label.title == "Hội nghị ký kết giao ước thi đua năm 2022");
  // near-miss (the review's): a section's label in a word or two a part over verse stays the
  // section, the page untitled
  Article poem =
      read_text("07.09 2022\n\nTHƠ - VĂN\n\n" + verse + "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(poem.title.empty());
}

TEST_CASE("a report's sentence printed twice over a slideshow's hint shows no title") {
  const std::string sentence =
      "Vào tối ngày 16/03 qua, tại Hội trường lớn của Trường, Vòng sơ loại của cuộc thi văn nghệ "
      "\"Khát vọng tuổi trẻ\" do Đoàn khoa tổ chức đã chính thức diễn ra.";
  Article a =
      read_text(sentence + "\nClick vào ảnh để xem slide\n" + sentence + "\n" + kLast + "\n");
  CHECK(a.title.empty());
  CHECK(a.lead == sentence);
  for (const Block& b : a.blocks) CHECK(b.text.find("Click vào ảnh") == std::string::npos);
  // the hint is the page's widget; a step of a guide that ends in its stop is the text's
  CHECK(is_gallery_click_hint("Click vào ảnh để xem slide"));
  CHECK(is_gallery_click_hint("Nhấn vào hình để phóng to"));
  CHECK_FALSE(is_gallery_click_hint("Nhấn vào ảnh để phóng to."));
  CHECK_FALSE(is_gallery_click_hint("Bấm vào đây để tải văn bản"));
  CHECK(is_gallery_click_hint("Bấm vào đây để xem album ảnh"));
  // a guide's step names what it clicks: an icon, a profile's picture (the review's)
  CHECK_FALSE(is_gallery_click_hint("Nhấn vào hình mũi tên để chuyển sang bước tiếp theo"));
  CHECK_FALSE(is_gallery_click_hint("Nhấn vào ảnh đại diện để thay đổi thông tin"));
  // near-miss: a headline printed twice, no tense, stays the title
  const std::string headline = "Vòng sơ loại cuộc thi văn nghệ Khát vọng tuổi trẻ.";
  Article titled =
      read_text(headline + "\n\n" + std::string(kBody) + "\n\n" + headline + "\n\n" + kLast + "\n");
  CHECK(titled.title == headline);
}

TEST_CASE("a title that closes on its year after a dash is the title, its stop and all") {
  const std::string title = "Lễ ký kết giao ước thi đua khối ngân hàng I - Năm 2019.";
  Article a = read_text(title + "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(a.title == title);
  CHECK(a.lead == kBody);
  // near-miss: a sentence that says its year in words is the text's
  Article b = read_text(std::string("Các đơn vị đã ký kết giao ước thi đua trong năm 2019.\n\n") +
                        kBody + "\n\n" + kLast + "\n");
  CHECK(b.title.empty());
  // near-miss (the review's): a sentence that says what something is introduces the text
  Article c = read_text(std::string("Sau đây là kết quả thi đua của khối - Năm 2019.\n\n") + kBody +
                        "\n\n" + kLast + "\n");
  CHECK(c.title.empty());
}
