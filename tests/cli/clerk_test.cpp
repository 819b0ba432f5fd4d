// The clerk's mistakes (issue 10), each as the terminal shows it: the exit code, the
// message in Vietnamese, the path or option named, and nothing written.
#include <zlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/run.h"
#include "test_paths.h"

using namespace tt_test;

namespace {

const std::string kArchive = source_path("examples/archive");

bool empty_folder(const std::string& dir) {
  return std::filesystem::is_empty(dir);
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("a mistyped archive path beside a good one is an error naming it, nothing written") {
  std::string dir = fresh_dir("clerk-missing-path");
  RunResult r = run("cd '" + dir + "' && " + tuyentap_vi() + " build '" + kArchive +
                    "' khong-co --year 2019 -o sach");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "tuyentap: lỗi: không có kho bài viết «khong-co»"));
  CHECK(has(r.out, "chưa ghi tệp nào"));
  CHECK(empty_folder(dir));
}

TEST_CASE("a style typo says 'did you mean official', before anything is written") {
  std::string dir = fresh_dir("clerk-style-typo");
  RunResult r =
      run(tuyentap_vi() + " build '" + kArchive + "' --style offical -o '" + dir + "/sach'");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "không có kiểu trình bày PDF «offical»"));
  CHECK(has(r.out, "có phải ý bạn là \"official\"?"));
  CHECK(empty_folder(dir));
}

TEST_CASE("a style naming a missing font says in Vietnamese where a font may be put") {
  std::string dir = fresh_dir("clerk-style-font");
  {
    std::ifstream in(source_path("templates/pdf/official.toml"));
    std::stringstream style;
    style << in.rdbuf();
    std::string text = style.str();
    const std::string font = "LiberationSerif-Regular.ttf";
    text.replace(text.find(font), font.size(), "khong-co.ttf");
    std::ofstream(dir + "/kieu.toml") << text;
  }
  std::filesystem::create_directories(dir + "/out");
  RunResult r = run(tuyentap_vi() + " build '" + kArchive + "' --style '" + dir +
                    "/kieu.toml' -o '" + dir + "/out/sach'");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "khong-co.ttf"));
  // both folders a relative path may start from, joined in Vietnamese (the hint once printed
  // "… tính từ <style folder> or <data folder>")
  CHECK(has(r.out, "đầy đủ hoặc tính từ " + dir + " hoặc từ "));
  CHECK_FALSE(has(r.out, " or "));
  CHECK(empty_folder(dir + "/out"));
}

TEST_CASE("a topic that matches nothing is a warning with the closest topics, --strict stops") {
  std::string dir = fresh_dir("clerk-topic");
  std::string cmd = tuyentap_vi() + " build '" + kArchive +
                    "' --topic 'Khong co' --topic 'Dân vận' -o '" + dir + "/sach'";
  RunResult plan = run(cmd + " --plan");
  INFO(plan.out);
  CHECK(plan.exit_code == 0);
  CHECK(has(plan.out, "cảnh báo: --topic \"Khong co\" không khớp bài nào trong kho"));
  // A name copied half (a cut column) suggests the whole one first, diacritics or not.
  RunResult cut = run(tuyentap_vi() + " build '" + kArchive +
                      "' --topic 'kiem tra, giam' --plan --strict -o '" + dir + "/sach'");
  INFO(cut.out);
  CHECK(cut.exit_code == 2);
  CHECK(has(cut.out, "các chủ đề gần nhất: \"Kiểm tra, giám sát\""));
  CHECK(has(cut.out, "--strict: dừng vì các cảnh báo ở trên"));
  CHECK(empty_folder(dir));
}

TEST_CASE("an empty book names the filter that emptied it and counts only what reached it") {
  std::string dir = fresh_dir("clerk-empty-book");
  // December 2019 holds 2 articles, neither on "Dân vận": the year's 26 are not the point.
  RunResult r = run(tuyentap_vi() + " build '" + kArchive +
                    "' --month 2019-12 --topic 'Dân vận' -o '" + dir + "/sach'");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "bộ lọc chủ đề (Dân vận) loại hết 2 bài trong khoảng thời gian của sách"));
  CHECK(!has(r.out, "26"));
  CHECK(empty_folder(dir));
  // A period with no article is the period's fault, counted over what was read.
  RunResult p = run(tuyentap_vi() + " build '" + kArchive + "' --year 2015 -o '" + dir + "/sach'");
  INFO(p.out);
  CHECK(p.exit_code == 2);
  CHECK(has(p.out, "không có bài nào trong khoảng thời gian Năm 2015"));
  CHECK(empty_folder(dir));
}

TEST_CASE("plan: --plan writes nothing and prints only the plan on stdout, --plan --json") {
  std::string dir = fresh_dir("clerk-plan");
  RunResult r =
      run("cd '" + dir + "' && " + tuyentap_vi() + " build '" + kArchive + "' --plan 2>/dev/null");
  INFO(r.out);
  CHECK(r.exit_code == 0);
  CHECK(r.out.starts_with("Tuyển tập"));
  CHECK(!has(r.out, "Sách:"));
  CHECK(empty_folder(dir));
  RunResult j = run(tuyentap() + " build '" + kArchive + "' --plan --json 2>/dev/null");
  CHECK(j.out.starts_with("{\n  \"schema\": \"tuyentap-plan/1\""));
}

TEST_CASE("init writes neutral placeholders and instructions that work as written") {
  std::string dir = fresh_dir("clerk-init");
  RunResult i = run(tuyentap_vi() + " init '" + dir + "/so-tay'");
  INFO(i.out);
  CHECK(i.exit_code == 0);
  std::string spec = slurp(dir + "/so-tay/book.toml");
  CHECK(!has(spec, "Bạc Liêu"));
  CHECK(has(spec, "[archive]"));
  // As the instructions say: the articles in bai-viet, then `tuyentap build` in the folder.
  run("cp -r '" + kArchive + "' '" + dir + "/so-tay/bai-viet'");
  RunResult plan = run("cd '" + dir + "/so-tay' && " + tuyentap_vi() + " build --plan --year 2019");
  INFO(plan.out);
  CHECK(plan.exit_code == 0);
  CHECK(has(plan.out, "Dùng tệp book.toml trong thư mục hiện tại"));
  RunResult b = run("cd '" + dir + "/so-tay' && " + tuyentap_vi() +
                    " build --year 2019 --format epub -o sach");
  INFO(b.out);
  CHECK(b.exit_code == 0);
  CHECK(has(b.out, "Tệp đầu vào:"));
  std::string report = slurp(dir + "/so-tay/sach/report.txt");
  CHECK(has(report, "không phải văn bản (ảnh PNG)"));
  CHECK(!has(report, "not text"));
  std::string json = slurp(dir + "/so-tay/sach/report.json");
  CHECK(has(json, "\"schema\": \"tuyentap-report/1\""));
  CHECK(has(json, "\"format\": \"epub\""));
  CHECK(has(json, "\"from\": \"2019-01-01\""));
}

TEST_CASE("language: --lang en and an English locale speak English, a bad --lang is named") {
  RunResult en = run(tuyentap_vi() + " --lang en build khong-co");
  CHECK(en.exit_code == 2);
  CHECK(has(en.out, "error: the archive 'khong-co' does not exist"));
  RunResult locale =
      run("env -u LANGUAGE LC_ALL=en_US.UTF-8 '" + test_paths::program_path() + "' build khong-co");
  CHECK(has(locale.out, "the archive 'khong-co' does not exist"));
  RunResult bad = run(tuyentap_vi() + " --lang fr scan x");
  CHECK(bad.exit_code == 2);
  CHECK(has(bad.out, "chương trình không có ngôn ngữ «fr»"));
}

TEST_CASE("a copy of the program taken out of its build tree still speaks Vietnamese") {
  std::string dir = fresh_dir("copied_program");
  REQUIRE(run("cp '" + test_paths::program_path() + "' '" + dir + "/tuyentap'").exit_code == 0);
  RunResult r = run("env -u LANGUAGE -u LC_MESSAGES -u LANG -u TUYENTAP_LOCALE LC_ALL=C '" + dir +
                    "/tuyentap' build khong-co");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "khong-co"));
  CHECK_FALSE(has(r.out, "does not exist"));
}

TEST_CASE("a usage mistake is told in Vietnamese, with exit 2") {
  RunResult r = run(tuyentap_vi() + " build --khong-co");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "không hiểu tham số: --khong-co"));
  RunResult help = run(tuyentap_vi() + " build --help");
  CHECK(help.exit_code == 0);
  CHECK(has(help.out, "Biên soạn tuyển tập"));
  CHECK(!has(help.out, "Only these topics"));
}

TEST_CASE("a value CLI11 checks (a range, a set of choices) is refused in Vietnamese") {
  RunResult dpi = run(tuyentap_vi() + " build '" + kArchive + "' --image-dpi 10 --plan");
  INFO(dpi.out);
  CHECK(dpi.exit_code == 2);
  CHECK(has(dpi.out, "--image-dpi: giá trị 10 nằm ngoài khoảng cho phép, từ 36 đến 2400"));
  CHECK(!has(dpi.out, "not in range"));
  RunResult shell = run(tuyentap_vi() + " completion fish");
  INFO(shell.out);
  CHECK(shell.exit_code == 2);
  CHECK(has(shell.out, "«fish» không phải một trong: bash,zsh"));
  CHECK(!has(shell.out, "not in"));
  // the help names the range in words, not CLI11's "INT:INT in [36 - 2400]"
  RunResult help = run(tuyentap_vi() + " build --help");
  CHECK(!has(help.out, " in ["));
  CHECK(has(help.out, "từ 36 đến 2400"));
}

TEST_CASE("the help names option values in Vietnamese, in one column, as the man pages do") {
  for (const char* command : {"build", "scan", "init", "completion"}) {
    RunResult help = run(tuyentap_vi() + " " + command + " --help");
    INFO(help.out);
    CHECK(help.exit_code == 0);
    // CLI11's C++ type names, in English, are not a clerk's words
    CHECK(!has(help.out, " TEXT"));
    CHECK(!has(help.out, " INT"));
    // every description starts in the same column, counted in characters
    std::istringstream lines(help.out);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("  -", 0) != 0 && line.rfind("  archive", 0) != 0) continue;
      // the description: after the first run of two spaces that follows the name
      const std::size_t gap = line.find("  ", 2);
      if (gap == std::string::npos) continue;  // the description is on the next line
      const std::size_t at = line.find_first_not_of(' ', gap);
      if (at == std::string::npos) continue;
      std::size_t column = 0;
      for (std::size_t k = 0; k < at; ++k)
        column += (static_cast<unsigned char>(line[k]) & 0xC0) != 0x80 ? 1 : 0;
      CHECK(column == 30);
    }
  }
  RunResult build = run(tuyentap_vi() + " build --help");
  CHECK(has(build.out, "--spec TỆP "));
  CHECK(has(build.out, "--year NĂM "));
  CHECK(has(build.out, "-o,--output THƯ-MỤC=."));
}

TEST_CASE("the man pages render without warnings, bash completes `tuyentap bu` to build") {
  for (const char* page : {"man/tuyentap.1", "man/vi/tuyentap.1"}) {
    RunResult m = run("MANWIDTH=80 man --warnings -l '" + source_path(page) + "' 2>&1 >/dev/null");
    INFO(page << ": " << m.out);
    CHECK(m.exit_code == 0);
    CHECK(m.out.empty());
  }
  RunResult c = run("bash -c 'source <(\"" + test_paths::program_path() +
                    "\" completion bash); COMP_WORDS=(tuyentap bu); COMP_CWORD=1; _tuyentap; "
                    "echo \"${COMPREPLY[@]}\"'");
  INFO(c.out);
  CHECK(c.out == "build\n");
  RunResult z = run(tuyentap() + " completion zsh");
  CHECK(has(z.out, "#compdef tuyentap"));
}

TEST_CASE("version: --version names the version, the libraries and the data folder") {
  RunResult r = run(tuyentap() + " --version");
  CHECK(r.exit_code == 0);
  CHECK(has(r.out, "tuyentap 0."));
  CHECK(has(r.out, "HarfBuzz"));
  CHECK(has(r.out, "data folder: " + test_paths::source_dir()));
}

TEST_CASE("a cover whose header reads but whose pixels do not is refused before any book") {
  std::string dir = fresh_dir("clerk-damaged-cover");
  // A PNG with a sound signature and header, and an IDAT that is not zlib data.
  auto chunk = [](const std::string& type, const std::string& data) {
    std::string c;
    for (int s = 24; s >= 0; s -= 8) c += static_cast<char>((data.size() >> s) & 0xFF);
    c += type + data;
    uLong crc = crc32(0, reinterpret_cast<const Bytef*>(c.data() + 4), c.size() - 4);
    for (int s = 24; s >= 0; s -= 8) c += static_cast<char>((crc >> s) & 0xFF);
    return c;
  };
  std::string ihdr = {0, 0, 0, 100, 0, 0, 0, 100, 8, 2, 0, 0, 0};
  std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) +
                    chunk("IDAT", std::string(300, 'x')) + chunk("IEND", "");
  {
    std::ofstream(dir + "/bia.png", std::ios::binary) << png;
    std::ofstream(dir + "/book.toml") << "[book]\ncover = \"bia.png\"\n";
  }
  RunResult r =
      run("cd '" + dir + "' && " + tuyentap_vi() + " build '" + kArchive + "' --year 2019 -o sach");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(has(r.out, "ảnh bìa bị hỏng"));
  CHECK(!has(r.out, "libpng"));
  CHECK(!has(r.out, "ePdfError"));
  CHECK(!std::filesystem::exists(dir + "/sach"));
}

TEST_CASE("on a terminal, the EPUB and the PDF count their articles, in a pipe, nothing") {
  std::string dir = fresh_dir("clerk-progress");
  RunResult g = run(std::string("'") + TUYENTAP_GEN_CORPUS + "' --out '" + dir +
                    "/archive' --articles 220 --from 2019-01-01 --to 2019-12-31 --seed 5");
  REQUIRE(g.exit_code == 0);
  // script(1) gives the build a terminal, as a clerk's window does.
  std::string build = tuyentap_vi() + " build '" + dir + "/archive' --year 2019 -o '" + dir;
  RunResult tty = run("script -qec \"" + build + "/a'\" /dev/null");
  INFO(tty.out);
  CHECK(tty.exit_code == 0);
  CHECK(has(tty.out, "đang ghi tệp EPUB, bài 220/220"));
  CHECK(has(tty.out, "đang dàn trang PDF, bài 220/220"));
  RunResult pipe = run(build + "/b' 2>&1 | cat");
  CHECK(pipe.exit_code == 0);
  CHECK(!has(pipe.out, "bài 220/220"));
}

TEST_CASE("an undated page is placed by the day its lead opens with, the others say what to do") {
  std::string dir = fresh_dir("clerk-undated");
  std::filesystem::create_directories(dir + "/kho");
  const std::string second =
      "Tại buổi lễ, đồng chí Bí thư Chi bộ đã trao quyết định kết nạp và nhắc nhở đảng viên "
      "mới tiếp tục rèn luyện, phấn đấu, giữ gìn tư cách người đảng viên.\n";
  std::ofstream(dir + "/kho/co-ngay.txt")
      << "Chi bộ Trường Tiểu học kết nạp đảng viên mới\n\n"
         "Sáng ngày 31/5/2024, Chi bộ Trường Tiểu học long trọng tổ chức lễ kết nạp đảng viên "
         "mới cho hai quần chúng ưu tú là giáo viên của trường.\n\n"
      << second;
  std::ofstream(dir + "/kho/khong-ngay.txt")
      << "Chi bộ thôn Hiền Phong sinh hoạt chuyên đề\n\n"
         "Chi bộ thôn Hiền Phong tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, "
         "đạo đức, phong cách Hồ Chí Minh với sự tham dự của toàn thể đảng viên.\n\n"
      << second;
  RunResult r = run(tuyentap_vi() + " build '" + dir + "/kho' --year 2024 -o '" + dir + "/sach'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  CHECK(has(r.out, "1 đưa vào sách, 1 loại ra"));
  std::ifstream in(dir + "/sach/report.txt");
  std::stringstream report;
  report << in.rdbuf();
  const std::string t = report.str();
  INFO(t);
  CHECK(has(t, "lưu ý: không có dòng ngày đăng, nên lấy ngày nêu ở câu mở đầu bài: 31/05/2024"));
  CHECK(has(t,
            "lý do: không có ngày đăng nên không xếp được vào khoảng thời gian\n"
            "      cách sửa: muốn đưa bài vào sách: ghi ngày đăng thành một dòng riêng"));
  // the included article is the dated one
  CHECK(t.find("co-ngay.txt") > t.find("BÀI ĐƯA VÀO SÁCH"));
  CHECK(t.find("khong-ngay.txt") < t.find("BÀI ĐƯA VÀO SÁCH"));
}

TEST_CASE("a character no font has is told in Vietnamese, with a stable code in report.json") {
  std::string dir = fresh_dir("clerk-missing-glyph");
  std::filesystem::create_directories(dir + "/kho");
  // U+2603 (a snowman) is in none of the bundled fonts: the EPUB and the PDF each say so
  std::ofstream(dir + "/kho/bai.txt")
      << "Chi bộ tổ chức sinh hoạt chuyên đề quý I\n\nNgày 12/03/2024\n\n"
         "Sáng 12/3, Chi bộ tổ chức sinh hoạt chuyên đề quý I năm 2024 về học tập và làm theo "
         "tư tưởng, đạo đức, phong cách Hồ Chí Minh ☃ với sự tham dự của các đảng viên.\n\n"
         "Buổi sinh hoạt diễn ra sôi nổi, nhiều ý kiến đóng góp thiết thực cho công tác xây "
         "dựng Đảng.\n\nNguyễn Văn An\n";
  RunResult r = run(tuyentap_vi() + " build '" + dir + "/kho' --year 2024 -o '" + dir + "/sach'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  // the terminal and report.txt: the clerk's language, the file and the character named
  CHECK(has(r.out, "Ghi chú: EPUB: " + dir +
                       "/kho/bai.txt: ký tự U+2603 \"☃\" không có trong "
                       "phông chữ"));
  CHECK(has(r.out, "Ghi chú: PDF: " + dir +
                       "/kho/bai.txt: ký tự U+2603 \"☃\": không phông chữ "
                       "nào của kiểu trình bày bản in có ký tự này"));
  CHECK(!has(r.out, "has no glyph"));
  CHECK(!has(r.out, "no font of the print style"));
  const std::string t = slurp(dir + "/sach/report.txt");
  CHECK(has(t, "GHI CHÚ\n  - EPUB: "));
  CHECK(!has(t, "replacement mark"));
  // report.json: the English sentence for the record, and a code for a script
  const std::string j = slurp(dir + "/sach/report.json");
  CHECK(has(j, "has no glyph in the embedded font"));
  CHECK(has(j, "\"note_codes\": [\n    \"epub-missing-glyph\",\n    \"pdf-missing-glyph\"\n  ]"));
}
