// Pages of session 40's shapes (made up, shaped as tests/fixtures/real-eval70/ and
// real-eval71/ pages): a CMS's poster before the date ("Đăng bài <account>"), an office posted
// beside the date ("05-03-2024 Văn phòng"), an office's name with a comma signing the text,
// contact lines with a pictograph bullet under it, a print view laid out in a table (cell bars
// on every line, the writer's credit with its day in brackets after the last sentence), a list
// a colon announces right under the title, and a section run into a title in capitals.
#include <catch2/catch.hpp>
#include <string>

#include "article/office_byline.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kBody =
    "Ngày 12/4/2023, Trung tâm Khuyến nông huyện tổ chức lớp tập huấn kỹ thuật chăm sóc cây "
    "cà phê cho hơn 60 hộ nông dân trong xã.\n\n"
    "Tại lớp học, các học viên được hướng dẫn cách bón phân, tưới nước và phòng trừ sâu bệnh "
    "theo quy trình mới.\n\n";

}  // namespace

TEST_CASE("a CMS's poster before the date is no topic, the writer signing the text the author") {
  Article a = read_text(std::string("Tập huấn kỹ thuật chăm sóc cây cà phê năm 2023\n\n"
                                    "Đăng bài minhtuan T4, 12/04/2023 - 09:15\n\n") +
                        kBody + "MINH TUẤN\n");
  CHECK(a.topic.empty());
  CHECK(a.title == "Tập huấn kỹ thuật chăm sóc cây cà phê năm 2023");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2023-04-12");
  CHECK(a.author == "MINH TUẤN");
  CHECK_FALSE(shows_text(a, "Đăng bài"));
  // a section or a place after the label is no account: no byline, no topic taken from it
  Article s = read_text(std::string("Tập huấn kỹ thuật chăm sóc cây cà phê năm 2023\n\n"
                                    "Đăng bài Tin Tức T4, 12/04/2023 - 09:15\n\n") +
                        kBody);
  CHECK(s.author.empty());
  // a title that opens with the same words stays the title
  Article t = read_text(std::string("Đăng bài viết chào mừng Đại hội Đảng bộ xã\n\n"
                                    "12/04/2023\n\n") +
                        kBody);
  CHECK(t.title == "Đăng bài viết chào mừng Đại hội Đảng bộ xã");
}

TEST_CASE("an office posted beside the date is the date and the byline") {
  Article a = read_text(std::string("Tập huấn kỹ thuật chăm sóc cây cà phê năm 2023\n\n"
                                    "13-04-2023 Văn phòng\n\n") +
                        kBody);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2023-04-13");
  CHECK(a.author == "Văn phòng");
  CHECK(a.lead.starts_with("Ngày 12/4/2023"));
  Article b = read_text(std::string("Tập huấn kỹ thuật chăm sóc cây cà phê năm 2023\n\n"
                                    "13/04/2023 Phòng Nông nghiệp\n\n") +
                        kBody);
  CHECK(b.author == "Phòng Nông nghiệp");
  // a place beside the date is no writer, though it opens with a unit's word
  for (const char* place : {"Hà Nội", "Hội An", "Ban Mê Thuột", "Trung tâm Thành phố"}) {
    Article c = read_text(std::string("Tập huấn kỹ thuật chăm sóc cây cà phê năm 2023\n\n"
                                      "13-04-2023 ") +
                          place + "\n\n" + kBody);
    CHECK(c.author.empty());
  }
}

TEST_CASE("an office's name with a comma signs the text, no caption") {
  CHECK(names_organisation("Ban Đào tạo, Hợp tác quốc tế"));
  CHECK(names_organisation("Phòng Tổ chức, Hành chính"));
  // a scene with a comma runs on in lower case
  CHECK_FALSE(names_organisation("Ban Tổ chức, các đại biểu và thí sinh tham gia hội thi"));
  Article a = read_text(std::string("Ký kết thỏa thuận hợp tác đào tạo với Trường Đại học Lâm "
                                    "nghiệp\n\n") +
                        kBody + " Ban Đào tạo, Hợp tác quốc tế\n\nTin mới nhất\n\nCác tin khác\n");
  CHECK(a.author == "Ban Đào tạo, Hợp tác quốc tế");
  CHECK(captions_in(a) == 0);
}

TEST_CASE("contact lines with a pictograph bullet under the text are the site's footer") {
  Article a = read_text(std::string("Tập huấn kỹ thuật chăm sóc cây cà phê năm 2023\n\n"
                                    "12/04/2023\n\n") +
                        kBody +
                        "♦ Hotline: 0912345678\n♦ Facebook: Trung tâm Khuyến nông huyện\n"
                        "♦ Email: khuyennong@gmail.com\n");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("theo quy trình mới."));
  CHECK_FALSE(shows_text(a, "Hotline"));
  CHECK_FALSE(shows_text(a, "Facebook"));
  // a sentence on Facebook closing the text is the text's
  Article b = read_text(std::string("Mạng xã hội trong đời sống sinh viên\n\n12/04/2023\n\n") +
                        kBody + "Facebook: 91% sinh viên được hỏi sử dụng mạng này hằng ngày.\n");
  CHECK(shows_text(b, "91% sinh viên"));
}

TEST_CASE("a print view in a layout table: bars off, the credit's writer and day read") {
  Article a = read_text(
      "Đoàn công tác tỉnh bạn thăm và làm việc với Sở Tư pháp |\n"
      "Sáng 3-9-2007, đoàn công tác của Sở Tư pháp tỉnh Savannakhet đến thăm và làm việc với "
      "Sở Tư pháp tỉnh.\n"
      "|\n"
      "Hai bên đã trao đổi kinh nghiệm về công tác phổ biến, giáo dục pháp luật và trợ giúp "
      "pháp lý cho người dân vùng biên giới. Đoàn cũng đến thăm Trung tâm Trợ giúp pháp lý nhà "
      "nước của tỉnh. (H.M., Sở Tư pháp tỉnh, ngày 3-9-2007) |\n"
      "Copyright © 2006 Sở Tư pháp tỉnh |\n");
  CHECK(a.title == "Đoàn công tác tỉnh bạn thăm và làm việc với Sở Tư pháp");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2007-09-03");
  CHECK_FALSE(has_warning(a, "no date line: the date is the day the lead opens with"));
  CHECK(a.author == "H.M.");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("nhà nước của tỉnh."));
  CHECK_FALSE(shows_text(a, "|"));
}

TEST_CASE("an opening photo's caption in a cell over two sentences stays a caption") {
  Article a = read_text(
      "06/09/2023\n"
      "Đưa vào sử dụng 12 phòng học mới trước năm học mới\n"
      " |\n"
      "4 phòng học mới được bàn giao cho Trường Tiểu học Na Hối. |\n"
      "Trong đó, các trường mầm non của xã mỗi trường tiếp nhận 2 phòng học và 1 phòng công vụ "
      "mới xây.\n"
      "Dự kiến, ngày 15/9, huyện sẽ bàn giao, đưa vào sử dụng thêm 6 phòng học tại xã Bản Cái."
      "Tin: MINH HÀ\n");
  CHECK(a.title == "Đưa vào sử dụng 12 phòng học mới trước năm học mới");
  CHECK(captions_in(a) == 1);
}

TEST_CASE("a source's bracket or one inside the text gives no date and keeps its words") {
  const std::string head =
      "Hội nghị xúc tiến đầu tư năm 2020\n\n"
      "Hội nghị xúc tiến đầu tư của tỉnh đã thu hút hơn 200 doanh nghiệp trong và ngoài nước "
      "tham dự.\n\n";
  Article theo = read_text(head +
                           "Các doanh nghiệp đã ký kết 12 biên bản ghi nhớ với tổng vốn hơn 3.000 "
                           "tỷ đồng. (Theo TTXVN, ngày 3/5/2020)\n");
  CHECK_FALSE(theo.date);
  CHECK(shows_text(theo, "(Theo TTXVN, ngày 3/5/2020)"));
  Article middle = read_text(
      head +
      "Các doanh nghiệp đã ký kết 12 biên bản ghi nhớ. (H.M., Sở Kế hoạch và Đầu tư, ngày "
      "3/5/2020)\n\n"
      "Tỉnh cam kết tạo mọi điều kiện thuận lợi để các dự án sớm đi vào hoạt động.\n");
  CHECK_FALSE(middle.date);
  CHECK(shows_text(middle, "ngày 3/5/2020)"));
  Article place = read_text(head +
                            "Các doanh nghiệp đã ký kết 12 biên bản ghi nhớ. (Hà Nội, Sở Kế hoạch "
                            "và Đầu tư, ngày 3/5/2020)\n");
  CHECK(place.author != "Hà Nội");
}

TEST_CASE("a list a colon announces under the title is the text, its items paragraphs") {
  Article a = read_text(
      "Chào mừng bạn đến với Vườn quốc gia\n\n"
      "HỘI NGHỊ TỔNG KẾT Tin tức và sự kiện\n\n"
      "Thành phần tham dự Hội nghị:\n\n"
      "1. Ông Nguyễn Văn An Giám đốc Vườn quốc gia Chủ trì\n\n"
      "2. Ông Trần Văn Bình Phó Giám đốc Vườn quốc gia\n\n"
      "3. Bà Lê Thị Cúc Trưởng phòng Khoa học\n\n"
      "Tại Hội nghị, các đại biểu đã đánh giá kết quả công tác bảo tồn trong năm và thống nhất "
      "các nhiệm vụ trọng tâm của năm tới.\n\n"
      "Bình luận\n");
  CHECK(a.title == "HỘI NGHỊ TỔNG KẾT");
  CHECK(a.topic == "Tin tức và sự kiện");
  CHECK(a.lead == "Thành phần tham dự Hội nghị:");
  REQUIRE(a.blocks.size() >= 4);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(a.blocks[i].type == BlockType::Paragraph);
    CHECK(a.blocks[i].text.starts_with(std::to_string(i + 1) + ". "));
  }
}

TEST_CASE("a menu's numbered items over the title are no list the text announces") {
  Article a = read_text(
      "Danh mục:\n\n1. Tin tức\n\n2. Thông báo\n\n3. Tuyển sinh\n\n"
      "Lễ kỷ niệm 40 năm thành lập trường\n\n12/04/2023\n\n" +
      std::string(kBody));
  CHECK(a.title == "Lễ kỷ niệm 40 năm thành lập trường");
  CHECK(a.lead.starts_with("Ngày 12/4/2023"));
}

TEST_CASE("a title in capitals going on with a name keeps it, other sections stay apart") {
  Article course =
      read_text(std::string("KHAI GIẢNG LỚP Tin học văn phòng\n\n12/04/2023\n\n") + kBody);
  CHECK(course.title == "KHAI GIẢNG LỚP Tin học văn phòng");
  Article a =
      read_text(std::string("ĐẠI HỘI CHI HỘI CỰU CHIẾN BINH Thôn Đông\n\n12/04/2023\n\n") + kBody);
  CHECK(a.title == "ĐẠI HỘI CHI HỘI CỰU CHIẾN BINH Thôn Đông");
  Article b = read_text(std::string("ĐẠI HỘI CHI HỘI CỰU CHIẾN BINH Hoạt động hội\n\n"
                                    "12/04/2023\n\n") +
                        kBody);
  CHECK(b.title == "ĐẠI HỘI CHI HỘI CỰU CHIẾN BINH");
  CHECK(b.topic == "Hoạt động hội");
}
