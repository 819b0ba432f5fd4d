// The lead where the page set it (Article::lead_at): a heading above the first paragraph is
// printed above the lead, not after it, and the lead under it is body text (no sapo); a photo
// above a sapo leaves it the sapo.
#include <catch2/catch.hpp>

#include "epub/epub.h"
#include "epub_fixtures.h"

using namespace tuyentap;
using namespace epub_test;

namespace {

// Where each of `parts` stands in the article's XHTML page, in order; fails when one is
// missing.
std::vector<std::size_t> places(const std::string& page, const std::vector<std::string>& parts) {
  std::vector<std::size_t> at;
  for (const std::string& p : parts) {
    at.push_back(page.find(p));
    INFO(p);
    REQUIRE(at.back() != std::string::npos);
  }
  return at;
}

}  // namespace

TEST_CASE(
    "a heading above the lead is written above it, the lead as body text, the body under it") {
  Book book = small_book();
  Article& a = book.chapters.at(0).articles.at(0);
  // the page: a part's heading, then the lead, then the body
  a.blocks.insert(a.blocks.begin(), Block{BlockType::Heading, "I. Kết quả năm 2018", ""});
  a.lead_at = 1;

  Unzipped z = unzip(write_epub(present(book), default_assets()).bytes);
  const std::string& page = z.files["OEBPS/a00001.xhtml"];
  INFO(page);
  std::vector<std::size_t> at =
      places(page, {"<h2 class=\"article-title\">", "<h3>I. Kết quả năm 2018</h3>",
                    "<p>Năm 2018, Ban Thường vụ", "<p>Theo báo cáo, toàn Đảng bộ",
                    "<h3>Những kết quả nổi bật</h3>"});
  CHECK(std::is_sorted(at.begin(), at.end()));
  // as a reader reads it: the heading, the lead, the body's first paragraph
  pugi::xml_document doc;
  parse(doc, page);
  CHECK(fold(all_text(doc.select_node("//body").node()))
            .find(fold("I. Kết quả năm 2018 " + a.lead + " " + a.blocks.at(1).text)) !=
        std::string::npos);
}

TEST_CASE("a photo above the lead is written above it, the lead still the sapo") {
  Book book = small_book();
  Article& a = book.chapters.at(0).articles.at(0);
  a.blocks.insert(a.blocks.begin(), Block{BlockType::Caption, "Quang cảnh hội nghị.", "H.T"});
  a.lead_at = 1;

  Unzipped z = unzip(write_epub(present(book), default_assets()).bytes);
  const std::string& page = z.files["OEBPS/a00001.xhtml"];
  INFO(page);
  std::vector<std::size_t> at =
      places(page, {"[Ảnh: Quang cảnh hội nghị — H.T]", "<p class=\"lead\">Năm 2018, Ban Thường vụ",
                    "<p>Theo báo cáo, toàn Đảng bộ"});
  CHECK(std::is_sorted(at.begin(), at.end()));
}

TEST_CASE("a lead under every block is written last, and lead_at past the blocks is the end") {
  Book book = small_book();
  Article& a = book.chapters.at(0).articles.at(0);
  a.blocks = {Block{BlockType::Heading, "Những kết quả nổi bật", ""}};
  a.lead_at = 7;  // past the blocks: after them all

  Unzipped z = unzip(write_epub(present(book), default_assets()).bytes);
  const std::string& page = z.files["OEBPS/a00001.xhtml"];
  INFO(page);
  std::vector<std::size_t> at = places(page, {"<h3>Những kết quả nổi bật</h3>", "<p>Năm 2018"});
  CHECK(std::is_sorted(at.begin(), at.end()));
}
