// Bold and italic words of the lead, a subheading and a caption in the EPUB's markup (the
// body paragraphs' emphasis is the CLI's word documents test).
#include <catch2/catch.hpp>

#include "epub/epub.h"
#include "epub_fixtures.h"

using namespace tuyentap;
using namespace epub_test;

namespace {

Emphasis range(const std::string& text, const std::string& what, bool bold, bool italic) {
  std::size_t at = text.find(what);
  REQUIRE(at != std::string::npos);
  return Emphasis{at, at + what.size(), bold, italic};
}

}  // namespace

TEST_CASE("emphasis in the lead, a subheading and a caption becomes <em> and <strong>") {
  Book book = small_book();
  Article& a = book.chapters.at(0).articles.at(0);
  // the lead "Năm 2018, Ban Thường vụ (BTV) Thành ủy đã lãnh đạo …"; blocks: a paragraph, a
  // caption, a heading, a paragraph, a caption
  a.lead_emphasis = {range(a.lead, "lãnh đạo", false, true)};
  Block& caption = a.blocks.at(1);
  REQUIRE(caption.type == BlockType::Caption);
  caption.emphasis = {range(caption.text, "Bí thư Thành ủy", true, false)};
  caption.photo = Photo{"anh.png", tiny_png_cover()};
  Block& heading = a.blocks.at(2);
  REQUIRE(heading.type == BlockType::Heading);
  heading.emphasis = {range(heading.text, "nổi bật", false, true)};

  Unzipped z = unzip(write_epub(present(book), default_assets()).bytes);
  const std::string& page = z.files["OEBPS/a00001.xhtml"];
  INFO(page);
  CHECK(page.find("<p class=\"lead\">Năm 2018, Ban Thường vụ (BTV) Thành ủy đã <em>lãnh "
                  "đạo</em> thực hiện") != std::string::npos);
  CHECK(page.find("<h3>Những kết quả <em>nổi bật</em></h3>") != std::string::npos);
  CHECK(page.find("<figcaption>Đồng chí <strong>Bí thư Thành ủy</strong> phát biểu tại hội "
                  "nghị. <span class=\"credit\">Ảnh: H.T</span></figcaption>") !=
        std::string::npos);
  // the alt text is the caption's words, no markup
  CHECK(page.find("alt=\"Đồng chí Bí thư Thành ủy phát biểu tại hội nghị. Ảnh: H.T\"") !=
        std::string::npos);
  pugi::xml_document doc;
  parse(doc, page);
}

TEST_CASE("a caption without its photo keeps its emphasis in the [Ảnh: …] note") {
  Book book = small_book();
  Article& a = book.chapters.at(0).articles.at(0);
  Block& caption = a.blocks.at(1);
  REQUIRE(caption.type == BlockType::Caption);
  REQUIRE(!caption.photo.picture);  // a note
  caption.emphasis = {range(caption.text, "Bí thư Thành ủy", true, false),
                      range(caption.text, "hội nghị.", false, true)};  // its stop is dropped

  Unzipped z = unzip(write_epub(present(book), default_assets()).bytes);
  const std::string& page = z.files["OEBPS/a00001.xhtml"];
  INFO(page);
  CHECK(page.find("<p class=\"caption-note\">[Ảnh: Đồng chí <strong>Bí thư Thành ủy</strong> "
                  "phát biểu tại <em>hội nghị</em> — H.T]</p>") != std::string::npos);
  pugi::xml_document doc;
  parse(doc, page);
}
