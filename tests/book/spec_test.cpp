#include <catch2/catch.hpp>

#include "base/error.h"
#include "base/paths.h"
#include "helpers.h"
#include "load/load.h"
#include "test_paths.h"
#include "text/decode.h"

using namespace tuyentap;
using namespace tt_test;

namespace {

// The Error load_spec throws for a spec, or a default one when it does not throw.
Error spec_error(const std::string& path) {
  try {
    load_spec(path);
  } catch (const Error& e) {
    return e;
  }
  return Error("(no error)");
}

}  // namespace

TEST_CASE("spec: every key of book.toml is read") {
  BookSpec s = load_spec(fixture_spec("full.toml"));
  CHECK(s.title == "Tuyển tập Quý I");
  CHECK(s.subtitle == "Công tác xây dựng Đảng");
  CHECK(s.publisher == "Ban Tuyên giáo Thành ủy Bạc Liêu");
  CHECK(s.place == "Bạc Liêu");
  CHECK(s.year == 2019);
  CHECK(s.editor == "Nguyễn Văn An");
  CHECK(s.internal);
  CHECK(s.preface_file == "preface.txt");
  REQUIRE(s.period.from);
  CHECK(s.period.from->iso() == "2019-01-01");
  CHECK(s.period.to->iso() == "2019-03-31");
  CHECK(s.period.label == "Quý I/2019");
  CHECK(s.topics == std::vector<std::string>{"Xây dựng Đảng", "Tiến tới Đại hội"});
  CHECK(s.keyword_mode == KeywordMode::All);
  CHECK(s.authors == std::vector<std::string>{"Hoàng Uyên"});  // a single text is a list of one
  CHECK(s.match == MatchMode::Exact);
  CHECK(s.all_criteria);
  CHECK(s.include == std::vector<std::string>{"abc123def456"});
  CHECK(s.exclude == std::vector<std::string>{"2019/trung.txt"});
  CHECK(s.by == AutoChapters::Month);
  CHECK(s.order == Order::DateDesc);
  CHECK(s.leftovers == Leftovers::Leave);
  REQUIRE(s.chapters.size() == 2);
  CHECK(s.chapters[0].title == "Công tác cán bộ");
  CHECK(s.chapters[0].line == 31);
  CHECK(s.chapters[1].keywords == std::vector<std::string>{"kiểm tra", "giám sát"});
  CHECK(s.chapters[1].keyword_mode == KeywordMode::All);
  CHECK(s.chapters[1].match == MatchMode::Exact);
  CHECK(s.chapters[0].match == MatchMode::Folded);
}

TEST_CASE("spec: the preface is read as paragraphs separated by blank lines") {
  BookSpec s = load_spec(fixture_spec("full.toml"));
  auto paragraphs = load_preface(s);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0] == "Lời giới thiệu, đoạn một tiếp tục đoạn một.");
  CHECK(paragraphs[1] == "Đoạn hai.");
}

TEST_CASE("spec: the sample book.toml that init writes loads as it is") {
  std::string text = sample_spec_text();
  CHECK(text.find("Lời giới thiệu") != std::string::npos);
  BookSpec s = load_spec(data_path("templates/book.toml"));
  CHECK(s.title == "Tuyển tập 2019");
  CHECK(s.period.label == "Năm 2019");
  CHECK(s.by == AutoChapters::Topic);
  CHECK(s.leftovers == Leftovers::OtherChapter);
  CHECK(s.chapters.empty());
}

TEST_CASE("spec: an unknown key is an error naming the file, the line and the known keys") {
  Error e = spec_error(fixture_spec("unknown_key.toml"));
  CHECK(e.message().find("unknown key 'oder'") != std::string::npos);
  CHECK(e.file() == fixture_spec("unknown_key.toml"));
  CHECK(e.line() == 9);
  CHECK(e.hint().find("order") != std::string::npos);
}

TEST_CASE("spec: a date that does not exist is an error at its line") {
  Error e = spec_error(fixture_spec("bad_date.toml"));
  CHECK(e.message().find("2019-02-30") != std::string::npos);
  CHECK(e.line() == 5);
  CHECK(!e.hint().empty());
}

TEST_CASE("spec: a period that ends before it starts is an error") {
  Error e = spec_error(fixture_spec("empty_period.toml"));
  CHECK(e.message().find("empty") != std::string::npos);
  CHECK(e.line() == 5);
}

TEST_CASE("spec: a missing preface file is an error at the preface line") {
  Error e = spec_error(fixture_spec("missing_preface.toml"));
  CHECK(e.message().find("khong-co.txt") != std::string::npos);
  CHECK(e.line() == 4);
  CHECK(e.hint().find("relative") != std::string::npos);
}

TEST_CASE("spec: wrong types, bad choices and bad TOML are errors with lines") {
  TempDir dir("tt-spec-errors");
  auto check = [&](const std::string& text, int line, const std::string& needle) {
    Error e = spec_error(write_file(dir / "book.toml", text));
    CHECK(e.line() == line);
    CHECK(e.message().find(needle) != std::string::npos);
  };
  check("[book]\ntitle = Tuyển tập\n", 2, "not valid TOML");
  check("[book]\nyear = \"2019\"\n", 2, "whole number");
  check("[book]\nyear = 4294969315\n", 2, "out of range");  // 2^32 + 2019 used to be 2019
  check("[book]\nyear = 1.2e121\n", 2, "out of range");     // toml++ cast it: undefined (fuzz)
  check("[book]\nyear = 2019.5\n", 2, "whole number");
  check("[period]\nyear = 4294969315\n", 2, "out of range");
  check("[period]\nyear = 2019\nmonth = -4294967295\n", 3, "out of range");
  check("[book]\nyear = 9999\n", 2, "not plausible");
  check("[book]\n\ninternal = \"có\"\n", 3, "true or false");
  check("[period]\nyear = 9999\n", 2, "plausible");
  check("[chapters]\n\nby = \"tuần\"\n", 3, "tuần");
  check("[period]\nquarter = \"2019-Q5\"\n", 2, "2019-Q5");
  check("[period]\nmonth = \"2019-13\"\n", 2, "2019-13");
  check("[period]\nyear = 2019\nmonth = \"2019-01\"\n", 2, "more than one");
  check("[[chapter]]\ntitle = \"Rỗng\"\n", 1, "says nothing");
  check("titel = \"x\"\n", 1, "unknown key 'titel'");
}

TEST_CASE("spec: an unknown value is an error at its line listing the valid values") {
  TempDir dir("tt-spec-choice");
  std::string path =
      write_file(dir / "book.toml", "[book]\ntitle = \"X\"\n\n[chapters]\nby = \"monht\"\n");
  Error e = spec_error(path);
  CHECK(e.file() == path);
  CHECK(e.line() == 5);
  CHECK(e.message() == "'monht' is not a value 'by' accepts");
  CHECK(e.hint() == "write one of: \"topic\", \"month\", \"quarter\", \"none\"");
  e = spec_error(write_file(dir / "book.toml",
                            "[[chapter]]\ntitle = \"X\"\ntopics = [\"Y\"]\nmatch = \"fuzzy\"\n"));
  CHECK(e.line() == 4);
  CHECK(e.hint().find("\"folded\", \"loose\", \"exact\"") != std::string::npos);
}

TEST_CASE("spec: periods by year, quarter, month and range, boundaries inclusive") {
  Period y = period_year(2020);
  CHECK(y.contains(Date{2020, 1, 1}));
  CHECK(y.contains(Date{2020, 12, 31}));
  CHECK_FALSE(y.contains(Date{2019, 12, 31}));
  CHECK_FALSE(y.contains(Date{2021, 1, 1}));
  CHECK(y.label == "Năm 2020");

  Period q4 = period_quarter("2019-Q4");
  CHECK(q4.from->iso() == "2019-10-01");
  CHECK(q4.to->iso() == "2019-12-31");
  CHECK_FALSE(q4.contains(Date{2019, 9, 30}));
  CHECK(period_quarter("2019-Q2").to->iso() == "2019-06-30");
  CHECK(period_quarter("2019-Q3").to->iso() == "2019-09-30");

  Period feb = period_month("2020-02");  // leap year
  CHECK(feb.to->iso() == "2020-02-29");
  CHECK(feb.contains(Date{2020, 2, 29}));
  CHECK_FALSE(feb.contains(Date{2020, 3, 1}));
  CHECK(period_month("2019-02").to->iso() == "2019-02-28");
  CHECK(feb.label == "Tháng 2/2020");

  Period r = period_range("2019-01-15", "2019-01-15");
  CHECK(r.contains(Date{2019, 1, 15}));
  CHECK_FALSE(r.contains(Date{2019, 1, 16}));
  CHECK(period_range("2019-01-01", "2019-06-30").label == "01/01/2019 – 30/06/2019");
  CHECK_THROWS_AS(period_range("2019-06-30", "2019-01-01"), Error);
  CHECK_THROWS_AS(period_range("2019-02-29", "2019-03-01"), Error);  // not a leap year
}

TEST_CASE("spec: quarter and month may be numbers beside a year, no period means the book year") {
  TempDir dir("tt-spec-forms");
  BookSpec a = load_spec(write_file(dir / "a.toml", "[period]\nyear = 2019\nquarter = 2\n"));
  CHECK(a.period.label == "Quý II/2019");
  BookSpec b = load_spec(write_file(dir / "b.toml", "[period]\nyear = 2019\nmonth = 3\n"));
  CHECK(b.period.to->iso() == "2019-03-31");
  BookSpec c = load_spec(write_file(dir / "c.toml", "[book]\nyear = 2018\n"));
  CHECK(c.period.label == "Năm 2018");
  BookSpec d =
      load_spec(write_file(dir / "d.toml", "[period]\nfrom = 2019-03-01\nto = 2019-03-31\n"));
  CHECK(d.period.from->iso() == "2019-03-01");
}

TEST_CASE("spec: the sample documents every key the reader knows") {
  std::string text = sample_spec_text();
  for (const char* section : {"[book]", "[period]", "[select]", "[chapters]", "[[chapter]]"}) {
    CHECK(text.find(section) != std::string::npos);
  }
  for (const char* key :
       {"title",    "subtitle",      "publisher", "place", "year",    "editor",  "language",
        "preface",  "cover",         "quarter",   "month", "from",    "to",      "topics",
        "keywords", "keywords_mode", "authors",   "match", "combine", "include", "exclude",
        "by",       "order",         "leftovers"}) {
    INFO(key);
    // Set, or shown commented out for the clerk to switch on.
    bool shown = text.find(std::string("\n") + key + " = ") != std::string::npos ||
                 text.find(std::string("\n# ") + key + " = ") != std::string::npos;
    CHECK(shown);
  }
}

TEST_CASE("spec: a spec file that is not there says how to make one") {
  Error e = spec_error("/nonexistent/book.toml");
  CHECK(e.file() == "/nonexistent/book.toml");
  CHECK(e.hint().find("tuyentap init") != std::string::npos);
}

TEST_CASE("spec: a preface saved in a legacy encoding is decoded") {
  TempDir dir("tt-preface-legacy");
  std::string para = "Lời giới thiệu của Ban Thường vụ Tỉnh ủy về công tác xây dựng Đảng năm 2019.";
  write_file(dir / "loi.txt",
             encode_text(para + "\r\n\r\nĐoạn thứ hai của lời giới thiệu.\r\n", Encoding::Tcvn3));
  BookSpec s = load_spec(write_file(dir / "book.toml", "[book]\npreface = \"loi.txt\"\n"));
  auto paragraphs = load_preface(s);
  REQUIRE(paragraphs.size() == 2);
  CHECK(paragraphs[0] == para);
}

TEST_CASE("spec: a whole number may be written as a float, and every fuzz finding is refused") {
  CHECK(parse_spec("[book]\nyear = 2019.0\n", "book.toml").year == 2019);
  // Inputs scripts/fuzz found that broke the spec reader: each is a spec or an Error now.
  const std::filesystem::path dir = test_paths::source_dir() + "/tests/fixtures/fuzz/fuzz_spec";
  int seen = 0;
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    INFO(f.path());
    ++seen;
    try {
      parse_spec(read_file_bytes(f.path().string()), f.path().string());
    } catch (const Error&) {
    }
  }
  CHECK(seen > 0);
}
