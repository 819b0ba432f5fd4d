// Shapes of a page's header seen in the pooled misses of session 13, each on a small made-up
// page: date lines the date grammar (text/date.h) reads as a whole (the day, the month and the
// year parted by spaces, the month first, the page's counters closing the line); a breadcrumb
// closed by its separator; the lead's agency alone on its line; a line in capitals over the
// lead.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới tại nhà văn hóa";
const std::string kLead =
    "Chiều ngày 12/3, Chi bộ thôn Đông đã tổ chức lễ kết nạp hai đảng viên mới trong không "
    "khí trang nghiêm, với sự tham dự của đại diện Đảng ủy xã và các đảng viên trong chi bộ.";
const std::string kBody =
    kLead + "\n\n" +
    "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố quyết định kết nạp và giao nhiệm vụ cho "
    "các đảng viên mới, mong các đồng chí luôn phấn đấu, rèn luyện và giữ gìn tư cách.\n";

}  // namespace

TEST_CASE("pooled header shapes: a date parted by spaces under a title with a stop") {
  Article a = read_text(kTitle + ".\n\n14 03 2021\n\n" + kBody);
  CHECK(a.title == kTitle + ".");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2021-03-14");
  CHECK(a.lead == kLead);
}

TEST_CASE("pooled header shapes: the month first, as the en-US default prints it") {
  Article a = read_text("Tin tức\n\n" + kTitle + "\n\n3/14/2021 9:05:33 AM\n" + kBody);
  CHECK(a.title == kTitle);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2021-03-14");
  CHECK(a.time == "09:05");
}

TEST_CASE("pooled header shapes: a view count beside the date is neither the lead nor chrome") {
  Article a = read_text(kTitle + "\n\n14/03/2021 512\n\n" + kBody);
  CHECK(a.title == kTitle);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2021-03-14");
  CHECK(a.lead == kLead);
  CHECK(all_fields(a).find("512") == std::string::npos);
}

TEST_CASE("pooled header shapes: a breadcrumb closed by its separator names its last step") {
  Article a = read_text("Trang chủ > Tin tức > Xây dựng Đảng > \n" + kTitle + "\n" + kBody);
  CHECK(a.topic == "Xây dựng Đảng");
  CHECK(a.title == kTitle);
}

TEST_CASE("pooled header shapes: the lead's agency alone on its line is no lead") {
  Article a = read_text(kTitle + "\n\nQĐND Online -\n\n" + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.lead == kLead);
  CHECK(a.source.site == "QĐND Online");
}

TEST_CASE("pooled header shapes: a line in capitals under the title is no lead") {
  const std::string caps = "ĐẠI HỘI CHI BỘ THÔN ĐÔNG NHIỆM KỲ 2025 - 2027 THÀNH CÔNG TỐT ĐẸP!";
  Article a = read_text(kTitle + "\n\n" + caps + "\n\n" + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.lead == kLead);
}
