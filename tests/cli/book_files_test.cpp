// The book's own files kept in the archive's folder — book.toml, the preface it names, another
// settings file — are set aside as the book's files, not read as articles (cli/book_files.h).
#include <catch2/catch.hpp>
#include <string>

#include "cli/run.h"

using namespace tt_test;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("book.toml and its preface in the archive's folder are the book's files, not articles") {
  // The clerk's way: the spec (as `tuyentap init` writes it) in the archive's own folder, and
  // `tuyentap build .` run there.
  const std::string dir = fresh_dir("book-files");
  REQUIRE(run("cp -r '" + source_path("examples") + "/.' '" + dir + "/' && cp '" +
              source_path("templates/pdf/pocket.toml") + "' '" + dir + "/kieu-so-tay.toml'")
              .exit_code == 0);

  RunResult scan = run("cd '" + dir + "' && " + tuyentap() + " scan --json .");
  INFO(scan.out);
  CHECK(scan.exit_code == 0);  // the settings files are no problem to fix
  CHECK(count(scan.out, "\"code\": \"book-file\"") == 2);  // book.toml, kieu-so-tay.toml

  RunResult r = run("cd '" + dir + "' && SOURCE_DATE_EPOCH=1577836800 " + tuyentap() +
                    " build . --format epub --output out");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const std::string json = slurp(dir + "/out/report.json");
  CHECK(count(json, "\"code\": \"book-file\"") == 3);  // and the preface, by the spec's name
  const std::string txt = slurp(dir + "/out/report.txt");
  CHECK(txt.find("./loi-gioi-thieu.txt\n      lý do: bỏ qua: lời giới thiệu của chính cuốn sách") !=
        std::string::npos);
  CHECK(txt.find("./book.toml\n      lý do: bỏ qua: tệp cấu hình (TOML") != std::string::npos);
  CHECK(txt.find("không có dòng tiêu đề") == std::string::npos);  // no untitled "article"
  // Built again with the reports written where the archive is (the default output: the
  // current folder), the earlier build's report is no article either.
  RunResult again = run("cd '" + dir + "' && " + tuyentap() + " build . --format epub");
  REQUIRE(again.exit_code == 0);
  RunResult twice = run("cd '" + dir + "' && " + tuyentap() + " build . --format epub");
  REQUIRE(twice.exit_code == 0);
  const std::string second = slurp(dir + "/report.json");
  // and report.txt, report.json here and in out/, the first build's folder (its lock is there),
  // and the two locks themselves: the program's own files, not the clerk's hidden files
  CHECK(count(second, "\"code\": \"book-file\"") == 9);
  CHECK(second.find("hidden file (.tuyentap.lock)") == std::string::npos);
  CHECK(count(second, "the lock a build keeps in its output folder") == 2);
  CHECK(slurp(dir + "/report.txt").find("tệp khóa của lần dựng sách") != std::string::npos);
  CHECK(slurp(dir + "/report.txt").find("«Khoảng thời gian") == std::string::npos);
  // The same book as built from the archive alone: the book files add no article.
  RunResult alone =
      run("cd '" + dir + "' && " + tuyentap() + " build archive --spec book.toml --plan --json");
  RunResult here = run("cd '" + dir + "' && " + tuyentap() + " build . --plan --json");
  CHECK(alone.exit_code == 0);
  CHECK(count(here.out, "\"title\"") == count(alone.out, "\"title\""));
}
