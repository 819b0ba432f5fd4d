// The article's own heading in capitals under the page's title (article/capitals_heading.h),
// and the fitted scorer's override held to the page's order (title_override.h), each on a
// small made-up page.
#include "article/capitals_heading.h"

#include <catch2/catch.hpp>

#include "article/fitted_title.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPageTitle = "Mười lăm năm Đảng bộ Công ty Cấp nước Sông Lam";
const std::string kHeading = "ĐẢNG BỘ CÔNG TY CẤP NƯỚC SÔNG LAM: CHẶNG ĐƯỜNG MƯỜI LĂM NĂM XÂY DỰNG";
const std::string kBody =
    "Trải qua mười lăm năm xây dựng và trưởng thành, Đảng bộ Công ty đã lãnh đạo cán bộ, công "
    "nhân viên vượt qua nhiều khó khăn, hoàn thành tốt nhiệm vụ cấp nước cho nhân dân.\n\n"
    "Nhiệm kỳ tới, Đảng ủy Công ty tập trung nâng cao năng lực lãnh đạo, sức chiến đấu của các "
    "chi bộ, gắn công tác xây dựng Đảng với nhiệm vụ sản xuất, kinh doanh của đơn vị.\n";

}  // namespace

TEST_CASE("capitals heading: the shape of a page title over the article's heading in capitals") {
  CHECK(capitals_heading_under_title(kPageTitle, kHeading));
  CHECK_FALSE(capitals_heading_under_title(kHeading, kPageTitle));  // capitals over small letters
  CHECK_FALSE(capitals_heading_under_title("Tin tức", kHeading));   // a box's name, no title
  CHECK_FALSE(capitals_heading_under_title(kPageTitle, "Chặng đường mười lăm năm xây dựng"));
  CHECK_FALSE(capitals_heading_under_title(kPageTitle, "VIDEO"));  // two capitals
  // the heading restates the title (more than half its words); a kicker, a series' name, a
  // contest's, names it in words of its own, whatever its length
  CHECK_FALSE(capitals_heading_under_title(
      "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      "HUYỆN PHÚ LÂM: LAN TỎA VIỆC HỌC TẬP VÀ LÀM THEO BÁC TRONG CÁC CHI BỘ"));
  CHECK_FALSE(capitals_heading_under_title(
      "Bài dự thi Giải Búa liềm vàng Khối Doanh nghiệp Trung ương năm 2023",
      "XÂY DỰNG CHI ĐOÀN VỮNG MẠNH ĐÁP ỨNG YÊU CẦU NHIỆM VỤ TRONG GIAI ĐOẠN MỚI"));
}

TEST_CASE("capitals heading: the page's title over the article's heading over the date line") {
  // the archive's layout: the date line third
  Article a = read_text(kPageTitle + "\n\n" + kHeading + "\n\n14/07/2017\n\n" + kBody);
  CHECK(a.title == kPageTitle);
  CHECK(a.topic.empty());
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2017-07-14");
  CHECK(a.lead.rfind("Trải qua mười lăm năm", 0) == 0);
  // the heading is the body's first block, over the lead; a sapo whose stop the page left out
  // (20 words or more) is the lead under it all the same
  const std::string sapo =
      "Phần 2: CHẶNG ĐƯỜNG PHÍA TRƯỚC (Trích Báo cáo chính trị của Ban Chấp hành Đảng bộ Công "
      "ty Cấp nước Sông Lam tại Đại hội nhiệm kỳ 2025 – 2030)";
  Article deck =
      read_text(kPageTitle + "\n\n" + kHeading + "\n\n14/07/2017\n\n" + sapo + "\n\n" + kBody);
  CHECK(deck.title == kPageTitle);
  CHECK(deck.lead == sapo);
  REQUIRE(!deck.blocks.empty());
  CHECK(deck.blocks.front().type == BlockType::Heading);
  CHECK(deck.blocks.front().text == kHeading);
  CHECK(deck.lead_at == 1);
  // a page's layout: the site's lines over it, the date line further down
  Article page = read_text("Cổng thông tin điện tử\n\nTrang chủ\n\nGiới thiệu\n\n" + kPageTitle +
                           "\n\n" + kHeading + "\n\nNgày đăng: 14/07/2017\n\n" + kBody);
  CHECK(page.title == kPageTitle);
  // a section's name over a title in capitals stays the kicker: a word or two is no page
  // title, and a page title of a section's shape (at most 8 words, no digit) stands where
  // sections stand
  for (std::string section :
       {"Tin tức", "Tin tức - Sự kiện", "Hoạt động Đảng - Đoàn thể", "Đảng bộ huyện Phú Lâm"}) {
    INFO(section);
    Article kicker = read_text(section + "\n\n" + kHeading + "\n\n14/07/2017\n\n" + kBody);
    CHECK(kicker.title == kHeading);
    Article page = read_text("Trang chủ\n\nGiới thiệu\n\nLiên hệ\n\n" + section + "\n\n" +
                             kHeading + "\n\nNgày đăng: 14/07/2017\n\n" + kBody);
    CHECK(page.title == kHeading);
  }
  CHECK(title_over_capitals_heading(kPageTitle, kHeading));
  CHECK_FALSE(title_over_capitals_heading("Đảng bộ huyện Phú Lâm", kHeading));
  CHECK(capitals_heading_under_title("Đảng bộ huyện Phú Lâm", kHeading));
  // a series' name in small letters over a title in capitals: the kicker
  std::string series_caps = "HUYỆN PHÚ LÂM: LAN TỎA VIỆC HỌC TẬP VÀ LÀM THEO BÁC TRONG CÁC CHI BỘ";
  Article over_caps =
      read_text("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n\n" + series_caps +
                "\n\n14/07/2017\n\n" + kBody);
  CHECK(over_caps.title == series_caps);
  // a kicker in small letters over a title in small letters: the lower is the title
  std::string series = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
  Article small = read_text(series + "\n\n" + kPageTitle + "\n\n14/07/2017\n\n" + kBody);
  CHECK(small.title == kPageTitle);
}

TEST_CASE("capitals heading: the scorer does not move the title down onto the heading") {
  // the page's title, a photo's file name, the article's heading in capitals, the body: the
  // scorer, sure of the line in capitals, would take it; the page's order keeps the upper
  const std::string title = "Ngành Tổ chức Đảng";
  const std::string heading = "TRUYỀN THỐNG NGÀNH TỔ CHỨC XÂY DỰNG ĐẢNG HUYỆN PHÚ LÂM";
  const std::string page =
      title + "\n\ntochuc\n\n" + heading +
      "\n\nNgày 30/4/1979, huyện được tái thành lập, công tác tổ chức của Đảng gắn liền với sự "
      "lãnh đạo của Đảng nên Huyện ủy đã quyết định thành lập Ban Tổ chức Huyện ủy có ba thành "
      "viên. Đến năm 1981, Đại hội tiếp tục bầu Ban Chấp hành gồm mười lăm đồng chí.\n\n"
      "Ban Tổ chức Huyện ủy có từ ba đến năm thành viên. Nơi Ban có ba thành viên thì đồng chí "
      "Phó Bí thư Thường trực Huyện ủy kiêm Trưởng ban.\n";
  auto fitted = fitted_title(page);
  REQUIRE(fitted);
  CHECK(fitted->line == heading);
  CHECK(fitted->score >= fitted_title_override_score());
  Article a = read_text(page);
  CHECK(a.title == title);
  CHECK_FALSE(has_warning(a, "title chosen by the title scorer"));
}

TEST_CASE("capitals heading: the scorer does not take a caption printed twice over the title") {
  // a photo's alt text and caption, the same line twice, over the title and a lead that
  // retells none of it (header_shapes.h doubled_line: a caption): the scorer, sure of the
  // caption, would take it for the title
  const std::string caption =
      "Hội nghị Trung ương tiếp tục khẳng định công tác cán bộ là khâu then chốt của then chốt";
  const std::string title =
      "Kiên quyết loại bỏ những “con sâu”, nhân dân sẽ đặt trọn niềm tin vào Đảng";
  const std::string body =
      "(PV) Nhân dịp kỷ niệm 79 năm Cách mạng tháng Tám và Quốc khánh 2/9 (1945-2024), cũng là "
      "dịp tưởng nhớ ngày Chủ tịch Hồ Chí Minh đi xa, chúng ta rất tự hào về một Đảng chân chính "
      "đã lãnh đạo nhân dân làm nên những thắng lợi to lớn, đưa đất nước vượt qua muôn vàn khó "
      "khăn, thử thách để vững bước đi lên trên con đường đổi mới.\n\n"
      "Song, chúng ta cũng không khỏi trăn trở khi niềm tin của nhân dân có lúc bị ảnh hưởng bởi "
      "những vụ việc tiêu cực, những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống "
      "của một bộ phận cán bộ, đảng viên. Phóng viên đã trao đổi với một chuyên gia về công tác "
      "xây dựng Đảng trong giai đoạn mới của đất nước.\n";
  const std::string page = caption + "\n\n" + caption + "\n\n" + title + "\n\n" + body;
  auto fitted = fitted_title(page);
  REQUIRE(fitted);
  CHECK(fitted->line == caption);
  CHECK(fitted->score >= fitted_title_override_score());
  Article a = read_text(page);
  CHECK(a.title == title);
  REQUIRE(!a.lead.empty());
  CHECK(a.lead.find("Nhân dịp kỷ niệm 79 năm") != std::string::npos);
  CHECK(all_fields(a).find("Hội nghị Trung ương tiếp tục") == std::string::npos);
}
