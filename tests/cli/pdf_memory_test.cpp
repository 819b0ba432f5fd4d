// The PDF's memory follows the output (issue 12): the pages go from layout to the writer one
// at a time (layout/page_sink.h), and the writer writes each object to the file as soon as it
// is complete (pdf/object_file.h), keeping only what the end needs (each font's glyphs, the
// structure elements' kids, the objects' offsets); layout holds the structure's nodes once.
// [memory]: measures the program's own memory, which the sanitizer build's shadow memory
// would swell.
#include <catch2/catch.hpp>
#include <string>

#include "cli/run.h"

using namespace tt_test;

TEST_CASE("3,000 small articles make a tagged PDF in 46 MB", "[memory]") {
  // Before the pages were handed over one at a time: the whole laid-out book, then the
  // PdfMemDocument with a live dictionary per page, link and bookmark: 99 MB resident (and
  // 188 MB before the structure tree was kept as bytes); then 65 MB with PoDoFo's document
  // held to the end; 48 MB with the PDF written an object at a time. Now 42 MB (the
  // structure's kids made at the end, the lists and bookmarks made as they go out, the
  // articles' views slimmer), of which some 35 MB is the build before layout (the articles,
  // the book); 41.5 MB with the report's rows, the views and layout's plan slimmer. (An
  // address-space limit, as the archive's memory tests use, counts the malloc arenas the
  // page-writing threads happen to reserve, 64 MB each: too uneven for a bound this close.)
  std::string dir = fresh_dir("pdf-memory");
  RunResult g = run(std::string("'") + TUYENTAP_GEN_CORPUS + "' --out '" + dir +
                    "/archive' --articles 3000 --from 2019-01-01 --to 2019-12-31 --small");
  INFO(g.out);
  REQUIRE(g.exit_code == 0);
  RunResult r = run(tuyentap() + " build '" + dir +
                    "/archive' --year 2019 --format pdf --output '" + dir + "/out'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(r.peak_rss_kb < 46'000);  // the build's own peak, not the generator's
  RunResult info = run("pdfinfo '" + dir + "/out/tuyen-tap-2019.pdf'");
  INFO(info.out);
  CHECK(info.exit_code == 0);
  CHECK(info.out.find("Tagged:          yes") != std::string::npos);
  const std::size_t at = info.out.find("Pages:");
  REQUIRE(at != std::string::npos);
  CHECK(std::stoi(info.out.substr(at + 6)) > 1000);  // 3,000 articles: 1,352 pages
}
