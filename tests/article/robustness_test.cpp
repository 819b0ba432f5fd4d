// Damaged input never crashes the reader and never comes back without a reason.
#include <catch2/catch.hpp>
#include <random>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

// Checks the one promise every result keeps: an article has a title or says it has none,
// and NFC-safe text (no stray line ends), a non-article has a reason.
void check_result(const std::variant<Article, NotAnArticle>& r) {
  if (auto* a = std::get_if<Article>(&r)) {
    CHECK((!a->title.empty() || has_warning(*a, "no title line")));
    CHECK(a->title.find('\n') == std::string::npos);
    CHECK(a->id.size() == 12);
  } else {
    CHECK_FALSE(std::get<NotAnArticle>(r).reason.empty());
  }
}

}  // namespace

TEST_CASE("truncated and corrupted files give an article or a reason, never a crash") {
  for (const char* name : {"standard.txt", "variants.txt", "cms-export.md"}) {
    std::string bytes = fixture(name).bytes;
    // Cut anywhere, also inside a UTF-8 sequence or an HTML tag.
    for (size_t cut = 0; cut <= bytes.size(); cut += 7)
      check_result(read_article(InputFile{name, bytes.substr(0, cut)}));
    // Random bytes overwritten, including NULs and lone continuation bytes.
    std::mt19937 rng(12345);
    for (int round = 0; round < 60; ++round) {
      std::string damaged = bytes;
      for (int k = 0; k < 8; ++k) damaged[rng() % damaged.size()] = static_cast<char>(rng() % 256);
      check_result(read_article(InputFile{name, damaged}));
    }
  }
}

TEST_CASE("pathological shapes: only separators, only dates, a huge single line") {
  check_result(read_article(InputFile{"a.txt", std::string(5000, '\n')}));
  check_result(read_article(InputFile{"b.txt", "28/01/2019\n28/01/2019\n28/01/2019\n"}));
  check_result(read_article(InputFile{"c.txt", "Ảnh: H.T\n\nẢnh: T.L\n"}));
  check_result(read_article(InputFile{"d.html", "<p><p><p><img><em>"}));
  check_result(read_article(InputFile{"e.md", "---json\n{\"title\": \"A\\u00"}));
  std::string huge;
  for (int i = 0; i < 20000; ++i) huge += "Đảng viên gương mẫu. ";
  auto r = read_article(InputFile{"f.txt", huge});
  REQUIRE(std::holds_alternative<Article>(r));
  CHECK(std::get<Article>(r).title.empty());  // no title line: read untitled
}
