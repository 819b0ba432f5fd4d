// Saved web pages: the byline in an author element just after the article's block
// (article/html_page.h), as on tests/fixtures/real-html/baotintuc-1.html. A page made for
// the test.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("page byline: an author element after the body beats the metadata's author") {
  // The byline's name is bold but its agency is not, so the block is neither bold nor
  // right-aligned: its author class says what it is. The JSON-LD author glues name and agency.
  std::string html =
      "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
      "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": "
      "{\"@type\": \"Person\", \"name\": \"Tâm HằngTTXVN\"}}</script></head><body>"
      "<div class=\"detail-left\"><h1>Quốc hội thông qua nghị quyết mới</h1>"
      "<div class=\"contents\"><p>Chiều 16/7, với đa số phiếu tán thành, Quốc hội đã thông qua "
      "nghị quyết về tổ chức chính quyền địa phương ở các đô thị.</p><p>Nghị quyết có hiệu lực "
      "từ ngày ký, giao Chính phủ hướng dẫn thi hành, báo cáo kết quả tại kỳ họp tới.</p></div>"
      "<div class=\"author\"><strong>Tâm Hằng</strong><i> (TTXVN)</i></div></div></body></html>";
  Article a = read_ok(InputFile{"trang.html", html});
  CHECK(a.author == "Tâm Hằng");  // the agency is the source (byline_outlet.h)
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text.starts_with("Nghị quyết có hiệu lực"));
}

TEST_CASE(
    "page byline: an author element's schema.org name is the author, not the paper after it") {
  // A re-post's byline: the writer's name marked itemprop=name, then the paper it came from.
  std::string html =
      "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body>"
      "<div class=\"detail\"><h1>Tỉnh đoàn ra quân chiến dịch Mùa hè xanh</h1>"
      "<div class=\"meta\"><span class=\"post-author\" itemprop=\"author\" itemscope "
      "itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Lan Anh</span>, Thanh "
      "niên Thủ đô&nbsp;</span></div>"
      "<div class=\"contents\"><p>Sáng 2/7, Tỉnh đoàn tổ chức lễ ra quân chiến dịch tình nguyện "
      "Mùa hè xanh với sự tham gia của hơn 500 đoàn viên, thanh niên.</p><p>Các đội hình sẽ "
      "giúp người dân sửa đường, làm nhà nhân ái và dạy học cho trẻ em vùng cao.</p></div>"
      "</div></body></html>";
  Article a = read_ok(InputFile{"trang.html", html});
  CHECK(a.author == "Lan Anh");
  // without the name's mark, the element's whole text is the byline, as before
  std::string plain = html;
  plain.replace(plain.find(" itemprop=\"name\""), 16, "");
  CHECK(read_ok(InputFile{"trang.html", plain}).author == "Lan Anh, Thanh niên Thủ đô");
}

TEST_CASE("page byline: two schema.org names in an author element are both the author") {
  // review: two writers each marked itemprop=name; the first alone lost the second
  auto page = [](const std::string& author) {
    return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body>"
           "<div class=\"detail\"><h1>Tỉnh đoàn ra quân chiến dịch Mùa hè xanh</h1>"
           "<div class=\"meta\">" +
           author +
           "</div><div class=\"contents\"><p>Sáng 2/7, Tỉnh đoàn tổ chức lễ ra quân chiến dịch "
           "tình nguyện Mùa hè xanh với sự tham gia của hơn 500 đoàn viên, thanh niên.</p><p>Các "
           "đội hình sẽ giúp người dân sửa đường, làm nhà nhân ái và dạy học cho trẻ em vùng "
           "cao.</p></div></div></body></html>";
  };
  CHECK(read_ok(InputFile{"a.html", page("<p class=\"author\"><span itemprop=\"name\">Thu "
                                         "Hà</span> - <span itemprop=\"name\">Văn Nam</span></p>")})
            .author == "Thu Hà - Văn Nam");
  CHECK(read_ok(InputFile{"b.html",
                          page("<div class=\"author\" itemprop=\"author\"><a href=\"/a\"><span "
                               "itemprop=\"name\">Thu Hà</span></a> và <a href=\"/b\"><span "
                               "itemprop=\"name\">Văn Nam</span></a></div>")})
            .author == "Thu Hà và Văn Nam");
}
