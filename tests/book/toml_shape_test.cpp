// A TOML text's shape is checked before toml++ sees it: a name of thousands of dotted parts
// used to overflow the stack inside toml++ (issue 12).
#include "book/toml_shape.h"

#include <catch2/catch.hpp>

#include "base/error.h"
#include "book/spec.h"
#include "layout/layout.h"

using namespace tuyentap;

namespace {

// "a.a.a…" of `parts` parts.
std::string dotted_name(int parts) {
  std::string s = "a";
  for (int i = 1; i < parts; ++i) s += ".a";
  return s;
}

// The line of the Error check_toml_shape throws for `text`, or 0 when it throws none.
int shape_error_line(const std::string& text) {
  try {
    check_toml_shape(text, "t.toml");
  } catch (const Error& e) {
    CHECK(e.file() == "t.toml");
    return e.line();
  }
  return 0;
}

}  // namespace

TEST_CASE("toml shape: a table header or key of 50,000 dotted parts is refused at its line") {
  CHECK(shape_error_line("[book]\ntitle = \"x\"\n[" + dotted_name(50000) + "]\n") == 3);
  CHECK(shape_error_line("\n" + dotted_name(50000) + " = 1\n") == 2);
  CHECK(shape_error_line("x = { " + dotted_name(kMaxTomlNameParts + 1) + " = 1 }\n") == 1);
  CHECK(shape_error_line("[" + dotted_name(kMaxTomlNameParts) + "]\n") == 0);
}

TEST_CASE("toml shape: values nested past the cap are refused, the usual lists are not") {
  std::string deep = "x = " + std::string(100, '[') + std::string(100, ']') + "\n";
  CHECK(shape_error_line("a = 1\n" + deep) == 2);
  CHECK(shape_error_line("topics = [\"a\", \"b\"]\nx = {y = [1.5, 2.5]}\n") == 0);
}

TEST_CASE("toml shape: dots and brackets in strings and comments are text, not names") {
  std::string dots(200, '.'), open(200, '[');
  CHECK(shape_error_line("title = \"" + dots + open + "\"\n") == 0);
  CHECK(shape_error_line("title = '" + dots + "'\n") == 0);
  CHECK(shape_error_line("# " + dots + open + "\n") == 0);
  // An escaped quote and a quote just before the closing three stay inside the string.
  CHECK(shape_error_line("t = \"\"\"\n" + dots + R"( \""" still text )" + open + "\n\"\"\"\"\n") ==
        0);
  CHECK(shape_error_line("t = '''\n" + dots + "\n''''\n") == 0);
  // Lines inside a multi-line string still count for the line of a later error.
  CHECK(shape_error_line("t = '''\n\n'''\n" + dotted_name(100) + " = 1\n") == 4);
}

TEST_CASE("toml shape: book.toml and print styles check it before parsing") {
  std::string header = "[" + dotted_name(50000) + "]\n";
  CHECK_THROWS_WITH(parse_spec(header, "book.toml"), Catch::Contains("dotted parts"));
  CHECK_THROWS_WITH(parse_print_style(header, "my-style.toml"), Catch::Contains("dotted parts"));
}
