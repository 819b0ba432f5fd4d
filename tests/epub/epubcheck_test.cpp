// epubcheck, the reference validator, on a small book, a book of a few hundred articles
// and a book with a user's cover and no fonts: 0 errors, 0 warnings. One run per file
// (about 6 s each), so the books are checked in this one test, in a folder of its own.
#include <catch2/catch.hpp>
#include <cstdio>
#include <sstream>

#include "base/paths.h"
#include "epub/epub.h"
#include "epub_fixtures.h"
#include "layout/layout.h"
#include "load/load.h"
#include "temp_dir.h"

using namespace tuyentap;
using namespace epub_test;

namespace {

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

}  // namespace

TEST_CASE("epubcheck finds no error and no warning") {
  struct Case {
    std::string name;
    Book book;
    EpubOptions opts;
    std::shared_ptr<const Picture> cover = nullptr;
    const EpubAssets* assets = &default_assets();
  };
  std::vector<Case> cases;
  cases.push_back({"epubcheck-small.epub", small_book(), {}});
  cases.back().opts.date_epoch = 1548662400;
  // the cover the program draws when the book has none (layout's cover_png)
  cases.back().opts.drawn_cover = std::make_shared<const Picture>(
      cover_png(present(cases.back().book), load_print_style("book"), 1600, 2560));
  cases.push_back({"epubcheck-large.epub", generated_book(300, 5, 60), {}});

  // A 1×1 PNG as the user's cover, and no fonts.
  Book covered = small_book();
  covered.abbreviations.clear();
  covered.preface.clear();
  // Edge cases: a chapter without articles, an article with only a title and a paragraph.
  covered.chapters.push_back({"Chương trống", {}});
  Article bare;
  bare.title = "Bài chỉ có tiêu đề";
  bare.blocks.push_back({BlockType::Paragraph, "Một đoạn văn.", ""});
  covered.chapters.push_back({"", {bare}});
  cases.push_back({"epubcheck-cover.epub", covered, {}, tiny_png_cover()});
  cases.back().assets = &assets_without_fonts();

  tt_test::TempDir dir("tt-epubcheck");
  for (Case& c : cases) {
    std::string path = (dir / c.name).string();
    write_file_bytes(path, write_epub(present(c.book, c.cover), *c.assets, c.opts).bytes);
    std::string out = run("java -jar /usr/bin/epubcheck '" + path + "' 2>&1");
    INFO(c.name << ":\n" << out);
    CHECK(out.find("No errors or warnings detected") != std::string::npos);
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
      CHECK(line.rfind("ERROR", 0) == std::string::npos);
      CHECK(line.rfind("WARNING", 0) == std::string::npos);
      CHECK(line.rfind("FATAL", 0) == std::string::npos);
    }
  }
}
