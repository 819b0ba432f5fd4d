// Pages of session 47's shapes (made up, shaped as tests/fixtures/real-eval84/ and
// real-eval85/ pages): an advertising slot's label over a section, a date line and the title;
// a title with its stop closing on an anniversary's span, or held inside a later paragraph;
// photos closing the text with captions no wording rule knows; a view count and a "back"
// link after the text; a theme's post navigation; two writers' initials after the last stop;
// the title retold with its subject; a session's photo named; a
// gallery's label with its captions glued on.
#include <catch2/catch.hpp>
#include <string>

#include "article/byline.h"
#include "article/byline_name.h"
#include "article/header_lines.h"
#include "article/photo_story.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kTitle = "Phường Tân Lập ra quân làm sạch môi trường phòng chống dịch\n\n";
constexpr const char* kLead =
    "Sáng 14/6, Ủy ban nhân dân phường Tân Lập phối hợp với Trạm Y tế phường tổ chức ra quân "
    "làm sạch môi trường, diệt lăng quăng tại các khu dân cư trên địa bàn.\n\n";
constexpr const char* kText =
    "Hơn 200 đoàn viên, hội viên và người dân đã tham gia thu gom rác thải, phát quang bụi rậm, "
    "khơi thông cống rãnh và kiểm tra các vật dụng chứa nước quanh nhà.\n\n"
    "Trạm Y tế phường đề nghị các hộ gia đình tiếp tục duy trì việc làm sạch nhà cửa hằng tuần, "
    "để cùng chính quyền phòng chống dịch bệnh đạt hiệu quả cao nhất.\n\n";

}  // namespace

TEST_CASE("an advertising slot's label over a section, the date line and the title is chrome") {
  CHECK(is_page_part_name("Quản Cáo  Topbanner"));
  CHECK(is_page_part_name("Quảng cáo Top Banner"));
  CHECK(is_page_part_name("Quảng cáo LeftSidebar"));
  CHECK_FALSE(is_page_part_name("Quảng cáo trực tuyến"));  // a title's words, in Vietnamese
  CHECK_FALSE(is_page_part_name("Quảng cáo"));
  CHECK_FALSE(is_page_part_name("Quảng cáo Vinamilk"));  // a brand, no part of the page

  const std::string page =
      std::string("Quản Cáo  Topbanner\n\nSốt xuất huyết\n\n") +
      "Cập nhật: 09:15 - 16/06/2021 | Lần xem: 842\n\n" +
      "Phường Tân Lập: Ra quân phòng chống Sốt xuất huyết tại các khu dân cư\n\n" + kLead + kText;
  Article a = read_text(page);
  // the start binary took the label for the topic and the section for the title
  CHECK(a.topic == "Sốt xuất huyết");
  CHECK(a.title == "Phường Tân Lập: Ra quân phòng chống Sốt xuất huyết tại các khu dân cư");
  CHECK(a.lead.starts_with("Sáng 14/6"));
  REQUIRE(a.date.has_value());
  CHECK(a.time == "09:15");
  // a short title over its date line, a caption under it naming the title's words: the title
  // stays the line over the date
  Article b = read_text(std::string("Sốt xuất huyết\n\n") + "Cập nhật: 09:15 - 16/06/2021\n\n" +
                        "Các đại biểu tham quan mô hình phòng chống Sốt xuất huyết tại phường\n\n" +
                        kLead + kText);
  CHECK(b.title == "Sốt xuất huyết");
}

TEST_CASE("a title with its stop closing on an anniversary's span is the title") {
  const std::string title =
      "Công ty Cổ phần Cơ khí Hòa Phát tổ chức kỷ niệm 114 năm ngày Quốc tế phụ nữ 8/3 "
      "(08/03/1910 – 08/03/2024).\n\n";
  const std::string lead =
      "Sáng ngày 08/03/2024, Công ty Cổ phần Cơ khí Hòa Phát đã tổ chức buổi gặp mặt cho toàn thể "
      "chị em công nhân, viên chức tại hội trường công ty.\n\n";
  const std::string text =
      "Buổi gặp mặt có nhiều tiết mục văn nghệ, trò chơi vui tươi và những món quà ý nghĩa.\n\n"
      "Chuyến đi khép lại với nhiều kỷ niệm đẹp trong mỗi thành viên của công ty.\n\n";
  Article a = read_text(title + lead + text);
  CHECK(a.title.starts_with("Công ty Cổ phần Cơ khí Hòa Phát tổ chức kỷ niệm"));  // untitled before
  CHECK(a.lead.starts_with("Sáng ngày 08/03/2024"));
  // a lead's opening clause closing on the same span, its main clause in the next sentence
  Article b = read_text(
      "Hòa chung niềm vui cả nước chào mừng kỷ niệm 94 năm ngày thành lập Đảng Cộng sản Việt Nam "
      "(3/2/1930 - 3/2/2024).\n\n" +
      text);
  CHECK(b.title.empty());
  CHECK(shows_text(b, "Hòa chung niềm vui"));
}

TEST_CASE("a title with its stop that a later paragraph holds word for word is the title") {
  const std::string title =
      "Chi đoàn công ty phối hợp với Đoàn xã Ea Tân trồng cây xanh tại trụ sở chi nhánh.\n\n";
  const std::string lead =
      "“Ngày Chủ nhật xanh” là hoạt động trọng tâm của Tháng Thanh niên năm 2024, góp phần "
      "bảo vệ môi trường, ứng phó với biến đổi khí hậu.\n\n";
  const std::string held =
      "Hưởng ứng ngày Chủ nhật xanh lần thứ hai. Chi đoàn công ty phối hợp với Đoàn xã Ea Tân "
      "trồng cây xanh tại trụ sở chi nhánh.\n\n";
  const std::string last =
      "Hoạt động nhằm nâng cao nhận thức, trách nhiệm của đoàn viên thanh niên trong việc trồng, "
      "chăm sóc và bảo vệ cây xanh, giữ gìn vệ sinh môi trường.\n\n";
  Article a = read_text(title + lead + held + last);
  CHECK(a.title.starts_with("Chi đoàn công ty phối hợp"));  // untitled before
  CHECK(a.lead.starts_with("“Ngày Chủ nhật xanh”"));
  // the same sentence opening the next paragraph: the page's summary over the text it starts
  // (real-eval84/tuoitrehaiduong-1)
  const std::string summary =
      "Hưởng ứng Tháng Thanh niên 2024, Chi đoàn công ty đã phối hợp với Đoàn xã Ea Tân trồng 200 "
      "cây xanh tại trụ sở chi nhánh.";
  Article b = read_text(summary + "\n" + summary +
                        " Hoạt động nhằm nâng cao nhận thức của đoàn viên, thanh niên về bảo vệ "
                        "môi trường.\n");
  CHECK(b.title.empty());
}

TEST_CASE("photos closing the text with captions no wording rule knows are captions") {
  const std::string row =
      "Hướng dẫn người dân súc rửa chum vại\n\nĐậy kín các vật chứa nước\n\n"
      "Các bể cảnh của trường học đều được thả cá diệt lăng quăng\n";
  Article a = read_text(std::string(kTitle) + kLead + kText + row);
  CHECK(captions_in(a) == 3);  // two headings and a paragraph before
  CHECK(caption_reads(a, "Đậy kín"));
  // a date in a line: the text's last line with its stop left out, no photo's caption
  Article b = read_text(std::string(kTitle) + kLead + kText +
                        "Đợt ra quân diễn ra từ ngày 14/6/2021 đến hết ngày 20/6/2021\n\n"
                        "Đậy kín các vật chứa nước\n\nHướng dẫn người dân súc rửa chum vại\n");
  CHECK_FALSE(caption_reads(b, "Đợt ra quân"));
  // two lines only: a part's heading and its one line may close a text
  Article c = read_text(std::string(kTitle) + kLead + kText +
                        "Kết quả đạt được trong đợt ra quân\n\nMôi trường sạch sẽ hơn nhiều\n");
  CHECK(captions_in(c) < 2);
}

TEST_CASE("a view count by the people who saw it and a back link close no text") {
  Article a = read_text(std::string(kTitle) + kLead + kText +
                        "\nNgày gửi: 14/6/2021\nSố người đã xem: 1097\nTrở lại\n");
  CHECK_FALSE(shows_text(a, "Số người đã xem"));  // a heading before
  CHECK_FALSE(shows_text(a, "Trở lại"));          // the last paragraph before
  CHECK(a.date.has_value());
  // the count beside a date line is the date line's, which keeps its date
  Article b = read_text(std::string("Sốt xuất huyết\n\n") +
                        "Cập nhật: 09:15 - 16/06/2021 | Lần xem: 842\n\n" + kTitle + kLead + kText);
  CHECK(b.date.has_value());
}

TEST_CASE("a theme's post navigation after the text is chrome") {
  Article a = read_text(std::string(kTitle) + kLead + kText +
                        "Previous Khánh thành nhà văn hóa khu phố 3\nNext Các công trình tiêu "
                        "biểu năm 2021\n");
  CHECK_FALSE(shows_text(a, "Previous"));
  CHECK_FALSE(shows_text(a, "Các công trình tiêu biểu"));
  CHECK(shows_text(a, "phòng chống dịch bệnh đạt hiệu quả cao nhất."));
}

TEST_CASE("two writers' initials joined by a dash after the last stop sign the text") {
  CHECK(is_dashed_initials("AP-LQ"));
  CHECK(is_dashed_initials("NT-HĐ"));
  CHECK(is_dashed_initials("A-B-C"));
  CHECK_FALSE(is_dashed_initials("AP"));        // one group: a role or an acronym
  CHECK_FALSE(is_dashed_initials("COVID-19"));  // a digit
  CHECK_FALSE(is_dashed_initials("ASEAN-EU"));  // a group of four letters: names, no initials
  CHECK_FALSE(is_dashed_initials("Lê-Nin"));    // small letters
  CHECK(author_in_byline("AP-LQ") == "AP-LQ");  // "AP" before: the dash read as a unit's
  Article a =
      read_text(std::string(kTitle) +
                "Nhân dịp Tết Trung thu, chiều ngày 7.9.2021, Công đoàn trường tổ chức vui "
                "Trung thu cho hơn 300 cháu thiếu nhi là con cán bộ, viên chức nhà trường . "
                "AP-LQ\n");
  CHECK(a.author == "AP-LQ");
  CHECK(a.lead.find("AP-LQ") == std::string::npos);
  CHECK(a.lead.ends_with("nhà trường ."));
}

TEST_CASE("a closing photo of a memorandum signed is a caption") {
  const std::string text =
      "Hai bên đã thảo luận và thống nhất sẽ thúc đẩy quan hệ hợp tác trong lĩnh vực nghiên cứu.\n"
      "Hai bên đã ký Biên bản ghi nhớ hợp tác trong các lĩnh vực như: thực hiện các dự án nghiên "
      "cứu về bảo tồn biển, trao đổi các đoàn và ấn phẩm khoa học, đào tạo, tham gia hội thảo…\n"
      "Giám đốc Bảo tàng biển Okinawa, ông Kenji Sato và PGS.TS. Trần Văn Minh, Viện trưởng Viện "
      "Nghiên cứu biển ký Biên bản ghi nhớ hợp tác\n";
  Article a = read_text(std::string(kTitle) + kLead + text);
  CHECK(captions_in(a) == 1);  // the last paragraph before
}

TEST_CASE("the title retold with its subject first is the title and its sapo") {
  const std::string page =
      "Cải tạo nâng cấp 5 công trình lớn bằng nguồn miễn thu thủy lợi phí năm 2012\n\n"
      "  Công ty Thủy lợi An Hải cải tạo nâng cấp 5 công trình lớn bằng nguồn miễn thu thủy lợi "
      "phí năm 2012\n\n"
      "  Nạo vét cửa ngoài cống Đông Xuyên\n\n"
      "  - Năm 2013:\n"
      "    + Nạo vét kênh Bắc Hưng, đoạn cuối kênh mét, kênh Đông Am.\n\n"
      "    + Xây lại cống cầu Tây xã An Hòa\n";
  Article a = read_text(page);
  // the start binary dropped both as the page's header and took the photo's line for the title
  CHECK(a.title == "Cải tạo nâng cấp 5 công trình lớn bằng nguồn miễn thu thủy lợi phí năm 2012");
  CHECK(a.lead.starts_with("Công ty Thủy lợi An Hải"));
}

TEST_CASE("a session's photo named between paragraphs is its caption") {
  CHECK(names_session_photo("Hình ảnh buổi tuyên truyền tại Trường THCS Lê Lợi"));
  CHECK_FALSE(names_session_photo("Hình ảnh buổi tuyên truyền còn in đậm trong tâm trí các em."));
  CHECK_FALSE(names_session_photo("Hình ảnh người chiến sĩ"));  // a figure of speech as often
  Article a = read_text(std::string(kTitle) + kLead +
                        "Hình ảnh buổi ra quân tại khu dân cư số 4\n\n" + kText);
  CHECK(captions_in(a) == 1);  // a heading before
  // a gallery's label there is no one photo's caption (real-eval41/mucangchai-1)
  Article b = read_text(std::string(kTitle) + kLead +
                        "Một số hình ảnh đoàn viên tham gia giúp người dân\n\n" + kText);
  CHECK_FALSE(caption_reads(b, "Một số hình ảnh"));
}

TEST_CASE("a performance named with 'Một tiết mục' is a photo's caption") {
  const std::string text =
      "Hội thi năm nay có 09 đội đến từ các huyện, thị xã, thành phố trên địa bàn tỉnh, mang đến "
      "những tiết mục được dàn dựng công phu, đậm bản sắc văn hóa dân tộc.\n";
  Article a = read_text(std::string(kTitle) + kLead + "Một tiết mục tại Hội thi\n" + text + text);
  CHECK(caption_reads(a, "Một tiết mục tại Hội thi"));  // a heading before
}

TEST_CASE("a CMS's account name alone is chrome") {
  Article a = read_text(std::string(kTitle) + "Admin\n\nAdmin\n\n" + kLead + kText);
  CHECK(captions_in(a) == 0);  // "Admin" was a caption before
  CHECK_FALSE(shows_text(a, "Admin"));
  CHECK(a.author.empty());
}

TEST_CASE("a gallery's label with its captions glued on closes the text as a caption") {
  CHECK(opens_gallery_label("Một số hình ảnh ngày làm việc"));
  CHECK(opens_gallery_label("MỘT SỐ HÌNH ẢNH BUỔI LỄ"));
  CHECK_FALSE(opens_gallery_label("Hình ảnh buổi lễ"));
  Article a = read_text(
      std::string(kTitle) + kLead + kText +
      "Một số hình ảnh ngày ra quân tại phường Tân LậpĐoàn kiểm tra các hộ dân ven kênh Ba "
      "BòHướng dẫn người dân đậy kín vật chứa nướcCán bộ Trạm Y tế phát tờ rơi cho người dân\n");
  CHECK(caption_reads(a, "Một số hình ảnh ngày ra quân"));  // dropped as link titles before
  // its captions set apart where they ran together
  CHECK(shows_text(a, "phường Tân Lập; Đoàn kiểm tra các hộ dân ven kênh Ba Bò; Hướng dẫn"));
  CHECK_FALSE(has_warning(a, "1 lines of link titles"));
}
