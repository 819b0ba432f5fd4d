// Site chrome learned from saved pages (article/learned_chrome.h, html_page.h): blocks that the
// article's scoring lets through (a slogan, a box title, footer lines inside the article's
// container) and that recur across a folder's pages are dropped; the titles, the topic, the
// writer's byline and a recurring caption, which also repeat, stay.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/html_page.h"
#include "article/learned_chrome.h"
#include "article/reader.h"
#include "fixtures.h"
#include "made_up_site_pages.h"

using namespace tuyentap;
using namespace tuyentap::testing;
using namespace tt_made_up_site;

namespace {

std::vector<InputFile> siblings(const std::string& folder, std::size_t count) {
  return numbered_files(folder, count, "html", page);
}

}  // namespace

TEST_CASE("page chrome learning: the same pages read one by one keep the chrome") {
  // What the tests below rely on: the scoring and the markers let these blocks through.
  for (const InputFile& f : siblings("my-hoa/2019", 6)) {
    std::string all = all_fields(read_ok(f));
    for (const std::string& c : kChrome) CHECK(all.find(c) != std::string::npos);
  }
}

TEST_CASE("page chrome learning: six saved pages lose the site's blocks, keep their own") {
  std::vector<InputFile> files = siblings("my-hoa/2019", 6);
  ReadResults r = read_archive_articles(files);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Article& a = article_at(r, i);
    INFO(files[i].path << ":\n" << all_fields(a));
    CHECK(a.topic == "Xây dựng Đảng");
    CHECK(a.title == title_of(i));
    REQUIRE(a.date);
    CHECK(a.date->day == static_cast<int>(i + 1));
    CHECK(a.author == "Thu Ngân");  // last once the footer lines are gone
    CHECK(a.lead.rfind("Sáng 0", 0) == 0);
    CHECK(captions_in(a) == 1);   // "Ảnh minh họa" repeats, and is a caption still
    CHECK(a.blocks.size() == 3);  // paragraph, the photo with its caption, paragraph
    for (const std::string& c : kChrome) CHECK(all_fields(a).find(c) == std::string::npos);
  }
  REQUIRE(r.learned.size() == 1);
  const LearnedChrome& l = r.learned[0];
  CHECK(l.group == "my-hoa/2019");
  CHECK(l.files == 6);
  CHECK(l.lines == kChrome.size());
  REQUIRE(l.examples.size() == kChrome.size());
  for (const std::string& e : l.examples)
    CHECK(std::find(kChrome.begin(), kChrome.end(), e) != kChrome.end());
}

TEST_CASE("page chrome learning: the pages in a zip's folder read as in the folder") {
  ReadResults folder = read_archive_articles(siblings("my-hoa/2019", 5));
  ReadResults zipped = read_archive_articles(siblings("kho.zip!2019", 5));
  REQUIRE(zipped.learned.size() == 1);
  CHECK(zipped.learned[0].group == "kho.zip!2019");
  CHECK(zipped.learned[0].lines == folder.learned.at(0).lines);
  for (std::size_t i = 0; i < 5; ++i)
    CHECK(all_fields(article_at(zipped, i)) == all_fields(article_at(folder, i)));
}

TEST_CASE("page chrome learning: pages and texts of one folder learn together") {
  // Three pages and two page texts of the same site: the block and the line are one.
  std::vector<InputFile> files = siblings("my-hoa/2019", 3);
  for (std::size_t i = 3; i < 5; ++i) {
    std::string text = title_of(i) + "\n\nThứ Hai, 0" + std::to_string(i + 1) +
                       "/04/2019 - 08:30\n\nĐảng bộ " + kPlaces[i] +
                       " tổ chức lễ kết nạp quần chúng ưu tú vào Đảng trong tháng này.\n\n" +
                       kChrome[2] + "\n" + kChrome[3] + "\n\nThu Ngân\n";
    files.push_back({"my-hoa/2019/bai-" + std::to_string(i + 1) + ".txt", text});
  }
  ReadResults r = read_archive_articles(files);
  REQUIRE(r.learned.size() == 1);
  CHECK(r.learned[0].files == 5);
  for (std::size_t i = 0; i < files.size(); ++i) {
    INFO(files[i].path);
    for (std::size_t c = 2; c < kChrome.size(); ++c)
      CHECK(all_fields(article_at(r, i)).find(kChrome[c]) == std::string::npos);
  }
}

TEST_CASE("page chrome learning: a page's caption, sapo and byline are never candidates") {
  ChromeMatcher chrome(default_chrome_markers());
  PreparedPage p = prepare_web_page(page(0), chrome);
  ChromeEvidence e = chrome_evidence(p);
  CHECK(e.title == line_hash(title_of(0)));
  for (const std::string& c : kChrome)
    CHECK(std::binary_search(e.lines.begin(), e.lines.end(), line_hash(c)));
  // the caption is no candidate; the byline is kept from learning in every page
  CHECK_FALSE(std::binary_search(e.lines.begin(), e.lines.end(), line_hash("Ảnh minh họa")));
  CHECK(std::binary_search(e.protected_.begin(), e.protected_.end(), line_hash("Thu Ngân")));
}
