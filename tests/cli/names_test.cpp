// File names as hostile input (issue 12): names that are not UTF-8 leave the JSON valid and
// flagged; control characters in names reach the terminal escaped, never raw.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/run.h"
#include "temp_dir.h"

using namespace tt_test;
namespace fs = std::filesystem;

namespace {

const std::string kArticle = source_path("tests/fixtures/cli/archive/2019/chi-bo-kieu-mau.txt");
// "bài 2.txt" in Windows-1258 (à is 0xE0): not UTF-8.
const std::string kLegacyName = "b\xE0i 2.txt";
// A picture whose name would end the line and turn the terminal red.
const std::string kControlName = "anh\nmoi\x1b[31mdo.png";
const std::string kPng = "\x89PNG\r\n\x1a\n";

// The file entries with `name` in a JSON array of {"file": …}.
std::vector<nlohmann::json> entries_named(const nlohmann::json& list, const std::string& name) {
  std::vector<nlohmann::json> found;
  for (const auto& e : list) {
    if (e.at("file").get<std::string>().ends_with(name)) found.push_back(e);
  }
  return found;
}

// An archive of an article under kLegacyName and a picture under kControlName.
fs::path archive_of_odd_names(const TempDir& dir) {
  const fs::path archive = dir / "archive";
  fs::create_directories(archive);
  fs::copy_file(kArticle, archive / kLegacyName);
  std::ofstream(archive / kControlName) << kPng;
  return archive;
}

}  // namespace

TEST_CASE("file names that are not UTF-8 give valid JSON, flagged name_not_utf8") {
  TempDir dir("tuyentap-names");
  const fs::path archive = archive_of_odd_names(dir);

  RunResult scan = run(tuyentap() + " scan --json '" + archive.string() + "' 2>/dev/null");
  REQUIRE(scan.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(scan.out);  // throws on bytes that are not UTF-8
  auto legacy = entries_named(j.at("articles"), "b\xEF\xBF\xBDi 2.txt");  // U+FFFD
  REQUIRE(legacy.size() == 1);
  CHECK(legacy[0].value("name_not_utf8", false));
  auto control = entries_named(j.at("skipped"), kControlName);
  REQUIRE(control.size() == 1);
  CHECK(!control[0].contains("name_not_utf8"));  // UTF-8, escaped as JSON escapes

  const std::string out = (dir / "out").string();
  RunResult build =
      run(tuyentap() + " build '" + archive.string() + "' --year 2019 --output '" + out + "'");
  INFO(build.out);
  REQUIRE(build.exit_code == 0);
  nlohmann::json report = nlohmann::json::parse(slurp(out + "/report.json"));
  auto in_report = entries_named(report.at("inputs"), "b\xEF\xBF\xBDi 2.txt");
  REQUIRE(in_report.size() == 1);
  CHECK(in_report[0].value("name_not_utf8", false));
  RunResult plan =
      run(tuyentap() + " build '" + archive.string() + "' --year 2019 --plan --json 2>/dev/null");
  CHECK(nlohmann::json::parse(plan.out).at("chapters").size() == 1);
}

TEST_CASE("control characters and stray bytes in names are escaped on the terminal") {
  TempDir dir("tuyentap-names-terminal");
  const fs::path archive = archive_of_odd_names(dir);
  std::ofstream(archive / "trang\x1b]0;pwn\x07.txt") << "Xây dựng Đảng\nTiêu đề\nThân bài.\n";

  RunResult scan = run(tuyentap() + " scan '" + archive.string() + "'");
  INFO(scan.out);
  CHECK(scan.out.find('\x1b') == std::string::npos);
  CHECK(scan.out.find('\x07') == std::string::npos);
  CHECK(scan.out.find("/anh\\nmoi\\x1B[31mdo.png: skipped: ") != std::string::npos);
  CHECK(scan.out.find("/trang\\x1B]0;pwn\\x07.txt: ") != std::string::npos);

  // An error naming such a path, in both languages.
  const std::string missing = archive.string() + "/m\xE0t\x1b[2J";
  for (const std::string& program : {tuyentap(), tuyentap_vi()}) {
    RunResult r = run(program + " build --year 2019 --spec '" + missing + "'");
    INFO(r.out);
    CHECK(r.exit_code == 2);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find("/m\\xE0t\\x1B[2J") != std::string::npos);
  }
}
