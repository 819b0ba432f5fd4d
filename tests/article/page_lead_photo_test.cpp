// Saved web pages: the lead photo between the title and the article's block
// (article/html_page.h), as on tests/fixtures/real-html/nhandan-1.html. A page made for the
// test.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("page lead photo: the captioned photo by the date line goes first in the body") {
  // The body's element (itemprop=articleBody) holds the paragraphs only; the lead photo
  // stands before it, after the title and the date. A promotion box in the same place, named
  // like chrome, keeps its picture and caption out.
  std::string html =
      "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"></head><body>"
      "<div class=\"article\"><h1 class=\"article__title\">Hà Nội khánh thành cầu mới</h1>"
      "<div class=\"article__meta\"><time datetime=\"2026-07-20T06:31:56+07:00\">Thứ Hai, "
      "ngày 20/07/2026 - 06:31</time></div>"
      "<div class=\"promo-box\"><img src=\"qc.jpg\"><figcaption>Đặt mua báo in hôm "
      "nay</figcaption></div>"
      "<figure class=\"article__avatar\"><img src=\"cau.jpg\"><figcaption>Cây cầu mới nhìn từ "
      "trên cao. (Ảnh: Thành Đạt)</figcaption></figure>"
      "<div class=\"article__body\" itemprop=\"articleBody\"><p>Sáng 20/7, thành phố Hà Nội "
      "khánh thành cây cầu mới nối hai bờ sông, rút ngắn đường đi của hàng vạn người dân.</p>"
      "<p>Công trình được xây dựng trong hai năm, với tổng vốn đầu tư hơn một nghìn tỷ "
      "đồng, hoàn thành sớm hơn kế hoạch.</p></div></div></body></html>";
  Article a = read_ok(InputFile{"trang.html", html});
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == "Cây cầu mới nhìn từ trên cao.");
  CHECK(a.blocks[0].credit == "Thành Đạt");
  CHECK(a.blocks[0].photo.ref == "cau.jpg");
  CHECK(a.lead.starts_with("Sáng 20/7"));
  CHECK(a.blocks[1].text.starts_with("Công trình được xây dựng"));
  CHECK(all_fields(a).find("Đặt mua báo") == std::string::npos);
}
