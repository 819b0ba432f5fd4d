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

TEST_CASE("a CFF-flavoured .otf is refused before anything is written") {
  tt_test::TempDir dir;
  REQUIRE(fs::exists(kCffFont));  // fonts-cantarell, installed by scripts/setup
  std::string style = style_with(dir, kCffFont);
  try {
    load_print_style(style);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.line() == 2);
    CHECK(e.message() ==
          "the font " + kCffFont + " has CFF outlines (.otf), which are not supported yet");
  }
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
