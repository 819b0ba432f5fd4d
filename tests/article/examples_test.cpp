// The demo archive (examples/archive) must read as the demo promises.
#include <catch2/catch.hpp>
#include <set>

#include "archive/archive.h"
#include "article/reader.h"
#include "article/text_prepare.h"
#include "test_paths.h"

using namespace tuyentap;

TEST_CASE("the demo archive reads cleanly: every text file an article, the PNG not") {
  ArchiveContents contents = read_archive({test_paths::source_dir() + "/examples/archive"});
  std::vector<InputFile> files = contents.files;
  auto results = read_articles(files);
  REQUIRE(results.size() == files.size());

  std::set<std::string> topics, ids;
  int articles = 0, tcvn3 = 0, of_2018 = 0;
  for (size_t i = 0; i < files.size(); ++i) {
    INFO(files[i].path);
    bool is_txt =
        files[i].path.size() > 4 && files[i].path.substr(files[i].path.size() - 4) == ".txt";
    if (!is_txt) {
      CHECK(std::holds_alternative<NotAnArticle>(results[i]));
      continue;
    }
    REQUIRE(std::holds_alternative<Article>(results[i]));
    const Article& a = std::get<Article>(results[i]);
    ++articles;
    REQUIRE(a.date);
    of_2018 += a.date->year == 2018;
    tcvn3 += a.encoding == "TCVN3";
    if (!a.topic.empty()) topics.insert(a.topic);
    ids.insert(a.id);
    CHECK_FALSE(a.lead.empty());
    CHECK(a.blocks.size() >= 2);
    for (const std::string& w : a.warnings) {
      // Two files lack a kicker or a byline on purpose; nothing else may be uncertain (the
      // site chrome some files keep, a comment box, a poll, is counted: no doubt).
      CHECK((w == "no byline" || w.rfind("no topic line", 0) == 0 || w.starts_with(kSiteChrome)));
    }
  }
  CHECK(articles == 26);
  CHECK(ids.size() == 26);
  CHECK(tcvn3 == 2);
  CHECK(of_2018 == 1);
  CHECK(topics == std::set<std::string>{"Xây dựng Đảng", "Tiến tới Đại hội Đảng các cấp",
                                        "Học tập và làm theo Bác", "Kiểm tra, giám sát",
                                        "Dân vận"});
  // The PNG is reported by the archive or by the reader, never lost.
  CHECK(files.size() + contents.skipped.size() == 27);
}
