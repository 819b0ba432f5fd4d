// Saved web pages: each rule of the page reader (article/html_page.h) on a small page made
// for it.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"
#include "text/decode.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kBody =
    "<p>Chiều 6/3, Chi bộ khu phố 2 tổ chức lễ kết nạp hai quần chúng ưu tú vào Đảng, với sự "
    "tham dự của đông đảo đảng viên, quần chúng trong khu phố.</p>"
    "<p>Hai đảng viên mới đều là đoàn viên tích cực, có nhiều đóng góp cho phong trào thanh "
    "niên, được chi bộ theo dõi, bồi dưỡng trong hai năm.</p>";

// A page around `article`, with the site's menus, related links and footer around it.
std::string page(const std::string& head, const std::string& article) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head +
         "</head><body><header><h1 class=\"logo\">Báo Điện tử Đảng bộ</h1>"
         "<nav><a href=\"/\">Trang chủ</a> <a href=\"/xd\">Xây dựng Đảng</a></nav></header>"
         "<div class=\"main\">" +
         article +
         "<div class=\"related-news\"><h3>Tin liên quan</h3><ul><li><a href=\"/a\">Phường An "
         "Lạc ra quân vệ sinh môi trường, bảo vệ cảnh quan đô thị</a></li></ul></div></div>"
         "<div class=\"footer\">Địa chỉ: 12 Lê Lợi. Email: bao@example.vn</div></body></html>";
}

Article read_page(const std::string& html, const ReadOptions& opts = {}) {
  return read_ok(InputFile{"trang.html", html}, opts);
}

}  // namespace

TEST_CASE("page: the article block is found by its text, the site's chrome left out") {
  Article a = read_page(page("",
                             "<div><h1>Chi bộ khu phố 2 kết nạp đảng viên</h1>"
                             "<p>Thứ Năm, 07/03/2019 | 08:30</p>" +
                                 kBody + "<p>Thu Ngân</p></div>"));
  CHECK(a.title == "Chi bộ khu phố 2 kết nạp đảng viên");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-03-07");
  CHECK(a.time == "08:30");
  CHECK(a.lead.starts_with("Chiều 6/3, Chi bộ khu phố 2"));
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text.starts_with("Hai đảng viên mới"));
  CHECK(a.author == "Thu Ngân");
  std::string fields = all_fields(a);
  for (const char* chrome : {"Trang chủ", "Báo Điện tử", "Phường An Lạc", "Địa chỉ", "Email"})
    CHECK(fields.find(chrome) == std::string::npos);
}

TEST_CASE("page: og:title, else <title> without the site's name, a first <h1> slogan is not it") {
  // No og:title and no <h1> by the article: <title> less " - VnExpress" (og:site_name).
  Article a =
      read_page(page("<title>Hai đảng viên trẻ được kết nạp - VnExpress</title>"
                     "<meta property=\"og:site_name\" content=\"VnExpress\">",
                     "<div>" + kBody + "</div>"));
  CHECK(a.title == "Hai đảng viên trẻ được kết nạp");
  CHECK(a.source.site == "VnExpress");

  // og:title wins over <title>, and its own " | Dân trí" goes (the site is the host's name).
  Article b =
      read_page(page("<title>Trang tin</title><meta property=\"og:title\" content=\"Kết "
                     "nạp đảng viên ở khu phố 2 | Dân trí\"><link rel=\"canonical\" "
                     "href=\"https://dantri.com.vn/xa-hoi/ket-nap.htm\">",
                     "<div>" + kBody + "</div>"));
  CHECK(b.title == "Kết nạp đảng viên ở khu phố 2");
  CHECK(b.source.site == "dantri.com.vn");
  CHECK(b.source.url == "https://dantri.com.vn/xa-hoi/ket-nap.htm");

  // A title's own dash stays when what follows is no name of the site.
  Article c =
      read_page(page("<meta property=\"og:title\" content=\"Khởi tố ông A - bí thư "
                     "Quận ủy\"><meta property=\"og:site_name\" content=\"Tuổi Trẻ\">",
                     "<div>" + kBody + "</div>"));
  CHECK(c.title == "Khởi tố ông A - bí thư Quận ủy");
}

TEST_CASE("page: the date from article:published_time, JSON-LD, <time>, the address") {
  Article meta =
      read_page(page("<meta property=\"article:published_time\" "
                     "content=\"2019-03-07T08:30:00+07:00\">",
                     "<div><h1>Tiêu đề</h1>" + kBody + "</div>"));
  REQUIRE(meta.date);
  CHECK(meta.date->iso() == "2019-03-07");
  CHECK(meta.time == "08:30");

  // JSON-LD in UTC: shown in Vietnam's time, the next day.
  Article ld =
      read_page(page("<script type=\"application/ld+json\">{\"@context\": "
                     "\"https://schema.org\", \"@type\": \"NewsArticle\", "
                     "\"headline\": \"Tiêu đề JSON-LD\", \"datePublished\": "
                     "\"2019-03-06T20:15:00Z\", \"author\": {\"@type\": \"Person\", "
                     "\"name\": \"Lê Minh\"}}</script>",
                     "<div>" + kBody + "</div>"));
  CHECK(ld.title == "Tiêu đề JSON-LD");
  REQUIRE(ld.date);
  CHECK(ld.date->iso() == "2019-03-07");
  CHECK(ld.time == "03:15");
  CHECK(ld.author == "Lê Minh");

  Article time = read_page(page("",
                                "<div><h1>Tiêu đề</h1><time datetime=\"2019-03-07\">7 "
                                "tháng Ba</time>" +
                                    kBody + "</div>"));
  REQUIRE(time.date);
  CHECK(time.date->iso() == "2019-03-07");

  Article url =
      read_page(page("<meta property=\"og:url\" content=\"https://tuoitre.vn/"
                     "ket-nap-20190307083012345.htm\">",
                     "<div><h1>Tiêu đề</h1>" + kBody + "</div>"));
  REQUIRE(url.date);
  CHECK(url.date->iso() == "2019-03-07");
  CHECK_FALSE(url.time);
  CHECK(has_warning(url, "date from the page's address"));
}

TEST_CASE("page: a breadcrumb's buttons (share, copy link) are no step of it") {
  Article a = read_page(
      page("",
           "<div class=\"breadcrumb\"><h2><a href=\"https://dangbo.example.vn/xd/\">Xây dựng "
           "Đảng</a></h2>"
           "<div class=\"tools\"><audio src=\"/a.m4a\"></audio><a href=\"javascript:void(0)\">"
           "chia sẻ</a> <a href=\"#binh-luan\">bình luận</a> <a href=\" javascript:void(0);\" "
           "data-rel=\"copy\">sao chép liên kết</a> <a href=\"https://tin.example.com/dang-bao\" "
           "target=\"_blank\">Đọc trên Tin tức</a></div></div><div><h1>Tiêu đề</h1>" +
               kBody + "</div>"));
  CHECK(a.topic == "Xây dựng Đảng");
}

TEST_CASE("page: topic from the breadcrumb, article:section, or the link beside the date") {
  Article crumb = read_page(page("<meta property=\"article:section\" content=\"News\">",
                                 "<ul class=\"breadcrumb\"><li><a href=\"/\">Trang chủ</a></li>"
                                 "<li><a href=\"/xd\">Xây dựng Đảng</a></li></ul><div><h1>Tiêu "
                                 "đề</h1>" +
                                     kBody + "</div>"));
  CHECK(crumb.topic == "Xây dựng Đảng");

  Article section = read_page(page("<meta property=\"article:section\" content=\"News\">",
                                   "<div><h1>Tiêu đề</h1>" + kBody + "</div>"));
  CHECK(section.topic.empty());  // "News" says nothing

  Article beside = read_page(page("",
                                  "<div><h1>Tiêu đề</h1><div class=\"meta\"><time>17:26 - "
                                  "18/01/2016</time> | <a href=\"/gd/\">Giáo dục - Sức "
                                  "khỏe</a></div><div class=\"content\">" +
                                      kBody + "</div></div>"));
  CHECK(beside.topic == "Giáo dục - Sức khỏe");
  REQUIRE(beside.date);
  CHECK(beside.date->iso() == "2016-01-18");
  CHECK(beside.time == "17:26");
}

TEST_CASE("page: the sapo is the lead, its agency goes to the source") {
  Article a = read_page(page("",
                             "<article><h1>Tiêu đề</h1><h2 class=\"sapo\">(PL+) - Tại Hoài "
                             "Đức, Hà Nội có vị lương y trẻ rất nổi tiếng.</h2>"
                             "<div id=\"content_detail\">" +
                                 kBody + "</div></article>"));
  CHECK(a.lead == "Tại Hoài Đức, Hà Nội có vị lương y trẻ rất nổi tiếng.");
  CHECK(a.source.site == "PL+");  // nothing better: no site name, no address
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].text.starts_with("Chiều 6/3"));
}

TEST_CASE("page: a box's title above the body's first text ends nothing (a photo story kept)") {
  std::string figures;
  for (int i = 1; i <= 3; ++i)
    figures += "<figure><img src=\"p" + std::to_string(i) +
               ".jpg\"><figcaption>Đoàn viên thanh niên xã Phú Lâm dọn vệ sinh tuyến đường số " +
               std::to_string(i) + " sáng Chủ nhật.</figcaption></figure>";
  Article a = read_page(page("",
                             "<div><h1>Tiêu đề</h1><div class=\"content\"><div class=\"box\">"
                             "<span>Tin mới</span><ul></ul></div>" +
                                 figures + "</div></div>"));
  CHECK(captions_in(a) == 3);
  // after the body's text has begun, the same title still ends the article
  Article after = read_page(page("", "<div><h1>Tiêu đề</h1><div class=\"content\">" + kBody +
                                         "<div class=\"box\"><span>Tin mới</span></div>" + figures +
                                         "</div></div>"));
  CHECK(captions_in(after) == 0);
}

TEST_CASE("page: the meta line's author element beats a tag box title and a source credit") {
  Article role =
      read_page(page("",
                     "<div><h1>Tiêu đề</h1><div><address data-role=\"author\">Hạ Minh</address> | "
                     "<time datetime=\"2024-05-02T08:00\">02/05/2024</time></div><div "
                     "class=\"content\">" +
                         kBody + "</div><p><b>Tags</b></p></div>"));
  CHECK(role.author == "Hạ Minh");
  Article comma = read_page(
      page("",
           "<div><h1>Tiêu đề</h1><div><span itemprop=\"author\">Lê Duy,</span> <span>Theo "
           "baodientu.example.vn</span></div><div class=\"content\">" +
               kBody +
               "<p style=\"text-align: right\"><i>Theo Bảo hiểm xã hội tỉnh</i></p></div>"
               "</div>"));
  CHECK(comma.author == "Lê Duy");
  CHECK(all_fields(comma).find("Bảo hiểm xã hội") == std::string::npos);
}

TEST_CASE("page: captions from figcaption, caption classes and photo tables, bylines by class") {
  Article a = read_page(page(
      "", "<div class=\"detail\"><h1>Tiêu đề</h1>" + kBody +
              "<figure><img src=\"a.jpg\"><figcaption>Lễ kết nạp. Ảnh: T.N</figcaption></figure>"
              "<table class=\"figure\"><tr><td><img src=\"b.jpg\"></td></tr><tr><td>Đảng viên "
              "mới phát biểu.</td></tr></table>"
              "<p class=\"Image\">Quang cảnh buổi lễ.</p>"
              "<p>Buổi lễ kết thúc trong không khí trang nghiêm, ấm cúng và đầy tự hào của chi "
              "bộ và bà con khu phố.</p>"
              "<div class=\"author\">Hoàng Uyên</div>"
              "<div class=\"share-tools\"><a href=\"#\">Chia sẻ Facebook</a></div></div>"));
  int captions = 0;
  for (const Block& b : a.blocks) captions += b.type == BlockType::Caption;
  CHECK(captions == 3);
  REQUIRE(a.blocks.size() == 5);
  CHECK(a.blocks[1].text == "Lễ kết nạp.");
  CHECK(a.blocks[1].credit == "T.N");
  CHECK(a.author == "Hoàng Uyên");
  CHECK(all_fields(a).find("Facebook") == std::string::npos);
}

TEST_CASE(
    "page: two <br> end a paragraph on old table pages, the saved-from comment is the "
    "address") {
  std::string html =
      "<!-- saved from url=(0044)http://www.baobinhdinh.vn/chinhtri/a.htm -->\n"
      "<html><head><title>Hội nghị Ban Chấp hành Đảng bộ tỉnh</title></head><body>"
      "<table><tr><td class=\"menu\"><a href=\"/\">Trang chủ</a><br><a href=\"/x\">Chính "
      "trị</a></td><td>Sáng 7/3, Ban Chấp hành Đảng bộ tỉnh họp hội nghị lần thứ 10, bàn về "
      "công tác xây dựng Đảng, chính quyền.<br><br>Hội nghị đã thảo luận, cho ý kiến vào các "
      "báo cáo, tờ trình quan trọng của tỉnh.<br><br>Hội nghị kết thúc trong ngày, thành "
      "công tốt đẹp, theo đúng chương trình đề ra.</td></tr></table></body></html>";
  Article a = read_page(html);
  CHECK(a.title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh");
  CHECK(a.source.url == "http://www.baobinhdinh.vn/chinhtri/a.htm");
  CHECK(a.source.site == "baobinhdinh.vn");
  CHECK(a.lead.starts_with("Sáng 7/3"));
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[1].text.starts_with("Hội nghị kết thúc"));
}

TEST_CASE("page: a declared windows-1258 charset decodes it, --encoding still wins") {
  std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
      "charset=windows-1258\"><title>Đảng bộ xã Hòa An kết nạp đảng viên</title>"
      "</head><body><div>" +
      kBody + "</div></body></html>";
  std::string bytes = encode_text(html, Encoding::Cp1258);
  Article a = read_page(bytes);
  CHECK(a.encoding == "windows-1258");
  CHECK(a.title == "Đảng bộ xã Hòa An kết nạp đảng viên");
  CHECK(a.lead.starts_with("Chiều 6/3, Chi bộ khu phố 2"));
  CHECK(a.warnings.empty() == false);  // no date, topic, byline: but no encoding doubt
  CHECK_FALSE(has_warning(a, "encoding uncertain"));

  ReadOptions forced;
  forced.encoding = Encoding::Tcvn3;
  CHECK(read_page(bytes, forced).encoding == "TCVN3");

  // A page that declares windows-1258 but was saved again as UTF-8 is UTF-8.
  CHECK(read_page(html).encoding == "UTF-8");
}

TEST_CASE("page: 20,000 nested elements read without a crash") {
  std::string deep = "<!DOCTYPE html><html><head><title>Lồng sâu</title></head><body>";
  for (int i = 0; i < 20000; ++i) deep += "<div>";
  deep += kBody;
  for (int i = 0; i < 20000; ++i) deep += "</div>";
  deep += "</body></html>";
  Article a = read_page(deep);
  CHECK(a.title == "Lồng sâu");
  CHECK(a.lead.starts_with("Chiều 6/3"));

  std::string inline_deep = "<html><head><title>Lồng sâu</title></head><body><p>";
  for (int i = 0; i < 20000; ++i) inline_deep += "<b><span>";
  inline_deep += "Chữ ở đáy của hai vạn thẻ lồng nhau, vẫn được đọc ra đầy đủ.";
  inline_deep += "</p></body></html>";
  CHECK(read_page(inline_deep).lead.find("Chữ ở đáy") != std::string::npos);

  std::string fragment;  // the CMS reader shares the walk
  for (int i = 0; i < 20000; ++i) fragment += "<div>";
  fragment += "<h1>Tiêu đề</h1><p>Đoạn văn.</p>";
  CHECK(read_ok(InputFile{"a.html", fragment}).lead == "Đoạn văn.");
}
