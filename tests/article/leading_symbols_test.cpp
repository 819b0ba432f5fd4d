// Emoji before a line, as a page written like a social network's post sets them before its
// paragraphs, its date and its signature (article/leading_symbols.h): the line is judged by
// its shape without them.
#include "article/leading_symbols.h"

#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ thôn Đông kết nạp hai đảng viên mới";
const std::string kLead =
    "📌 Sáng ngày 12/3/2021, Chi bộ thôn Đông đã tổ chức lễ kết nạp đảng viên mới cho hai quần "
    "chúng ưu tú là đoàn viên thanh niên của thôn.";
const std::string kText =
    "🔍 Tại buổi lễ, đồng chí Bí thư Chi bộ đã trao quyết định kết nạp và giao nhiệm vụ cho các "
    "đảng viên mới phấn đấu học tập, rèn luyện.";

}  // namespace

TEST_CASE("leading symbols: the emoji before a line come off for its shape") {
  CHECK(without_leading_symbols("👏 Tham dự Đại hội") == "Tham dự Đại hội");
  CHECK(without_leading_symbols("📚Trong không khí") == "Trong không khí");
  CHECK(without_leading_symbols("✍️ Thu Hà") == "Thu Hà");
  CHECK(without_leading_symbols("➡️ ▶ Xem thêm") == "Xem thêm");
  // a bullet, a letter, a quotation mark or a line of symbols alone stays as it is
  CHECK(without_leading_symbols("• Tin mới") == "• Tin mới");
  CHECK(without_leading_symbols("Đại hội 👏") == "Đại hội 👏");
  CHECK(without_leading_symbols("“Đảng viên”") == "“Đảng viên”");
  CHECK(without_leading_symbols("👏👏") == "👏👏");
}

TEST_CASE("leading symbols: a date line and a signature after an emoji") {
  for (std::string mark : {"✅ ", "📅", "👉 "}) {
    INFO(mark);
    Article a =
        read_ok(InputFile{"bai.txt", kTitle + "\n\n" + mark + "Thứ Ba, 16/03/2021 | 09:45\n\n" +
                                         kLead + "\n\n" + kText + "\n\n✍️ Minh Khoa\n"});
    CHECK(a.title == kTitle);
    REQUIRE(a.date);
    CHECK(a.date->iso() == "2021-03-16");
    CHECK(a.topic.empty());
    CHECK(a.author == "Minh Khoa");
    CHECK(a.lead == kLead);  // the paragraphs keep their emoji
  }
}

TEST_CASE("leading symbols: a sapo after an emoji where the title would stand") {
  // "📌 Sáng 12/3, … nhiệm kỳ 2022 - 2025.": it closes on a term of office as a title may, but
  // sets its time first: the page shows no title
  const std::string sapo =
      "📌 Sáng 12/3, Chi bộ thôn Đông tổ chức Đại hội Chi bộ nhiệm kỳ 2022 - 2025.";
  Article a = read_ok(InputFile{"bai.txt", sapo + "\n\n" + kText + "\n\n" + kText + "\n"});
  CHECK(a.title.empty());
  CHECK(a.lead == sapo);
}
