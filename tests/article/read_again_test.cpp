// An archive read a batch at a time (archive_reading.cpp): its listing lets bytes go past
// ArchiveLimits::max_held_bytes and reads them again for their batch; a folder larger than a
// batch is read in two passes, its first pass's files kept up to
// ReadOptions::kept_prepared_bytes (texts). Whatever is held or read again, the articles and the
// chrome learned are the same, for a folder and for a zip.
#include <catch2/catch.hpp>
#include <fstream>

#include "archive/archive.h"
#include "article/reader.h"
#include "temp_dir.h"
#include "zip_in_memory.h"

using namespace tuyentap;
using namespace tt_test;

namespace {

// Article `i` of a site whose pages all end with the same two lines of chrome.
std::string article_text(int i) {
  return "Xây dựng Đảng\nChi bộ số " + std::to_string(i) + " sinh hoạt chuyên đề tháng " +
         std::to_string(i % 12 + 1) + "\nThứ Hai, " + std::to_string(i % 28 + 1) + "/" +
         std::to_string(i % 12 + 1) + "/2019 | 15:27\nChi bộ số " + std::to_string(i) +
         " vừa tổ chức sinh hoạt chuyên đề về đạo đức cách mạng, " + std::to_string(i * 7) +
         " đảng viên dự.\nCác đảng viên thảo luận sôi nổi về nhiệm vụ năm " +
         std::to_string(2000 + i % 19) + ".\nBan biên tập Cổng thông tin điện tử tỉnh\n" +
         "Bản quyền thuộc Cổng thông tin điện tử tỉnh\n";
}

std::string name_of(int i) {
  return "bai-" + std::to_string(10000 + i) + ".txt";
}

struct Reading {
  std::vector<std::string> seen;  // per file: its path and the article's id and title, or reason
  std::vector<LearnedChrome> learned;
  std::size_t let_go = 0;  // files whose bytes the listing let go
};

Reading read_all(const std::vector<std::string>& inputs, std::uint64_t held, std::size_t kept) {
  ArchiveLimits limits;
  limits.max_held_bytes = held;
  ArchiveContents archive = read_archive(inputs, limits);
  Reading r;
  for (const InputFile& f : archive.files) r.let_go += f.let_go();
  ReadOptions opts;
  opts.kept_prepared_bytes = kept;
  opts.kept_page_bytes = kept;
  r.learned = read_archive_articles_streamed(
                  archive.files, opts, {},
                  [&](std::size_t i, std::variant<Article, NotAnArticle>&& v) {
                    const auto* a = std::get_if<Article>(&v);
                    r.seen.push_back(archive.files[i].path + " " +
                                     (a ? a->id + " " + a->title + " " + a->blocks.back().text
                                        : std::get<NotAnArticle>(v).reason));
                  })
                  .learned;
  return r;
}

}  // namespace

TEST_CASE("an archive read again a batch at a time gives the same articles and chrome",
          "[archive]") {
  TempDir dir("tuyentap-read-again");
  std::filesystem::create_directories(dir / "lon");
  std::filesystem::create_directories(dir / "nho");
  std::vector<std::pair<std::string, std::string>> entries;
  for (int i = 0; i < 1100; ++i) std::ofstream(dir / "lon" / name_of(i)) << article_text(i);
  for (int i = 0; i < 7; ++i) std::ofstream(dir / "nho" / name_of(i)) << article_text(2000 + i);
  for (int i = 0; i < 600; ++i) entries.emplace_back("2019/" + name_of(i), article_text(3000 + i));
  std::ofstream(dir / "kho.zip", std::ios::binary) << zip_in_memory(entries);
  const std::vector<std::string> inputs = {(dir / "lon").string(), (dir / "nho").string(),
                                           (dir / "kho.zip").string()};

  const Reading held = read_all(inputs, 1u << 30, std::size_t{1} << 30);
  const Reading again = read_all(inputs, 0, 0);
  const Reading some = read_all(inputs, 100000, 200000);
  CHECK(held.let_go == 0);
  CHECK(again.let_go == 1707);
  CHECK(some.let_go > 0);
  REQUIRE(held.seen.size() == 1707);
  CHECK(held.seen[0].find("Chi bộ số 0 sinh hoạt") != std::string::npos);
  // The chrome lines are learned, and left out of every article.
  REQUIRE(held.learned.size() == 3);
  CHECK(held.learned[0].files == 1100);
  CHECK(held.learned[0].examples.size() == 2);
  CHECK(held.seen[0].find("Bản quyền") == std::string::npos);
  CHECK(again.seen == held.seen);
  CHECK(some.seen == held.seen);
  for (const Reading* r : {&again, &some}) {
    REQUIRE(r->learned.size() == held.learned.size());
    for (std::size_t g = 0; g < held.learned.size(); ++g) {
      CHECK(r->learned[g].group == held.learned[g].group);
      CHECK(r->learned[g].files == held.learned[g].files);
      CHECK(r->learned[g].lines == held.learned[g].lines);
      CHECK(r->learned[g].examples == held.learned[g].examples);
    }
  }
}

TEST_CASE("a file changed after the archive was listed is reported, not read as other bytes",
          "[archive]") {
  TempDir dir("tuyentap-changed");
  for (int i = 0; i < 6; ++i) std::ofstream(dir / name_of(i)) << article_text(i);
  ArchiveLimits limits;
  limits.max_held_bytes = 0;
  ArchiveContents archive = read_archive({dir.path().string()}, limits);
  REQUIRE(archive.files.size() == 6);
  std::ofstream(dir / name_of(2)) << article_text(2) << "Thêm một dòng.\n";
  std::filesystem::remove(dir / name_of(4));
  ReadResults r = read_archive_articles_freeing(archive.files);
  REQUIRE(r.articles.size() == 6);
  CHECK(std::holds_alternative<Article>(r.articles[0]));
  REQUIRE(std::holds_alternative<NotAnArticle>(r.articles[2]));
  CHECK(std::get<NotAnArticle>(r.articles[2]).reason ==
        "could not be read: changed since the archive was listed; read it again");
  REQUIRE(std::holds_alternative<NotAnArticle>(r.articles[4]));
  CHECK(
      std::get<NotAnArticle>(r.articles[4]).reason.starts_with("could not be read: unreadable ("));
}
