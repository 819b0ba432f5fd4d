// What a reading system reads first: the container, the package metadata, the navigation.
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>

#include "base/error.h"
#include "epub/epub.h"
#include "epub_fixtures.h"

using namespace tuyentap;
using namespace epub_test;

TEST_CASE("the container starts with a stored mimetype and names the package") {
  Unzipped z = unzip(write_epub(present(small_book()), default_assets()).bytes);
  REQUIRE(!z.names.empty());
  CHECK(z.names[0] == "mimetype");
  CHECK(z.files["mimetype"] == "application/epub+zip");
  CHECK(z.stored["mimetype"]);
  CHECK_FALSE(z.stored["OEBPS/a00001.xhtml"]);  // text is compressed
  pugi::xml_document c;
  parse(c, z.files["META-INF/container.xml"]);
  CHECK(std::string(
            c.select_node("//*[local-name()='rootfile']").node().attribute("full-path").value()) ==
        "OEBPS/content.opf");
}

TEST_CASE("the package says what the book is, in Vietnamese, with accessibility metadata") {
  EpubOptions o;
  o.date_epoch = 1548633600 + 3600 + 62;  // 2019-01-28 01:01:02 UTC
  Book book = small_book();
  Unzipped z = unzip(write_epub(present(book), default_assets(), o).bytes);
  pugi::xml_document opf;
  parse(opf, z.files["OEBPS/content.opf"]);
  CHECK(texts(opf, "//*[local-name()='title']") == std::vector<std::string>{"Tuyển tập 2019"});
  CHECK(texts(opf, "//*[local-name()='language']") == std::vector<std::string>{"vi"});
  // The same creators as the PDF's Author: the issuing body, then the editor (another person).
  CHECK(texts(opf, "//*[local-name()='creator']") ==
        std::vector<std::string>{"Ban Tuyên giáo Thành ủy Bạc Liêu", "Trần Văn Hữu"});
  CHECK(texts(opf, "//*[@property='role']") == std::vector<std::string>{"pbl", "edt"});
  CHECK(texts(opf, "//*[local-name()='publisher']") ==
        std::vector<std::string>{"Ban Tuyên giáo Thành ủy Bạc Liêu"});
  CHECK(texts(opf, "//*[local-name()='subject']") == book.meta.topics);
  CHECK(texts(opf, "//*[local-name()='date']") == std::vector<std::string>{"2019-01-28"});
  CHECK(texts(opf, "//*[@property='dcterms:modified']") ==
        std::vector<std::string>{"2019-01-28T01:01:02Z"});
  std::string id = opf.select_node("//*[@id='book-id']").node().text().get();
  CHECK(id.rfind("urn:uuid:", 0) == 0);
  CHECK(id.size() == 9 + 36);
  CHECK(texts(opf, "//*[@property='schema:accessMode']") == std::vector<std::string>{"textual"});
  CHECK(texts(opf, "//*[@property='schema:accessModeSufficient']") ==
        std::vector<std::string>{"textual"});
  CHECK(texts(opf, "//*[@property='schema:accessibilityFeature']") ==
        std::vector<std::string>{"tableOfContents", "readingOrder", "structuralNavigation"});
  CHECK(texts(opf, "//*[@property='schema:accessibilityHazard']") ==
        std::vector<std::string>{"none"});
  CHECK(!texts(opf, "//*[@property='schema:accessibilitySummary']").at(0).empty());

  // Without a date the package never takes the clock.
  Unzipped z0 = unzip(write_epub(present(book), default_assets()).bytes);
  pugi::xml_document opf0;
  parse(opf0, z0.files["OEBPS/content.opf"]);
  CHECK(texts(opf0, "//*[@property='dcterms:modified']") ==
        std::vector<std::string>{"2000-01-01T00:00:00Z"});
}

TEST_CASE("the reading order runs cover, title, preface, contents, chapters, back matter") {
  Unzipped z = unzip(write_epub(present(small_book()), default_assets()).bytes);
  pugi::xml_document opf;
  parse(opf, z.files["OEBPS/content.opf"]);
  std::vector<std::string> spine;
  for (auto& n : opf.select_nodes("//*[local-name()='itemref']"))
    spine.push_back(n.node().attribute("idref").value());
  CHECK(spine == std::vector<std::string>{"cover", "title", "preface", "toc01", "ch001", "a00001",
                                          "a00002", "ch002", "a00003", "abbreviations", "list01"});
  // Every spine page exists, is XHTML in Vietnamese, and is its own file.
  for (auto& n : opf.select_nodes("//*[local-name()='item']")) {
    std::string href = n.node().attribute("href").value();
    INFO(href);
    REQUIRE(z.files.count("OEBPS/" + href));
    if (std::string(n.node().attribute("media-type").value()) == "application/xhtml+xml") {
      pugi::xml_document page;
      parse(page, z.files["OEBPS/" + href]);
      CHECK(std::string(page.document_element().attribute("xml:lang").value()) == "vi");
      CHECK(std::string(page.document_element().attribute("lang").value()) == "vi");
    }
  }
  pugi::xml_document pre;
  parse(pre, z.files["OEBPS/preface.xhtml"]);
  CHECK(fold(all_text(pre.select_node("//section").node()))
            .rfind("Lời giới thiệu Tuyển tập này", 0) == 0);

  // Without a preface or abbreviations there is no such page.
  Book b = small_book();
  b.preface.clear();
  b.abbreviations.clear();
  Unzipped z2 = unzip(write_epub(present(b), default_assets()).bytes);
  CHECK(z2.files.count("OEBPS/preface.xhtml") == 0);
  CHECK(z2.files.count("OEBPS/abbreviations.xhtml") == 0);
}

TEST_CASE("nav and NCX list chapters with their articles, landmarks point at the book's parts") {
  Unzipped z = unzip(write_epub(present(small_book()), default_assets()).bytes);
  pugi::xml_document nav;
  parse(nav, z.files["OEBPS/nav.xhtml"]);
  pugi::xml_node toc = nav.select_node("//*[@epub:type='toc']").node();
  REQUIRE(toc);
  std::vector<std::string> top;
  for (auto& li : toc.select_nodes("ol/li")) top.push_back(li.node().child("a").text().get());
  CHECK(top == std::vector<std::string>{"Lời giới thiệu", "Mục lục", "Chương I. Xây dựng Đảng",
                                        "Chương II. Tiến tới Đại hội Đảng các cấp",
                                        "Danh mục chữ viết tắt", "Danh sách bài viết"});
  pugi::xml_node ch1 = toc.select_node("ol/li[3]").node();
  std::vector<std::string> arts;
  for (auto& a : ch1.select_nodes("ol/li/a")) arts.push_back(a.node().attribute("href").value());
  CHECK(arts == std::vector<std::string>{"a00001.xhtml", "a00002.xhtml"});

  std::map<std::string, std::string> marks;
  for (auto& a : nav.select_nodes("//*[@epub:type='landmarks']//a"))
    marks[a.node().attribute("epub:type").value()] = a.node().attribute("href").value();
  CHECK(marks["cover"] == "cover.xhtml");
  CHECK(marks["toc"] == "toc01.xhtml");
  CHECK(marks["bodymatter"] == "ch001.xhtml");

  pugi::xml_document ncx;
  parse(ncx, z.files["OEBPS/toc.ncx"]);
  int order = 0;
  for (auto& p : ncx.select_nodes("//*[local-name()='navPoint']"))
    CHECK(p.node().attribute("playOrder").as_int() == ++order);
  CHECK(order == 6 + 3);
  CHECK(std::string(
            ncx.select_node("//*[@name='dtb:depth']").node().attribute("content").value()) == "2");
  pugi::xml_document opf;
  parse(opf, z.files["OEBPS/content.opf"]);
  CHECK(std::string(ncx.select_node("//*[@name='dtb:uid']").node().attribute("content").value()) ==
        opf.select_node("//*[@id='book-id']").node().text().get());
}

TEST_CASE("contents and the list of articles split over files in a large book") {
  Book b = generated_book(450, 7, 20);
  Unzipped z = unzip(write_epub(present(b), default_assets()).bytes);
  // 12 chapters + 450 articles + back matter: two contents files, three list files.
  CHECK(z.files.count("OEBPS/toc02.xhtml") == 1);
  CHECK(z.files.count("OEBPS/toc03.xhtml") == 0);
  CHECK(z.files.count("OEBPS/list03.xhtml") == 1);
  CHECK(z.files.count("OEBPS/list04.xhtml") == 0);
  // Every article is linked exactly once from the contents pages and from the list pages.
  std::map<std::string, int> from_toc, from_list;
  for (auto& [name, data] : z.files) {
    bool is_toc = name.rfind("OEBPS/toc0", 0) == 0, is_list = name.rfind("OEBPS/list0", 0) == 0;
    if (!is_toc && !is_list) continue;
    pugi::xml_document d;
    parse(d, data);
    for (auto& a : d.select_nodes("//*[local-name()='a']")) {
      std::string href = a.node().attribute("href").value();
      if (href[0] == 'a') ++(is_toc ? from_toc : from_list)[href];
    }
  }
  CHECK(from_toc.size() == 450);
  CHECK(from_list.size() == 450);
  for (auto& [h, n] : from_toc) CHECK(n == 1);
  for (auto& [h, n] : from_list) CHECK(n == 1);
}

TEST_CASE("the list of articles gives date, title, author and where it was published") {
  Unzipped z = unzip(write_epub(present(small_book()), default_assets()).bytes);
  pugi::xml_document d;
  parse(d, z.files["OEBPS/list01.xhtml"]);
  auto items = d.select_nodes("//*[local-name()='li']");
  REQUIRE(items.size() == 3);
  CHECK(fold(all_text(items[0].node())) ==
        "Công tác xây dựng Đảng của thành phố: nhiều chuyển biến tích cực 28/01/2019 · Hoàng Uyên "
        "Nguồn: Báo Bạc Liêu, 28/01/2019");
  // No source named: nothing, never the archive's file path.
  CHECK(fold(all_text(items[2].node())) == "Đại hội chi bộ điểm nhiệm kỳ 2020 – 2025 30/06/2019");
  pugi::xml_document ab;
  parse(ab, z.files["OEBPS/abbreviations.xhtml"]);
  CHECK(fold(all_text(ab.select_node("//*[local-name()='dl']").node())) ==
        "BCH Ban Chấp hành BTV Ban Thường vụ UBND Ủy ban nhân dân");
}

TEST_CASE(
    "a generated cover shows title, subtitle, issuing body and year, a user's image is the cover") {
  Book b = small_book();
  Unzipped z = unzip(write_epub(present(b), default_assets()).bytes);
  pugi::xml_document cover;
  parse(cover, z.files["OEBPS/cover.xhtml"]);
  CHECK(fold(all_text(cover.select_node("//*[local-name()='section']").node())) ==
        "Ban Tuyên giáo Thành ủy Bạc Liêu Tuyển tập 2019 Công tác xây dựng Đảng Năm 2019 Bạc Liêu, "
        "2019");

  std::shared_ptr<const Picture> png = tiny_png_cover();
  Unzipped zi = unzip(write_epub(present(b, png), default_assets()).bytes);
  CHECK(zi.files["OEBPS/images/cover.png"] == png->bytes);
  pugi::xml_document opf;
  parse(opf, zi.files["OEBPS/content.opf"]);
  CHECK(std::string(
            opf.select_node("//*[@properties='cover-image']").node().attribute("href").value()) ==
        "images/cover.png");
  pugi::xml_document c2;
  parse(c2, zi.files["OEBPS/cover.xhtml"]);
  CHECK(std::string(c2.select_node("//*[local-name()='img']").node().attribute("src").value()) ==
        "images/cover.png");
  CHECK(opf.select_node("//*[@properties='cover-image']").node().attribute("media-type").value() ==
        std::string("image/png"));
}

TEST_CASE("a user's template gives the pages their skeleton and style") {
  EpubAssets assets = default_assets();
  epub::TemplateFiles& t = assets.templates;
  t.dir = "my-template";
  t.css = "body { color: #123456; }\n";
  t.pages.clear();
  t.pages["page"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html "
      "xmlns=\"http://www.w3.org/1999/xhtml\"><head><title/><link rel=\"stylesheet\" "
      "href=\"style.css\"/></head><body><div id=\"tt-content\"/></body></html>\n";
  t.pages["article"] =
      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body><div "
      "class=\"frame\"><div id=\"tt-content\"/></div></body></html>";
  Unzipped z = unzip(write_epub(present(small_book()), assets).bytes);
  CHECK(z.files["OEBPS/style.css"].find("body { color: #123456; }") != std::string::npos);
  CHECK(z.files["OEBPS/style.css"].find("@font-face") != std::string::npos);
  pugi::xml_document a;
  parse(a, z.files["OEBPS/a00001.xhtml"]);
  CHECK(a.select_node("//*[@class='frame']/*[local-name()='section']"));
  CHECK(a.select_node("//*[@id='tt-content']") == pugi::xpath_node());
  CHECK(std::string(a.select_node("//*[local-name()='title']").node().text().get()) ==
        "Công tác xây dựng Đảng của thành phố: nhiều chuyển biến tích cực");

  t.pages["page"] = "<html><head><title/></head><body><p>no slot</p></body></html>";
  try {
    write_epub(present(small_book()), assets);
    FAIL("a skeleton without id=tt-content was taken");
  } catch (const Error& e) {
    CHECK(e.file() == "my-template/page.xhtml");
  }
  t.pages.erase("page");
  CHECK_THROWS_AS(write_epub(present(small_book()), assets), Error);
}

TEST_CASE("a page template over 256 KB is refused: it would be copied into every page") {
  // Issue 12: a 3 MB <style> in page.xhtml made a 365-article book hold 1.3 GB of XHTML.
  EpubAssets assets = default_assets();
  epub::TemplateFiles& t = assets.templates;
  t.dir = "my-template";
  t.pages["page"] = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title/><style>" +
                    std::string(300 * 1024, ' ') +
                    "</style></head><body><div id=\"tt-content\"/></body></html>";
  try {
    write_epub(present(small_book()), assets);
    FAIL("a 300 KB page template was taken");
  } catch (const Error& e) {
    CHECK(e.file() == "my-template/page.xhtml");
    CHECK_THAT(std::string(e.what()), Catch::Matchers::Contains("over the 256 KB"));
    CHECK_THAT(e.hint(), Catch::Matchers::Contains("style.css"));
  }
}

TEST_CASE("an empty book still makes a readable EPUB") {
  Book empty;
  EpubResult r = write_epub(present(empty), default_assets());
  Unzipped z = unzip(r.bytes);
  for (const char* f : {"OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/toc.ncx",
                        "OEBPS/cover.xhtml", "OEBPS/title.xhtml", "OEBPS/toc01.xhtml"}) {
    INFO(f);
    pugi::xml_document d;
    parse(d, z.files[f]);
  }
  pugi::xml_document opf;
  parse(opf, z.files["OEBPS/content.opf"]);
  CHECK(texts(opf, "//*[local-name()='title']") == std::vector<std::string>{"Tuyển tập"});
  CHECK(z.files.count("OEBPS/list01.xhtml") == 0);
}
