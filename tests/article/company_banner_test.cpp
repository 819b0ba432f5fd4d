// An advertiser's banner where a kicker stands (article/company_banner.h), on made-up lines
// and a made-up page: no topic; a section named for business stays one.
#include "article/company_banner.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("company banner: a company's name is no section") {
  CHECK(names_a_company("Công ty Cổ phần Phân bón Miền Nam"));
  CHECK(names_a_company("Công ty TNHH Phân bón Văn Điển"));
  CHECK(names_a_company("Tập đoàn Dầu khí Việt Nam JSC"));
  CHECK_FALSE(names_a_company("Doanh nghiệp"));
  CHECK_FALSE(names_a_company("Kinh tế - Doanh nghiệp"));
  CHECK_FALSE(names_a_company("Công ty"));
  // a member company as a section of an enterprise Party committee's site (review)
  CHECK_FALSE(names_a_company("Tổng công ty Điện lực miền Bắc"));
  CHECK_FALSE(names_a_company("Công ty Than Vàng Danh"));
  CHECK_FALSE(names_a_company("Hợp tác xã Nông nghiệp Tân Phú"));
  CHECK_FALSE(names_a_company("Công ty Cổ phần Phân bón Miền Nam tặng quà cho hội viên."));
}

TEST_CASE("company banner: a banner over the title gives no topic, the title stays") {
  const std::string body =
      "Sáng 28/9, Hội Nông dân tỉnh tổ chức Đại hội đại biểu lần thứ X, nhiệm kỳ 2023 - 2028, "
      "với sự tham gia của 300 đại biểu đại diện cho hội viên nông dân toàn tỉnh.\n\n"
      "Đại hội đã thảo luận, thông qua báo cáo chính trị và bầu Ban Chấp hành khóa mới gồm 45 "
      "đồng chí.\n";
  Article a = read_ok(InputFile{"a.txt",
                                "Công ty Cổ phần Phân bón Miền Nam\n\n"
                                "Nông dân tỉnh nhà phát triển toàn diện\n\n" +
                                    body});
  CHECK(a.topic.empty());
  CHECK(a.title == "Nông dân tỉnh nhà phát triển toàn diện");
  // a section named for business stays the topic
  Article b = read_ok(
      InputFile{"b.txt", "Doanh nghiệp\n\nNông dân tỉnh nhà phát triển toàn diện\n\n" + body});
  CHECK(b.topic == "Doanh nghiệp");
  // a member company over a Party cell's article is its section
  Article c = read_ok(InputFile{
      "c.txt", "Công ty Than Vàng Danh\n\nNông dân tỉnh nhà phát triển toàn diện\n\n" + body});
  CHECK(c.topic == "Công ty Than Vàng Danh");
}
