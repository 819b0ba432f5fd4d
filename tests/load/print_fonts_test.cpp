// The fonts a print style names (issue 12): regular files in the style's folder, the data
// folder or the system's font folders; TrueType outlines; Vietnamese in the font or its
// fallbacks, else an error naming the letters missing.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "ascii_only_font.h"
#include "base/error.h"
#include "base/paths.h"
#include "load/cff_kind.h"
#include "load/file_rules.h"
#include "load/load.h"
#include "temp_dir.h"

using namespace tuyentap;
namespace fs = std::filesystem;

namespace {

const std::string kCffFont = "/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf";

// A print style in `dir` whose regular face is `regular` (line 2); the other faces are the
// data folder's Liberation Serif, with `fallbacks` as written.
std::string style_with(const tt_test::TempDir& dir, const std::string& regular,
                       const std::string& fallbacks = "[]") {
  std::string path = (dir / "kieu.toml").string();
  std::ofstream(path) << "[fonts]\nregular = \"" << regular
                      << "\"\nbold = \"fonts/LiberationSerif-Bold.ttf\"\n"
                         "italic = \"fonts/LiberationSerif-Italic.ttf\"\n"
                         "bold_italic = \"fonts/LiberationSerif-BoldItalic.ttf\"\n"
                         "fallbacks = "
                      << fallbacks << "\n";
  return path;
}

void write_ascii_only_font(const fs::path& path) {
  std::string ttf =
      read_regular_file(data_path("fonts/LiberationSerif-Regular.ttf"), kMaxFontBytes);
  std::ofstream(path, std::ios::binary) << tt_test::ascii_only_font(ttf);
}

}  // namespace

TEST_CASE("a font without Vietnamese is refused, naming how many letters it lacks and which") {
  tt_test::TempDir dir;
  write_ascii_only_font(dir / "latin.ttf");
  std::string style = style_with(dir, "latin.ttf");  // beside the style
  try {
    load_print_style(style);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == style);
    CHECK(e.line() == 2);
    // 186 letters less the 52 ASCII ones: đ Đ and the 132 accented vowels.
    CHECK_THAT(e.message(), Catch::StartsWith("the font " + (dir / "latin.ttf").string() +
                                              " lacks 134 Vietnamese letters: À Á Â Ã È É Ê"));
    CHECK_THAT(e.message(), Catch::EndsWith(" …"));
  }
  // A fallback with Vietnamese makes up for it.
  PrintStyle ok =
      load_print_style(style_with(dir, "latin.ttf", "[\"fonts/NotoSerif-Regular.ttf\"]"));
  CHECK(ok.font_files.at("latin.ttf").name == (dir / "latin.ttf").string());
}

TEST_CASE("a CFF-flavoured .otf is read, a CID-keyed CFF refused") {
  tt_test::TempDir dir;
  REQUIRE(fs::exists(kCffFont));  // fonts-cantarell, installed by scripts/setup
  PrintStyle style = load_print_style(style_with(dir, kCffFont));
  CHECK(style.font_files.at(kCffFont).bytes->compare(0, 4, "OTTO") == 0);

  // A CFF table: header, Name INDEX ("A"), Top DICT INDEX holding `dict`.
  auto cff = [](const std::string& dict) {
    std::string t = {1, 0, 4, 1, 0, 1, 1, 1, 2, 'A', 0, 1, 1, 1};
    t.push_back(static_cast<char>(dict.size() + 1));
    return t + dict;
  };
  // ROS: "Adobe" "Identity" 0 as SIDs (two-byte operands) and a supplement, then 12 30.
  CHECK(cff_is_cid_keyed(cff(std::string("\xf8\x1a\xf8\x1b\x8b\x0c\x1e", 7))));
  // A name-keyed font: version (SID, operator 0), a real FontBBox value, then no ROS.
  CHECK_FALSE(cff_is_cid_keyed(cff(std::string("\xf8\x1a\x00\x1e\x2a\x5f\x8b\x0c\x1e", 9))));
  CHECK(cff_is_cid_keyed(std::string("\x01\x00\x04", 3)));  // cut short: refused, not guessed
}

TEST_CASE("a print font that is a FIFO, in /proc or outside the allowed folders is refused") {
  tt_test::TempDir dir;
  REQUIRE(::mkfifo((dir / "ong.ttf").c_str(), 0600) == 0);
  CHECK_THROWS_WITH(load_print_style(style_with(dir, "ong.ttf")),
                    Catch::Contains("ong.ttf' is not a regular file"));
  CHECK_THROWS_WITH(load_print_style(style_with(dir, "/proc/self/exe")),
                    Catch::Contains("which is never read"));
  CHECK_THROWS_WITH(load_print_style(style_with(dir, "/etc/passwd")),
                    Catch::Contains("lies outside the folders it may be read from"));
  CHECK_THROWS_WITH(load_print_style(style_with(dir, "../../etc/passwd")),
                    Catch::Contains("lies outside the folders it may be read from"));
}
