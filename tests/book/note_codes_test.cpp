// The build notes' stable codes (book/note_codes.h), from the sentences their makers write.
#include "book/note_codes.h"

#include <catch2/catch.hpp>

#include "book/report.h"
#include "helpers.h"

using namespace tuyentap;
using namespace tt_test;

TEST_CASE("each kind of build note has its stable code") {
  CHECK(note_code("include 'bai-9' (book.toml) names no article read") == "spec-include-unused");
  CHECK(note_code("exclude 'bai-9' (book.toml) names no article read") == "spec-exclude-unused");
  CHECK(note_code("kho/a.txt is both included and excluded by the spec: left out") ==
        "included-and-excluded");
  CHECK(note_code("kho/a.txt (a1) is undated but included by the spec") == "included-by-spec");
  CHECK(note_code("chapter rule 'Dân vận' (book.toml:12) matched only articles of earlier "
                  "chapters: it is left out") == "chapter-rule-unused");
  CHECK(note_code("EPUB: kho/a.txt: character U+2603 \"☃\" has no glyph in the embedded font "
                  "Noto Serif: readers would show a box or another font") == "epub-missing-glyph");
  CHECK(note_code("EPUB: character U+2603 \"☃\" (cover) has no glyph in the embedded font Noto "
                  "Serif: readers would show a box or another font") == "epub-missing-glyph");
  CHECK(note_code("PDF: kho/a.txt: character U+2603 \"☃\": no font of the print style has it; "
                  "it is printed as a visible replacement mark") == "pdf-missing-glyph");
  CHECK(note_code("PDF: character U+2603 \"☃\": no font of the print style has it; it is "
                  "printed as a visible replacement mark") == "pdf-missing-glyph");
  CHECK(note_code("PDF: kho/a.txt: a word longer than a line was broken inside it: …") ==
        "pdf-word-broken");
  CHECK(note_code("PDF: a line is wider than the text area: …") == "pdf-line-overfull");
  CHECK(note_code("something new") == "note");
}

TEST_CASE("report.json gives each note's code in the notes' order") {
  BookSpec spec;
  spec.title = "Tuyển tập 2019";
  spec.period = period_year(2019);
  spec.include = {"khong-co", "a1"};
  Input in = inputs({make_article("a1", "Xây dựng Đảng", "Chi bộ kiểu mẫu", "2019-01-28")});
  Compiled c = compile_book(spec, in.archive, in.read);
  REQUIRE(c.report.notes.size() == 1);
  const std::string j = report_json(c.report, c.book, ReportHeader{});
  CHECK(j.find("\"note_codes\": [\n    \"spec-include-unused\"\n  ]") != std::string::npos);
}
