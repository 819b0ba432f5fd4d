// The cover the program draws when the spec names no picture: the EPUB declares it as its
// cover image, a 1600 × 2560 PNG, on a cover page that is not the title page.
#include <catch2/catch.hpp>

#include "base/picture.h"
#include "epub/epub.h"
#include "epub_fixtures.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;
using namespace epub_test;

TEST_CASE("without a user's picture the EPUB's cover image is the drawn 1600x2560 PNG") {
  Book b = small_book();
  Presentation shown = present(b);
  EpubOptions opts;
  opts.drawn_cover =
      std::make_shared<const Picture>(cover_png(shown, load_print_style("book"), 1600, 2560));
  Unzipped z = unzip(write_epub(shown, default_assets(), opts).bytes);

  pugi::xml_document opf;
  parse(opf, z.files["OEBPS/content.opf"]);
  pugi::xml_node item = opf.select_node("//*[@properties='cover-image']").node();
  REQUIRE(item);
  CHECK(std::string(item.attribute("href").value()) == "images/cover.png");
  CHECK(std::string(item.attribute("media-type").value()) == "image/png");
  CHECK(opf.select_node("//*[local-name()='meta'][@name='cover']"));  // EPUB 2 readers

  auto png = read_picture("cover.png", z.files["OEBPS/images/cover.png"]);
  REQUIRE(png);
  CHECK(png->kind == Picture::Png);
  CHECK(png->width == 1600);
  CHECK(png->height == 2560);

  // the cover page shows the picture; the title page is another page, of text
  pugi::xml_document cover, title;
  parse(cover, z.files["OEBPS/cover.xhtml"]);
  parse(title, z.files["OEBPS/title.xhtml"]);
  CHECK(std::string(cover.select_node("//*[local-name()='img']").node().attribute("src").value()) ==
        "images/cover.png");
  CHECK_FALSE(title.select_node("//*[local-name()='img']"));
  CHECK(fold(all_text(title.select_node("//*[local-name()='section']").node()))
            .find("Tuyển tập 2019") != std::string::npos);

  // a user's picture wins over the drawn one
  std::shared_ptr<const Picture> user = tiny_png_cover();
  Unzipped zu = unzip(write_epub(present(b, user), default_assets(), opts).bytes);
  CHECK(zu.files["OEBPS/images/cover.png"] == user->bytes);
}
