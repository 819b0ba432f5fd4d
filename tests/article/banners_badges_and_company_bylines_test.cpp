// Pages of session 45's shapes (made up, shaped as tests/fixtures/real-eval80/ and
// real-eval81/ pages): a theme's calendar badge broken over two lines, a company that posts the
// page named before its date, a credit in brackets that names a position, the site's banner
// printed twice over the title, and the chrome lines those sites print (markers).
#include <catch2/catch.hpp>
#include <string>

#include "article/byline.h"
#include "article/calendar_badge.h"
#include "article/caption.h"
#include "article/dated_paragraph.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kLead =
    "Sáng ngày 26/3/2022, tại hội trường Công ty, Đoàn Thanh niên đã tổ chức đại hội lần thứ X, "
    "nhiệm kỳ 2022 - 2027, với sự tham dự của 45 đoàn viên.\n\n";
constexpr const char* kText =
    "Đại hội đã đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua, đề ra phương hướng, nhiệm vụ "
    "cho nhiệm kỳ mới và bầu Ban Chấp hành gồm 7 đồng chí.\n\n"
    "Các đoàn viên cam kết tích cực tham gia các phong trào thi đua, xung kích trong sản xuất và "
    "hoạt động tình nguyện vì cộng đồng.\n\n";

}  // namespace

TEST_CASE("a calendar badge broken over two lines is the theme's, no topic") {
  CHECK(is_split_calendar_badge("26", "Th3"));
  CHECK(is_split_calendar_badge("5", "THG 11"));
  CHECK(is_split_calendar_badge(" 26 ", "Th3"));
  CHECK_FALSE(is_split_calendar_badge("26", "3"));       // two numbers: no month word
  CHECK_FALSE(is_split_calendar_badge("26", "Th13"));    // no month 13
  CHECK_FALSE(is_split_calendar_badge("32", "Th3"));     // no day 32
  CHECK_FALSE(is_split_calendar_badge("Số 26", "Th3"));  // the day line holds digits only
  CHECK_FALSE(is_split_calendar_badge("", "Th3"));
  CHECK_FALSE(is_split_calendar_badge("26", "Thông báo"));

  const std::string title =
      "ĐẠI HỘI ĐOÀN TNCS HỒ CHÍ MINH CÔNG TY CỔ PHẦN CẤP NƯỚC LẦN THỨ X, NHIỆM KỲ 2022-2027\n\n";
  Article a = read_text("26\nTh3\n\n" + title + kLead + kText);
  CHECK(a.topic.empty());  // the start binary read "Th3" as the topic
  CHECK(a.title.starts_with("ĐẠI HỘI ĐOÀN TNCS"));
  CHECK_FALSE(shows_text(a, "Th3"));
  CHECK(a.lead.starts_with("Sáng ngày 26/3/2022"));
  // a schedule's days printed so, two of them, stay the text's
  Article b = read_text(title + kLead +
                        "26\nTh3\n\nHọp Ban Chấp hành.\n\n27\nTh3\n\nRa quân "
                        "tình nguyện.\n\n" +
                        kText);
  CHECK(shows_text(b, "Th3"));
  // the post's badge on one line over a list whose days are split: still the post's one badge
  Article c = read_text("25Th6\n\n" + title + kLead + kText +
                        "Bài viết khác\n\n26\nTh3\n\n"
                        "Chi đoàn ra quân dọn vệ sinh môi trường\n");
  CHECK_FALSE(shows_text(c, "25Th6"));
  CHECK(c.topic.empty());
}

TEST_CASE("a company named before the date under the title posted the page") {
  constexpr bool kUnderTitle = true;
  auto d = dated("Công ty cổ phần nước sạch Bắc Ninh 15/05/2018", kUnderTitle);
  REQUIRE(d);
  CHECK(d->byline == "Công ty cổ phần nước sạch Bắc Ninh");
  CHECK(d->when.date.iso() == "2018-05-15");
  CHECK(d->rest.empty());  // no title beside the date
  auto dash = dated("Công ty TNHH MTV Cấp thoát nước Bắc Ninh - 15/05/2018", kUnderTitle);
  REQUIRE(dash);
  CHECK(dash->byline == "Công ty TNHH MTV Cấp thoát nước Bắc Ninh");
  // a title that names a company goes on with what it did: no byline
  auto told = dated("Công ty CP Sông Đà tổ chức Đại hội cổ đông 20/04/2018", kUnderTitle);
  CHECK((!told || told->byline.empty()));
  // a company named short, without its legal form, is a section's name as often: no byline
  auto section = dated("Công ty Than Vàng Danh 15/05/2018", kUnderTitle);
  CHECK((!section || section->byline.empty()));
  // on the page's first line the name is a title's subject as often (a review's probe): no byline
  auto first = dated("Công ty CP Cấp nước Huế tạm ngừng cấp nước - 15/05/2018");
  REQUIRE(first);
  CHECK(first->byline.empty());
  CHECK(first->rest == "Công ty CP Cấp nước Huế tạm ngừng cấp nước");

  Article a = read_text(
      "Hội thảo thực hiện thí điểm lập cơ sở dữ liệu giám sát xả thải (28/4)\n\n"
      "Công ty cổ phần nước sạch Bắc Ninh 15/05/2018\n\n"
      "Công ty đang triển khai hợp phần hỗ trợ kỹ thuật dự án thoát nước và xử lý nước thải "
      "trên địa bàn thành phố, với sự hỗ trợ của các chuyên gia.\n\n" +
      std::string(kText));
  CHECK(a.author == "Công ty cổ phần nước sạch Bắc Ninh");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2018-05-15");
  CHECK(a.title.starts_with("Hội thảo thực hiện thí điểm"));
  CHECK(a.lead.starts_with("Công ty đang triển khai"));  // the lead, not the posting line
  // the title that names a company, its date beside it on the first line, stays the title
  Article b = read_text("Công ty TNHH Lavie ra mắt sản phẩm mới - 02/03/2019\n\n" +
                        std::string(kLead) + kText);
  CHECK(b.title == "Công ty TNHH Lavie ra mắt sản phẩm mới");
  CHECK(b.author != "Công ty TNHH Lavie ra mắt sản phẩm mới");
}

TEST_CASE("a credit in brackets closing the text is the byline, whoever it names") {
  CHECK(byline_without_brackets("(Tin và ảnh: Chủ tịch Công đoàn Công ty)") ==
        "Tin và ảnh: Chủ tịch Công đoàn Công ty");
  CHECK(byline_without_brackets("(Thanh Huyền)") == "Thanh Huyền");
  CHECK_FALSE(parse_caption("(Tin và ảnh: Chủ tịch Công đoàn Công ty)"));
  CHECK_FALSE(parse_caption("(Tin, ảnh: Nguyễn Văn Hùng)"));
  // a caption that ends with the photo's credit is still one
  CHECK(parse_caption("Đoàn trao quà cho bà con (ảnh: Thu Hà)"));

  const std::string text = std::string(kLead) + kText;
  Article a = read_text(text + "(Tin và ảnh: Chủ tịch Công đoàn Công ty)");
  CHECK(a.author == "Chủ tịch Công đoàn Công ty");
  CHECK(captions_in(a) == 0);  // the start binary read a caption "(Tin và"
  Article b = read_text(text + "(Tin và ảnh: Nguyễn Văn Hùng)\n");
  CHECK(b.author == "Nguyễn Văn Hùng");
  CHECK(captions_in(b) == 0);
}

TEST_CASE("the site's banner printed twice over the header is chrome, never the title") {
  const std::string banner =
      "Công ty Cổ phần Môi trường và Công trình Đô thị Huế\n\nVì môi trường xanh - sạch - đẹp\n\n";
  const std::string page = banner + banner +
                           "Hotline: (0234) 3997799\n\n"
                           "Công tác thu gom và xử lý chất thải tại các khu cách ly trên địa "
                           "bàn tỉnh.\n\n30/07/2021 09:58\n\n" +
                           kLead + kText;
  Article a = read_text(page);
  CHECK(a.title == "Công tác thu gom và xử lý chất thải tại các khu cách ly trên địa bàn tỉnh.");
  CHECK(a.lead.starts_with("Sáng ngày 26/3/2022"));
  CHECK_FALSE(shows_text(a, "Vì môi trường xanh"));
  // the page's date line between the second copy and the title
  Article e = read_text(
      "Hợp tác xã chè Tân Cương\n\nChè ngon đất Thái\n\nHợp tác xã chè Tân "
      "Cương\n\nChè ngon đất Thái\n\n12/05/2022\n\nHợp tác xã chè Tân Cương "
      "xuất lô hàng đầu tiên sang Nhật Bản\n\n" +
      std::string(kLead) + kText);
  CHECK(e.title == "Hợp tác xã chè Tân Cương xuất lô hàng đầu tiên sang Nhật Bản");
  CHECK(e.topic.empty());
  // one line printed twice is no banner: a title stands so, over its date
  const std::string title = "Đoàn Thanh niên Công ty ra quân tình nguyện hè năm 2022\n\n";
  Article b = read_text(title + title + "30/07/2022 09:58\n\n" + kLead + kText);
  CHECK(b.title == "Đoàn Thanh niên Công ty ra quân tình nguyện hè năm 2022");
  // a hero box's kicker and title, printed twice, with no title of its own under them: the
  // title is among the repeated lines (a review's probes)
  Article c = read_text("VĂN HÓA\n\n" + title + "VĂN HÓA\n\n" + title + "30/07/2022 09:58\n\n" +
                        kLead + kText);
  CHECK(c.title == "Đoàn Thanh niên Công ty ra quân tình nguyện hè năm 2022");
  Article d =
      read_text(title + "30/07/2022 09:58\n\n" + title + "30/07/2022 09:58\n\n" + kLead + kText);
  CHECK(d.title == "Đoàn Thanh niên Công ty ra quân tình nguyện hè năm 2022");
  REQUIRE(d.date);
  CHECK(d.date->iso() == "2022-07-30");
}

TEST_CASE("session 45's chrome lines are left out by their markers") {
  const std::string text = std::string(kLead) + kText;
  Article a = read_text(text +
                        "Trở về đầu trang\n"
                        "Print: Print this Article Email: Print this Article Share: Share "
                        "this Article");
  CHECK_FALSE(shows_text(a, "Trở về đầu trang"));
  CHECK_FALSE(shows_text(a, "Print this Article"));
  Article b = read_text(
      "In ra giấy\nĐoàn Thanh niên Công ty tổ chức đại hội lần thứ X\n"
      "Ngày cập nhật 29.7.2014 (GMT+7)\n\n" +
      text);
  CHECK(b.topic.empty());
  CHECK(b.title == "Đoàn Thanh niên Công ty tổ chức đại hội lần thứ X");
  Article c = read_text(text + "Tin tức liên quan\n\n\nVăn bản pháp luật\nCổng thông tin điện tử");
  CHECK_FALSE(shows_text(c, "Văn bản pháp luật"));
  CHECK(c.blocks.back().text.ends_with("vì cộng đồng."));
  Article d = read_text(text + "<< Quay lại\n\nTin khác");
  CHECK_FALSE(shows_text(d, "Quay lại"));
  CHECK(captions_in(d) == 0);
}
