// What a spec, style or template may pull into a book, end to end (issue 12): each refusal
// is a Vietnamese message naming the file and line, exit code 2, and nothing written.
#include <sys/stat.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "ascii_only_font.h"
#include "cli/book_checks.h"
#include "cli/run.h"
#include "temp_dir.h"

using namespace tt_test;
namespace fs = std::filesystem;

namespace {

const std::string kArchive = source_path("tests/fixtures/cli/archive");

void write(const fs::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

// Builds (in Vietnamese, under a time limit: a FIFO must not hang it) and checks the refusal:
// exit 2, `words` in the message, no output folder.
void check_refused(const TempDir& dir, const std::string& options, const std::string& words) {
  const std::string out = (dir / "out").string();
  fs::remove_all(out);
  RunResult r = run("timeout 60 " + tuyentap_vi() + " build '" + kArchive + "' --year 2019 " +
                    options + " --output '" + out + "'");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find(words) != std::string::npos);
  CHECK_FALSE(fs::exists(out));
}

// The official style with its regular face replaced and no fallbacks (its Noto fonts would
// make up for a font without Vietnamese). `line` gets the regular face's line.
std::string style_with_regular(const TempDir& dir, const std::string& font, int& line) {
  std::string style = slurp(source_path("templates/pdf/official.toml"));
  const std::string regular = "regular = \"fonts/LiberationSerif-Regular.ttf\"";
  const std::size_t at = style.find(regular);
  line = 1 + static_cast<int>(std::count(style.begin(), style.begin() + at, '\n'));
  style.replace(at, regular.size(), "regular = \"" + font + "\"");
  const std::size_t fallbacks = style.find("fallbacks = [");
  style.replace(fallbacks, style.find(']', fallbacks) + 1 - fallbacks, "fallbacks = []");
  write(dir / "kieu.toml", style);
  return "--format pdf --style '" + (dir / "kieu.toml").string() + "'";
}

}  // namespace

TEST_CASE("a spec's preface in /proc or outside its folder: refused, the books not written") {
  TempDir dir("tuyentap-reads");
  write(dir / "book.toml", "[book]\ntitle = \"T\"\npreface = \"/proc/self/environ\"\n");
  check_refused(dir, "--spec '" + (dir / "book.toml").string() + "'",
                "book.toml:3: «/proc/self/environ» nằm trong /proc, nơi chương trình không bao "
                "giờ đọc");
  write(dir / "book.toml", "[book]\ntitle = \"T\"\npreface = \"../../../../../../etc/passwd\"\n");
  check_refused(dir, "--spec '" + (dir / "book.toml").string() + "'",
                "nằm ngoài các thư mục được phép đọc");
}

TEST_CASE("a FIFO as a print font or as page.xhtml: refused at once, no hang") {
  TempDir dir("tuyentap-reads");
  REQUIRE(::mkfifo((dir / "ong.ttf").c_str(), 0600) == 0);
  int line = 0;
  const std::string style = style_with_regular(dir, "ong.ttf", line);
  check_refused(dir, style,
                "kieu.toml:" + std::to_string(line) + ": «" + (dir / "ong.ttf").string() +
                    "» không phải tệp thường");
  fs::create_directories(dir / "mau");
  fs::copy_file(source_path("templates/epub/style.css"), dir / "mau" / "style.css");
  REQUIRE(::mkfifo((dir / "mau" / "page.xhtml").c_str(), 0600) == 0);
  check_refused(dir, "--format epub --template-dir '" + (dir / "mau").string() + "'",
                "page.xhtml» không phải tệp thường");
}

TEST_CASE("a template CSS that refers to /etc/passwd: refused, nothing of it in a book") {
  TempDir dir("tuyentap-reads");
  fs::create_directories(dir / "mau");
  fs::copy_file(source_path("templates/epub/page.xhtml"), dir / "mau" / "page.xhtml");
  write(dir / "mau" / "style.css", "p { margin: 0 }\n@import url(\"/etc/passwd\");\n");
  check_refused(dir, "--format epub --template-dir '" + (dir / "mau").string() + "'",
                "style.css:2: tệp CSS trỏ tới «/etc/passwd», thứ không có trong sách");
}

TEST_CASE("a print font without Vietnamese: refused, naming the letters it lacks") {
  TempDir dir("tuyentap-reads");
  write(dir / "latin.ttf",
        ascii_only_font(slurp(source_path("fonts/LiberationSerif-Regular.ttf"))));
  int line = 0;
  const std::string style = style_with_regular(dir, "latin.ttf", line);
  check_refused(dir, style,
                "kieu.toml:" + std::to_string(line) + ": phông " + (dir / "latin.ttf").string() +
                    " thiếu 134 chữ tiếng Việt: À Á Â Ã");
}

TEST_CASE("a CFF-flavoured .otf is embedded as such: CID Type 0C (OpenType), the text intact") {
  TempDir dir("tuyentap-reads");
  int line = 0;
  const std::string style =
      style_with_regular(dir, "/usr/share/fonts/opentype/cantarell/Cantarell-Regular.otf", line);
  const std::string out = (dir / "out").string();
  RunResult r = run(tuyentap() + " build '" + kArchive + "' --year 2019 " + style + " --output '" +
                    out + "'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const std::string pdf = out + "/tuyen-tap-2019.pdf";
  CHECK(pdf_problems(pdf).empty());
  RunResult fonts = run("pdffonts '" + pdf + "'");
  const std::size_t at = fonts.out.find("+Cantarell-Regular ");
  REQUIRE(at != std::string::npos);
  CHECK(fonts.out.substr(at, fonts.out.find('\n', at) - at).find("CID Type 0C (OT)") !=
        std::string::npos);
  CHECK(pdf_body_text(pdf).find("Thanh niên xã Phước Long học tập tấm gương đạo đức") !=
        std::string::npos);
}
