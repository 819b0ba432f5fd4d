// Pages of session 41's shapes (made up, shaped as tests/fixtures/real-eval72/ and
// real-eval73/ pages): a publisher's long name in a page's schema data over the page's own date
// line, a print view's "In" after a title in capitals, a notice's kind and subject under the
// page's own title, a theme's calendar badge, the site's
// name in its banner printed again over the title, a calendar plugin's date line and event
// box closing the page, a pager's label glued after the text's last stop, and a row of
// hashtags under the text.
#include <catch2/catch.hpp>
#include <string>

#include "article/calendar_badge.h"
#include "article/hashtag_row.h"
#include "article/reader.h"
#include "fixtures.h"
#include "text/date_line.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kBody =
    "Sáng 12/4/2023, Hội Nông dân xã tổ chức lớp tập huấn kỹ thuật chăm sóc cây cà phê cho "
    "hơn 60 hội viên trong xã.\n\n"
    "Tại lớp học, các học viên được hướng dẫn cách bón phân, tưới nước và phòng trừ sâu bệnh "
    "theo quy trình mới.\n\n";

}  // namespace

TEST_CASE("a publisher's long name in the schema data is no title, the page's date line dates") {
  Article a = read_text(std::string("TRUNG TÂM VĂN HÓA TỈNH TỔ CHỨC HỘI DIỄN NGHỆ THUẬT QUẦN "
                                    "CHÚNG NĂM 2023\n"
                                    "Trần Vân Anh\n"
                                    "2023-04-12T21:56:37-05:00\n"
                                    "2023-04-12T21:56:37-05:00\n"
                                    "https://vanhoa.example.vn/vi/news/hoi-dien-12.html\n"
                                    "https://vanhoa.example.vn/uploads/news/2023_04/hoi-dien.jpg\n"
                                    "Trung tâm Văn hóa Nghệ thuật tỉnh Bình Định\n"
                                    "https://vanhoa.example.vn/uploads/logo.png\n"
                                    "Thứ tư - 12/04/2023 04:55\n") +
                        kBody);
  CHECK(a.title == "TRUNG TÂM VĂN HÓA TỈNH TỔ CHỨC HỘI DIỄN NGHỆ THUẬT QUẦN CHÚNG NĂM 2023");
  REQUIRE(a.date);
  // the page's own date line, not the machine's time in its zone (the 13th at 09:56 here)
  CHECK(a.date->iso() == "2023-04-12");
  CHECK(a.time == "04:55");
  CHECK(a.author == "Trần Vân Anh");
  CHECK_FALSE(shows_text(a, "Trung tâm Văn hóa Nghệ thuật tỉnh Bình Định"));
  CHECK_FALSE(shows_text(a, "2023-04-12T"));
  // a day further off under the data is the text's (a schedule's first day), no date line
  Article s = read_text(std::string("LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC HUYỆN ỦY\n"
                                    "Trần Vân Anh\n"
                                    "2023-04-06T21:56:37+07:00\n"
                                    "https://huyenuy.example.vn/vi/news/lich-12.html\n"
                                    "Thứ hai, ngày 10/04/2023\n") +
                        kBody);
  REQUIRE(s.date);
  CHECK(s.date->iso() == "2023-04-06");
  CHECK(shows_text(s, "Thứ hai, ngày 10/04/2023"));
}

TEST_CASE("a print view's In after a title in capitals is the button's") {
  Article a =
      read_text(std::string("ĐẠI HỘI THÀNH LẬP CHI HỘI NÔNG DÂN NGHỀ NGHIỆP In\n\n") + kBody);
  CHECK(a.title == "ĐẠI HỘI THÀNH LẬP CHI HỘI NÔNG DÂN NGHỀ NGHIỆP");
  // a title in lower case keeps an "In" of its own
  Article b = read_text(std::string("Triển lãm hàng Việt với nhãn Made In\n\n") + kBody);
  CHECK(b.title == "Triển lãm hàng Việt với nhãn Made In");
  // nor one in capitals whose "In" ends an English phrase
  Article c = read_text(std::string("TRIỂN LÃM HÀNG VIỆT NAM – MADE In\n\n") + kBody);
  CHECK(c.title == "TRIỂN LÃM HÀNG VIỆT NAM – MADE In");
}

TEST_CASE("a notice's kind and subject under the page's title are the notice's frame") {
  const std::string frame =
      "THÔNG BÁO\n\n"
      "V/v tạm dừng đón khách tham quan khu di tích\n\n";
  Article a = read_text(std::string("Ban quản lý khu di tích thông báo tạm dừng đón khách để tu "
                                    "bổ đường lên đỉnh núi\n\n") +
                        frame + kBody);
  CHECK(a.title ==
        "Ban quản lý khu di tích thông báo tạm dừng đón khách để tu bổ đường lên đỉnh núi");
  CHECK(a.topic.empty());
  CHECK_FALSE(shows_text(a, "V/v"));
  CHECK(a.lead.starts_with("Sáng 12/4/2023"));
  // the page's date line between the title and the kind stays the date line
  Article b = read_text(std::string("Ban quản lý khu di tích thông báo tạm dừng đón khách để tu "
                                    "bổ đường lên đỉnh núi\n\n"
                                    "30/09/2020 08:15\n\n") +
                        frame + kBody);
  REQUIRE(b.date);
  CHECK(b.date->iso() == "2020-09-30");
  CHECK(b.title.starts_with("Ban quản lý khu di tích"));
  CHECK_FALSE(shows_text(b, "V/v"));
  // a kind under the title with no subject under it is the text's own heading: left to the
  // header's rules, the title kept
  Article c = read_text(std::string("Ban quản lý khu di tích thông báo tạm dừng đón khách để tu "
                                    "bổ đường lên đỉnh núi\n\n"
                                    "THÔNG BÁO\n\n") +
                        kBody);
  CHECK(c.title.starts_with("Ban quản lý khu di tích"));
  // a section's name over the kind retells no subject: it is no title
  Article d = read_text(std::string("Thông báo chung\n\n") + frame + kBody);
  CHECK(d.title != "Thông báo chung");
  // a paragraph opening "Về …" under the subject is the text's, not the subject's
  Article e = read_text(std::string("Ban quản lý khu di tích thông báo tạm dừng đón khách tham "
                                    "quan khu di tích\n\n") +
                        frame +
                        "Về thời gian, khu di tích tạm dừng đón khách từ ngày 1/10/2023 đến hết "
                        "ngày 10/10/2023.\n\n" +
                        kBody);
  CHECK(shows_text(e, "Về thời gian, khu di tích tạm dừng đón khách"));
  CHECK_FALSE(shows_text(e, "V/v"));
}

TEST_CASE("a theme's calendar badge dates nothing and names no section") {
  CHECK(is_calendar_badge("25Th6"));
  CHECK(is_calendar_badge("25 Th6"));
  CHECK(is_calendar_badge("05 THG 11"));
  CHECK(is_calendar_badge("5 Thg. 1"));
  CHECK_FALSE(is_calendar_badge("32Th6"));
  CHECK_FALSE(is_calendar_badge("25Th13"));
  CHECK_FALSE(is_calendar_badge("25 tháng 6"));  // written out: a schedule's heading may be
  CHECK_FALSE(is_calendar_badge("Th6"));
  CHECK_FALSE(is_calendar_badge("25Th6 năm 2016"));
  const std::string title = "Cán bộ Chính phủ Lào thăm Sơn La theo dự án nông nghiệp";
  Article a = read_text(title + "\n25Th6\n\n" + title + "\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK_FALSE(shows_text(a, "25Th6"));
  // a schedule's days printed so are the text's own
  Article s = read_text(std::string("Lịch thi đấu giải bóng đá thanh niên xã năm 2023\n\n") +
                        "Các đội thi đấu theo lịch dưới đây, mỗi trận hai hiệp.\n\n"
                        "26Th6\n\nĐội thôn 1 gặp đội thôn 2.\n\n"
                        "27Th6\n\nĐội thôn 3 gặp đội thôn 4.\n");
  CHECK(shows_text(s, "26Th6"));
  CHECK(shows_text(s, "27Th6"));
}

TEST_CASE("the site's name in the banner printed again over the title is no section") {
  Article a = read_text(std::string("NÔNG NGHIỆP THỊNH VƯỢNG\n"
                                    "NÔNG DÂN GIÀU CÓ\n"
                                    "Hội Nông dân tỉnh Nghệ An\n"
                                    "Cổng thông tin điện tử\n"
                                    "Hội Nông dân tỉnh Nghệ An\n"
                                    "Hội ND xã Nghi Công Bắc: Ra mắt tổ hội nông dân nghề nghiệp\n"
                                    "Thứ năm - 18/06/2020 20:44\n") +
                        kBody);
  CHECK(a.title == "Hội ND xã Nghi Công Bắc: Ra mắt tổ hội nông dân nghề nghiệp");
  CHECK(a.topic.empty());
  // a section once over the title is the topic, as before
  Article b = read_text(std::string("Cổng thông tin điện tử\n"
                                    "Hoạt động cơ sở\n"
                                    "Hội ND xã Nghi Công Bắc: Ra mắt tổ hội nông dân nghề nghiệp\n"
                                    "Thứ năm - 18/06/2020 20:44\n") +
                        kBody);
  CHECK(b.topic == "Hoạt động cơ sở");
  // a section's name in the menu, printed again over the title, is still the section
  Article c = read_text(std::string("Trang chủ\n"
                                    "Công tác Đoàn và phong trào thanh niên\n"
                                    "Liên hệ\n"
                                    "Công tác Đoàn và phong trào thanh niên\n"
                                    "Hội ND xã Nghi Công Bắc: Ra mắt tổ hội nông dân nghề nghiệp\n"
                                    "Thứ năm - 18/06/2020 20:44\n") +
                        kBody);
  CHECK(c.topic == "Công tác Đoàn và phong trào thanh niên");
}

TEST_CASE("a calendar plugin's date line closes the text, its event box after it is chrome") {
  auto parsed = [](std::string_view line) {
    auto dt = parse_date_line(line);
    return dt ? dt->date.iso() + " " + dt->time.value_or("-") : std::string("none");
  };
  CHECK(parsed("Tuesday, 10/01/2017 | 02:36 Asia/Bangkok") == "2017-01-10 02:36");
  CHECK(parsed("10/01/2017 02:36 Asia/Ho_Chi_Minh") == "2017-01-10 02:36");
  CHECK(parsed("10/01/2017 Asia") == "none");
  Article a = read_text(
      std::string("Hội thảo công bố nghiên cứu về vai trò của tổ chức xã hội\n\n") + kBody +
      "Tuesday, 10/01/2017 | 02:36 Asia/Bangkok\n\n"
      "Thông tin sự kiện\n\n"
      "10/01/2017 - 10/01/2017\n\n"
      "Hà Nội\n");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2017-01-10");
  CHECK(a.time == "02:36");
  CHECK(a.author.empty());
  CHECK_FALSE(shows_text(a, "Thông tin sự kiện"));
  CHECK_FALSE(shows_text(a, "10/01/2017 - 10/01/2017"));
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("theo quy trình mới."));
  // a venue or a byline under the event's days is more than a box: kept, the writer signs
  Article b = read_text(
      std::string("Hội thảo công bố nghiên cứu về vai trò của tổ chức xã hội\n\n") + kBody +
      "Tuesday, 10/01/2017 | 02:36 Asia/Bangkok\n\n"
      "Thông tin sự kiện\n\n"
      "10/01/2017 - 10/01/2017\n\n"
      "Nguyễn Văn Hùng\n");
  CHECK(b.author == "Nguyễn Văn Hùng");
  Article c =
      read_text(std::string("Thư mời dự ngày hội đại đoàn kết toàn dân tộc thôn 3\n\n") + kBody +
                "Chi tiết sự kiện\n\n"
                "Thứ bảy, 18/11/2023 08:00\n\n"
                "Nhà văn hóa thôn 3\n");
  CHECK(shows_text(c, "Nhà văn hóa thôn 3"));
}

TEST_CASE("a pager's label glued after the text's last stop is cut off, the stop kept") {
  Article a =
      read_text(std::string("Hội Nông dân xã tập huấn kỹ thuật chăm sóc cây cà phê\n\n") + kBody +
                "Chúc cho mọi người thực hiện tốt chương trình quan trọng này.Các tin mới "
                "hơn\n");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == "Chúc cho mọi người thực hiện tốt chương trình quan trọng này.");
  CHECK_FALSE(shows_text(a, "Các tin mới hơn"));
  // words glued after a stop that name no box stay the text's
  Article b = read_text(std::string("Hội Nông dân xã tập huấn kỹ thuật chăm sóc cây cà phê\n\n") +
                        kBody + "Lớp học kết thúc lúc 17 giờ.Chiều cùng ngày\n");
  REQUIRE_FALSE(b.blocks.empty());
  CHECK(shows_text(b, "Chiều cùng ngày"));
}

TEST_CASE("a row of hashtags under the text is chrome") {
  CHECK(is_hashtag_row("#MSDVietnam #PlanInternational"));
  CHECK(is_hashtag_row("#Safercity #Thành_phố_an_toàn_thân_thiện_với_em_gái"));
  CHECK(is_hashtag_row("#NôngThônMới"));
  CHECK_FALSE(is_hashtag_row("#1 #2"));
  CHECK_FALSE(is_hashtag_row("# Tiêu đề"));
  CHECK_FALSE(is_hashtag_row("#NôngThônMới là phong trào của cả xã"));
  CHECK_FALSE(is_hashtag_row("##"));
  Article a = read_text(std::string("Hội Nông dân xã tập huấn kỹ thuật chăm sóc cây cà phê\n\n") +
                        kBody + "#HoiNongDan #NongThonMoi\n\n#CaPhe\n");
  CHECK_FALSE(shows_text(a, "#"));
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("theo quy trình mới."));
  // inside the text a tag heads a part; a row a line announces is the text's
  Article b = read_text(std::string("Phòng chống dịch bệnh mùa mưa tại xã Ea Tul năm 2023\n\n") +
                        kBody + "#5K\n\n" + kBody +
                        "Mời bà con chia sẻ bài viết kèm các hashtag sau:\n\n#EaTulXanh\n");
  CHECK(shows_text(b, "#5K"));
  CHECK(shows_text(b, "#EaTulXanh"));
}
