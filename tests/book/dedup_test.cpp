// The same article archived twice appears once; different articles are never merged.
#include "book/dedup.h"

#include <catch2/catch.hpp>

#include "book/match.h"
#include "helpers.h"

using namespace tuyentap;
using namespace tt_test;

namespace {

// A realistic paragraph, long enough for the near-duplicate test (which skips tiny bodies).
const std::string kBody =
    "Công tác xây dựng Đảng luôn được Đảng bộ thành phố triển khai quyết liệt, đồng bộ và "
    "sâu sát, qua đó tạo chuyển biến rõ nét trong chất lượng sinh hoạt chi bộ. Việc cụ thể hóa "
    "các chỉ thị, nghị quyết của Tỉnh ủy được thực hiện kịp thời với hình thức đa dạng, linh "
    "hoạt, phù hợp với điều kiện thực tiễn của từng đơn vị, địa phương trong năm qua.";

}  // namespace

TEST_CASE("dedup: the same id twice keeps the first and names it") {
  BookSpec spec;
  spec.period = period_year(2019);
  Article a = make_article("abc", "T", "Một", "2019-01-02", {filler(1)});
  Article b = a;
  b.file = "copy/abc.txt";
  auto c = compile(spec, {a, b});
  REQUIRE(c.report.inputs.size() == 2);
  CHECK(c.report.inputs[0].status == Fate::Included);
  CHECK(c.report.inputs[1].status == Fate::Excluded);
  CHECK(c.report.inputs[1].why().reason == Reason::Duplicate);
  CHECK(c.report.inputs[1].why().duplicate_of == "abc");
  CHECK(c.report.inputs[1].why().duplicate_file == "archive/abc.txt");
}

TEST_CASE("dedup: same folded title and date with one body inside the other are one article") {
  BookSpec spec;
  spec.period = period_year(2019);
  // The same article saved twice: once whole with the site's chrome, once cut short.
  const std::string body = filler(2, 80);
  Article a = make_article("first", "T", "Hội nghị BCH Đảng bộ", "2019-03-02",
                           {body, "Tin liên quan: Hội nghị lần thứ 12"});
  a.warnings = {"no byline"};
  Article b = make_article("second", "T", "HỘI NGHỊ  BCH đảng bộ", "2019-03-02",
                           {body.substr(0, body.size() * 3 / 4)});
  auto c = compile(spec, {a, b});
  CHECK(fate(c, "second").status == Fate::Included);  // the copy with fewer warnings
  CHECK(fate(c, "first").why().reason == Reason::Duplicate);
  CHECK(fate(c, "first").why().duplicate_of == "second");
}

TEST_CASE("dedup: of a dated and an undated copy, the dated one is kept, warnings or not") {
  // A saved page (its date from the address, a photo missing: two warnings) and its text
  // pasted without the date line (one warning): the book keeps the page, in its month.
  BookSpec spec;
  Article page =
      make_article("page", "T", "Truyền thông về người tốt", "2022-12-24", {kBody, filler(3, 60)});
  page.warnings = {"date from the page's address", "no byline"};
  Article text = make_article("text", "T", "Truyền thông về người tốt", "", {kBody, filler(3, 60)});
  text.warnings = {"no date line"};
  auto c = compile(spec, {text, page});
  CHECK(fate(c, "page").status == Fate::Included);
  CHECK(fate(c, "text").why().reason == Reason::Duplicate);
  CHECK(fate(c, "text").why().duplicate_of == "page");
}

TEST_CASE("dedup: two different articles with the same title and date are both kept") {
  // A cell's report keeps its title month after month, and two cells file on one day.
  BookSpec spec;
  spec.period = period_year(2019);
  auto c = compile(
      spec, {make_article("a", "T", "Sinh hoạt chi bộ tháng 3", "2019-03-29", {filler(21, 80)}),
             make_article("b", "T", "Sinh hoạt chi bộ tháng 3", "2019-03-29", {filler(22, 80)}),
             make_article("c", "T", "Sinh hoạt chi bộ tháng 3", "2019-03-29", {filler(23, 5)})});
  CHECK(c.report.included == 3);
}

TEST_CASE("dedup: a near-identical body with other tone placement and spacing is a duplicate") {
  BookSpec spec;
  spec.period = period_year(2019);
  std::string copy = kBody;
  for (auto [from, to] :
       {std::pair<std::string, std::string>{"hóa", "hoá"}, {"Tỉnh ủy", "Tỉnh  uỷ"}}) {
    copy.replace(copy.find(from), from.size(), to);
  }
  Article a = make_article("orig", "T", "Đổi mới công tác xây dựng Đảng", "2019-01-28", {kBody});
  Article b =
      make_article("repost", "T", "Bạc Liêu đổi mới xây dựng Đảng", "2019-02-04", {copy + " Hết."});
  Article other = make_article("other", "T", "Tin khác", "2019-02-05", {filler(7, 60)});
  auto c = compile(spec, {a, b, other});
  CHECK(fate(c, "orig").status == Fate::Included);
  CHECK(fate(c, "repost").why().reason == Reason::Duplicate);
  CHECK(fate(c, "repost").why().duplicate_of == "orig");
  CHECK(fate(c, "other").status == Fate::Included);
  CHECK(book::shingle_similarity(book::match_key(kBody, MatchMode::Folded),
                                 book::match_key(copy, MatchMode::Folded)) == 1.0);
}

TEST_CASE("dedup: same title on other dates with other bodies are different articles") {
  BookSpec spec;
  spec.period = period_year(2019);
  auto c = compile(
      spec, {make_article("m1", "T", "Sinh hoạt chi bộ định kỳ", "2019-01-05", {filler(11, 80)}),
             make_article("m2", "T", "Sinh hoạt chi bộ định kỳ", "2019-02-05", {filler(12, 80)}),
             make_article("m3", "T", "Sinh hoạt chi bộ định kỳ", "2019-03-05", {filler(13, 80)})});
  CHECK(c.report.included == 3);
}

TEST_CASE("dedup: a body that differs in one sentence of many is still a duplicate, half is not") {
  std::string base;
  for (int i = 0; i < 12; ++i) base += filler(100 + i, 25) + ". ";
  std::string edited = base + "Thêm một câu ngắn cuối bài.";
  std::string half = base.substr(0, base.size() / 2) + filler(999, 150);
  auto key = [](const std::string& s) { return book::match_key(s, MatchMode::Folded); };
  CHECK(book::shingle_similarity(key(base), key(edited)) > 0.9);
  CHECK(book::shingle_similarity(key(base), key(half)) < 0.9);

  std::string b0 = key(base), b1 = key(edited), b2 = key(half);
  std::vector<book::DedupItem> items = {{"x", "t1", "2019-01-01", &b0, 0},
                                        {"y", "t2", "2019-05-01", &b1, 0},
                                        {"z", "t3", "2019-06-01", &b2, 0}};
  CHECK(book::find_duplicates(items) == std::vector<int>{-1, 0, -1});
}

TEST_CASE("dedup: among many distinct articles only the planted copies are found") {
  std::vector<std::string> bodies;
  for (int i = 0; i < 1500; ++i)
    bodies.push_back(book::match_key(filler(5000 + i, 120), MatchMode::Folded));
  // Two planted copies: one exact, one with a few words changed at the end.
  bodies.push_back(bodies[10]);
  bodies.push_back(bodies[700] + " them mot cau");
  std::vector<book::DedupItem> items;
  for (size_t i = 0; i < bodies.size(); ++i) {
    items.push_back(
        {"id" + std::to_string(i), "t" + std::to_string(i), "2019-01-01", &bodies[i], 0});
  }
  auto dup = book::find_duplicates(items);
  std::vector<std::pair<size_t, int>> found;
  for (size_t i = 0; i < dup.size(); ++i) {
    if (dup[i] >= 0) found.emplace_back(i, dup[i]);
  }
  CHECK(found == std::vector<std::pair<size_t, int>>{{1500, 10}, {1501, 700}});
}

TEST_CASE("dedup step: among the articles in the running, each copy names the one kept") {
  Article a = make_article("orig", "T", "Hội nghị", "2019-03-02", {filler(11)});
  Article out = make_article("out", "T", "Hội nghị", "2019-03-02", {filler(11)});
  Article b = make_article("copy", "T", "HỘI NGHỊ", "2019-03-02", {filler(11)});
  Article c = make_article("other", "T", "Tin khác", "2019-03-02", {filler(14)});
  std::vector<const Article*> kept = {&a, nullptr, &b, &c};  // "out" is no longer running
  std::vector<book::ArticleKeys> keys;
  for (const Article* x : {&a, &out, &b, &c}) keys.push_back(book::make_keys(*x, false, false));
  std::vector<std::string> files = {"f/orig.txt", "f/out.txt", "f/copy.txt", "f/other.txt"};
  auto copies = book::duplicate_copies(kept, keys, files);
  REQUIRE(copies.size() == 1);
  CHECK(copies[0].first == 2);
  CHECK(copies[0].second.reason == Reason::Duplicate);
  CHECK(copies[0].second.duplicate_of == "orig");
  CHECK(copies[0].second.duplicate_file == "f/orig.txt");
}

TEST_CASE("dedup: copies letter for letter of bodies folded from their articles join the first") {
  // No body keys given: each body is folded from its article (as the compiler does for a
  // large book), and each first body is folded once for all its copies.
  std::vector<Article> articles;
  for (int copy = 0; copy < 4; ++copy)
    for (int body = 0; body < 3; ++body)
      articles.push_back(make_article("a" + std::to_string(articles.size()), "T",
                                      "Bài " + std::to_string(articles.size()), "2019-03-02",
                                      {filler(100 + body)}));
  std::vector<book::DedupItem> items;
  for (const Article& a : articles) {
    book::DedupItem it;
    it.id = a.id;
    it.article = &a;
    items.push_back(it);
  }
  auto dup = book::find_duplicates(items);
  for (std::size_t i = 0; i < dup.size(); ++i) {
    INFO(i);
    CHECK(dup[i] == (i < 3 ? -1 : static_cast<int>(i % 3)));
  }
}
