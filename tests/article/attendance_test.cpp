// Attendance sentences (article/attendance.h): "Tham dự … có đồng chí …" lists who came, as the
// body of a report does; it is never a photo's caption, however short.
#include "article/attendance.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("attendance: the act of attending, then có, is a listing of who came") {
  CHECK(lists_attendance("Tham dự hội nghị có đồng chí Hoàng Văn Lâm, Bí thư Đảng ủy xã."));
  CHECK(lists_attendance("Đến dự Đại hội có đồng chí Lý Thị Mai - Phó Bí thư Đảng ủy."));
  CHECK(lists_attendance("Về dự và chỉ đạo buổi lễ có các đồng chí trong Ban Thường vụ."));
  CHECK(lists_attendance("Đến tham dự lễ kết nạp có 30 đảng viên của chi bộ."));
  CHECK(lists_attendance("Tới dự, phát biểu chỉ đạo có đồng chí Phan Minh Khôi."));
  // the people first, then the act: a caption's order
  CHECK_FALSE(lists_attendance("Đồng chí Hoàng Văn Lâm dự hội nghị tại xã Tân An."));
  // "dự" making another word, or no "có"
  CHECK_FALSE(lists_attendance("Dự án có tổng vốn đầu tư 12 tỷ đồng."));
  CHECK_FALSE(lists_attendance("Dự thảo báo cáo có năm phần."));
  CHECK_FALSE(lists_attendance("Tham dự hội nghị, các đại biểu thảo luận sôi nổi."));
}

TEST_CASE("attendance: a short listing of who came after the lead stays a paragraph") {
  const std::string title = "Chi bộ Trường Tiểu học Hoa Sen tổ chức đại hội nhiệm kỳ 2025-2027";
  const std::string lead =
      "Sáng ngày 8/1/2025, Chi bộ Trường Tiểu học Hoa Sen long trọng tổ chức Đại hội chi bộ "
      "nhiệm kỳ 2025-2027 theo đúng hướng dẫn của Đảng ủy thị trấn về đại hội chi bộ trực "
      "thuộc.";
  // short, one clause with a final stop, an act before a camera and a person's title: the
  // shape of a scene's caption, but the listing's order
  const std::string attendance =
      "Đến dự Đại hội có đồng chí Võ Văn Tâm - Phó Bí thư Đảng ủy thị trấn Hòa Lạc cùng 18 "
      "đảng viên.";
  const std::string body =
      "Đại hội đã nghe báo cáo kết quả thực hiện nghị quyết nhiệm kỳ qua, thảo luận phương "
      "hướng nhiệm kỳ mới và bầu chi ủy, Bí thư, Phó Bí thư chi bộ với sự nhất trí cao của các "
      "đảng viên dự đại hội.";
  Article a = read_ok(
      InputFile{"dai-hoi.txt", title + "\n\n" + lead + "\n\n" + attendance + "\n\n" + body + "\n"});
  CHECK(captions_in(a) == 0);
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].type == BlockType::Paragraph);
  CHECK(a.blocks[0].text == attendance);
}
