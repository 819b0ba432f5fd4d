#include "pdf/to_unicode.h"

#include <catch2/catch.hpp>

#include "pdf/metadata.h"

using namespace tuyentap::pdf;

TEST_CASE("ToUnicode: clusters and ranges and characters beyond the BMP") {
  std::string cmap = to_unicode_cmap(
      {{3, "A"}, {4, "B"}, {5, "C"}, {9, "ễ"}, {10, "fi"}, {11, "\xF0\x9D\x90\x80"}});  // U+1D400
  CHECK(cmap.find("<0003><0005><0041>") != std::string::npos);                          // a range
  CHECK(cmap.find("<0009><1EC5>") != std::string::npos);
  CHECK(cmap.find("<000A><00660069>") != std::string::npos);  // a ligature: two chars
  CHECK(cmap.find("<000B><D835DC00>") != std::string::npos);  // a surrogate pair
  CHECK(cmap.find("3 beginbfchar") != std::string::npos);
  CHECK(cmap.find("1 beginbfrange") != std::string::npos);
}

TEST_CASE("ToUnicode: blocks hold at most 100 entries") {
  std::vector<std::pair<std::uint32_t, std::string>> m;
  for (std::uint32_t i = 0; i < 150; ++i) m.emplace_back(i * 2 + 1, "x");
  std::string cmap = to_unicode_cmap(m);
  CHECK(cmap.find("100 beginbfchar") != std::string::npos);
  CHECK(cmap.find("50 beginbfchar") != std::string::npos);
}

TEST_CASE("dates are UTC from the book epoch in the PDF form") {
  CHECK(pdf_date(0) == "D:19700101000000+00'00'");
  CHECK(pdf_date(1548689220) == "D:20190128152700+00'00'");
  CHECK(pdf_date(1709210096) == "D:20240229123456+00'00'");
}
