// A lead that keeps only the dash of an agency the page set as a logo (article/lead_prefix.h
// without_orphan_dash), on a small made-up page and line by line.
#include <catch2/catch.hpp>

#include "article/lead_prefix.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("lead: an orphan dash before the sapo comes off") {
  const std::string sapo =
      "Trong 2 ngày 7 và 8-5, Đảng bộ xã Tân Phú tiến hành Đại hội đại biểu lần thứ XII, nhiệm "
      "kỳ 2020 - 2025, với sự tham dự của 150 đại biểu.";
  Article a = read_ok(InputFile{
      "a.txt", "Đại hội đại biểu Đảng bộ xã Tân Phú lần thứ XII\n\n08/05/2020 - 10:46\n\n - " +
                   sapo +
                   "\n\nĐại hội đã bầu Ban Chấp hành Đảng bộ xã nhiệm kỳ mới gồm 15 đồng chí, "
                   "bầu đoàn đại biểu dự Đại hội Đảng bộ huyện.\n"});
  CHECK(a.lead == sapo);
  CHECK(without_orphan_dash("– 15 đảng viên được kết nạp.") == "15 đảng viên được kết nạp.");
  CHECK(without_orphan_dash("- và những việc khác") == "- và những việc khác");  // no capital
  CHECK(without_orphan_dash("-Trong năm") == "-Trong năm");
}

TEST_CASE("lead: the dash of an article that is a list of events stays, like its items'") {
  const std::string first = "- Ngày 28.5, UBND tỉnh tuyên dương học sinh giỏi năm học 2017-2018.";
  Article a = read_ok(InputFile{
      "a.txt", "Sự kiện trong tỉnh từ ngày 28.5-3.6\n\nNgày đăng: 28/05/2018\n\n" + first +
                   "\n\n- Ngày 29.5, Hội Nông dân tỉnh tổ chức hội nghị tổng "
                   "kết công tác năm 2017.\n\n- Ngày 30.5, Tỉnh đoàn ra quân "
                   "hưởng ứng Tháng thanh niên.\n"});
  CHECK(a.lead == first);
}

TEST_CASE("lead place: a place with a colon alone above the title is the source, no topic") {
  Article a = read_ok(
      InputFile{"a.txt",
                "Hà Nam:\n\nHơn 5.000 đoàn viên ra quân chiến dịch tình nguyện hè\n\n"
                "08:30 19/05/2024\n"
                "Tỉnh đoàn Hà Nam vừa phát động chiến dịch tình nguyện hè năm 2024 với nhiều "
                "hoạt động thiết thực tại các xã vùng sâu.\n\n"
                "Các đội hình tình nguyện sẽ tham gia làm đường giao thông, sửa nhà văn hóa và "
                "dạy học cho trẻ em vùng khó khăn.\n"});
  CHECK(a.title == "Hơn 5.000 đoàn viên ra quân chiến dịch tình nguyện hè");
  CHECK(a.topic.empty());
  CHECK(a.source.site == "Hà Nam");
  CHECK(all_fields(a).find("Hà Nam:") == std::string::npos);
}
