// Shapes that unseen sites print (real-eval14 … -16's misses, issue 9), each on a small made-up
// page: a source credit at the end, a newsroom role glued to the name, and the rules after them.
#include <catch2/catch.hpp>

#include "article/by_line.h"
#include "article/byline.h"
#include "article/header_lines.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ khu phố 3 tổng kết công tác xây dựng Đảng năm 2023\n\n";
const std::string kLead =
    "Sáng 12/12, Chi bộ khu phố 3 tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023 và "
    "triển khai phương hướng, nhiệm vụ năm 2024 với sự tham dự của 40 đảng viên.\n\n";
const std::string kBody =
    "Năm qua, chi bộ đã lãnh đạo hoàn thành các chỉ tiêu đề ra, kết nạp 2 đảng viên mới và "
    "vận động nhân dân đóng góp xây dựng đường giao thông nông thôn trong khu phố.\n\n";

}  // namespace

TEST_CASE("unseen shapes: a source credit at the end names no writer") {
  CHECK(author_in_byline("Nguồn: Trung tâm Truyền hình tỉnh").empty());
  CHECK(author_in_byline("Nguồn tin: Văn phòng Đảng ủy phường").empty());
  CHECK(read_text(kTitle + kLead + kBody + "Nguồn: Đài Phát thanh huyện\n").author.empty());
  Article a = read_text(kTitle + kLead + kBody + "Nguồn tin: VP Đảng ủy xã\n");
  CHECK(a.author.empty());
  CHECK(a.blocks.back().text.find("Nguồn") == std::string::npos);
  // a name before the credit is the writer's
  CHECK(author_in_byline("Lê Hà") == "Lê Hà");
}

TEST_CASE("unseen shapes: a newsroom role glued to the writer's name by a dash comes off") {
  CHECK(author_in_byline("CTV- Trần Mai") == "Trần Mai");
  CHECK(author_in_byline("PV - Trần Mai") == "Trần Mai");
  CHECK(author_in_byline("CTV: Trần Mai") == "Trần Mai");
  CHECK(read_text(kTitle + kLead + kBody + "CTV- Trần Mai\n").author == "Trần Mai");
  // a name that is no role stays whole
  CHECK(author_in_byline("Vũ- Trần Mai") == "Vũ- Trần Mai");
}

TEST_CASE("unseen shapes: midnight on a date line is no time the article was posted") {
  Article a = read_text(kTitle + "15/11/2023 00:00\n\n" + kLead + kBody);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2023-11-15");
  CHECK_FALSE(a.time);
  CHECK_FALSE(read_text(kTitle + "Thứ tư, 15/11/2023, 0:0\n\n" + kLead + kBody).time);
  CHECK(read_text(kTitle + "15/11/2023 00:05\n\n" + kLead + kBody).time == "00:05");
}

TEST_CASE("unseen shapes: writer, date and views on one line parted by stops") {
  const std::string title = "Đảng ủy phường An Lạc sơ kết công tác quý III.\n";
  Article a = read_text(title + "Tác giả: Hồ Văn Tâm .Ngày đăng: 05/10/2023 .Lượt xem: 88 lượt.\n" +
                        kLead + kBody);
  CHECK(a.title == "Đảng ủy phường An Lạc sơ kết công tác quý III.");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2023-10-05");
  CHECK(a.author == "Hồ Văn Tâm");
  CHECK(a.lead.starts_with("Sáng 12/12"));
  auto given = labelled_particulars("Người đăng: Admin | Ngày: 05/10/2023 | Lượt xem: 12");
  REQUIRE(given);
  CHECK(given->when.date.iso() == "2023-10-05");
  // a sentence with a date in it is no particulars
  CHECK_FALSE(labelled_particulars("Ngày đăng: 05/10/2023. Hội nghị đã thông qua nghị quyết."));
  CHECK_FALSE(labelled_particulars("Tác giả: Hồ Văn Tâm .Lượt xem: 88"));  // no date
}

TEST_CASE("unseen shapes: a banner's alt text and a portal's portlet name are no topic") {
  Article a = read_text("Banner Huyện ủy Tân Lạc (Home-top-2)\n\n" + kTitle + kLead + kBody);
  CHECK(a.topic.empty());
  CHECK(a.title == "Chi bộ khu phố 3 tổng kết công tác xây dựng Đảng năm 2023");
  CHECK(read_text("Asset Publisher\n\n" + kTitle + kLead + kBody).topic.empty());
  // a section's name stays the topic
  CHECK(read_text("Xây dựng Đảng\n\n" + kTitle + kLead + kBody).topic == "Xây dựng Đảng");
}

TEST_CASE("unseen shapes: the title again inside the body stands for a photo over its caption") {
  const std::string again = "Chi bộ khu phố 3 tổng kết công tác xây dựng Đảng năm 2023\n\n";
  Article a = read_text(kTitle + kLead + kBody + again +
                        "Đảng viên chi bộ khu phố 3 biểu quyết thông qua nghị quyết.\n\n" + kBody);
  CHECK(captions_in(a) == 1);
  // a print view's repeated header: the title, then the writer
  Article b = read_text(kTitle + kLead + kBody + again + "Lê Thu Hà\n\n" + kBody);
  CHECK(captions_in(b) == 0);
}

TEST_CASE("unseen shapes: the page's clock above the title, the article's date under it") {
  Article a = read_text("Thứ Ba, ngày 05/03/2024 10:12 AM (GMT+7)\n\n" + kTitle +
                        "author Thứ Sáu, ngày 15/12/2023 07:30 AM (GMT+7)\n\n" + kLead + kBody);
  CHECK(a.title == "Chi bộ khu phố 3 tổng kết công tác xây dựng Đảng năm 2023");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2023-12-15");
  CHECK(a.time == "07:30");
  CHECK(a.topic.empty());
  CHECK(a.author.empty());
  CHECK(is_template_label("author"));
  CHECK_FALSE(is_template_label("Tin"));
  CHECK_FALSE(is_template_label("ngày"));
}

TEST_CASE(
    "unseen shapes: a breadcrumb whose separators were lost, from the home link to the title") {
  const std::string title = "Đảng bộ Công ty Than Hòn Gai hoàn thành đại hội chi bộ";
  Article a = read_text("Thứ 2, 11/03/2024\n\nHome Tin tức - Sự kiện " + title + "\n\n" + title +
                        "\n\n" + kLead + kBody);
  CHECK(a.title == title);
  CHECK(a.topic == "Tin tức - Sự kiện");
  CHECK_FALSE(a.date);  // the header's clock above the breadcrumb is the day the page was read
  CHECK(section_in_crumb_to("Trang chủ Hoạt động - Tin tức " + title, title) ==
        "Hoạt động - Tin tức");
  CHECK_FALSE(section_in_crumb_to("Trang chủ Tin tức Giới thiệu " + title, title));  // a menu
  CHECK_FALSE(section_in_crumb_to("Home Tin TứcGiới thiệu " + title, title));        // glued menu
  CHECK_FALSE(section_in_crumb_to("Tin tức " + title, title));                       // no home link
}

TEST_CASE("unseen shapes: the writer's name and position under the sapo sign the article") {
  Article a = read_text(kTitle + kLead + "Trần Quốc Bảo\n\nBí thư Đảng ủy phường An Lạc\n\n" +
                        kBody + kBody);
  CHECK(a.author == "Trần Quốc Bảo");
  CHECK(a.blocks.front().text.starts_with("Năm qua"));
}

TEST_CASE("unseen shapes: 'Xem bình luận' after the text is chrome") {
  Article a = read_text(kTitle + kLead + kBody + "Xem bình luận\n");
  CHECK(a.blocks.back().text.starts_with("Năm qua"));
}

TEST_CASE("unseen shapes: 'Bởi X - Đăng tải ngày D' over the title gives the writer and the date") {
  Article a =
      read_text("Bởi Nguyễn Văn Hùng - Đăng tải ngày 02/05/2024\n\n" + kTitle + kLead + kBody);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2024-05-02");
  CHECK(a.author == "Nguyễn Văn Hùng");
  CHECK(a.title == "Chi bộ khu phố 3 tổng kết công tác xây dựng Đảng năm 2023");
  CHECK(by_line_name("Bởi Ban biên tập") == "Ban biên tập");
  CHECK_FALSE(by_line_name("bởi vì thế"));
  // a reason under a question title is the lead, not a writer
  CHECK_FALSE(by_line_name("Bởi Cán bộ là gốc"));
  Article q =
      read_text("Vì sao cán bộ phải gần dân?\n\nBởi Dân là gốc mọi việc\n\n" + kBody + kBody);
  CHECK(q.author.empty());
  CHECK(q.lead.starts_with("Bởi Dân là gốc"));
}

TEST_CASE("unseen shapes: a photo's file name without its extension is no paragraph") {
  for (std::string stem :
       {"z4410693020981 a3d405ccef78ab058df80d81cf7cab6f", "IMG_20230512_093012"}) {
    Article a = read_text(kTitle + kLead + stem + "\n\n" + kBody + kBody);
    for (const Block& b : a.blocks) CHECK(b.text.find(stem) == std::string::npos);
    CHECK(a.blocks.front().text.starts_with("Năm qua"));
  }
  // a number alone, or a word of a sentence, stays
  Article b = read_text(kTitle + kLead + "Hội nghị 2023 thành công\n\n" + kBody + kBody);
  CHECK(b.blocks.front().text == "Hội nghị 2023 thành công");
}

TEST_CASE("unseen shapes: a gallery's photo names on one line are no paragraph") {
  std::string names;
  for (int i = 0; i < 6; ++i)
    names += "z489785518915" + std::to_string(i) + "_b3cf0297f56677c69192d2450e12e02" +
             std::to_string(i) + " ";
  Article a = read_text(kTitle + kLead + names + "\n\n" + kBody + kBody);
  for (const Block& b : a.blocks) CHECK(b.text.find("z489785518915") == std::string::npos);
  CHECK(a.blocks.front().text.starts_with("Năm qua"));
}

TEST_CASE("unseen shapes: photo names glued after a paragraph's last sentence come off it") {
  const std::string para =
      "Chi đoàn nhà trường tham gia hội diễn văn nghệ quần chúng do huyện phối hợp tổ chức.";
  Article a = read_text(kTitle + kLead + para +
                        " fac60bbdf7417fc2a20011d8b9b93e08 fca644fbe819e36a367d99c2421cb7c3\n\n" +
                        kBody + kBody);
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks.front().text == para);
  // a name the sentence itself mentions, before its stop, stays
  const std::string named = "Ảnh gửi về hộp thư mang tên IMG_20230512_093012.";
  Article b = read_text(kTitle + kLead + named + "\n\n" + kBody + kBody);
  REQUIRE(!b.blocks.empty());
  CHECK(b.blocks.front().text == named);
}

TEST_CASE("unseen shapes: the topic box's tag after the text is chrome") {
  Article a = read_text(kTitle + kLead + kBody + "Chủ đề XÂY DỰNG ĐẢNG TRONG SẠCH VỮNG MẠNH\n");
  CHECK(a.blocks.back().text.starts_with("Năm qua"));
  // a sentence about the theme stays
  Article b = read_text(kTitle + kLead + kBody + "Chủ đề của hội nghị là đoàn kết.\n\n" + kBody);
  CHECK(b.blocks.at(1).text == "Chủ đề của hội nghị là đoàn kết.");
}

TEST_CASE("unseen shapes: a title's words then 'ảnh 1' is a photo's placeholder") {
  Article a = read_text(
      kTitle + kLead + kBody +
      "Chi bộ khu phố 3 tổng kết công tác xây dựng Đảng ảnh 1\n\nTS. Lê Văn Hòa\n\n" + kBody);
  for (const Block& b : a.blocks) CHECK(b.text.find("ảnh 1") == std::string::npos);
  // a short line or a sentence keeps its words
  Article b = read_text(kTitle + kLead + kBody + "Xem ảnh 1\n\n" + kBody);
  CHECK(b.blocks.at(1).text == "Xem ảnh 1");
}

TEST_CASE("unseen shapes: an update line under the title leaves the date above it the article's") {
  Article a = read_text("07/04/2025 07:45\n\n" + kTitle + "Cập nhật lúc 09/04/2025 16:10\n\n" +
                        kLead + kBody);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2025-04-07");
  // an upper date before the lower one is no reading day's clock either
  Article b = read_text("07/04/2025 07:45\n\n" + kTitle + "09/04/2025 16:10\n\n" + kLead + kBody);
  REQUIRE(b.date);
  CHECK(b.date->iso() == "2025-04-07");
}

TEST_CASE("unseen shapes: a title opening with 'Banner' or 'Logo' stays the title") {
  for (std::string title : {"Banner cổ động chào mừng Đại hội Đảng bộ huyện lần thứ XX",
                            "Logo mới của Đoàn Thanh niên xã Tân Phú được công bố"}) {
    Article a = read_text(title + "\n\n18/02/2025 09:30\n\n" + kLead + kBody);
    CHECK(a.title == title);
  }
}
