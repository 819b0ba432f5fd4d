// The presentation: every word around the articles, decided once for both books.
#include "book/presentation.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "test_paths.h"

using namespace tuyentap;

namespace {

Article article(const std::string& title, const std::string& author, const std::string& topic,
                std::optional<Date> date, const std::string& file) {
  Article a;
  a.title = title;
  a.author = author;
  a.topic = topic;
  a.date = date;
  a.file = file;
  return a;
}

Book two_chapters() {
  Book b;
  b.meta.title = "Tuyển tập 2019";
  b.meta.subtitle = "Công tác xây dựng Đảng";
  b.meta.publisher = "Ban Tuyên giáo Tỉnh ủy";
  b.meta.place = "Hậu Giang";
  b.meta.year = 2019;
  b.meta.period_label = "Năm 2019";
  b.chapters.push_back(
      {"Xây dựng Đảng",
       {article("Bài một", "Hoàng Uyên", "Xây dựng Đảng", Date{2019, 1, 28}, "2019/a.txt"),
        article("", "", "", std::nullopt, "2019/b.txt")}});
  b.chapters.push_back({"", {article("Bài ba", "PV", "Dân vận", Date{2019, 3, 5}, "c.txt")}});
  return b;
}

}  // namespace

TEST_CASE("chapters are numbered in Roman numerals and headed 'Chương I. Title'") {
  CHECK(chapter_number(0) == "Chương I");
  CHECK(chapter_number(3) == "Chương IV");
  Book b = two_chapters();
  Presentation p = present(b);
  REQUIRE(p.chapters.size() == 2);
  CHECK(p.chapters[0].heading == "Chương I. Xây dựng Đảng");
  CHECK(p.chapters[0].count == "2 bài viết");
  // A chapter without a title is called by its number, never left blank.
  CHECK(p.chapters[1].title == "Chương II");
  CHECK(p.chapters[1].heading == "Chương II. Chương II");
}

TEST_CASE("every article is shown in reading order with its meta line, list date and source") {
  Book b = two_chapters();
  Presentation p = present(b);
  REQUIRE(p.articles.size() == 3);
  CHECK(p.chapters[0].articles == std::vector<std::size_t>{0, 1});
  CHECK(p.chapters[1].articles == std::vector<std::size_t>{2});
  const ArticleView& first = p.articles[0];
  CHECK(first.article == &b.chapters[0].articles[0]);
  CHECK(meta_line(first) == "Thứ Hai, ngày 28 tháng 01 năm 2019 · Hoàng Uyên · Xây dựng Đảng");
  REQUIRE(meta_parts(first).size() == 3);
  CHECK(meta_parts(first)[1].kind == MetaPart::Author);
  CHECK(list_date(first) == "28/01/2019");
  // A local file path is never printed: an article that names no source has no source line.
  CHECK(source_line(first).empty());
  // No title, date, author or topic: a placeholder title and nothing else invented.
  const ArticleView& bare = p.articles[1];
  CHECK(bare.title == label::kUntitled);
  CHECK(meta_parts(bare).empty());
  CHECK(meta_line(bare).empty());
  CHECK(list_date(bare).empty());
  CHECK(p.articles[2].chapter == 1);
}

TEST_CASE("the source line names the site and the date, or the address, never a file") {
  Book b = two_chapters();
  Article& a = b.chapters[0].articles[0];
  a.source = {"Báo Bạc Liêu", "https://baobaclieu.vn/xay-dung-dang/bai-mot.html"};
  Presentation p = present(b);
  CHECK(source_line(p.articles[0]) == "Nguồn: Báo Bạc Liêu, 28/01/2019");
  CHECK(p.articles[0].article->source.url == "https://baobaclieu.vn/xay-dung-dang/bai-mot.html");
  a.source.site.clear();
  CHECK(source_line(present(b).articles[0]) ==
        "Nguồn: https://baobaclieu.vn/xay-dung-dang/bai-mot.html");
  b.chapters[0].articles[1].source = {"dantri.com.vn", ""};  // undated: the site alone
  CHECK(source_line(present(b).articles[1]) == "Nguồn: dantri.com.vn");
  const Book plain = two_chapters();  // views point into their Book: it must outlive them
  for (const ArticleView& v : present(plain).articles) CHECK(source_line(v).empty());
}

TEST_CASE("the book's creators: the issuing body, and an editor only when another body") {
  Book b = two_chapters();
  CHECK(present(b).creators.size() == 1);
  CHECK(present(b).creators[0].role == "pbl");
  b.meta.editor = "ban tuyên giáo tỉnh uỷ";  // other case, other tone placement: the same body
  REQUIRE(present(b).creators.size() == 1);
  CHECK(present(b).creators[0].name == "Ban Tuyên giáo Tỉnh ủy");
  CHECK(present(b).creators[0].role == "edt");  // it compiled the book as well as issuing it
  // named once on the title page and the imprint
  CHECK(present(b).editor_line.empty());
  const std::vector<std::string> imprint = present(b).imprint;
  CHECK(std::count_if(imprint.begin(), imprint.end(), [](const std::string& l) {
          return l.find("Tỉnh") != std::string::npos;
        }) == 1);
  CHECK(std::find(imprint.begin(), imprint.end(),
                  "Biên tập và phát hành: Ban Tuyên giáo Tỉnh ủy") != imprint.end());
  b.meta.editor = "Nguyễn Thị Hồng";
  Presentation p = present(b);
  REQUIRE(p.creators.size() == 2);
  CHECK(p.creators[1].name == "Nguyễn Thị Hồng");
  CHECK(p.creators[1].role == "edt");
  CHECK(p.editor_line == "Biên tập: Nguyễn Thị Hồng");
}

TEST_CASE("the book's title, place and language are never left for a writer to guess") {
  Book b = two_chapters();
  Presentation p = present(b);
  CHECK(p.full_title == "Tuyển tập 2019: Công tác xây dựng Đảng");
  CHECK(p.place_year == "Hậu Giang, 2019");
  CHECK(std::find(p.imprint.begin(), p.imprint.end(), "Nơi xuất bản: Hậu Giang, 2019") !=
        p.imprint.end());
  CHECK(p.language == "vi");
  CHECK(p.language_region == "vi-VN");
  CHECK(p.editor_line.empty());
  b.meta.title.clear();
  b.meta.subtitle.clear();
  b.meta.place.clear();
  b.meta.language = "en";
  p = present(b);
  CHECK(p.title == "Tuyển tập");
  CHECK(p.full_title == "Tuyển tập");
  CHECK(p.place_year == "2019");
  // the imprint names the year as the year, never as the place of publication
  CHECK(std::find(p.imprint.begin(), p.imprint.end(), "Năm xuất bản: 2019") != p.imprint.end());
  CHECK(std::none_of(p.imprint.begin(), p.imprint.end(),
                     [](const std::string& l) { return l.starts_with("Nơi xuất bản"); }));
  CHECK(p.language_region == "en");
  CHECK_FALSE(p.cover);
}

namespace {

// The string literals of a C++ source, escapes decoded (\xNN and the simple ones); comments
// skipped. Enough for our own sources: no raw strings, no trigraphs.
std::vector<std::string> string_literals(const std::string& src) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (src.compare(i, 2, "//") == 0) {
      i = src.find('\n', i);
      if (i == std::string::npos) break;
    } else if (src.compare(i, 2, "/*") == 0) {
      i = src.find("*/", i);
      if (i == std::string::npos) break;
    } else if (src[i] == '\'') {
      std::size_t end = src.find('\'', i + 1 + (src[i + 1] == '\\' ? 1 : 0) + 1);
      i = end == std::string::npos ? src.size() : end;
    } else if (src[i] == '"') {
      std::string lit;
      for (++i; i < src.size() && src[i] != '"'; ++i) {
        if (src[i] != '\\') {
          lit += src[i];
        } else if (src[i + 1] == 'x') {
          std::size_t n = 0;
          lit += static_cast<char>(std::stoi(src.substr(i + 2, 2), &n, 16));
          i += 1 + n;
        } else {
          lit += src[++i];
        }
      }
      out.push_back(lit);
    }
  }
  return out;
}

// A letter of Vietnamese beyond ASCII: Latin-1 and Latin Extended letters (â ê ô đ ơ ư …),
// the Vietnamese block U+1EA0–U+1EF9, or a combining tone mark.
bool has_vietnamese_letter(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp = c;
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len > 1) {
      cp = c & (0xFF >> (len + 1));
      for (int k = 1; k < len && i + k < s.size(); ++k)
        cp = cp << 6 | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    if ((cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x300 && cp <= 0x323) ||
        (cp >= 0x1EA0 && cp <= 0x1EF9))
      return true;
    i += static_cast<std::size_t>(len);
  }
  return false;
}

}  // namespace

TEST_CASE("the scanner for Vietnamese literals sees them, escaped or not, and not comments") {
  auto lits = string_literals(
      "// \"Mục lục\" in a comment\nf(\"Ch\\xC6\\xB0\\xC6\\xA1ng \", 'x', \"\\xE2\\x80\\x93\");");
  REQUIRE(lits.size() == 2);
  CHECK(has_vietnamese_letter(lits[0]));        // "Chương " written as escapes
  CHECK_FALSE(has_vietnamese_letter(lits[1]));  // an en dash is punctuation, not a word
  CHECK(has_vietnamese_letter("Bìa"));
  CHECK_FALSE(has_vietnamese_letter("Nguon: \xC2\xB7 \xE2\x80\xA6"));  // · and …
}

TEST_CASE("no writer has words of its own: no Vietnamese literal in layout/, pdf/ or epub/") {
  namespace fs = std::filesystem;
  std::vector<std::string> found;
  for (const char* stage : {"layout", "pdf", "epub"}) {
    for (const auto& entry :
         fs::directory_iterator(fs::path(test_paths::source_dir()) / "src" / stage)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::string src((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      for (const std::string& lit : string_literals(src)) {
        if (has_vietnamese_letter(lit))
          found.push_back(entry.path().filename().string() + ": \"" + lit + "\"");
      }
    }
  }
  INFO("say it in book/presentation.h instead");
  CHECK(found == std::vector<std::string>{});
}

TEST_CASE("titles are given as both books print them: a range's hyphen is an en dash") {
  Book b = two_chapters();
  b.meta.title = "Tuyển tập nhiệm kỳ 2015 - 2020";
  b.chapters[0].title = "Đại hội nhiệm kỳ 2020 - 2025";
  b.chapters[0].articles[0].title = "Tân Mỹ chọn 3 chi bộ làm điểm đại hội nhiệm kỳ 2020 - 2022";
  Presentation p = present(b);
  // the article's page prints the en dash; its contents line, bookmark, navigation entry and
  // list entry must name it the same way
  CHECK(p.articles[0].title == "Tân Mỹ chọn 3 chi bộ làm điểm đại hội nhiệm kỳ 2020 – 2022");
  CHECK(p.chapters[0].title == "Đại hội nhiệm kỳ 2020 – 2025");
  CHECK(p.chapters[0].heading == "Chương I. Đại hội nhiệm kỳ 2020 – 2025");
  CHECK(p.title == "Tuyển tập nhiệm kỳ 2015 – 2020");
  CHECK(p.full_title == "Tuyển tập nhiệm kỳ 2015 – 2020: Công tác xây dựng Đảng");
  // a compound's hyphen is not a range
  b.chapters[0].articles[0].title = "Phát triển kinh tế - xã hội";
  CHECK(present(b).articles[0].title == "Phát triển kinh tế - xã hội");
}
