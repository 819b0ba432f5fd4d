// `tuyentap scan` as a clerk and a script see it.
#include <catch2/catch.hpp>

#include "cli/run.h"

using namespace tt_test;

static const std::string kArchive = source_path("tests/fixtures/cli/archive");

TEST_CASE("scan shows topics by month, the date range and each problem with its file") {
  RunResult r = run(tuyentap() + " scan '" + kArchive + "'");
  INFO(r.out);
  CHECK(r.exit_code == 0);  // a picture is listed, not a failure
  CHECK(r.out.find("Year 2019") != std::string::npos);
  CHECK(r.out.find("Year 2018") != std::string::npos);
  CHECK(r.out.find("Xây dựng Đảng") != std::string::npos);
  CHECK(r.out.find("Kiểm tra, giám sát") != std::string::npos);
  CHECK(r.out.find("31/12/2018 – 28/12/2019") != std::string::npos);
  CHECK(r.out.find("anh-minh-hoa.png: skipped:") != std::string::npos);
  CHECK(r.out.find("5 read as articles, 1 skipped") != std::string::npos);
}

TEST_CASE("scan --json gives every article's fields and every skipped file") {
  RunResult r = run(tuyentap() + " scan --json '" + kArchive + "'");
  INFO(r.out);
  CHECK(r.exit_code == 0);
  const std::string& j = r.out;
  // the NFD file comes out NFC, its date from "Ngày 19 tháng 5 năm 2019", no time
  CHECK(j.find("\"title\": \"Thanh niên xã Phước Long học tập tấm gương đạo đức Hồ Chí Minh\"") !=
        std::string::npos);
  CHECK(j.find("\"date\": \"2019-05-19\",\n      \"time\": null") != std::string::npos);
  CHECK(j.find("\"date\": \"2019-03-12\",\n      \"time\": \"09:15\"") != std::string::npos);
  CHECK(j.find("\"author\": \"Ngọc Ẩn (tổng hợp)\"") != std::string::npos);
  CHECK(j.find("\"type\": \"caption\"") != std::string::npos);
  CHECK(j.find("\"credit\": \"Q.Đ\"") != std::string::npos);
  CHECK(j.find("\"topic\": \"Kiểm tra, giám sát\"") != std::string::npos);
  CHECK(j.find("anh-minh-hoa.png") != std::string::npos);
  // the site's chrome is in no field
  CHECK(j.find("Viết bình luận") == std::string::npos);
  CHECK(j.find("thăm dò") == std::string::npos);
  CHECK(j.find("Tin liên quan") == std::string::npos);
  CHECK(j.find("sơ kết công tác kiểm tra 6 tháng") == std::string::npos);
  CHECK(j.find("In bài") == std::string::npos);
}

TEST_CASE("scan of a clean archive exits 0, a usage error exits 2") {
  CHECK(run(tuyentap() + " scan '" + kArchive + "/2019'").exit_code == 0);
  CHECK(run(tuyentap() + " scan").exit_code == 2);
  CHECK(run(tuyentap() + " scan --encoding klingon '" + kArchive + "'").exit_code == 2);
}

TEST_CASE("scan reads a .zip archive in memory like a folder") {
  std::string dir = fresh_dir("scan-zip");
  RunResult z = run("cd '" + kArchive + "' && zip -qr '" + dir + "/a.zip' 2019");
  REQUIRE(z.exit_code == 0);
  RunResult r = run(tuyentap() + " scan --json '" + dir + "/a.zip'");
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("a.zip!2019/chi-bo-kieu-mau.txt") != std::string::npos);
}

TEST_CASE(
    "scan reads an article saved as UTF-16 without a byte order mark, with or without "
    "--encoding") {
  std::string dir = fresh_dir("scan-utf16");
  // glibc's iconv writes UTF-16LE without a byte order mark, as some Windows tools save.
  RunResult w =
      run("iconv -f UTF-8 -t UTF-16LE '" + source_path("tests/fixtures/articles/standard.txt") +
          "' > '" + dir + "/bai.txt'");
  REQUIRE(w.exit_code == 0);
  // No byte order mark: the file starts with the fixture's "X" and its zero high byte.
  REQUIRE(slurp(dir + "/bai.txt").substr(0, 2) == std::string("X\0", 2));
  const std::string title = "Huyện Tân Phước: Nâng cao chất lượng sinh hoạt chi bộ ở nông thôn";
  for (std::string option : {"", "--encoding utf-16le "}) {
    RunResult r = run(tuyentap() + " scan --json " + option + "'" + dir + "'");
    INFO(option << r.out);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("\"title\": \"" + title + "\"") != std::string::npos);
    CHECK(r.out.find("\"encoding\": \"UTF-16LE\"") != std::string::npos);
    CHECK(r.out.find("\"skipped\": []") != std::string::npos);
  }
}

TEST_CASE("scan speaks Vietnamese when no language is set, and fails only for unreadable articles") {
  RunResult r = run(tuyentap_vi() + " scan '" + kArchive + "'");
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Năm 2019") != std::string::npos);
  CHECK(r.out.find("anh-minh-hoa.png: bỏ qua: không phải văn bản (ảnh PNG)") != std::string::npos);
  CHECK(r.out.find("Tệp: 5 đọc được thành bài, 1 bỏ qua") != std::string::npos);
  CHECK(r.out.find("skipped") == std::string::npos);

  // An empty .txt looks like an article that could not be read: exit 1.
  std::string dir = fresh_dir("scan-empty-article");
  run("cp -r '" + kArchive + "' '" + dir + "/a' && : > '" + dir + "/a/rong.txt'");
  RunResult e = run(tuyentap_vi() + " scan '" + dir + "/a'");
  INFO(e.out);
  CHECK(e.exit_code == 1);
  CHECK(e.out.find("rong.txt: bỏ qua: tệp rỗng") != std::string::npos);
}

TEST_CASE("scan of a path that does not exist names it, in Vietnamese, exit 2") {
  RunResult r = run(tuyentap_vi() + " scan khong-co-thu-muc-nay");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("không có kho bài viết «khong-co-thu-muc-nay»") != std::string::npos);
}
