// Kinds of miss pooled from the pages of sites no rule was made from (real-eval32 and -33,
// held out in session 14; bench/README.md "Session 15"), each on a small made-up page: the
// mechanism, not the page's words.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "article/slogan.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

Article read_text(const std::string& text) {
  return read_ok(InputFile{"trang.txt", text});
}

const std::string kReport =
    "Sáng 24/3/2023, Ban Chấp hành Công đoàn cơ sở Trường Mầm non Hòa Bình tổ chức Đại hội "
    "Công đoàn nhiệm kỳ 2023 - 2028 tại hội trường nhà trường, với sự tham dự của các đoàn "
    "viên công đoàn.\n\n"
    "Đại hội đã thông qua báo cáo tổng kết hoạt động công đoàn nhiệm kỳ qua, đánh giá những kết "
    "quả đạt được, những mặt còn hạn chế và đề ra phương hướng, nhiệm vụ cho nhiệm kỳ mới.\n\n";

}  // namespace

TEST_CASE("pool15: a banner's cry ending in '!' is no title, whatever its words") {
  CHECK(cries_as_banner("CÁN BỘ, ĐOÀN VIÊN THI ĐUA LAO ĐỘNG GIỎI, LAO ĐỘNG SÁNG TẠO!"));
  CHECK(cries_as_banner("Tuổi trẻ xung kích, tình nguyện vì cộng đồng!”"));
  CHECK_FALSE(cries_as_banner("Cố lên!"));  // a cheer, no banner
  CHECK_FALSE(cries_as_banner("Đại hội thành công. Xin chúc mừng các đồng chí!"));  // sentences
  CHECK_FALSE(cries_as_banner("Đại hội Công đoàn trường thành công tốt đẹp"));

  Article a = read_text(
      "CÁN BỘ, ĐOÀN VIÊN THI ĐUA LAO ĐỘNG GIỎI, LAO ĐỘNG SÁNG TẠO!\n\n"
      "CÔNG ĐOÀN TRƯỜNG MẦM NON HÒA BÌNH TỔ CHỨC ĐẠI HỘI NHIỆM KỲ 2023-2028\n\n" +
      kReport);
  CHECK(a.title == "CÔNG ĐOÀN TRƯỜNG MẦM NON HÒA BÌNH TỔ CHỨC ĐẠI HỘI NHIỆM KỲ 2023-2028");
  CHECK(all_fields(a).find("SÁNG TẠO!") == std::string::npos);
  CHECK(has_warning(a, "site chrome left out: 1 lines"));
  CHECK(a.lead.rfind("Sáng 24/3/2023", 0) == 0);
  // the title alone over the report stays the title
  Article plain = read_text(
      "CÔNG ĐOÀN TRƯỜNG MẦM NON HÒA BÌNH TỔ CHỨC ĐẠI HỘI NHIỆM KỲ 2023-2028\n\n" + kReport);
  CHECK(plain.title == a.title);
}
