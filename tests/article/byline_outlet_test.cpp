// The author is the person (session 13's convention): the outlet beside the name is the
// article's source (article/byline_outlet.h), a date beside it comes off, a page's button is no
// byline (article/vi_syllable.h), and an organisation or a desk signs by its name
// (article/office_byline.h). Made-up bylines and pages.
#include "article/byline_outlet.h"

#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/office_byline.h"
#include "article/reader.h"
#include "article/vi_syllable.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPage =
    "Chi bộ thôn Đông kết nạp đảng viên mới\n\n"
    "Tại buổi lễ, các đảng viên mới đã được nghe công bố quyết định kết nạp và hứa phấn đấu "
    "rèn luyện, giữ gìn phẩm chất, tư cách người đảng viên.\n\n"
    "Chi bộ đề ra chỉ tiêu kết nạp thêm ba quần chúng ưu tú trong năm tới, bồi dưỡng nguồn "
    "phát triển đảng viên từ các đoàn viên.\n\n";

Article page_ending(const std::string& tail) {
  return read_ok(InputFile{"a.txt", kPage + tail});
}

}  // namespace

TEST_CASE("byline outlet: the outlet beside the writer is the source, not the author") {
  CHECK(author_in_byline("Thu Lan (TTXVN)") == "Thu Lan");
  CHECK(source_in_credit("Thu Lan (TTXVN)") == "TTXVN");
  CHECK(author_in_byline("Hải Minh (Truyền hình Tân Phú)") == "Hải Minh");
  CHECK(source_in_credit("Hải Minh (Truyền hình Tân Phú)") == "Truyền hình Tân Phú");
  CHECK(author_in_byline("Hải Minh (ABC Online)") == "Hải Minh");
  CHECK(source_in_credit("Hải Minh (ABC Online)") == "ABC Online");
  CHECK(author_in_byline("PV/ABC.VN") == "PV");
  CHECK(source_in_credit("PV/ABC.VN") == "ABC.VN");
  CHECK(author_in_byline("Lê Hà - Tạp chí Tân Phú") == "Lê Hà");
  CHECK(author_in_byline("Lê Hà, tanphu.example.vn") == "Lê Hà");
  CHECK(author_in_byline("Kim Thoa – Vũ Hà (TTXVN)") == "Kim Thoa – Vũ Hà");
  // a newsroom's mark comes off and names no source
  CHECK(author_in_byline("Thu Lan (T/h)") == "Thu Lan");
  CHECK(source_in_credit("Thu Lan (T/h)").empty());
  // a role spelled out, a second writer, initials, a place stay or go as before
  CHECK(author_in_byline("HỒNG HÀ (Thực hiện)") == "HỒNG HÀ (Thực hiện)");
  CHECK(author_in_byline("Lê Hà (tổng hợp)") == "Lê Hà (tổng hợp)");
  CHECK(author_in_byline("NGỌC ANH (VŨ HÀ)") == "NGỌC ANH (VŨ HÀ)");
  CHECK(author_in_byline("Lan Chi - P.L.H") == "Lan Chi - P.L.H");
  CHECK(source_in_credit("Lê Hà ( Huyện Tân Phú)").empty());
  CHECK(source_in_credit("Lê Hà (TP.HCM)").empty());                  // a city, no site
  CHECK(author_in_byline("Theo báo Tân Phú") == "Theo báo Tân Phú");  // a source alone
}

TEST_CASE("byline outlet: a page's paper under the writer is the article's source") {
  Article a = page_ending("Minh Tuấn\n(Báo Tân Phú)\n");
  CHECK(a.author == "Minh Tuấn");
  CHECK(a.source.site == "Báo Tân Phú");
  Article b = page_ending("Minh Tuấn (ABC)\n");
  CHECK(b.author == "Minh Tuấn");
  CHECK(b.source.site == "ABC");
}

TEST_CASE("byline outlet: a date on the byline's line is no part of the author") {
  CHECK(byline_without_date("Hải Minh (ABC Online) 17/07/2024 18:49 GMT+7") ==
        "Hải Minh (ABC Online)");
  CHECK(author_in_byline("Hải Minh - 17/07/2024 18:49") == "Hải Minh");
  CHECK(byline_without_date("Kỷ niệm ngày 30/4/1975") == "Kỷ niệm ngày 30/4/1975");
  CHECK(page_ending("Thu Lan - 12/03/2024 08:15\n").author == "Thu Lan");
  // a page's author box holding the name and the date side by side
  std::string html =
      "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body>"
      "<div class=\"detail\"><h1>Tỉnh đoàn ra quân chiến dịch Mùa hè xanh</h1>"
      "<div class=\"box-author\"><span class=\"name\">Hải Minh (ABC Online)</span>"
      "<p class=\"time\">17/07/2024 18:49 GMT+7</p></div>"
      "<div class=\"contents\"><p>Sáng 2/7, Tỉnh đoàn tổ chức lễ ra quân chiến dịch tình nguyện "
      "hè với hơn hai nghìn đoàn viên tham gia.</p><p>Các đội hình sẽ làm đường, sửa nhà và dạy "
      "học cho trẻ em ở các xã vùng sâu trong hai tháng.</p></div></div></body></html>";
  Article p = read_ok(InputFile{"trang.html", html});
  CHECK(p.author == "Hải Minh");
}

TEST_CASE("byline outlet: a word no Vietnamese syllable spells is no one-word byline") {
  for (const char* yes : {"Mai", "Nguyễn", "nghiêng", "Quốc", "Phúc", "gìn", "Trường", "Khuê", "Y",
                          "Huyền", "Oanh", "Mạnh", "Thuý", "Giang", "Đức"})
    CHECK(is_vietnamese_syllable(yes));
  for (const char* no : {"Top", "Back", "Home", "Share", "Print", "Up", "Menu", "Like", "Email",
                         "Zalo", "Video", "Hot", "Mn3", "Tin.", ""})
    CHECK_FALSE(is_vietnamese_syllable(no));
  CHECK_FALSE(looks_like_byline("Top"));
  CHECK(looks_like_byline("Mai"));
  CHECK(looks_like_byline("TVB"));
  CHECK(page_ending("Top\n\nBạn không thể gửi bình luận liên tục\n").author.empty());
}

TEST_CASE("byline outlet: an organisation signs by its full name, a desk over the writer") {
  CHECK(names_organisation("Cơ quan Ủy ban kiểm tra Đảng ủy Huyện Tân Phú"));
  CHECK(names_organisation("Ban Truyền thông Hội Nông dân trẻ Tân Phú (T/h)"));
  CHECK_FALSE(names_organisation("Ban Tổ chức trao giải cho các thí sinh đạt giải cao"));
  CHECK_FALSE(names_organisation("Ban Thường vụ Huyện ủy tặng hoa chúc mừng Đại hội"));
  CHECK_FALSE(names_organisation("Ban hành Nghị quyết của Đảng ủy xã"));
  // a spaced dash joining two parts of an office's name (real-eval45/humg-1); a management
  // board named by what it manages, then that thing's name (real-eval45/sonnnt-ninhthuan-1)
  CHECK(names_organisation("Phòng Công tác chính trị - Sinh viên"));
  CHECK(names_organisation("Phòng Công tác chính trị – Sinh viên"));
  CHECK_FALSE(names_organisation("Phòng Công tác chính trị - sinh viên tham gia"));
  CHECK(names_organisation("Ban quản lý rừng PHĐN hồ Sông Trâu"));
  CHECK_FALSE(names_organisation("Ban quản lý dự án xây dựng"));  // no name of its own
  CHECK_FALSE(names_organisation("Ban quản lý chợ đã họp bàn kế hoạch"));
  CHECK(page_ending("Ban quản lý rừng PHĐN hồ Sông Trâu\n").author ==
        "Ban quản lý rừng PHĐN hồ Sông Trâu");
  CHECK(page_ending("Phòng Công tác chính trị - Sinh viên\n").author ==
        "Phòng Công tác chính trị - Sinh viên");
  Article a = page_ending("Cơ quan Ủy ban kiểm tra Đảng ủy Huyện Tân Phú\n");
  CHECK(a.author == "Cơ quan Ủy ban kiểm tra Đảng ủy Huyện Tân Phú");
  Article b = page_ending(
      "Ban Truyền thông Hội Nông dân trẻ Tân Phú (T/h)\nLink bài: https://example.vn/a.html\n");
  CHECK(b.author == "Ban Truyền thông Hội Nông dân trẻ Tân Phú");
  // a caption-like line over the text's end is no signature
  Article c = page_ending("Ban Tổ chức trao giải cho các thí sinh đạt giải cao\n");
  CHECK(c.author.empty());
  // the desk's line over the writer's name leaves with the byline
  CHECK(names_desk("Ban biên tập Website THM"));
  CHECK_FALSE(names_desk("Ban Tổ chức trao giải cho các thí sinh"));
  Article d = page_ending("Ban biên tập Trang tin Tân Phú\nHoàng Minh Đức\n");
  CHECK(d.author == "Hoàng Minh Đức");
  for (const Block& blk : d.blocks) CHECK(blk.text.find("Ban biên tập") == std::string::npos);
}

TEST_CASE("byline outlet: a unit's initials after a dash, a byline under the last photo") {
  CHECK(author_in_byline("Nguyễn Văn Hà - CTVH") == "Nguyễn Văn Hà");
  CHECK(author_in_byline("Lan Chi - P.L.H") == "Lan Chi - P.L.H");  // initials: a writer
  CHECK(author_in_byline("NGỌC ANH - VŨ HÀ") == "NGỌC ANH - VŨ HÀ");
  // the page's last photo, then the byline: no caption, as nothing is under it
  Article a = page_ending("hoinghi-2024.jpg\n\nNguyễn Văn Hà - CTVH\n");
  CHECK(a.author == "Nguyễn Văn Hà");
  // the portrait of a person the text names stays no author
  Article b = read_ok(InputFile{
      "b.txt",
      kPage + "Phóng viên trao đổi với PGS-TS Trần Văn Bình về công tác xây dựng Đảng ở cơ "
              "sở trong tình hình mới hiện nay.\n\nhoinghi-2024.jpg\n\nPGS-TS Trần Văn Bình\n"});
  CHECK(b.author.empty());
}

TEST_CASE("byline outlet: a paper alone in brackets at the end is the source, no author") {
  CHECK(outlet_alone_in_brackets("(Báo Tân Phú)") == "Báo Tân Phú");
  CHECK(outlet_alone_in_brackets("(Tạp chí Tân Phú).") == "Tạp chí Tân Phú");
  CHECK(outlet_alone_in_brackets("(baotanphu.vn)") == "baotanphu.vn");
  CHECK(author_in_byline("(Báo Tân Phú)") == "");
  CHECK(source_in_credit("(Báo Tân Phú)") == "Báo Tân Phú");
  Article a = page_ending("(Báo Tân Phú)\n");
  CHECK(a.author == "");
  CHECK(a.source.site == "Báo Tân Phú");
  // a name, an office, initials in capitals in brackets sign; the paper alone, unbracketed,
  // signs the item; under a name, the paper in brackets is the source beside the author
  CHECK(outlet_alone_in_brackets("(Thanh Huyền)") == "");
  CHECK(outlet_alone_in_brackets("(Văn phòng Huyện ủy)") == "");
  CHECK(outlet_alone_in_brackets("(HNV)") == "");
  CHECK(outlet_alone_in_brackets("Báo Tân Phú") == "");
  CHECK(page_ending("(Thanh Huyền)\n").author == "Thanh Huyền");
  CHECK(page_ending("Báo Tân Phú\n").author == "Báo Tân Phú");
  Article two = page_ending("Thu Hà\n(Báo Tân Phú)\n");
  CHECK(two.author == "Thu Hà");
  CHECK(two.source.site == "Báo Tân Phú");
}
