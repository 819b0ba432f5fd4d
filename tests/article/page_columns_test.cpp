// Saved web pages whose layout names mislead: a column named like furniture that holds the
// article (article/page_layout.h, PageChrome). Pages made for the tests, in the form of the
// real ones of tests/fixtures/real-html.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kMenu =
    "<ul class=\"parent\"><li><a href=\"/thoi-su\">Thời sự</a></li><li><a href=\"/the-gioi\">"
    "Thế giới</a></li><li><a href=\"/kinh-doanh\">Kinh doanh</a></li></ul>";

const std::string kArticle =
    "<h1 class=\"title-detail\">Xã Tân Hòa kết nạp ba đảng viên mới</h1>"
    "<p class=\"description\">Sáng 12/4, Đảng ủy xã Tân Hòa tổ chức lễ kết nạp ba quần chúng "
    "ưu tú vào Đảng, đều là đoàn viên thanh niên.</p>"
    "<article class=\"fck_detail\"><p class=\"Normal\">Ba đảng viên mới đều là những đoàn viên "
    "tích cực, gương mẫu trong lao động, sản xuất và các phong trào của địa phương.</p>"
    "<p class=\"Normal\">Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã mong các đảng viên "
    "mới tiếp tục rèn luyện, phấn đấu, xứng đáng với niềm tin của chi bộ.</p>"
    "<p class=\"Normal\" style=\"text-align:right;\"><strong>Minh Tâm</strong></p></article>";

const std::string kMostRead =
    "<h3>Xem nhiều</h3><ul><li><a href=\"/a\">Giá vàng hôm nay tăng mạnh</a></li>"
    "<li><a href=\"/b\">Thời tiết Hà Nội cuối tuần</a></li></ul>";

std::string page(const std::string& body) {
  return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body>" + body +
         "</body></html>";
}

Article read_page(const std::string& html) {
  return read_ok(InputFile{"trang.html", html});
}

}  // namespace

TEST_CASE("page columns: the article in a column named 'sidebar-1' is read, the real sidebar not") {
  // The layout's main column is "sidebar-1", the side column "sidebar-2": the first holds the
  // page's <h1> and most of its text, so its name does not make it furniture.
  Article a = read_page(page("<div class=\"menu\">" + kMenu +
                             "</div><div class=\"container\"><div class=\"sidebar-1\">" + kArticle +
                             "</div><div class=\"sidebar-2\">" + kMostRead + "</div></div>"));
  CHECK(a.title == "Xã Tân Hòa kết nạp ba đảng viên mới");
  CHECK(a.lead.starts_with("Sáng 12/4, Đảng ủy xã Tân Hòa"));
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].text.starts_with("Ba đảng viên mới"));
  CHECK(a.author == "Minh Tâm");
  std::string fields = all_fields(a);
  for (const char* chrome : {"Xem nhiều", "Giá vàng", "Thời sự"})
    CHECK(fields.find(chrome) == std::string::npos);
}

TEST_CASE("page columns: a box named like furniture with an <h1> but little text stays chrome") {
  // A related box inside the article's block that happens to hold an <h1> is no column: it
  // holds little of the page's text, so its text stays out of the article.
  Article a = read_page(page(
      "<div class=\"detail\"><h1>Xã Tân Hòa kết nạp ba đảng viên mới</h1>"
      "<p>Sáng 12/4, Đảng ủy xã Tân Hòa tổ chức lễ kết nạp ba quần chúng ưu tú vào Đảng, đều là "
      "đoàn viên thanh niên.</p><p>Ba đảng viên mới đều là những đoàn viên tích cực, gương mẫu "
      "trong lao động, sản xuất và các phong trào của địa phương.</p>"
      "<div class=\"box-lienquan\"><h1>Hoạt động cơ sở</h1><p>Huyện Tân Hòa sơ kết công tác "
      "phát triển đảng viên, nhiều chi bộ vượt chỉ tiêu.</p></div></div>"));
  CHECK(a.title == "Xã Tân Hòa kết nạp ba đảng viên mới");
  std::string fields = all_fields(a);
  for (const char* chrome : {"Hoạt động cơ sở", "sơ kết công tác"})
    CHECK(fields.find(chrome) == std::string::npos);
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text.starts_with("Ba đảng viên mới"));
}
