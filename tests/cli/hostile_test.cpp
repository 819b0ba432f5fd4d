// Hostile paths and resources at the command line (issue 12): each gets a clear message and
// a documented exit code, never "internal error".
#include <catch2/catch.hpp>
#include <fstream>

#include "cli/run.h"
#include "temp_dir.h"

using namespace tt_test;

namespace {

const std::string kArchive = source_path("tests/fixtures/cli/archive");
const std::string kLongName(300, 'a');  // over the 255 bytes a file name may have

void write(const std::filesystem::path& p, const std::string& text) {
  std::ofstream(p, std::ios::binary) << text;
}

// The program refused the input as a user's mistake: exit 2, a message, no internal error.
void check_refused(const RunResult& r) {
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("tuyentap: ") != std::string::npos);
  CHECK(r.out.find("internal error") == std::string::npos);
}

}  // namespace

TEST_CASE("a path component over 255 bytes is a clear error wherever a path is given") {
  TempDir dir("tuyentap-long-names");
  const std::string d = dir.path().string();
  const std::string build = tuyentap() + " build '" + kArchive + "' --year 2019 ";
  const std::string out = "--output '" + d + "/out' ";
  check_refused(run(build + out + "--spec '" + d + "/" + kLongName + ".toml'"));
  check_refused(run(build + out + "--format pdf --style '" + d + "/" + kLongName + ".toml'"));
  check_refused(run(tuyentap() + " init '" + d + "/" + kLongName + "'"));
  check_refused(run(build + "--format epub --output '" + d + "/" + kLongName + "'"));

  write(dir / "cover.toml", "[book]\ntitle = \"T\"\ncover = \"" + kLongName + ".png\"\n");
  check_refused(run(build + out + "--spec '" + d + "/cover.toml'"));
  write(dir / "preface.toml", "[book]\ntitle = \"T\"\npreface = \"" + kLongName + ".txt\"\n");
  check_refused(run(build + out + "--spec '" + d + "/preface.toml'"));
}

// [memory]: run under an address-space limit, which the sanitizer build cannot honour.
TEST_CASE("out of memory in a worker thread is a message and exit code 4", "[memory]") {
  TempDir dir("tuyentap-oom");
  // Four articles of 15 MB: reading them takes about 200 MB, twice what the limit allows,
  // while the program itself starts in under 80 MB.
  std::string body;
  while (body.size() < 15'000'000)
    body += "Chi bộ sinh hoạt định kỳ, đảng viên học tập nghị quyết. ";
  for (int i = 0; i < 4; ++i) {
    write(dir / ("bai" + std::to_string(i) + ".txt"),
          "Xây dựng Đảng\nBài " + std::to_string(i) + "\nThứ Hai, 28/01/2019 | 15:27\n" + body);
  }
  const std::string d = dir.path().string();
  for (const std::string& command :
       {std::string("scan"), "build --year 2019 --format epub --output '" + d + "/out'"}) {
    RunResult r = run("ulimit -v 120000 && " + tuyentap() + " " + command + " '" + d + "'");
    INFO(command << "\n" << r.out);
    CHECK(r.exit_code == 4);
    CHECK(r.out.find("tuyentap: error: out of memory") != std::string::npos);
    CHECK(r.out.find("bad_alloc") == std::string::npos);
  }
}

// [memory]: an address-space limit, as above.
TEST_CASE("parse errors under deep HTML are read in bounded memory", "[memory]") {
  // gumbo kept each parse error with a copy of the open elements: these 4.5 MB took 1 GB.
  TempDir dir("tuyentap-html-errors");
  std::string html = "<html><body><h1>Chi bộ sinh hoạt</h1><p>Thứ Hai, 04/03/2019</p>";
  for (int i = 0; i < 390; ++i) html += "<div>";
  html += "<p>Chi bộ ấp 3 vừa tổ chức sinh hoạt chuyên đề về đạo đức cách mạng.</p>";
  for (int i = 0; i < 300'000; ++i) html += "<!DOCTYPE html>";  // an error each, no node
  write(dir / "bai.html", html);
  RunResult r = run("ulimit -v 600000 && " + tuyentap() + " scan '" + dir.path().string() + "'");
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("1 read as articles") != std::string::npos);
}
