// An undated article's date from the day its lead opens with (article/lead_date.h): the
// opening shapes a news lead writes, the near misses that are no news day (history, a
// document's date, a span, a day without its year), and the article's warning.
#include "article/lead_date.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

std::string opening(std::string_view lead) {
  auto d = lead_opening_date(lead);
  return d ? d->iso() : "none";
}

const std::string kTitle = "Chi bộ Trường Tiểu học tổ chức lễ kết nạp đảng viên mới";
const std::string kSecond =
    "Tại buổi lễ, đồng chí Bí thư Chi bộ đã trao quyết định kết nạp và nhắc nhở đảng viên mới "
    "tiếp tục rèn luyện, phấn đấu, giữ gìn tư cách người đảng viên trong công tác hằng ngày.";

}  // namespace

TEST_CASE("lead date: the day a news lead opens with") {
  CHECK(opening("Ngày 14/10/2022, Thư viện tỉnh luân chuyển sách về cơ sở.") == "2022-10-14");
  CHECK(opening("Sáng ngày 27/8/2018, chi bộ Viện tổ chức sinh hoạt chuyên đề.") == "2018-08-27");
  CHECK(opening("Chiều 20-10-2025, Hội Nông dân xã tổ chức đại hội.") == "2025-10-20");
  CHECK(opening("Vào chiều ngày 25.10.2017, Chi bộ 18 tổ chức lễ kết nạp.") == "2017-10-25");
  CHECK(opening("Tối ngày 12 tháng 9 năm 2022, Đoàn trường tổ chức đêm văn nghệ.") == "2022-09-12");
  CHECK(opening("Ngày 10 tháng 01 năm 2020 Bệnh viện vinh dự đón nhận bằng khen.") == "2020-01-10");
  // no comma: the clause goes on after a space
  CHECK(opening("Chiều ngày 22/6/2017 Chi bộ 2 tổ chức sinh hoạt.") == "2017-06-22");
  CHECK(opening("Ngày 20/4/2021 tại xã Tân Lợi, Hội Phụ nữ tổ chức đại hội.") == "2021-04-20");
}

TEST_CASE("lead date: no news day") {
  // history the lead recalls
  CHECK(opening("Ngày 03/2/1930, Đảng Cộng sản Việt Nam ra đời.") == "none");
  // a day without its year, a date inside the clause, a document's date
  CHECK(opening("Sáng 25/6, Công đoàn Viên chức tỉnh tổ chức hội thao.") == "none");
  CHECK(opening("Thực hiện Kế hoạch số 227-KH/BQL ngày 28/4/2022, Hội tổ chức tập huấn.") ==
        "none");
  CHECK(opening("Nhân dịp Tết Nguyên đán, ngày 20/2/2022, Huyện đoàn thăm đồn biên phòng.") ==
        "none");
  // a span of days, a date that does not exist, a date range's first day with a dash
  CHECK(opening("Ngày 29/12/2022 - 31/12/2022, Hội Cựu chiến binh tổ chức hội thao.") == "none");
  CHECK(opening("Ngày 31/02/2022, Chi bộ họp.") == "none");
  CHECK(opening("Ngày 20-21.9.2018, toàn thể giáo dân mừng lễ bổn mạng.") == "none");
  CHECK(opening("") == "none");
}

TEST_CASE("lead date: an undated page is dated by its lead and says so") {
  const std::string lead =
      "Sáng ngày 31/5/2024, Chi bộ Trường Tiểu học long trọng tổ chức lễ kết nạp đảng viên mới "
      "cho hai quần chúng ưu tú là giáo viên của trường.";
  Article a = read_text(kTitle + "\n\n" + lead + "\n\n" + kSecond + "\n");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2024-05-31");
  CHECK_FALSE(a.time);
  CHECK(a.lead == lead);
  CHECK(std::find(a.warnings.begin(), a.warnings.end(), "no date line") == a.warnings.end());
  CHECK(std::find(a.warnings.begin(), a.warnings.end(),
                  std::string(kDateFromLead) + "31/05/2024") != a.warnings.end());

  // a date line wins: the lead's day is the event's, the line the page's
  Article b = read_text(kTitle + "\n\n01/06/2024 08:30\n\n" + lead + "\n\n" + kSecond + "\n");
  REQUIRE(b.date);
  CHECK(b.date->iso() == "2024-06-01");
  CHECK(std::none_of(b.warnings.begin(), b.warnings.end(),
                     [](const std::string& w) { return w.starts_with(kDateFromLead); }));

  // a lead without a day of its own leaves the page undated, as before
  Article c = read_text(kTitle + "\n\n" + kSecond + "\n\n" + kSecond + "\n");
  CHECK_FALSE(c.date);
  CHECK(std::find(c.warnings.begin(), c.warnings.end(), "no date line") != c.warnings.end());
}
