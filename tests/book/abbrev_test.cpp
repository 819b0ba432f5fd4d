// "Danh mục chữ viết tắt": abbreviations the articles define inline.
#include "book/abbrev.h"

#include <catch2/catch.hpp>

#include "helpers.h"

using namespace tuyentap;
using namespace tt_test;

TEST_CASE("abbrev: an inline definition whose initials spell the abbreviation is found") {
  auto found = book::find_abbreviations(
      "Đồng thời, Ban Thường vụ (BTV) Thành ủy đã chỉ đạo; các đồng chí ủy viên Ban Chấp hành "
      "(BCH) Đảng bộ và Ủy ban nhân dân (UBND) phường, Hội đồng nhân dân (HĐND) xã.");
  REQUIRE(found.size() == 4);
  CHECK(found[0].short_form == "BTV");
  CHECK(found[0].long_form == "Ban Thường vụ");
  CHECK(found[1].long_form == "Ban Chấp hành");
  CHECK(found[2].long_form == "Ủy ban nhân dân");
  CHECK(found[3].short_form == "HĐND");
  CHECK(found[3].long_form == "Hội đồng nhân dân");
}

TEST_CASE("abbrev: no consistent long form, lower case or numbers in brackets: nothing") {
  CHECK(book::find_abbreviations("Thành phố (TW) đã họp").empty());  // T-P ≠ T-W
  CHECK(book::find_abbreviations("quyết định (đột xuất và thường xuyên)").empty());
  CHECK(book::find_abbreviations("Nghị quyết (2019) và (A)").empty());
  CHECK(book::find_abbreviations("Ban, Thường vụ (BTV)").empty());  // punctuation breaks the phrase
  CHECK(book::find_abbreviations("(BTV) đầu câu").empty());
}

TEST_CASE("abbrev: the book's list is deduplicated, commonest long form, in Vietnamese order") {
  BookSpec spec;
  spec.period = period_year(2019);
  auto c = compile(
      spec,
      {make_article("a", "T", "Một", "2019-01-01",
                    {"Ủy ban nhân dân (UBND) tỉnh và Ban Thường vụ (BTV).", "Đảng ủy (ĐU) họp."}),
       make_article("b", "T", "Hai", "2019-01-02",
                    {"Uỷ ban nhân dân (UBND) huyện, Bí thư (BT) và ban thường vụ (BTV)."}),
       make_article("c", "T", "Ba", "2019-01-03", {"Ban Thường vụ (BTV) và Ban Dân vận (BDV)."})});
  const auto& ab = c.book.abbreviations;
  REQUIRE(ab.size() == 5);
  // B… < Đ… < U… ; BDV < BT < BTV
  CHECK(ab[0].short_form == "BDV");
  CHECK(ab[1].short_form == "BT");
  CHECK(ab[2].short_form == "BTV");
  CHECK(ab[2].long_form == "Ban Thường vụ");
  CHECK(ab[3].short_form == "ĐU");
  CHECK(ab[4].short_form == "UBND");
  CHECK(ab[4].long_form == "Ủy ban nhân dân");  // the two tone placements are one long form
}

TEST_CASE("abbrev: only included articles contribute") {
  BookSpec spec;
  spec.period = period_year(2019);
  auto c = compile(spec, {make_article("in", "T", "Một", "2019-01-01", {"Ban Thường vụ (BTV)."}),
                          make_article("out", "T", "Hai", "2018-01-01", {"Ban Chấp hành (BCH)."})});
  REQUIRE(c.book.abbreviations.size() == 1);
  CHECK(c.book.abbreviations[0].short_form == "BTV");
}
