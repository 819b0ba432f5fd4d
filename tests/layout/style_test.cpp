#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "base/error.h"
#include "layout/layout.h"
#include "load/load.h"
#include "temp_dir.h"
#include "test_paths.h"

using namespace tuyentap;

namespace {
// Style files written for one test, in a folder of their own removed after it.
struct StyleFiles {
  tt_test::TempDir dir{"tt-style"};
  std::string write(const std::string& name, const std::string& text) const {
    auto p = dir / name;
    std::ofstream(p) << text;
    return p.string();
  }
};
TEST_CASE("the official style follows Decree 30 margins, fonts and sizes") {
  PrintStyle s = load_print_style("official");
  CHECK(s.name == "official");
  CHECK(s.margin_top_mm == 20);
  CHECK(s.margin_bottom_mm == 20);
  CHECK(s.margin_left_mm == 30);
  CHECK(s.margin_right_mm == 15);
  CHECK(s.body_size == 13);
  CHECK(s.paragraph_indent_mm == 10);
  CHECK(s.paragraph_space_pt >= 6);
  CHECK(s.line_spacing >= 1.2f);
  CHECK(s.line_spacing <= 1.3f);
  CHECK(s.font_regular.find("LiberationSerif-Regular.ttf") != std::string::npos);
  CHECK(s.page_numbers == PrintStyle::PageNumbers::TopCenter);
  CHECK_FALSE(s.number_first_page);
  CHECK(s.ragged_page_tolerance == Approx(1.5));  // no word space beyond 1.75x to fill a page
}

TEST_CASE("every shipped style's headings step down: chapter, article title, subheading, body") {
  for (const char* name : {"official", "book", "pocket"}) {
    PrintStyle s = load_print_style(name);
    INFO(name);
    CHECK(s.title_size <= s.chapter_title_size);
    CHECK(s.heading_size <= s.title_size);
    CHECK(s.body_size <= s.heading_size);
  }
  // Decree 30 (official): every heading 13–14 pt
  PrintStyle official = load_print_style("official");
  CHECK(official.title_size >= 13);
  CHECK(official.title_size <= 14);
}

TEST_CASE("the book style has running heads, foot numbers and chapters on the right") {
  PrintStyle s = load_print_style("book");
  CHECK(s.font_regular.find("NotoSerif-Regular.ttf") != std::string::npos);
  CHECK(s.running_heads);
  CHECK(s.chapters_on_right);
  CHECK(s.page_numbers != PrintStyle::PageNumbers::TopCenter);
  CHECK(s.ragged_page_tolerance == Approx(2.0));  // a ragged page may loosen more (bottoms)
}

std::string official_text() {
  std::ifstream in(test_paths::source_dir() + "/templates/pdf/official.toml");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string replace_line(std::string text, const std::string& key, const std::string& line) {
  auto at = text.find("\n" + key + " ");
  REQUIRE(at != std::string::npos);
  auto end = text.find('\n', at + 1);
  return text.substr(0, at + 1) + line + text.substr(end);
}

int line_of(const std::string& text, const std::string& needle) {
  auto at = text.find(needle);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

TEST_CASE("a user's copy of a style loads from its path, with its own values") {
  StyleFiles files;
  std::string text = replace_line(official_text(), "body_size", "body_size = 14");
  std::string path = files.write("tt-style-copy.toml", text);
  PrintStyle s = load_print_style(path);
  CHECK(s.body_size == 14);
  CHECK(s.name == "tt-style-copy");
}

TEST_CASE("a bad style value stops with the file and line") {
  StyleFiles files;
  std::string text = replace_line(official_text(), "line_spacing", "line_spacing = \"wide\"");
  std::string path = files.write("tt-style-bad.toml", text);
  try {
    load_print_style(path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == path);
    CHECK(e.line() == line_of(text, "line_spacing = \"wide\""));
    CHECK(e.message().find("line_spacing") != std::string::npos);
  }
  text = replace_line(official_text(), "margin_left_mm", "margin_left_mm = -5");
  path = files.write("tt-style-range.toml", text);
  try {
    load_print_style(path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.line() == line_of(text, "margin_left_mm = -5"));
  }
  text = replace_line(official_text(), "body_size", "body_sise = 13");
  path = files.write("tt-style-typo.toml", text);
  CHECK_THROWS_AS(load_print_style(path), Error);
  text = replace_line(official_text(), "regular", "regular = \"fonts/Nope.ttf\"");
  path = files.write("tt-style-font.toml", text);
  try {
    load_print_style(path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.line() == line_of(text, "Nope.ttf"));
  }
  CHECK_THROWS_AS(load_print_style("/nonexistent/style.toml"), Error);
}

TEST_CASE("a style word must be one the style knows, the error lists them at its line") {
  StyleFiles files;
  std::string text =
      replace_line(official_text(), "page_numbers", "page_numbers = \"bottom-middle\"");
  std::string path = files.write("tt-style-word.toml", text);
  try {
    load_print_style(path);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == path);
    CHECK(e.line() == line_of(text, "bottom-middle"));
    CHECK(e.message().find("furniture.page_numbers") != std::string::npos);
    CHECK(e.hint() == "write one of: \"top-center\", \"bottom-center\", \"bottom-outside\"");
  }
  text = replace_line(official_text(), "lead_font", "lead_font = \"Italic\"");
  path = files.write("tt-style-lead.toml", text);
  CHECK(load_print_style(path).lead_font == "italic");
}
}  // namespace

TEST_CASE("a style's tie words are made matching keys once, when it is read") {
  const PrintStyle s = parse_print_style(
      "[fonts]\nregular = \"r.ttf\"\nbold = \"b.ttf\"\nitalic = \"i.ttf\"\n"
      "bold_italic = \"bi.ttf\"\n[text]\ncompounds = [\"Đảng Uỷ\", \"chi bộ\"]\n"
      "number_words = [\"Khoá\", \"Lần thứ\"]\n",
      "tie.toml");
  // any case, either tone placement, as layout/ties.cpp looks them up (fold_exact keys)
  CHECK(s.ties.compound("đảng ủy"));
  CHECK(s.ties.compound("chi bộ"));
  CHECK_FALSE(s.ties.compound("Đảng Uỷ"));  // a key, not the text as written
  CHECK(s.ties.number_word("khóa"));
  CHECK(s.ties.number_word("lần thứ"));
  CHECK_FALSE(s.ties.number_word("năm"));
  CHECK(s.ties.number_word_syllables() == 2);
  CHECK_FALSE(PrintStyle{}.ties.has_number_words());
}
