// Kinds of miss pooled from the pages of sites no rule was made from (real-eval32 and -33,
// held out in session 14; bench/README.md "Session 15"), each on a small made-up page: the
// mechanism, not the page's words.
#include <catch2/catch.hpp>

#include "article/header_lines.h"
#include "article/lead_date.h"
#include "article/page_widgets.h"
#include "article/reader.h"
#include "article/slogan.h"
#include "article/text_lines.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kReport =
    "Sáng 24/3/2023, Ban Chấp hành Công đoàn cơ sở Trường Mầm non Hòa Bình tổ chức Đại hội "
    "Công đoàn nhiệm kỳ 2023 - 2028 tại hội trường nhà trường, với sự tham dự của các đoàn "
    "viên công đoàn.\n\n"
    "Đại hội đã thông qua báo cáo tổng kết hoạt động công đoàn nhiệm kỳ qua, đánh giá những kết "
    "quả đạt được, những mặt còn hạn chế và đề ra phương hướng, nhiệm vụ cho nhiệm kỳ mới.\n\n";

// No date line was read: the date is the day kReport's lead opens with (article/lead_date.h),
// never the title's nor the masthead clock's.
bool no_date_line(const Article& a) {
  return a.date && a.date->iso() == "2023-03-24" &&
         has_warning(a, std::string(kDateFromLead) + "24/03/2023");
}

}  // namespace

TEST_CASE("pool15: a banner's cry ending in '!' is no title, whatever its words") {
  CHECK(cries_as_banner("CÁN BỘ, ĐOÀN VIÊN THI ĐUA LAO ĐỘNG GIỎI, LAO ĐỘNG SÁNG TẠO!"));
  CHECK(cries_as_banner("Tuổi trẻ xung kích, tình nguyện vì cộng đồng!”"));
  CHECK_FALSE(cries_as_banner("Cố lên!"));  // a cheer, no banner
  CHECK_FALSE(cries_as_banner("Đại hội thành công. Xin chúc mừng các đồng chí!"));  // sentences
  CHECK_FALSE(cries_as_banner("Đại hội Công đoàn trường thành công tốt đẹp"));

  Article a = read_text(
      "CÁN BỘ, ĐOÀN VIÊN THI ĐUA LAO ĐỘNG GIỎI, LAO ĐỘNG SÁNG TẠO!\n\n"
      "CÔNG ĐOÀN TRƯỜNG MẦM NON HÒA BÌNH TỔ CHỨC ĐẠI HỘI NHIỆM KỲ 2023-2028\n\n" +
      kReport);
  CHECK(a.title == "CÔNG ĐOÀN TRƯỜNG MẦM NON HÒA BÌNH TỔ CHỨC ĐẠI HỘI NHIỆM KỲ 2023-2028");
  CHECK(all_fields(a).find("SÁNG TẠO!") == std::string::npos);
  CHECK(has_warning(a, "site chrome left out: 1 lines"));
  CHECK(a.lead.rfind("Sáng 24/3/2023", 0) == 0);
  // the title alone over the report stays the title
  Article plain = read_text(
      "CÔNG ĐOÀN TRƯỜNG MẦM NON HÒA BÌNH TỔ CHỨC ĐẠI HỘI NHIỆM KỲ 2023-2028\n\n" + kReport);
  CHECK(plain.title == a.title);
}

TEST_CASE(
    "pool15: a sentence with its stop under an image toolbar's text is the opening photo's "
    "caption, though the lead retells it") {
  const std::string caption =
      "Ban Chấp hành Đảng bộ Quân sự huyện nhiệm kỳ 2020-2025 ra mắt đại hội.";
  const std::string body =
      "Báo cáo chính trị của Ban Chấp hành Đảng bộ Quân sự huyện nhiệm kỳ 2015-2020 khẳng định: "
      "nhiệm kỳ qua, Đảng bộ đã tập trung lãnh đạo, chỉ đạo hoàn thành tốt các mục tiêu, nhiệm "
      "vụ mà Nghị quyết Đại hội lần thứ III đề ra.\n\n"
      "Sau khi bầu Ban Chấp hành nhiệm kỳ mới, Đại hội đã rút kinh nghiệm công tác chuẩn bị và "
      "tổ chức đại hội làm trước, để các chi bộ trực thuộc tổ chức đại hội đúng kế hoạch.\n\n";
  Article a = read_text("leftcenterrightdel\n\n" + caption + "\n\n" + body);
  CHECK(a.title.empty());
  CHECK(captions_in(a) == 1);
  CHECK(a.lead.rfind("Báo cáo chính trị", 0) == 0);
  CHECK(has_warning(a, "photo leftovers left out: 1 lines"));
  // with no photo above it, the sentence the lead retells stays the title
  Article titled = read_text(caption + "\n\n" + body);
  CHECK(titled.title == caption);
  CHECK(captions_in(titled) == 0);
}

TEST_CASE("pool15: a counter box run together on one line is the page's, no title") {
  CHECK(is_page_widget_line("Tổng truy câp 9.861.433 Truy câp hiện tại 1.804"));
  CHECK(is_page_widget_line("Thống kê truy cập Tổng truy cập 9.861.433 Đang truy cập 1.804"));
  // a sentence about visits, with a count inside, is none
  CHECK_FALSE(is_page_widget_line("Tổng truy cập 9.861.433 lượt, tăng mạnh so với năm trước"));
  CHECK_FALSE(is_page_widget_line("Truy cập 1.200 Đoàn viên tham gia cuộc thi trực tuyến"));

  Article a = read_text(
      "|\n|\nThống kê truy cập Tổng truy cập 9.861.433 Truy cập hiện tại 1.804\n|\n|\n"
      "Đoàn Khối tổ chức Lễ dâng hoa, báo công lên Chủ tịch Hồ Chí Minh\n" +
      kReport);
  CHECK(a.title == "Đoàn Khối tổ chức Lễ dâng hoa, báo công lên Chủ tịch Hồ Chí Minh");
  CHECK(all_fields(a).find("9.861.433") == std::string::npos);
  CHECK(a.lead.rfind("Sáng 24/3/2023", 0) == 0);
}

TEST_CASE("pool15: a date line closing the title's line, labelled or printed twice, is the date") {
  const std::string title = "Công an xã bảo vệ an toàn Đại hội Đảng bộ xã lần thứ I";
  Article twice = read_text(title + " 01/08/2025 (01/08/2025)\n" + kReport);
  CHECK(twice.title == title);
  REQUIRE(twice.date);
  CHECK(twice.date->year == 2025);
  CHECK(twice.date->month == 8);
  CHECK(twice.date->day == 1);

  Article labelled = read_text(title + " Ngày cập nhật 02/02/2023\n" + kReport);
  CHECK(labelled.title == title);
  REQUIRE(labelled.date);
  CHECK(labelled.date->year == 2023);
  CHECK(labelled.date->day == 2);

  // a date the title's sentence gives is the title's own
  for (const std::string& own : {title + " vào ngày 15/3/2023", title + " trước 30/6/2024",
                                 std::string("Kỷ niệm Ngày 30/4/1975")}) {
    Article a = read_text(own + "\n" + kReport);
    CHECK(a.title == own);
    CHECK(no_date_line(a));
  }
}

TEST_CASE(
    "pool15: the masthead's clock glued to its hotline is the page's day, no article's date") {
  const std::string hotline = "Đường dây nóng: 0983449277 - 0913303903 - 0912325336";
  CHECK(is_phone_line(hotline + "Thứ sáu, 08/12/2023 07:18 GMT+7"));
  CHECK_FALSE(is_phone_line(hotline + " Thứ sáu tuần này"));
  CHECK_FALSE(is_phone_line("Hội nghị: 0912325336Thứ sáu, 08/12/2023 07:18 tại hội trường"));

  const std::string rest =
      "\n\nLan tỏa tình yêu biên giới trong các trường học vùng cao\n\n" + kReport;
  Article a = read_text(hotline + "Thứ sáu, 08/12/2023 07:18 GMT+7" + rest);
  CHECK(a.title == "Lan tỏa tình yêu biên giới trong các trường học vùng cao");
  CHECK(no_date_line(a));
  CHECK_FALSE(a.time);
  CHECK(all_fields(a).find("0912325336") == std::string::npos);
  CHECK(has_warning(a, "site chrome left out: 1 lines"));
  // the same clock on its own line over the title is the article's date line
  Article dated = read_text("Thứ sáu, 08/12/2023 07:18" + rest);
  CHECK(dated.title == a.title);
  CHECK(dated.date);
}

TEST_CASE(
    "pool15: the line the page printed twice under the date line is the title, not a kicker") {
  const std::string under =
      "Sáng 05/8/2024 tại Hội trường UBND xã tổ chức buổi\n"
      "Hội nghị tiếp xúc cử tri của đại biểu HĐND tỉnh sau kỳ họp thường lệ giữa năm 2024, với "
      "hơn 50 cử tri tham dự.\n"
      "Tại buổi tiếp xúc, cử tri xã đã được nghe đại biểu HĐND tỉnh thông báo dự kiến nội dung, "
      "thời gian tổ chức kỳ họp, và nêu nhiều ý kiến về quản lý đất đai, chế độ chính sách.\n";
  Article a = read_text("07/08/2024\nTiếp xúc cử tri\nTiếp xúc cử tri\n" + under);
  CHECK(a.title == "Tiếp xúc cử tri");
  CHECK(a.topic.empty());
  CHECK(a.lead.rfind("Sáng 05/8/2024", 0) == 0);
  REQUIRE(a.date);
  CHECK(a.date->day == 7);
  // printed once, the short line over the title-shaped one is the section, as before
  Article once = read_text("07/08/2024\nTiếp xúc cử tri\n" + under);
  CHECK(once.topic == "Tiếp xúc cử tri");
}

TEST_CASE("pool15: a hard-wrapped line that ends on a spaced dash or a comma goes on below") {
  auto joined = join_paragraphs({"Tổ chức thi đua với chủ đề “Chiến sĩ nhỏ Điện Biên -",
                                 "Em sẽ là đoàn viên” thi đua học tập,",
                                 "rèn luyện, tìm hiểu về Đoàn TNCS Hồ Chí Minh."});
  REQUIRE(joined.size() == 1);
  CHECK(joined[0].text ==
        "Tổ chức thi đua với chủ đề “Chiến sĩ nhỏ Điện Biên - Em sẽ là đoàn viên” thi đua học "
        "tập, rèn luyện, tìm hiểu về Đoàn TNCS Hồ Chí Minh.");
  // a list's items under their lead stay apart, as does a capital under a comma
  CHECK(join_paragraphs({"Thành phần gồm:", "a) Bí thư chi bộ;", "b) Phó Bí thư chi bộ."}).size() ==
        3);
  CHECK(join_paragraphs({"Đảng bộ nhiệm kỳ 2025-2030,", "Hôm nay, ngày 24/4/2025, Đảng bộ …"})
            .size() == 2);
  CHECK(join_paragraphs({"Tin tức", "- Sự kiện"}).size() == 2);

  // the page: a title line wrapped at its dash, then its text, is read whole
  Article a = read_text(
      "Đại hội Đảng bộ Trường Cao đẳng Du lịch –\n"
      "Thương mại lần thứ VI, nhiệm kỳ 2025 – 2030 thành công tốt đẹp\n"
      "Với tinh thần dân chủ,\n"
      "đoàn kết, đổi mới và phát triển, Đại hội Đảng bộ Trường Cao đẳng Du lịch – Thương mại "
      "lần thứ VI đã diễn ra thành công tốt đẹp.\n"
      "Đại hội đã đánh giá toàn diện kết quả thực hiện Nghị quyết nhiệm kỳ 2020 – 2025 và đề "
      "ra phương hướng, nhiệm vụ cho nhiệm kỳ mới của Đảng bộ nhà trường.\n");
  CHECK(a.title ==
        "Đại hội Đảng bộ Trường Cao đẳng Du lịch – Thương mại lần thứ VI, nhiệm kỳ 2025 – 2030 "
        "thành công tốt đẹp");
  CHECK(a.lead.rfind("Với tinh thần dân chủ, đoàn kết", 0) == 0);
}
