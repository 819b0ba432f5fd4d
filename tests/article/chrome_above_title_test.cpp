// The page's chrome above the title, read as the topic or the title on unseen sites (session
// 19's held-out pages): a search box's label, the site's clock, a widget's hint to the reader,
// a commune's masthead in capitals, and a print view that opens at its first photo's caption.
// Made-up pages in those shapes, and the near misses that must stay as they are read.
#include <catch2/catch.hpp>

#include "article/click_hint.h"
#include "article/local_unit_name.h"
#include "article/page_line.h"
#include "article/page_widgets.h"
#include "article/reader.h"
#include "article/slogan.h"
#include "article/untitled_page.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ khu phố 3 tổ chức lễ kết nạp đảng viên mới năm 2024";
const std::string kBody =
    "Sáng ngày 20/10, Chi bộ khu phố 3 đã tổ chức lễ kết nạp đảng viên mới cho hai quần chúng "
    "ưu tú là đoàn viên của chi đoàn khu phố.\n\n"
    "Buổi lễ diễn ra trang trọng với sự tham dự của đông đủ đảng viên trong chi bộ và đại "
    "diện Đảng ủy phường, cùng gia đình của hai đảng viên mới.\n\n"
    "Minh Anh\n";

}  // namespace

TEST_CASE("chrome above title: a search box's label is a widget line") {
  CHECK(is_page_widget_line("Tìm kiếm tin tức"));
  CHECK(is_page_widget_line("Tìm kiếm nâng cao"));
  CHECK(is_page_widget_line("TÌM KIẾM:"));
  CHECK(is_page_widget_line("Nhập từ khóa tìm kiếm"));
  // a title or a section that opens with the same verb searches for something else
  CHECK_FALSE(is_page_widget_line("Tìm kiếm tài năng trẻ"));
  CHECK_FALSE(is_page_widget_line("Tìm kiếm giải pháp nâng cao chất lượng sinh hoạt chi bộ"));
}

TEST_CASE("chrome above title: a search box's label over the title is no topic") {
  Article a = read_text("Tìm kiếm tin tức\n\n" + kTitle + "\n\n20/10/2024 08:15\n\n" + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
}

TEST_CASE("chrome above title: the title over its date line stays, the sapo under it") {
  // "<title>", "Ngày cập nhật …" on the next line, a sapo with no stop: the title stands over
  // the date line, the sapo under it is the lead
  const std::string sapo =
      "Phường Đông Hòa tổ chức nhiều hoạt động nhân ngày hội đại đoàn kết toàn dân tộc ở các "
      "khu phố";
  Article a = read_text(
      "Tìm kiếm tin tức\n\nNgày hội đại đoàn kết toàn dân\nNgày cập nhật "
      "14/11/2008\n\n" +
      sapo + "\n\n" + kBody);
  CHECK(a.title == "Ngày hội đại đoàn kết toàn dân");
  CHECK(a.topic.empty());
  REQUIRE(a.date.has_value());
  CHECK(a.date->iso() == "2008-11-14");
  CHECK(a.lead.starts_with("Phường Đông Hòa"));
}

TEST_CASE("chrome above title: the site's clock is a widget line, not the article's date") {
  CHECK(is_page_widget_line("Hôm nay:16/09/2024"));
  CHECK(is_page_widget_line("Hôm nay: Thứ Hai, 16/09/2024"));
  CHECK(is_page_widget_line("HÔM NAY LÀ 16/09/2024"));
  CHECK_FALSE(is_page_widget_line("Hôm nay là ngày hội lớn của toàn dân"));
  CHECK_FALSE(is_page_widget_line("Hôm nay 16/09/2024 chi bộ họp"));
  Article a = read_text(
      "CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ PHƯỜNG ĐÔNG HÒA\n\n"
      "Hôm nay:16/09/2024\n\n" +
      kTitle + "\n\n" + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK_FALSE(a.date.has_value());
}

TEST_CASE("chrome above title: a widget's hint to the reader is a page line") {
  CHECK(is_click_hint("Bấm vào hình để xem kích thước thật"));
  CHECK(is_click_hint("Nhấn vào ảnh để phóng to"));
  CHECK(is_click_hint("Click vào đây để tải về"));
  CHECK(is_click_hint("Click to enlarge"));
  CHECK(is_page_line("Bấm vào hình để xem kích thước thật"));
  // "nhấn mạnh" (stress) clicks nothing; a click that says no purpose is no hint
  CHECK_FALSE(is_click_hint("Nhấn mạnh vai trò của chi bộ để xây dựng Đảng trong sạch"));
  CHECK_FALSE(is_click_hint("Bấm vào hình"));
  CHECK_FALSE(is_click_hint("Kích hoạt phong trào thi đua để chào mừng Đại hội"));
}

TEST_CASE("chrome above title: a widget's hint over the title is no topic") {
  Article a = read_text("Bấm vào hình để xem kích thước thật\n\n" + kTitle +
                        "\n\nNgày đăng:  23/12/2020\n\n" + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
}

TEST_CASE("chrome above title: a step of the text worded as a hint stays in the text") {
  Article a = read_text(kTitle + "\n\n20/10/2024 08:15\n\n" + kBody.substr(0, kBody.find("Minh")) +
                        "Bấm vào nút Gửi để hoàn tất việc đăng ký.\n\nMinh Anh\n");
  bool kept = false;
  for (const Block& b : a.blocks) kept = kept || b.text.starts_with("Bấm vào nút Gửi");
  CHECK(kept);
}

TEST_CASE("chrome above title: a local government's name in capitals is its masthead") {
  CHECK(is_local_unit_name_in_capitals("XÃ ĐÔNG SƠN"));
  CHECK(is_local_unit_name_in_capitals("UBND PHƯỜNG 5"));
  CHECK(is_local_unit_name_in_capitals("ĐẢNG BỘ HUYỆN TÂN PHÚ"));
  CHECK(is_local_unit_name_in_capitals("UỶ BAN NHÂN DÂN THỊ TRẤN NA HANG"));
  CHECK(is_local_unit_name_in_capitals("QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH"));
  CHECK(names_no_section("XÃ ĐÔNG SƠN"));
  // a section in capitals, a Party committee, a name in sentence case, a title in capitals
  CHECK_FALSE(is_local_unit_name_in_capitals("XÃ HỘI"));
  CHECK_FALSE(is_local_unit_name_in_capitals("TỈNH ỦY"));
  CHECK_FALSE(is_local_unit_name_in_capitals("HUYỆN ĐOÀN"));
  CHECK_FALSE(is_local_unit_name_in_capitals("Xã Đông Sơn"));
  CHECK_FALSE(is_local_unit_name_in_capitals("XÂY DỰNG ĐẢNG"));
  CHECK_FALSE(is_local_unit_name_in_capitals("XÃ ĐÔNG SƠN TRI ÂN CÁC GIA ĐÌNH CHÍNH SÁCH"));
  CHECK_FALSE(is_local_unit_name_in_capitals("XÃ ĐÔNG SƠN - TIN TỨC"));
}

TEST_CASE("chrome above title: a commune's masthead over the title is no topic") {
  const std::string title = "XÃ ĐÔNG SƠN TRI ÂN CÁC GIA ĐÌNH CHÍNH SÁCH NHÂN NGÀY 27/7";
  Article a = read_text("XÃ ĐÔNG SƠN\n\nA- A A+ | Tăng tương phản Giảm tương phản\n\n" + title +
                        "\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.topic.empty());
}

TEST_CASE(
    "chrome above title: a commune's folder in sentence case and a section in capitals "
    "stay topics") {
  const std::string title = "Xã Đông Sơn tổ chức Đại hội Mặt trận nhiệm kỳ 2024 - 2029";
  Article folder = read_text("Xã Đông Sơn\n\n" + title + "\n\n" + kBody);
  CHECK(folder.title == title);
  CHECK(folder.topic == "Xã Đông Sơn");
  Article section = read_text("XÃ HỘI\n\n" + kTitle + "\n\n" + kBody);
  CHECK(section.title == kTitle);
  CHECK(section.topic == "XÃ HỘI");
}

namespace {

const std::string kFirstCaption =
    "Đồng chí Nguyễn Văn An - Huyện uỷ viên, Bí thư Đảng uỷ xã và đồng chí Trần Văn Bình - "
    "Phó Bí thư Đảng uỷ, Chủ tịch UBND xã tặng quà cho các cháu học sinh có hoàn cảnh khó "
    "khăn trên địa bàn xã";
const std::string kSecondCaption =
    "Đồng chí Lê Văn Cường - Phó Bí thư thường trực Đảng uỷ, Chủ tịch HĐND xã và đồng chí Phạm "
    "Thị Dung - Chủ tịch UBMTTQ xã tặng quà cho các cháu học sinh có hoàn cảnh khó khăn";
const std::string kLead =
    "Việc tổ chức tặng quà cho các cháu học sinh có hoàn cảnh khó khăn nhân dịp Tết Trung thu "
    "thể hiện sự quan tâm của Đảng ủy, chính quyền xã trong việc chăm lo cho thế hệ trẻ.";
const std::string kLast =
    "Những món quà ý nghĩa giúp các cháu được đón một mùa Trung thu trọn vẹn, vui vẻ, đầm ấm, "
    "góp phần động viên các cháu có thêm nghị lực vươn lên trong học tập./.";

}  // namespace

TEST_CASE("chrome above title: a print view opening at its photo's caption shows no title") {
  CHECK(is_caption_opening(kFirstCaption));
  CHECK(reads_as_people_caption(kSecondCaption));
  Article a = read_text("\n" + kFirstCaption + "\n" + kLead + "\n\n" + kSecondCaption + "\n" +
                        kLast + "\nHải Yến\n");
  CHECK(a.title.empty());
  CHECK(a.lead.starts_with("Việc tổ chức"));
  CHECK(captions_in(a) == 2);
  CHECK(a.author == "Hải Yến");
}

TEST_CASE("chrome above title: a title naming people and an act stays the title") {
  // under 30 words: a title may name who did what
  const std::string title =
      "Đồng chí Bí thư Đảng uỷ xã tặng quà cho các cháu học sinh có hoàn cảnh khó khăn";
  CHECK_FALSE(is_caption_opening(title));
  Article a =
      read_text(title + "\n\n" + kLead + "\n\n" + kSecondCaption + "\n" + kLast + "\n\nHải Yến\n");
  CHECK(a.title == title);
  // a long one with no other caption on the page: nothing shows it is a photo's
  Article alone = read_text(kFirstCaption + "\n\n" + kLead + "\n\n" + kLast + "\n\nHải Yến\n");
  CHECK(alone.title == kFirstCaption);
}

TEST_CASE("chrome above title: the site's greeting to its visitors is never the title") {
  CHECK(is_welcome_banner("CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG TTĐT TRUNG TÂM VĂN HÓA HUYỆN"));
  CHECK(is_welcome_banner("Chào mừng quý vị đến với Cổng thông tin điện tử xã Bình Minh"));
  CHECK(is_page_line("Chào mừng bạn đến với website Trường Mầm non Hoa Sen"));
  // near misses: a title that opens with "chào mừng" greets an event, not the page's visitors
  CHECK_FALSE(is_welcome_banner("Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam"));
  CHECK_FALSE(is_welcome_banner("Chào mừng các bạn tân sinh viên khóa 2024"));
  // a page that shows no title of its own keeps none under the greeting
  Article a =
      read_text("CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG THÔNG TIN ĐIỆN TỬ XÃ BÌNH MINH\n\n" + kBody);
  CHECK(a.title.empty());
}

TEST_CASE("chrome above title: an 'About us' link and a template's 'banner' are no topic") {
  // real-eval48/bvtamtrisaigon-1: "Giới thiệu về chúng tôi" over "banner" (joined as one line,
  // "banner" in lower case) became the topic, and a chapter's name in a book of real pages
  Article a = read_text("Giới thiệu về chúng tôi\nbanner\n\n" + kTitle +
                        "\n\nThursday, 09/03/2017, 10:09 GMT+7\n\n" + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK(all_fields(a).find("banner") == std::string::npos);
}
