// Every warning a reader gives has a stable code for scripts (report.json's and scan --json's
// "warning_codes"), from the one table of sentences the CLI also translates by.
#include "article/warning_codes.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "article/chrome.h"
#include "article/photo_pixels.h"
#include "article/photos.h"
#include "article/reader.h"
#include "article/related_run.h"
#include "article/text_prepare.h"
#include "article/text_reader.h"
#include "article/title_override.h"
#include "base/sentence_pattern.h"

using namespace tuyentap;

namespace {

// A sentence of the table with each hole filled as a reader would ("7", a name).
std::string filled(std::string_view sentence, const std::string& part = "7") {
  std::string out;
  for (std::size_t i = 0; i < sentence.size(); ++i) {
    if (sentence.substr(i, 2) == "%s") {
      out += part;
      ++i;
    } else {
      out += sentence[i];
    }
  }
  return out;
}

// count_warning_kinds's entries as "code files", for a readable failure.
std::vector<std::string> counted(const std::vector<std::vector<std::string_view>>& files) {
  std::vector<std::string> out;
  for (const WarningKindCount& k : count_warning_kinds(files))
    out.push_back(k.code + " " + std::to_string(k.files));
  return out;
}

}  // namespace

TEST_CASE("each warning sentence of the table comes back as its own code") {
  std::set<std::string> sentences;
  for (const WarningKind& k : warning_kinds()) {
    INFO(k.sentence);
    CHECK(sentences.insert(k.sentence).second);  // listed once
    // codes stay what a script can match: lower case words joined by '-'
    const std::string code = k.code;
    CHECK(!code.empty());
    CHECK(code.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos);
    CHECK(code != kOtherWarning);
    // with numbers, with words, with a name in Vietnamese: no earlier sentence takes it
    CHECK(warning_code(filled(k.sentence)) == k.code);
    CHECK(warning_code(filled(k.sentence, "Nguyễn Văn A")) == k.code);
    CHECK(warning_code(filled(k.sentence, "bai-viet_files/anh 1.jpg")) == k.code);
  }
  CHECK(sentences.size() >= 40);
}

TEST_CASE("the warnings the readers build from their parts have their codes") {
  CHECK(warning_code(photo_leftovers_warning(3)) == std::string(kPhotoLeftoversCode));
  CHECK(warning_code(body_kept_warning(12)) == std::string(kBodyKeptCode));
  CHECK(warning_code(related_run_warning(4)) == std::string("related-links"));
  CHECK(warning_code(related_run_warning(1)) == std::string("related-links"));
  // the site's chrome for one reason, and for several listed with their counts
  CHECK(warning_code(site_chrome_warning(SiteChrome{.by_shape = 5})) ==
        std::string(kSiteChromeCode));
  CHECK(warning_code(site_chrome_warning(SiteChrome{.by_shape = 4, .header = 1, .learned = 2})) ==
        std::string(kSiteChromeCode));
  CHECK(warning_code(std::string(kPhotoMissing) +
                     "bai_files/anh1.jpg (not in the archive, or not a JPEG or PNG)") ==
        std::string(kPhotoMissingCode));
  CHECK(warning_code(std::string(kPhotoUnreadable) +
                     "word/media/image2.emf (an EMF or WMF drawing: the books show JPEG and PNG "
                     "only)") == std::string(kPhotoUnreadableCode));
  CHECK(warning_code(std::string(kPhotoTooLarge) +
                     "anh.jpg (9000 × 9000 pixels; the limit is 50 Mpx a photo: make it "
                     "smaller)") == std::string(kPhotoTooLargeCode));
  CHECK(warning_code(std::string(kTitleScored) + "Trang chủ") == std::string(kTitleScoredCode));
  CHECK(warning_code(kTitleScoredUntitled) == std::string(kTitleScoredCode));
  // the decoder's notes, as reader.cpp puts them
  CHECK(warning_code("encoding uncertain: 2 invalid UTF-8 sequences replaced by U+FFFD") ==
        std::string("encoding-uncertain"));
  CHECK(warning_code("encoding uncertain: best guess tcvn3, but only 40% of its words read as "
                     "Vietnamese") == std::string("encoding-uncertain"));
}

TEST_CASE("a sentence not in the table is 'other', never a near code") {
  CHECK(warning_code("") == std::string(kOtherWarning));
  CHECK(warning_code("no byline.") == std::string(kOtherWarning));
  CHECK(warning_code("No byline") == std::string(kOtherWarning));
  CHECK(warning_code("site chrome left out") == std::string(kOtherWarning));
  CHECK(warning_code("photo missing: a.jpg") == std::string(kOtherWarning));
}

TEST_CASE("a page's warnings all have codes that say what the clerk reads") {
  ChromeMatcher chrome(default_chrome_markers());
  auto read = read_plain_text(
      "Chi bộ thôn Hòa Hội sinh hoạt chuyên đề\n\n"
      "Chi bộ thôn Hòa Hội tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng, đạo "
      "đức, phong cách Hồ Chí Minh với sự tham gia của các đảng viên trong chi bộ.\n\n"
      "Các đảng viên đã thảo luận sôi nổi, đề ra nhiều giải pháp thiết thực.\n",
      chrome);
  REQUIRE(std::holds_alternative<Article>(read));
  const Article& a = std::get<Article>(read);
  std::set<std::string> codes;
  for (const std::string& w : a.warnings) {
    INFO(w);
    CHECK(warning_code(w) != std::string(kOtherWarning));
    codes.insert(std::string(warning_code(w)));
  }
  CHECK(codes.count("no-date") == 1);
  CHECK(codes.count("no-byline") == 1);
  CHECK(codes.count("no-topic") == 1);
}

TEST_CASE("each warning code has its own few words for scan's count of files by kind") {
  // a code the table adds without its summary would be counted as "other warnings"
  std::set<std::string> summaries;
  std::set<std::string> codes;
  for (const WarningKind& k : warning_kinds()) {
    INFO(k.code);
    CHECK(warning_summary(k.code) != warning_summary(kOtherWarning));
    if (codes.insert(k.code).second)
      CHECK(summaries.insert(std::string(warning_summary(k.code))).second);
  }
  // the compiler's code, not in the readers' sentences, has its words in the same table
  CHECK(warning_summary(kIncludedBySpecCode) == "included by the spec though left out");
  CHECK(summaries.insert(std::string(warning_summary(kIncludedBySpecCode))).second);
  CHECK(warning_summary(kOtherWarning) == "other warnings");
  CHECK(warning_summary("no-such-code") == "other warnings");
  CHECK(warning_summary("no-date") == "no date line");
}

TEST_CASE("files are counted once for each kind of warning they have, the most first") {
  // two site chrome warnings in one file are one file with site chrome
  CHECK(counted({{"site-chrome", "no-byline", "site-chrome"},
                 {"no-byline", "site-chrome"},
                 {},
                 {"site-chrome", "no-date"}}) ==
        std::vector<std::string>{"site-chrome 3", "no-byline 2", "no-date 1"});
  CHECK(counted({}).empty());
  CHECK(counted({{}, {}}).empty());
}

TEST_CASE("kinds of warning with as many files each are in the catalogue's order") {
  // one file for every code: the table's order, not the codes' spelling ("no-byline" would
  // come before "no-date", "included-by-spec" before both); the summaries list the codes in
  // the sentences' order, with the compiler's code and "other" after
  std::vector<std::vector<std::string_view>> files;
  std::vector<std::string> expected;
  std::set<std::string> seen;
  for (const WarningKind& k : warning_kinds()) {
    if (!seen.insert(k.code).second) continue;
    files.push_back({k.code});
    expected.push_back(std::string(k.code) + " 1");
  }
  for (const char* code : {kIncludedBySpecCode, kOtherWarning}) {
    files.push_back({code});
    expected.push_back(std::string(code) + " 1");
  }
  // codes the catalogue lacks last, by their spelling
  files.push_back({"zz-unknown"});
  files.push_back({"aa-unknown"});
  expected.insert(expected.end(), {"aa-unknown 1", "zz-unknown 1"});
  std::reverse(files.begin(), files.end());  // the order of the files plays no part
  CHECK(counted(files) == expected);
  // the count comes first: two files of byline beat one of date
  CHECK(counted({{"no-date", "no-byline"}, {"no-byline"}}) ==
        std::vector<std::string>{"no-byline 2", "no-date 1"});
  CHECK(counted({{"no-byline"}, {"no-date"}}) ==
        std::vector<std::string>{"no-date 1", "no-byline 1"});
}
