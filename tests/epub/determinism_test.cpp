// The same book gives the same bytes; its identifier follows its content.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <ctime>

#include "epub/epub.h"
#include "epub/zip_writer.h"
#include "epub_fixtures.h"

using namespace tuyentap;
using namespace epub_test;

namespace {
std::string identifier(const std::string& epub) {
  Unzipped z = unzip(epub);
  pugi::xml_document opf;
  parse(opf, z.files["OEBPS/content.opf"]);
  return opf.select_node("//*[@id='book-id']").node().text().get();
}

void set_tz(const char* tz) {
  if (tz) {
    setenv("TZ", tz, 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
}
}  // namespace

TEST_CASE("building the same book twice gives the same bytes, in any time zone") {
  Book book = generated_book(60, 11);
  EpubOptions o;
  o.date_epoch = 1577836800 + 12345;
  std::string first = write_epub(present(book), default_assets(), o).bytes;
  CHECK(write_epub(present(book), default_assets(), o).bytes == first);
  const char* old = std::getenv("TZ");
  std::string saved = old ? old : "";
  set_tz("Asia/Ho_Chi_Minh");
  std::string in_hanoi = write_epub(present(book), default_assets(), o).bytes;
  set_tz("America/New_York");
  std::string in_new_york = write_epub(present(book), default_assets(), o).bytes;
  set_tz(old ? saved.c_str() : nullptr);
  CHECK(in_hanoi == first);
  CHECK(in_new_york == first);
  // And the time is really in the zip: a different date gives different bytes.
  o.date_epoch += 86400;
  CHECK(write_epub(present(book), default_assets(), o).bytes != first);
}

TEST_CASE("the identifier is stable across rebuilds and changes with the content") {
  Book book = small_book();
  EpubOptions a, b;
  b.date_epoch = 1600000000;
  std::string id = identifier(write_epub(present(book), default_assets(), a).bytes);
  // Neither the options nor the fonts are content.
  CHECK(identifier(write_epub(present(book), assets_without_fonts(), b).bytes) == id);
  Book edited = book;
  edited.chapters[0].articles[1].blocks[0].text += " Thêm một câu.";
  CHECK(identifier(write_epub(present(edited), default_assets()).bytes) != id);
  Book retitled = book;
  retitled.meta.title = "Tuyển tập 2020";
  // A cover picture is part of the edition: the same book with a cover is another one.
  CHECK(identifier(write_epub(present(book, tiny_png_cover()), default_assets()).bytes) != id);
  CHECK(identifier(write_epub(present(retitled), default_assets()).bytes) != id);
  // The archive named by another path (relative, absolute, the folder moved) is the same
  // edition; another file's name is not.
  Book elsewhere = book;
  Book renamed = book;
  for (Chapter& c : elsewhere.chapters)
    for (Article& art : c.articles) art.file = "/home/van-thu/Tải về/luu-tru/2019/" + art.file;
  renamed.chapters[0].articles[0].file += ".bak";
  CHECK(identifier(write_epub(present(elsewhere), default_assets()).bytes) == id);
  CHECK(identifier(write_epub(present(renamed), default_assets()).bytes) != id);
}

// The CLI lets each article's body go once its page is written (cli/build.cpp): nothing the
// writer makes later (lists, navigation, package, urn:uuid) may read a body. Before, the
// urn:uuid was hashed from every body after the pages, and the bodies were held to the end.
TEST_CASE("an EPUB whose articles' bodies go as their pages are written is the same EPUB") {
  Book book = generated_book(60, 11);
  EpubOptions o;
  o.date_epoch = 1577836800;
  const std::string whole = write_epub(present(book), default_assets(), o).bytes;
  const Presentation shown = present(book);
  std::vector<Article*> articles;  // the Presentation's order
  for (Chapter& c : book.chapters)
    for (Article& a : c.articles) articles.push_back(&a);
  REQUIRE(articles.size() == 60);
  std::vector<int> written(articles.size(), 0);
  o.on_article_written = [&](std::size_t i) {
    ++written[i];
    release_body(*articles[i]);
  };
  CHECK(write_epub(shown, default_assets(), o).bytes == whole);
  CHECK(std::count(written.begin(), written.end(), 1) == 60);
  for (const Article* a : articles) CHECK((a->blocks.empty() && a->lead.empty()));
}

TEST_CASE("the container's bytes do not depend on how many cores deflate it") {
  std::vector<ZipEntry> entries;
  entries.push_back({"mimetype", "application/epub+zip", false});
  Book book = generated_book(40, 9);
  int k = 0;
  for (const Chapter& c : book.chapters)
    for (const Article& a : c.articles)
      entries.push_back({"OEBPS/a" + std::to_string(++k) + ".xhtml", article_plain_text(a), true});
  entries.push_back({"OEBPS/images/x.png", "\x89PNG not really", false});
  std::string one = write_zip(entries, 1600000000, 1);
  CHECK(write_zip(entries, 1600000000, 2) == one);
  CHECK(write_zip(entries, 1600000000, 3) == one);
  Unzipped z = unzip(one);
  CHECK(z.names.size() == entries.size());
  CHECK(z.files["OEBPS/a7.xhtml"] == entries[7].data);
  CHECK(z.stored["mimetype"]);
  CHECK(z.stored["OEBPS/images/x.png"]);
  CHECK_FALSE(z.stored["OEBPS/a7.xhtml"]);

  // Pages deflated ahead, in batches of their own and out of the zip's order (as the EPUB
  // writer does, to let their text go), give the same bytes; their text is not read again.
  for (unsigned workers : {1u, 2u}) {
    DeflatedEntries ahead;
    std::vector<ZipEntry> rest = entries;
    for (std::size_t from : {std::size_t{20}, std::size_t{3}}) {
      std::vector<ZipEntry> batch;
      for (std::size_t i = from; i < from + 10; ++i) {
        batch.push_back(entries[i]);
        rest[i].data.clear();
      }
      ahead.add(batch, 1600000000, workers);
    }
    CHECK(ahead.has("OEBPS/a7.xhtml"));
    CHECK(write_zip(rest, 1600000000, workers, std::move(ahead)) == one);
  }
}
