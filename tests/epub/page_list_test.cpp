// The printed edition's pages in the EPUB (book/page_map.h → epub/page_breaks.h), from a page
// map written here: markers at the word where a page turns, even inside emphasis; the
// page-list nav in the printed order; metadata that claims only what the book has.
#include <catch2/catch.hpp>

#include "book/presentation.h"
#include "epub/epub.h"
#include "epub_fixtures.h"

using namespace tuyentap;
using namespace epub_test;

namespace {

// The first paragraph block of the small book's first article, and its index.
std::size_t first_paragraph(const Article& a) {
  for (std::size_t i = 0; i < a.blocks.size(); ++i)
    if (a.blocks[i].type == BlockType::Paragraph && a.blocks[i].text.size() > 20) return i;
  FAIL("no paragraph");
  return 0;
}

}  // namespace

TEST_CASE("a page that turns inside a paragraph is marked at that word, the nav lists the pages") {
  Book book = small_book();
  Article& a = book.chapters.at(0).articles.at(0);
  const std::size_t para = first_paragraph(a);
  Block& b = a.blocks[para];
  const std::size_t word = b.text.find(' ', b.text.size() / 2) + 1;  // a word mid-paragraph
  b.emphasis = {{0, word + 2, true, false}};  // the page turns inside the bold words
  const Presentation shown = present(book);

  using Part = PagePlace::Part;
  PageMap map;
  map.edition = "sach.pdf (book)";
  map.pages = {{"i", {Part::Cover}, 0},
               {"ii", {Part::TitlePage}, 0},
               {"iii", {Part::Imprint}, 0},
               {"1", {Part::ChapterOpener, 0}, 0},
               {"2", {Part::Article, 0, PagePlace::kTitle}, 0},
               {"3", {Part::Article, 0, static_cast<int>(para)}, static_cast<std::uint32_t>(word)}};
  EpubOptions o;
  o.page_map = &map;
  Unzipped z = unzip(write_epub(shown, default_assets(), o).bytes);

  pugi::xml_document page;
  parse(page, z.files["OEBPS/a00001.xhtml"]);
  pugi::xml_node marker = page.select_node("//*[@id='page-3']").node();
  REQUIRE(marker);
  CHECK(std::string(marker.attribute("epub:type").value()) == "pagebreak");
  CHECK(std::string(marker.attribute("role").value()) == "doc-pagebreak");
  CHECK(std::string(marker.attribute("aria-label").value()) == "3");
  CHECK(std::string(marker.parent().name()) == "strong");  // inside the emphasis, at the word
  CHECK(std::string(marker.next_sibling().value()).rfind(b.text.substr(word, 2), 0) == 0);
  CHECK(all_text(marker.parent().parent()).find(b.text.substr(0, 10)) != std::string::npos);
  CHECK(page.select_node("//*[local-name()='h2']/*[@id='page-2']"));

  pugi::xml_document nav;
  parse(nav, z.files["OEBPS/nav.xhtml"]);
  pugi::xml_node list = nav.select_node("//*[@epub:type='page-list']").node();
  REQUIRE(list);
  CHECK(std::string(list.attribute("role").value()) == "doc-pagelist");
  std::vector<std::string> hrefs;
  for (const pugi::xpath_node& n : list.select_nodes(".//*[local-name()='a']"))
    hrefs.push_back(std::string(n.node().attribute("href").value()) + " " + n.node().text().get());
  CHECK(hrefs == std::vector<std::string>{"cover.xhtml#page-i i", "title.xhtml#page-ii ii",
                                          "title.xhtml#page-iii iii", "ch001.xhtml#page-1 1",
                                          "a00001.xhtml#page-2 2", "a00001.xhtml#page-3 3"});

  pugi::xml_document opf;
  parse(opf, z.files["OEBPS/content.opf"]);
  CHECK(texts(opf, "//*[local-name()='source']") == std::vector<std::string>{"sach.pdf (book)"});
  CHECK(texts(opf, "//*[@property='source-of']") == std::vector<std::string>{"pagination"});
  auto features = texts(opf, "//*[@property='schema:accessibilityFeature']");
  CHECK(std::count(features.begin(), features.end(), "pageBreakMarkers") == 1);
  CHECK(std::count(features.begin(), features.end(), "pageNavigation") == 1);
}

TEST_CASE("a book with photos is visual as well as textual, text suffices only with captions") {
  auto photo_book = [](const std::string& caption) {
    Book book = small_book();
    Block photo;
    photo.type = BlockType::Caption;
    photo.text = caption;
    photo.photo.ref = "anh.png";
    photo.photo.picture = tiny_png_cover();
    book.chapters.at(0).articles.at(0).blocks.push_back(photo);
    return book;
  };
  auto opf_of = [](const Book& book, pugi::xml_document& opf) {
    Unzipped z = unzip(write_epub(present(book), default_assets()).bytes);
    parse(opf, z.files["OEBPS/content.opf"]);
  };
  pugi::xml_document described, bare, plain;
  opf_of(photo_book("Hội nghị sơ kết công tác xây dựng Đảng"), described);
  opf_of(photo_book(""), bare);
  opf_of(small_book(), plain);
  CHECK(texts(described, "//*[@property='schema:accessMode']") ==
        std::vector<std::string>{"textual", "visual"});
  CHECK(texts(described, "//*[@property='schema:accessModeSufficient']") ==
        std::vector<std::string>{"textual"});
  CHECK(texts(bare, "//*[@property='schema:accessModeSufficient']") ==
        std::vector<std::string>{"textual,visual"});
  CHECK(texts(plain, "//*[@property='schema:accessMode']") == std::vector<std::string>{"textual"});
  const std::string summary = texts(described, "//*[@property='schema:accessibilitySummary']")[0];
  CHECK(summary.find(label::kSummaryWithPhotos) == 0);
  CHECK(summary.find(label::kSummaryPhotosDescribed) != std::string::npos);
  CHECK(texts(plain, "//*[@property='schema:accessibilitySummary']")[0] ==
        label::kAccessibilitySummary);
  // No page map: no page claims.
  CHECK(texts(plain, "//*[local-name()='source']").empty());
}
