// The printed contents, the bookmarks and the pages agree, read back from the PDF itself
// with poppler and qpdf, as a reader finds them.
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <sstream>

#include "cli/run.h"
#include "text/dashes.h"
#include "text/normalize.h"

using namespace tt_test;

namespace {

std::string page_text(const std::string& pdf, int page) {
  return fold_ws(run("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) +
                     " -enc UTF-8 '" + pdf + "' -")
                     .out);
}

// "Chương I. Công tác xây dựng Đảng" is printed on the opener as two lines, without the dot.
std::string without_chapter_number(const std::string& title) {
  static const std::regex number(R"(^Chương [IVXLCDM]+\. )");
  return std::regex_replace(title, number, "");
}

// The page shows the title, or (a chapter's, Decree 30) the title in capitals.
bool page_shows(const std::string& page, const std::string& title) {
  // the bookmark keeps the source's hyphen; the page prints a range's en dash
  std::string t = ::tuyentap::range_dashes(without_chapter_number(title));
  return page.find(t) != std::string::npos ||
         page.find(::tuyentap::to_upper_vi(t)) != std::string::npos;
}

}  // namespace

TEST_CASE("every contents line and every bookmark leads to the page that shows its title") {
  std::string out = fresh_dir("toc");
  RunResult r =
      run(tt_test::tuyentap() + " build '" + source_path("examples/archive") + "' --spec '" +
          source_path("examples/book.toml") + "' --format pdf --output '" + out + "'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  std::string pdf = out + "/tuyen-tap-2019.pdf";
  int pages = std::stoi(std::regex_replace(run("pdfinfo '" + pdf + "'").out,
                                           std::regex(R"([\s\S]*Pages:\s+(\d+)[\s\S]*)"), "$1"));

  // Arabic page 1 is where the /D page-label range starts: the first page in the official
  // style (Decree 30 numbers the front matter too), the first chapter's in the book style.
  std::string labels = run("qpdf --json --json-key=pagelabels '" + pdf + "'").out;
  std::smatch m;
  REQUIRE(std::regex_search(labels, m,
                            std::regex(R"re("index": (\d+),\s*"label": \{\s*"/S": "/D")re")));
  int page_one = std::stoi(m[1]) + 1;  // 1-based physical page

  // Bookmarks: qpdf lists each item's target page before its kids, its title after them.
  std::string outlines = run("qpdf --json --json-key=outlines '" + pdf + "'").out;
  std::map<std::string, int> bookmark_page;
  std::vector<int> open;
  static const std::regex item(R"re("destpageposfrom1": (\d+)|"title": "([^"]*)")re");
  for (std::sregex_iterator it(outlines.begin(), outlines.end(), item), e; it != e; ++it) {
    if ((*it)[1].matched) {
      open.push_back(std::stoi((*it)[1]));
    } else if (!open.empty()) {
      bookmark_page[(*it)[2]] = open.back();
      open.pop_back();
    }
  }
  REQUIRE(bookmark_page.size() >= 30);  // 6 chapters, 25 articles, front and back matter
  for (const auto& [title, page] : bookmark_page) {
    INFO("bookmark «" << title << "» → page " << page);
    CHECK(page <= pages);
    CHECK(page_shows(page_text(pdf, page), title));
  }
  int first_body_page = pages + 1;
  for (const auto& [title, page] : bookmark_page)
    if (title.rfind("Chương ", 0) == 0) first_body_page = std::min(first_body_page, page);

  // The contents: "title . . . . N", a long title wrapped over two lines.
  std::string contents = run("pdftotext -layout -f 1 -l " + std::to_string(first_body_page - 1) +
                             " -enc UTF-8 '" + pdf + "' -")
                             .out;
  std::istringstream lines(contents);
  static const std::regex entry(R"(^\s*(.*?)\s*(?:\. )+\.?\s*(\d+)\s*$)");
  std::string line, pending;
  int entries = 0;
  while (std::getline(lines, line)) {
    if (!std::regex_match(line, m, entry)) {
      // the first half of a wrapped title; not the heading, nor a page number
      static const std::regex furniture(R"(^(Mục lục|[ivxlcdm]+|\d+)?$)");
      pending = std::regex_match(fold_ws(line), furniture) ? "" : fold_ws(line);
      continue;
    }
    std::string title = fold_ws(pending.empty() ? m[1].str() : pending + " " + m[1].str());
    pending.clear();
    int physical = page_one - 1 + std::stoi(m[2]);
    INFO("contents «" << title << "» → " << m[2] << " (page " << physical << ")");
    ++entries;
    CHECK(physical <= pages);
    CHECK(page_shows(page_text(pdf, physical), title));
    if (bookmark_page.count(title)) CHECK(bookmark_page[title] == physical);
  }
  CHECK(entries >= 31);
}
