// `tuyentap scan` as a clerk and a script see it.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

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

TEST_CASE(
    "scan speaks Vietnamese when no language is set, and fails only for unreadable articles") {
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

TEST_CASE("scan says which lines it learned as a folder's site chrome, and drops them") {
  const std::string root = fresh_dir("scan-learned-chrome");
  std::string dir = root + "/trang-luu";
  std::filesystem::create_directories(dir);
  const char* places[] = {"Long Hòa", "Mỹ Lợi", "Bình An", "Tân Phước", "Phước Long"};
  for (int i = 0; i < 5; ++i) {
    std::string n = std::to_string(i + 1), place = places[i];
    std::ofstream(dir + "/bai-" + n + ".txt")
        << "CỔNG THÔNG TIN HUYỆN AN THẠNH\nGiới thiệu\nTin tức - Sự kiện\n\n"
        << "Xã " << place << " tổng kết công tác dân vận năm 2019\n\n"
        << "Thứ Sáu, 1" << n << "/12/2019 - 09:00\n\n"
        << "Sáng 1" << n << "/12, Đảng ủy xã " << place
        << " tổ chức hội nghị tổng kết công tác dân vận năm 2019 với hơn 80 đại biểu dự.\n\n"
        << "Hãy chung tay xây dựng huyện An Thạnh văn minh, giàu đẹp\n"
        << "Tin bài xin gửi về hộp thư bandoc@example.vn\n\n"
        << "Năm qua, các đoàn thể xã " << place
        << " đã vận động nhân dân hiến đất làm đường giao thông nông thôn.\n\nMinh Châu\n";
  }
  RunResult r = run(tuyentap() + " scan '" + dir + "'");
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Site chrome learned") != std::string::npos);
  // the menu's last item stands just above each title: it is their topic line, not chrome
  CHECK(r.out.find("trang-luu (5 files): 4 lines") != std::string::npos);
  CHECK(r.out.find("\"Hãy chung tay xây dựng huyện An Thạnh văn minh, giàu đẹp\"") !=
        std::string::npos);

  RunResult j = run(tuyentap() + " scan --json '" + dir + "'");
  INFO(j.out);
  CHECK(j.out.find("\"learned_chrome\"") != std::string::npos);
  CHECK(j.out.find("\"lines\": 4") != std::string::npos);
  // learned, the lines are in no article's field: only in the list of what was learned
  std::string articles = j.out.substr(0, j.out.find("\"learned_chrome\""));
  CHECK(articles.find("Hãy chung tay") == std::string::npos);
  CHECK(articles.find("CỔNG THÔNG TIN") == std::string::npos);
  CHECK(articles.find("\"topic\": \"Tin tức - Sự kiện\"") != std::string::npos);
  CHECK(articles.find("\"author\": \"Minh Châu\"") != std::string::npos);
  std::filesystem::remove_all(root);
}

TEST_CASE("scan --json gives each article's source: the site and the page's address") {
  const std::string dir = fresh_dir("scan-source");
  std::ofstream(dir + "/trang.html")
      << "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
      << "<meta property=\"og:site_name\" content=\"Báo Bình Định\">"
      << "<meta property=\"og:url\" content=\"https://baobinhdinh.vn/bai-1.htm\">"
      << "<title>Chi bộ thôn Hòa Hội sinh hoạt chuyên đề</title></head><body><article>"
      << "<h1>Chi bộ thôn Hòa Hội sinh hoạt chuyên đề</h1><p>Thứ Ba, 12/03/2019 - 09:15</p>"
      << "<p>Chi bộ thôn Hòa Hội tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, "
      << "đạo đức, phong cách Hồ Chí Minh với sự tham dự của toàn thể đảng viên.</p>"
      << "<p>Các đảng viên đã thảo luận sôi nổi và đề ra nhiều việc làm cụ thể trong năm.</p>"
      << "</article></body></html>";
  RunResult r = run(tuyentap() + " scan --json '" + dir + "'");
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("\"source\": {\n        \"site\": \"Báo Bình Định\",\n        \"url\": "
                   "\"https://baobinhdinh.vn/bai-1.htm\"\n      }") != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("hidden and system files are listed in Vietnamese and are no problem for scan") {
  // What a clerk's computer leaves in any folder: macOS's and Windows' own files, Office's lock
  // of an open document, a hidden note. Before, scan named them in English and exited 1.
  const std::string dir = fresh_dir("scan-system-files");
  REQUIRE(run("cp '" + kArchive + "/2019/chi-bo-kieu-mau.txt' '" + dir + "/' && touch '" + dir +
              "/.DS_Store' '" + dir + "/Thumbs.db' && echo ghi > '" + dir +
              "/.ghi-chu' && echo x > '" + dir + "/~$bai-viet.docx'")
              .exit_code == 0);
  RunResult r = run(tuyentap_vi() + " scan '" + dir + "'");
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("tệp thiết lập thư mục của macOS (.DS_Store), không phải bài viết") !=
        std::string::npos);
  CHECK(r.out.find("tệp hệ thống của Windows (Thumbs.db)") != std::string::npos);
  CHECK(r.out.find("tệp khóa của Office (~$bai-viet.docx)") != std::string::npos);
  CHECK(r.out.find("tệp ẩn (.ghi-chu), không đọc") != std::string::npos);
  CHECK(r.out.find("not read") == std::string::npos);
  CHECK(r.out.find("not an article") == std::string::npos);
}

TEST_CASE(
    "scan --json gives each warning's stable code, and the clerk reads every one in Vietnamese") {
  const std::string dir = fresh_dir("scan-warning-codes");
  // no date line, no byline, and two bytes that are no UTF-8
  std::ofstream(dir + "/bai.txt", std::ios::binary)
      << "Chi bộ thôn Hòa Hội sinh hoạt chuyên đề\n\n"
      << "Chi bộ thôn Hòa Hội tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo "
      << "đức, phong cách Hồ Chí Minh \xff\xfe với sự tham gia của các đảng viên.\n\n"
      << "Các đảng viên đã thảo luận sôi nổi, đề ra nhiều giải pháp thiết thực.\n";
  RunResult j = run(tuyentap() + " scan --json '" + dir + "'");
  INFO(j.out);
  REQUIRE(j.exit_code == 0);
  const std::string& s = j.out;
  const std::size_t warnings = s.find("\"warnings\": ["), codes = s.find("\"warning_codes\": [");
  REQUIRE(warnings != std::string::npos);
  REQUIRE(codes != std::string::npos);
  const std::string said = s.substr(warnings, codes - warnings);
  const std::string coded = s.substr(codes, s.find(']', codes) - codes);
  // one code per warning, in the warnings' order
  auto count = [](const std::string& t) {
    std::size_t n = 0;
    for (std::size_t at = t.find("\",\n"); at != std::string::npos; at = t.find("\",\n", at + 1))
      ++n;
    return n;
  };
  CHECK(count(said) == count(coded));
  CHECK(said.find("encoding uncertain: 2 invalid UTF-8 sequences") < said.find("no byline"));
  CHECK(coded.find("\"encoding-uncertain\"") < coded.find("\"no-byline\""));
  CHECK(coded.find("\"no-date\"") != std::string::npos);
  CHECK(coded.find("\"other\"") == std::string::npos);

  // the clerk's scan says the decoder's doubt in Vietnamese too, not "invalid … U+FFFD"
  RunResult vi = run(tuyentap_vi() + " scan '" + dir + "'");
  INFO(vi.out);
  CHECK(vi.out.find("không chắc bảng mã: 2 chuỗi byte UTF-8 không hợp lệ") != std::string::npos);
  CHECK(vi.out.find("invalid") == std::string::npos);
}

TEST_CASE("scan counts the files of each kind of warning, the most first, in Vietnamese") {
  // three pasted pages with no date line, two of them with no byline either
  const std::string dir = fresh_dir("scan-warning-kinds");
  const std::string body =
      "\n\nSáng 12/5, Chi bộ khu phố 3 tổ chức sinh hoạt chuyên đề về học tập và làm theo tư "
      "tưởng, đạo đức, phong cách Hồ Chí Minh.\n\nCác đảng viên đã thảo luận sôi nổi, nêu "
      "nhiều việc làm cụ thể để thực hiện trong năm.\n";
  auto write = [&](const std::string& name, const std::string& text) {
    std::ofstream(dir + "/" + name) << text;
  };
  write("a.txt", "Chi bộ khu phố 3 sinh hoạt chuyên đề" + body);
  write("b.txt", "Chi bộ khu phố 4 sinh hoạt chuyên đề" + body);
  write("c.txt", "Chi bộ khu phố 5 sinh hoạt chuyên đề" + body + "\nMinh Khoa\n");
  RunResult r = run(tuyentap_vi() + " scan '" + dir + "'");
  INFO(r.out);
  const std::size_t kinds = r.out.find("Lưu ý theo loại:");
  const std::size_t problems = r.out.find("Các tệp có vấn đề:");
  REQUIRE(kinds != std::string::npos);
  REQUIRE(problems != std::string::npos);
  CHECK(kinds < problems);  // the counts before the list of every file
  const std::string counts = fold_ws(r.out.substr(kinds, problems - kinds));
  const std::size_t no_date = counts.find("3 tệp: không có dòng ngày đăng");
  const std::size_t no_byline = counts.find("2 tệp: không có tên tác giả");
  CHECK(no_date != std::string::npos);
  CHECK(no_byline != std::string::npos);
  CHECK(no_date < no_byline);  // the most first
  // a script reads the same from --json's codes; in English the words are the program's own
  RunResult en = run(tuyentap() + " scan '" + dir + "'");
  const std::string en_out = fold_ws(en.out);
  CHECK(en_out.find("Warnings by kind: 3 files: no date line") != std::string::npos);
  CHECK(en_out.find("2 files: no byline") != std::string::npos);
}

TEST_CASE("the build's report.txt counts the files of each kind of warning, as scan does") {
  const std::string dir = fresh_dir("report-warning-kinds");
  const std::string body =
      "\n\nSáng 12/5/2024, Chi bộ khu phố tổ chức sinh hoạt chuyên đề về học tập và làm theo tư "
      "tưởng, đạo đức, phong cách Hồ Chí Minh.\n\nCác đảng viên đã thảo luận sôi nổi, nêu "
      "nhiều việc làm cụ thể để thực hiện trong năm.\n";
  REQUIRE(run("mkdir -p '" + dir + "/kho'").exit_code == 0);
  for (const char* n : {"3", "4"})
    std::ofstream(dir + "/kho/" + n + ".txt")
        << "Xây dựng Đảng\nChi bộ khu phố " << n << " sinh hoạt chuyên đề\n12/05/2024" << body;
  RunResult r = run("cd '" + dir + "' && SOURCE_DATE_EPOCH=1577836800 " + tuyentap() +
                    " build kho --format epub --output out");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const std::string txt = slurp(dir + "/out/report.txt");
  INFO(txt);
  const std::size_t kinds = txt.find("LƯU Ý THEO LOẠI");
  REQUIRE(kinds != std::string::npos);
  CHECK(kinds < txt.find("CÁC CHƯƠNG"));  // before the chapters and every file's warnings
  CHECK(fold_ws(txt.substr(kinds, txt.find("CÁC CHƯƠNG") - kinds)) ==
        "LƯU Ý THEO LOẠI 2 tệp: không có tên tác giả");
}

TEST_CASE("scan lists the kinds of warning of as many files each in the catalogue's order") {
  // one pasted page with no date line, no topic and no byline: three kinds of one file each,
  // listed in the order of warning_codes.cpp's table (date, topic, author), as the file's own
  // warnings are, not by the codes' spelling ("no-byline" before "no-date")
  const std::string dir = fresh_dir("scan-warning-kinds-ties");
  std::ofstream(dir + "/a.txt")
      << "Chi bộ khu phố 3 sinh hoạt chuyên đề\n\nSáng 12/5, Chi bộ khu phố 3 tổ chức sinh hoạt "
         "chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n\nCác "
         "đảng viên đã thảo luận sôi nổi, nêu nhiều việc làm cụ thể để thực hiện trong năm.\n";
  RunResult r = run(tuyentap_vi() + " scan '" + dir + "'");
  INFO(r.out);
  const std::size_t kinds = r.out.find("Lưu ý theo loại:");
  const std::size_t problems = r.out.find("Các tệp có vấn đề:");
  REQUIRE(kinds != std::string::npos);
  REQUIRE(problems != std::string::npos);
  CHECK(fold_ws(r.out.substr(kinds, problems - kinds)) ==
        "Lưu ý theo loại: 1 tệp: không có dòng ngày đăng 1 tệp: không có chủ đề 1 tệp: không "
        "có tên tác giả");
}

namespace {

// The EPUB of dir/kho, by a spec of the year 2024 whose include list is `included` (TOML
// strings, comma-separated), run by `program` (tuyentap() or tuyentap_vi()).
RunResult build_with_include(const std::string& dir, const std::string& included,
                             const std::string& program) {
  std::ofstream(dir + "/book.toml") << "[book]\ntitle = \"Thử\"\n[period]\nyear = 2024\n"
                                    << "[select]\ninclude = [" << included << "]\n";
  return run("cd '" + dir + "' && SOURCE_DATE_EPOCH=1577836800 " + program +
             " build kho --spec book.toml --format epub --output out");
}

}  // namespace

TEST_CASE("report.txt lists the kinds of warning of as many files each in the catalogue's order") {
  // one dated article with its byline, and one undated without a byline that the spec's
  // include list keeps: three kinds of one file each, the compiler's included-by-spec (its
  // words from the same table as the readers') after the readers' kinds, not first by its
  // spelling
  const std::string dir = fresh_dir("report-warning-kinds-ties");
  REQUIRE(run("mkdir -p '" + dir + "/kho'").exit_code == 0);
  std::ofstream(dir + "/kho/3.txt")
      << "Xây dựng Đảng\nChi bộ khu phố 3 sinh hoạt chuyên đề\n12/05/2024\n\nSáng 12/5/2024, "
         "Chi bộ khu phố tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, "
         "phong cách Hồ Chí Minh.\n\nCác đảng viên đã thảo luận sôi nổi, nêu nhiều việc làm cụ "
         "thể để thực hiện trong năm.\n\nMinh Khoa\n";
  std::ofstream(dir + "/kho/5.txt")
      << "Xây dựng Đảng\nChi bộ thôn Hòa Hội sinh hoạt chuyên đề\n\nChi bộ thôn Hòa Hội tổ "
         "chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
         "Minh với sự tham gia của các đảng viên.\n\nCác đảng viên đã thảo luận sôi nổi, đề ra "
         "nhiều giải pháp thiết thực.\n";
  RunResult r = build_with_include(dir, "\"kho/5.txt\"", tuyentap());
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const std::string txt = slurp(dir + "/out/report.txt");
  INFO(txt);
  const std::size_t kinds = txt.find("LƯU Ý THEO LOẠI");
  REQUIRE(kinds != std::string::npos);
  CHECK(fold_ws(txt.substr(kinds, txt.find("CÁC CHƯƠNG") - kinds)) ==
        "LƯU Ý THEO LOẠI 1 tệp: không có dòng ngày đăng 1 tệp: không có tên tác giả 1 tệp: "
        "đưa vào sách theo tệp cấu hình dù bị loại");
}

TEST_CASE("build tells a file the include list keeps in Vietnamese, every part of it") {
  // the note and report.txt said "kho/5.txt (…) is undated nhưng vẫn đưa vào sách …": the
  // pattern's frame was translated, the compiler's words inside it were not
  const std::string dir = fresh_dir("include-note-words");
  REQUIRE(run("mkdir -p '" + dir + "/kho'").exit_code == 0);
  std::ofstream(dir + "/kho/5.txt")
      << "Xây dựng Đảng\nChi bộ thôn Hòa Hội sinh hoạt chuyên đề\n\nChi bộ thôn Hòa Hội tổ "
         "chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
         "Minh với sự tham gia của các đảng viên.\n\nMinh Khoa\n";
  std::ofstream(dir + "/kho/6.txt")
      << "Xây dựng Đảng\nChi bộ thôn Tân An kết nạp đảng viên\n12/05/2019\n\nSáng 12/5/2019, "
         "Chi bộ thôn Tân An tổ chức lễ kết nạp hai đảng viên mới là đoàn viên ưu tú của chi "
         "đoàn thôn.\n\nMinh Khoa\n";
  RunResult r = build_with_include(dir, "\"kho/5.txt\", \"kho/6.txt\"", tuyentap_vi());
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const std::string txt = slurp(dir + "/out/report.txt");
  INFO(txt);
  for (const std::string& said : {r.out, txt}) {
    CHECK(said.find("không có ngày đăng nhưng vẫn đưa vào sách theo tệp cấu hình") !=
          std::string::npos);
    CHECK(said.find("ngoài khoảng thời gian của sách (") != std::string::npos);
    CHECK(said.find("undated") == std::string::npos);
    CHECK(said.find("outside the period") == std::string::npos);
    CHECK(said.find(" is ") == std::string::npos);
  }
}
