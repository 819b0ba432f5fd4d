// The site's clock over a page's head (article/head_clock.h): a bare date line of the day the
// page was served, over the title, loses to the article's own date line under the title, and
// neither the title nor the lead is displaced by it; with the near misses that keep the upper
// date line (an earlier day than the lower one, a posting's label, no other date line).
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"
#include "text/date_line.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Hội nông dân xã tổ chức tập huấn kỹ thuật trồng lúa vụ đông xuân";
const std::string kLead =
    "Sáng 12/3, Hội nông dân xã phối hợp với Trạm khuyến nông huyện tổ chức lớp tập huấn kỹ "
    "thuật trồng lúa vụ đông xuân cho hơn 80 hội viên nông dân trên địa bàn xã.";
const std::string kSecond =
    "Tại lớp tập huấn, các hội viên được hướng dẫn cách chọn giống, bón phân cân đối và phòng "
    "trừ sâu bệnh hại lúa theo hướng an toàn, tiết kiệm chi phí sản xuất cho bà con.";
const std::string kText = kLead + "\n\n" + kSecond + "\n";

std::string iso(const Article& a) {
  return (a.date ? a.date->iso() : "none") + " " + a.time.value_or("-");
}

}  // namespace

TEST_CASE("head clock: a bare date line is the clock, a labelled one is not") {
  CHECK(bare_date_line("Thứ Năm, 03/12/2026"));
  CHECK(bare_date_line("Ngày 03/12/2026 08:15 AM"));
  CHECK(bare_date_line("08:15 03/12/2026 (GMT+7)"));
  CHECK_FALSE(bare_date_line("Ngày đăng: 03/12/2026"));
  CHECK_FALSE(bare_date_line("Cập nhật: 18:21 03/12/2026"));
  CHECK_FALSE(bare_date_line("03/12/2026 | Lượt xem: 120"));
  CHECK_FALSE(bare_date_line("Hội nghị ngày 03/12/2026"));
}

TEST_CASE("head clock: the clock over the title loses to the date line under it") {
  Article a = read_text("Thứ Năm, 03/12/2026\n\n" + kTitle + "\n\n12/03/2021 09:40\n\n" + kText);
  CHECK(a.title == kTitle);
  CHECK(iso(a) == "2021-03-12 09:40");
  CHECK(a.lead == kLead);
  // with a time, and the article's date line labelled as an update
  Article b = read_text("Ngày 03/12/2026 08:15 AM\n\n" + kTitle +
                        "\n\nCập nhật: 12/03/2021 09:40\n\n" + kText);
  CHECK(b.title == kTitle);
  CHECK(iso(b) == "2021-03-12 09:40");
  CHECK(b.lead == kLead);
  // a section beside the article's date, a line of the masthead over the clock: no topic
  Article c = read_text("Tất cả chuyên mục\n\nChủ nhật, 14/12/2025\n\n" + kTitle +
                        "\n\nThứ 6, 12/03/2021 | 09:40\n\n" + kText);
  CHECK(c.title == kTitle);
  CHECK(iso(c) == "2021-03-12 09:40");
  CHECK(c.topic.empty());
  CHECK(c.lead == kLead);
}

TEST_CASE("head clock: the article's date line at the text's end") {
  Article a = read_text("Thứ Năm, 03/12/2026\n\n" + kTitle + "\n\n" + kText + "\n12/03/2021\n");
  CHECK(a.title == kTitle);
  CHECK(iso(a) == "2021-03-12 -");
  CHECK(a.lead == kLead);
}

TEST_CASE("head clock: near misses keep the upper date line") {
  // the upper date is the earlier one: the lower is the article's update, the upper its date
  Article a = read_text("12/03/2021\n\n" + kTitle + "\n\nThứ Năm, 03/12/2026\n\n" + kText);
  CHECK(iso(a) == "2021-03-12 -");
  CHECK(a.title == kTitle);
  // no other date line: the date over the title is the article's (the archive's layout)
  Article b = read_text("Thứ Năm, 03/12/2026\n\n" + kTitle + "\n\n" + kText);
  CHECK(iso(b) == "2026-12-03 -");
  CHECK(b.title == kTitle);
  // a posting's label over the title is the article's own date line
  Article c = read_text("Ngày đăng: 03/12/2026\n\n" + kTitle + "\n\n" + kText + "\n12/03/2021\n");
  CHECK(iso(c) == "2026-12-03 -");
}
