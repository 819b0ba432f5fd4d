// A date line glued to the text after it (article/glued_date.h), in the shapes sites print
// the date block in: the glue after a digit or a time's AM/PM, after the bracket closing the
// time zone or the date ("(GMT+7)Kỷ niệm", "[GMT+7]Điện Biên", "(21/03/2019)Thực hiện"), and
// before the lead's agency in brackets ("20:08(HanoiTV) - Phát huy"). The cut is the longest
// whole date line. And the near misses: no date line before the glue, a bracket that is no
// agency, a date line set apart by a space.
#include "article/glued_date.h"

#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

// the date line the cut leaves, or "none"
std::string cut(const std::string& p) {
  auto end = glued_date_end(p);
  return end ? p.substr(0, *end) : "none";
}

const std::string kTitle = "Đảng bộ phường tổ chức hội nghị sơ kết công tác xây dựng Đảng";
const std::string kLead =
    "Sáng 25/4, tại hội trường UBND phường, Đảng ủy phường đã tổ chức hội nghị sơ kết công tác "
    "xây dựng Đảng sáu tháng đầu năm và triển khai nhiệm vụ trong thời gian tới.";
const std::string kSecond =
    "Hội nghị đã đánh giá các kết quả đạt được trong việc thực hiện nghị quyết của Đảng bộ và đề "
    "ra những giải pháp trọng tâm cho sáu tháng cuối năm với nhiều chỉ tiêu cụ thể.";

}  // namespace

TEST_CASE("glued date: after a digit or a time's half of the day, as before") {
  CHECK(cut("Đã đăng vào 25/04/2019 lúc 15:35Sáng 25/4, tại tỉnh Đoàn") ==
        "Đã đăng vào 25/04/2019 lúc 15:35");
  CHECK(cut("25/04/2019 03:35 PMSáng 25/4, tại tỉnh Đoàn") == "25/04/2019 03:35 PM");
}

TEST_CASE("glued date: after the bracket closing a time zone or the date") {
  CHECK(cut("Thứ Năm, 19/12/2019, 13:59 (GMT+7)Kỷ niệm 75 năm Ngày Truyền thống") ==
        "Thứ Năm, 19/12/2019, 13:59 (GMT+7)");
  CHECK(cut("Thứ Sáu, 12/06/2015, 07:49 [GMT+7]Tính đến ngày 11-6, Đảng bộ") ==
        "Thứ Sáu, 12/06/2015, 07:49 [GMT+7]");
  CHECK(cut("Đăng lúc: 10:24:33 29/07/2022 (GMT+7)Căn cứ Điều lệ Đảng") ==
        "Đăng lúc: 10:24:33 29/07/2022 (GMT+7)");
  CHECK(cut("(21/03/2019)Thực hiện lời dạy của Chủ tịch Hồ Chí Minh") == "(21/03/2019)");
  CHECK(cut("Cập nhật (02/06/2025)Sáng ngày 1/6/2025, Chi bộ III") == "Cập nhật (02/06/2025)");
}

TEST_CASE("glued date: before the lead's agency in brackets") {
  CHECK(cut("29/11/2020 20:08(HanoiTV) - Phát huy dân chủ, quyền và trách nhiệm") ==
        "29/11/2020 20:08");
  CHECK(cut("17:28, Thứ Hai, 30/09/2019 (GMT+7)(QBĐT) - Ngày 30-9, Huyện ủy") ==
        "17:28, Thứ Hai, 30/09/2019 (GMT+7)");
  CHECK(cut("Cập nhật: 21:45, 20/11/2023 (GMT+7)(ABO) Chiều 20-11, Sở Giáo dục") ==
        "Cập nhật: 21:45, 20/11/2023 (GMT+7)");
  CHECK(cut("18/10/2022 | 19:16 GMT+7(HG) - Ủy ban MTTQ Việt Nam tỉnh cho biết") ==
        "18/10/2022 | 19:16 GMT+7");
}

TEST_CASE("glued date: near misses stay whole") {
  // no date line before the glue
  CHECK(cut("Kỷ niệm 75 năm (1944 - 2019)Đoàn viên thanh niên") == "none");
  CHECK(cut("Hội nghị lần thứ 3 (GMT+7)Kỷ niệm") == "none");
  // a bracket after the date that is no agency: lower case, a sentence's comma after it
  CHECK(cut("Ngày 25/04/2019(thứ Năm) hội nghị được tổ chức") == "none");
  CHECK(cut("Ngày 25/04/2019(Thứ Năm), hội nghị được tổ chức") == "none");
  // set apart by a space: no glue
  CHECK(cut("25/04/2019 (GMT+7) Sáng nay, tại hội trường") == "none");
  CHECK(cut("25/04/2019 15:35 Sáng nay, tại hội trường") == "none");
}

TEST_CASE("glued date: the page's date, and its lead whole") {
  for (const std::string& date :
       {std::string("Thứ Năm, 25/04/2019, 13:59 (GMT+7)"), std::string("25/04/2019 13:59 [GMT+7]"),
        std::string("(25/04/2019)")}) {
    Article a = read_text(kTitle + "\n" + date + kLead + "\n" + kSecond + "\n");
    CHECK(a.title == kTitle);
    REQUIRE(a.date);
    CHECK(a.date->iso() == "2019-04-25");
    CHECK(a.lead == kLead);
  }
}

TEST_CASE("glued date: a section or a byline set apart before the date line") {
  CHECK(cut("Xã hội - Ngày đăng : 22:44, 04/12/2020(TN&MT) - Ngày 4/12, Đoàn cán bộ") ==
        "Xã hội - Ngày đăng : 22:44, 04/12/2020");
  CHECK(cut("PV - 10:56, 18/12/2020Những chỉ đạo quyết liệt, sâu sát") == "PV - 10:56, 18/12/2020");
  CHECK(cut("Thời sự | Thứ Ba, 25/12/2012 - 10:03Hội nghị đã đánh giá") ==
        "Thời sự | Thứ Ba, 25/12/2012 - 10:03");
  CHECK(cut("Xây dựng Đảng – 25/12/2012 10:03Hội nghị đã đánh giá") ==
        "Xây dựng Đảng – 25/12/2012 10:03");
  // near misses: a title's words before the date with nothing to set them apart
  CHECK(cut("Kỷ niệm 1/9/2020 1:15:06 PMXây dựng đội ngũ") == "none");
  CHECK(cut("Chi bộ kết nạp đảng viên 25/12/2012 10:03Hội nghị đã") == "none");
}

TEST_CASE("glued date: the views' count with its quantifier closing the date line") {
  CHECK(cut("19/05/2020 20:24 Số lượt xem: 545Trong hai ngày 18 và 19-5, Đảng bộ") ==
        "19/05/2020 20:24 Số lượt xem: 545");
  CHECK(cut("19/05/2020 Tổng lượt truy cập: 1.204Trong hai ngày 18 và 19-5") ==
        "19/05/2020 Tổng lượt truy cập: 1.204");
  CHECK(cut("19/05/2020 Tổng số lượt xem 545Trong hai ngày 18 và 19-5") ==
        "19/05/2020 Tổng số lượt xem 545");
  // near miss: a number that counts no views
  CHECK(cut("19/05/2020 Số 545Trong hai ngày 18 và 19-5, Đảng bộ") == "none");
}

TEST_CASE("glued date: the lead opening with a dash or a quotation mark") {
  CHECK(cut("Ngày đăng : 08:59, 28/05/2018- Ngày 28.5, UBND tỉnh tổ chức") ==
        "Ngày đăng : 08:59, 28/05/2018");
  CHECK(cut("08/05/2020 - 10:46– Trong 2 ngày 7 và 8-5, Đảng bộ xã") == "08/05/2020 - 10:46");
  CHECK(cut("14:20 28/09/2023 GMT+7\"Xây dựng nông dân Nghệ An phát triển") ==
        "14:20 28/09/2023 GMT+7");
  CHECK(cut("14:20 28/09/2023“Xây dựng nông dân Nghệ An phát triển") == "14:20 28/09/2023");
  // near misses: a span of dates, a dash before no capital, a quotation with no date line
  CHECK(cut("25/04/2019- 26/04/2019 Hội nghị được tổ chức") == "none");
  CHECK(cut("25/04/2019-năm nay hội nghị được tổ chức") == "none");
  CHECK(cut("Năm 2019“Xây dựng nông dân") == "none");
}

TEST_CASE("glued date: a writer's name set apart by a space before the glued date line") {
  CHECK(cut("Minh Anh 25/04/2019 09:40Sáng 25/4, tại tỉnh Đoàn") == "Minh Anh 25/04/2019 09:40");
  CHECK(cut("TRẦN VĂN HẢI - LÊ HÀ 25/04/2019 11:39Sáng 25/4, tại tỉnh Đoàn") ==
        "TRẦN VĂN HẢI - LÊ HÀ 25/04/2019 11:39");
  CHECK(cut("Thu Hà (thực hiện) 25/04/2019 03:09Hôm nay, Ủy ban Kiểm tra") ==
        "Thu Hà (thực hiện) 25/04/2019 03:09");
  // near misses: a title's or a sentence's words before the date, and a name with a bare date
  CHECK(cut("Chi bộ họp mặt đảng viên 25/04/2019 09:40Sáng 25/4, tại tỉnh Đoàn") == "none");
  CHECK(cut("Minh Anh 25/04/2019Sáng 25/4, tại tỉnh Đoàn") == "none");
  // the name and the date stay the header's, the text after them is the lead
  Article a = read_text(kTitle + "\nMinh Anh 25/04/2019 09:40" + kLead + "\n" + kSecond + "\n");
  CHECK(a.title == kTitle);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-04-25");
  CHECK(a.lead == kLead);
}

TEST_CASE("glued date: a time and a date at the head of the first line, before the lead") {
  CHECK(leading_date_end("08:15 25/04/2019 " + kLead) == std::size_t{17});
  // a dash before the lead is no plain space: left to the glue's rules
  CHECK(leading_date_end("25/04/2019 08:15 - " + kLead) == std::nullopt);
  // near misses: a lead opening with its own day (no time), a sentence's words first, a title
  // or a section after the date (no stop, few words), a line that is not the first
  CHECK(leading_date_end("25/04/2019 Đảng ủy phường đã tổ chức hội nghị sơ kết công tác.") ==
        std::nullopt);
  CHECK(leading_date_end("Lúc 08:15 ngày 25/04/2019 Đảng ủy phường đã tổ chức hội nghị sơ kết.") ==
        std::nullopt);
  CHECK(leading_date_end("08:15 25/04/2019 Xây dựng Đảng") == std::nullopt);
  CHECK(leading_date_end("08:15 25/04/2019 Hội nghị sơ kết công tác xây dựng Đảng năm 2019") ==
        std::nullopt);
  Article a = read_text("08:15 25/04/2019 " + kLead + "\n" + kSecond + "\n");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-04-25");
  CHECK(a.time == "08:15");
  CHECK(a.lead == kLead);
  Article b = read_text(kTitle + "\n" + kLead + "\n08:15 25/04/2019 " + kSecond + "\n");
  CHECK_FALSE(b.date);  // inside the text, the stamp is the text's own
}
