// The edge: the small files a build names are read here, checked, and nothing else reads them.
#include "load/load.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "epub/fonts.h"
#include "temp_dir.h"

using namespace tuyentap;

namespace {

void put(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

TEST_CASE("the EPUB assets are the template folder's files and the six fonts") {
  EpubAssets a = load_epub_assets("", true);
  CHECK(a.templates.css.find("Tuyentap Serif") != std::string::npos);
  CHECK(a.templates.pages.count("page") == 1);
  REQUIRE(a.fonts.size() == static_cast<std::size_t>(epub::kFaceCount));
  for (const NamedBytes& f : a.fonts) {
    INFO(f.name);
    CHECK(f.bytes->size() > 10000);
    CHECK(f.bytes->compare(0, 4, std::string("\0\1\0\0", 4)) == 0);  // a TrueType font
  }
  CHECK(load_epub_assets("", false).fonts.empty());
}

TEST_CASE("a user's template folder is read as it is, a missing one is an Error naming it") {
  tt_test::TempDir dir;
  put(dir.path().string() + "/style.css", "p { margin: 0 }");
  put(dir.path().string() + "/page.xhtml", "<html/>");
  put(dir.path().string() + "/chapter.xhtml", "<html><body/></html>");
  put(dir.path().string() + "/notes.txt", "not a template");
  EpubAssets a = load_epub_assets(dir.path().string(), false);
  CHECK(a.templates.dir == dir.path().string());
  CHECK(a.templates.css == "p { margin: 0 }");
  CHECK(a.templates.pages == std::map<std::string, std::string>{
                                 {"page", "<html/>"}, {"chapter", "<html><body/></html>"}});
  try {
    load_epub_assets(dir.path().string() + "/khong-co", false);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == dir.path().string() + "/khong-co");
  }
  std::filesystem::remove(dir.path().string() + "/page.xhtml");
  CHECK_THROWS_AS(load_epub_assets(dir.path().string(), false), Error);
}

TEST_CASE("a cover is read and checked at the edge: JPEG and PNG only") {
  tt_test::TempDir dir;
  BookMeta m;
  CHECK(load_cover(m) == nullptr);
  m.cover_image = dir.path().string() + "/bia.png";
  put(m.cover_image, "not a picture at all");
  try {
    load_cover(m);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == m.cover_image);
  }
  m.cover_image = dir.path().string() + "/khong-co.jpg";
  CHECK_THROWS_AS(load_cover(m), Error);
}

TEST_CASE("the chrome markers of the data folder are the ones the program was built with") {
  ChromeMarkers loaded = load_chrome_markers();
  ChromeMarkers built_in = default_chrome_markers();
  CHECK(loaded.ends_article == built_in.ends_article);
  CHECK(loaded.drop_line == built_in.drop_line);
  CHECK_FALSE(loaded.ends_article.empty());
  CHECK_THROWS_AS(load_chrome_markers("/nonexistent/chrome-markers.txt"), Error);
}

TEST_CASE("a page template too large to copy into every page is refused when it is read") {
  tt_test::TempDir dir;
  put(dir.path().string() + "/style.css", "p { margin: 0 }");
  std::string page = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>" +
                     std::string(300 * 1024, ' ') + "</style></head><body/></html>";
  put(dir.path().string() + "/page.xhtml", page);
  try {
    load_epub_assets(dir.path().string(), false);
    FAIL("a 300 KB page template was taken");
  } catch (const Error& e) {
    CHECK_THAT(std::string(e.what()), Catch::Matchers::Contains("over the 256 KB"));
    CHECK(e.file() == dir.path().string() + "/page.xhtml");
  }
}
