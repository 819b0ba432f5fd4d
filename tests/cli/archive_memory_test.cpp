// Hostile archives in bounded memory (issue 12): what the archive stage refuses before or
// while reading it, it never holds. [memory]: run under an address-space limit, which the
// sanitizer build cannot honour.
#include <catch2/catch.hpp>
#include <fstream>

#include "cli/run.h"
#include "overlapping_zip.h"
#include "temp_dir.h"

using namespace tt_test;

namespace {

const std::string kArticle =
    "Xây dựng Đảng\nChi bộ ấp 3 sinh hoạt chuyên đề\nThứ Hai, 28/01/2019 | 15:27\n"
    "Chi bộ ấp 3 vừa tổ chức sinh hoạt chuyên đề về đạo đức cách mạng.\n"
    "Đảng viên học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n";

void write(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

TEST_CASE("a zip of 128 overlapping 16 MB entries is refused in bounded memory", "[memory]") {
  // The case: every entry is valid and under the ratio check; reading them all
  // kept 2 GB of text (scan 7 GB, build past 12 GB).
  TempDir dir("tuyentap-overlap");
  write(dir / "bom.zip", overlapping_zip(128, 16'000'000));
  write(dir / "bai.txt", kArticle);
  const std::string d = dir.path().string();
  RunResult scan = run("ulimit -v 400000 && " + tuyentap() + " scan '" + d + "'");
  INFO(scan.out);
  CHECK(scan.exit_code == 1);  // files that look like articles could not be read
  CHECK(scan.out.find("1 read as articles, 128 skipped") != std::string::npos);
  CHECK(scan.out.find("bom.zip!bai-127.txt: skipped: possible zip bomb: its data overlaps") !=
        std::string::npos);

  RunResult build = run("ulimit -v 400000 && " + tuyentap() + " build '" + d +
                        "' --year 2019 --format epub --output '" + d + "/out'");
  INFO(build.out);
  REQUIRE(build.exit_code == 0);
  const std::string report = slurp(d + "/out/report.txt");
  CHECK(report.find("có thể là bom zip: dữ liệu của mục này trùng chỗ với dữ liệu của") !=
        std::string::npos);
  const std::string json = slurp(d + "/out/report.json");
  CHECK(json.find("\"unreadable\"") != std::string::npos);
}

TEST_CASE("250 hard links to one 15 MB file are read once, in bounded memory", "[memory]") {
  TempDir dir("tuyentap-links");
  std::string body = kArticle;
  while (body.size() < 15'000'000) body += "Chi bộ sinh hoạt định kỳ, đảng viên học tập. ";
  write(dir / "bai.txt", body);
  for (int i = 1; i < 250; ++i)
    std::filesystem::create_hard_link(dir / "bai.txt", dir / ("bai-" + std::to_string(i) + ".txt"));
  RunResult r = run("ulimit -v 400000 && " + tuyentap() + " scan '" + dir.path().string() + "'");
  INFO(r.out);
  CHECK(r.exit_code == 1);  // the other names are listed as skipped
  CHECK(r.out.find("1 read as articles, 249 skipped") != std::string::npos);
  CHECK(r.out.find("duplicate: the same file as") != std::string::npos);
}
