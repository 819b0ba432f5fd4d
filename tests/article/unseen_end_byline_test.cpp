// The end byline in forms the learning pages did not show and unseen sites print (session 24,
// bench/README.md "What unseen sites break"): a signature framed by runs of a mark whatever its
// inside holds, under a gallery's heading; and its near misses.
#include <catch2/catch.hpp>
#include <string>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Hội Nông dân xã ra quân làm đường giao thông nông thôn\n\n";
const std::string kLead =
    "Sáng 14/3, Hội Nông dân xã Tân Hòa phối hợp với các chi hội ra quân làm mới hơn hai cây số "
    "đường bê tông nội đồng, giúp bà con vận chuyển lúa thuận tiện hơn trong mùa thu hoạch.\n\n";
const std::string kBody =
    "Hơn 200 hội viên đã tham gia đóng góp ngày công, vật liệu và kinh phí để hoàn thành tuyến "
    "đường trước mùa mưa, nhiều hộ dân hiến đất mở rộng lòng đường.\n\n";
const std::string kLast = "Dự kiến tuyến đường sẽ được bàn giao cho nhân dân vào cuối tháng 4.";

Article read_end(const std::string& end) {
  return read_ok(InputFile{"lam-duong.txt", kTitle + kLead + kBody + kLast + "\n\n" + end});
}

}  // namespace

TEST_CASE("unseen end byline: a framed signature under a gallery's heading is no caption") {
  // "Một số hình ảnh …" over short lines reads as a photo story's captions (photo_story.h); a
  // line framed by marks is a signature set apart, never a caption
  for (std::string frame :
       {"===== Trần Văn Tâm=====", "-- Trần Văn Tâm --", "*** Trần Văn Tâm ***"}) {
    INFO(frame);
    Article a = read_end("Một số hình ảnh buổi ra quân\n\n" + frame + "\n");
    CHECK(a.author == "Trần Văn Tâm");
    for (const Block& b : a.blocks) CHECK(b.text.find("Trần Văn Tâm") == std::string::npos);
  }
}

TEST_CASE("unseen end byline: the frame comes off whatever shape its inside has") {
  // a name with its unit glued (no mark between): read once the frame is off
  CHECK(read_end("===== Trần Văn Tâm Trung tâm Văn hóa=====\nChia sẻ\nIn bài\n").author ==
        "Trần Văn Tâm");
  // a framed box heading stays no byline
  CHECK(read_end("===== Các tin đã đưa ngày =====\n").author.empty());
}

namespace {

const std::string kUnderTitle = "Chi hội Phụ nữ thôn Đông tổ chức kỷ niệm ngày thành lập Hội\n";
const std::string kText =
    "\nSáng 20/10, Chi hội Phụ nữ thôn Đông đã tổ chức buổi gặp mặt kỷ niệm ngày thành lập "
    "Hội Liên hiệp Phụ nữ Việt Nam với sự tham gia của đông đảo hội viên trong thôn.\n\n"
    "Tại buổi gặp mặt, các hội viên đã ôn lại truyền thống vẻ vang của phụ nữ Việt Nam và "
    "tham gia nhiều trò chơi dân gian sôi nổi.\n";

}  // namespace

TEST_CASE("unseen end byline: a pen name run into the date under the title signs") {
  // a CMS's author and date fields with no space between: the glue tells them apart, so a
  // pen name with no family name signs too, a weekday glued to it comes off
  struct Case {
    std::string line, author;
  };
  for (const Case& c :
       {Case{"Bá Sơn08:08, 19/10/2023", "Bá Sơn"},
        Case{"Như HoàngThứ 6, 20/10/2023 | 15:21:15", "Như Hoàng"},
        Case{"Thu Hường – Minh Dũng20/10/2023 10:15", "Thu Hường – Minh Dũng"},
        Case{"Văn Quân20/10/2023", "Văn Quân"}, Case{"Minh hiếu20/10/2023", "Minh hiếu"}}) {
    INFO(c.line);
    Article a = read_ok(InputFile{"bai.txt", kUnderTitle + c.line + "\n" + kText});
    CHECK(a.author == c.author);
    CHECK(a.date == Date{2023, 10, c.line.find("19/10") != std::string::npos ? 19 : 20});
  }
  // a section written beside the date, set apart by a space or a bar, is no writer; nor is
  // one word glued (an acronym as often: a paper's mark)
  for (std::string line : {"Tin Tức | 20/10/2023", "Hội Phụ Nữ 20/10/2023 10:15",
                           "QPTD–Thứ Sáu, 20/10/2023, 13:59 (GMT+7)"}) {
    INFO(line);
    CHECK(read_ok(InputFile{"bai.txt", kUnderTitle + line + "\n" + kText}).author.empty());
  }
}

TEST_CASE("unseen end byline: a name and a date alone at the end, or one typed lower") {
  CHECK(read_end("Văn Quân 20/10/2023\n").author == "Văn Quân");
  CHECK(read_end("Minh hiếu 20/10/2023\n").author == "Minh hiếu");
  CHECK(read_end("Minh hiếu 20/10/2023 - 10:45\n").author == "Minh hiếu");
  // a date alone at the end names nobody
  CHECK(read_end("20/10/2023\n").author.empty());
}

TEST_CASE("unseen end byline: a source's label without its colon names no writer") {
  Article a = read_end("Nguồn Báo Nông Thôn\n");
  CHECK(a.author.empty());
  CHECK(a.source.site == "Báo Nông Thôn");
  // a name under it still signs, as under "Nguồn: X"
  CHECK(read_end("Nguồn Báo Nông Thôn\nTrần Văn Tâm\n").author == "Trần Văn Tâm");
}

TEST_CASE("unseen end byline: a box's heading in capitals of common words is no byline") {
  // a source's credit, then the comment box's and the related box's headings
  const std::string head =
      "Hội Nông dân xã ra quân làm đường giao thông nông thôn\n\n18/09/2013\n\n";
  const std::string lead =
      "Sáng 14/3, Hội Nông dân xã Tân Hòa phối hợp với các chi hội ra quân làm mới hơn hai cây "
      "số đường bê tông nội đồng, giúp bà con vận chuyển lúa thuận tiện hơn trong mùa thu "
      "hoạch.\n\n";
  for (std::string box : {"PHẢN HỒI ĐỘC GIẢ", "BÌNH LUẬN BẠN ĐỌC", "CHIA SẺ Ý KIẾN"}) {
    INFO(box);
    Article a = read_ok(
        InputFile{"bai.txt", head + lead + "Theo BNT\n\n" + box + "\n\nCác tin bài khác\n"});
    CHECK(a.author.empty());
  }
  // an office signs in capitals of common words where no credit stands over it
  CHECK(read_end("BAN TỔ CHỨC\n").author == "BAN TỔ CHỨC");
  // pen names in capitals sign, with no family name, and with a unit after a dash
  CHECK(read_end("HOÀI NGUYỆT\n").author == "HOÀI NGUYỆT");
  CHECK(read_end("THẾ HIỆP – HUYỆN ĐOÀN TÂN HÒA\n").author == "THẾ HIỆP");
  CHECK(read_end("TRẦN VĂN TÂM\n").author == "TRẦN VĂN TÂM");
}

TEST_CASE("unseen end byline: a hard-wrapped sentence's last line is no byline") {
  // the line over it leaves the sentence open at a wrapped line's length; the last line, a
  // place's name in title case, was left apart by the joiner
  Article a = read_ok(InputFile{
      "bai.txt",
      "Hội nông dân xã Tân Hòa ra quân làm mới hơn hai cây số đường bê tông nội đồng, tập "
      "trung tìm hiểu về phong trào xây dựng nông thôn mới, nỗ lực phấn đấu trở\n"
      "thành xã đạt chuẩn nông thôn mới nâng cao. Hội Nông dân – Đoàn Thanh niên đã tổ chức "
      "Lễ\n"
      "Khánh thành tuyến đường cho bà con tổ 9 tại Khu Di tích lịch sử Tượng đài chiến thắng\n"
      "Hà Tiên – Kiên Giang.\n"});
  CHECK(a.author.empty());
  // a byline with a stop under a closed sentence still signs
  CHECK(read_end("Trần Văn Tâm.\n").author == "Trần Văn Tâm");
}

TEST_CASE("unseen end byline: a name with one syllable typed lower signs, bracketed too") {
  CHECK(read_end("Trần văn Tâm - Hội Nông dân xã\n").author == "Trần văn Tâm");
  CHECK(read_end("Nguyễn Thị thu Hà.\n").author == "Nguyễn Thị thu Hà");
  CHECK(read_end("(Minh hiếu)\n").author == "Minh hiếu");
  // no family name first: an office's name, no writer typed lower
  CHECK(read_end("Phường quán Toan\n").author != "Phường quán Toan");
}
