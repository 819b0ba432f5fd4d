// What a spec or template may pull into a book (issue 12): files stay inside the folders of
// the file that names them; /proc, /sys and /dev are never read; only regular files, opened
// without blocking, of a bounded size.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "load/file_rules.h"
#include "load/load.h"
#include "temp_dir.h"

using namespace tuyentap;
namespace fs = std::filesystem;

namespace {

void put(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// A spec in its own folder naming `preface` on line 3.
std::string spec_naming_preface(const tt_test::TempDir& dir, const std::string& preface) {
  fs::create_directories(dir / "sach");
  std::string spec = (dir / "sach" / "book.toml").string();
  put(spec, "[book]\ntitle = \"Tuyển tập\"\npreface = \"" + preface + "\"\n");
  return spec;
}

// The Error `f` throws; fails the test when it throws none.
template <typename F>
Error error_of(F f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error");
  return Error("");
}

}  // namespace

TEST_CASE(
    "a preface in /proc is refused at the spec's line: the environment never reaches a book") {
  tt_test::TempDir dir;
  std::string spec = spec_naming_preface(dir, "/proc/self/environ");
  Error e = error_of([&] { load_spec(spec); });
  CHECK(e.file() == spec);
  CHECK(e.line() == 3);
  CHECK(e.message() == "'/proc/self/environ' is in /proc, which is never read");
  BookSpec parsed;
  parsed.file = spec;
  parsed.preface_file = "/proc/self/environ";
  parsed.preface_line = 3;
  CHECK_THROWS_AS(load_preface(parsed), Error);  // and not read later either
  for (const char* path : {"/dev/zero", "/sys/kernel/mm/transparent_hugepage/enabled"}) {
    CHECK_THROWS_WITH(read_regular_file(path, 100), Catch::Contains("which is never read"));
  }
}

TEST_CASE("a preface or cover outside the spec's folder, by ../ or by a link, is refused") {
  tt_test::TempDir dir;
  put(dir / "bi-mat.txt", "not for the book");
  Error e = error_of([&] { load_spec(spec_naming_preface(dir, "../bi-mat.txt")); });
  CHECK(e.line() == 3);
  CHECK_THAT(e.message(), Catch::StartsWith("'") && Catch::Contains("bi-mat.txt") &&
                              Catch::Contains("lies outside the folders it may be read from"));
  std::string spec = spec_naming_preface(dir, "loi-noi-dau.txt");
  fs::create_symlink("/etc/passwd", dir / "sach" / "loi-noi-dau.txt");
  CHECK_THROWS_WITH(load_spec(spec), Catch::Contains("lies outside the folders"));
  fs::remove(dir / "sach" / "loi-noi-dau.txt");
  put(dir / "sach" / "book.toml", "[book]\ntitle = \"T\"\ncover = \"../bi-mat.txt\"\n");
  CHECK_THROWS_WITH(load_spec((dir / "sach" / "book.toml").string()),
                    Catch::Contains("bi-mat.txt' lies outside the folders"));

  // Beside the spec, in a subfolder, or in the archive the spec names: read.
  fs::create_directories(dir / "sach" / "phu");
  put(dir / "sach" / "phu" / "loi.txt", "Lời nói đầu.");
  BookSpec ok = load_spec(spec_naming_preface(dir, "phu/loi.txt"));
  CHECK(load_preface(ok) == std::vector<std::string>{"Lời nói đầu."});
  fs::create_directories(dir / "kho");
  put(dir / "kho" / "loi.txt", "Từ kho.");
  put(dir / "sach" / "book.toml",
      "[book]\ntitle = \"T\"\npreface = \"../kho/loi.txt\"\n[archive]\npaths = [\"../kho\"]\n");
  CHECK(load_preface(load_spec((dir / "sach" / "book.toml").string())) ==
        std::vector<std::string>{"Từ kho."});
}

TEST_CASE("a FIFO named as a preface or a template page is refused at once, never waited on") {
  tt_test::TempDir dir;
  std::string spec = spec_naming_preface(dir, "ong.txt");
  REQUIRE(::mkfifo((dir / "sach" / "ong.txt").c_str(), 0600) == 0);
  Error e = error_of([&] { load_spec(spec); });
  CHECK(e.line() == 3);
  CHECK_THAT(e.message(),
             Catch::EndsWith("is not a regular file (a folder, device, pipe or socket)"));

  put(dir / "style.css", "p { margin: 0 }");
  REQUIRE(::mkfifo((dir / "page.xhtml").c_str(), 0600) == 0);
  CHECK_THROWS_WITH(load_epub_assets(dir.path().string(), false),
                    Catch::Contains("page.xhtml' is not a regular file"));
}

TEST_CASE("a file over its kind's limit is refused before it is read") {
  tt_test::TempDir dir;
  put(dir / "lon.txt", std::string(2000, 'a'));
  CHECK(read_regular_file((dir / "lon.txt").string(), 2000).size() == 2000);
  CHECK_THROWS_WITH(read_regular_file((dir / "lon.txt").string(), 1999),
                    Catch::Contains("is too large: 2000 bytes, at most 1999"));
}

TEST_CASE("a template's style.css linked to /etc/passwd, or referring to it, is refused") {
  tt_test::TempDir dir;
  put(dir / "page.xhtml", "<html/>");
  fs::create_symlink("/etc/passwd", dir / "style.css");
  CHECK_THROWS_WITH(load_epub_assets(dir.path().string(), false),
                    Catch::Contains("style.css' lies outside the folders"));
  fs::remove(dir / "style.css");
  for (const std::string& css :
       {std::string("p {}\n@import \"/etc/passwd\";\n"),
        std::string("p {}\n@import url(/etc/passwd);"),
        std::string("p {}\nbody { background: URL( '../../etc/passwd' ) }"),
        std::string("p {}\nh1 { background: url(https://example.com/x.png) }")}) {
    INFO(css);
    put(dir / "style.css", css);
    Error e = error_of([&] { load_epub_assets(dir.path().string(), false); });
    CHECK(e.file() == (dir / "style.css").string());
    CHECK(e.line() == 2);
    CHECK_THAT(e.message(), Catch::StartsWith("the CSS refers to '") &&
                                Catch::EndsWith("', which the book does not hold"));
  }
  // What the book holds: its embedded fonts and inline data; a reference in a comment is none.
  put(dir / "style.css",
      "@font-face { src: url(\"fonts/NotoSerif-Regular.ttf\") }\n"
      "li { list-style-image: url(data:image/png;base64,iVBORw0K) }\n/* url(/etc/passwd) */\n");
  CHECK(load_epub_assets(dir.path().string(), false).templates.css.find("data:image") !=
        std::string::npos);
}
