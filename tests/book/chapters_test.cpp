// How selected articles become chapters, and their order inside each chapter.
#include "book/chapters.h"

#include <catch2/catch.hpp>

#include "base/error.h"
#include "helpers.h"

using namespace tuyentap;
using namespace tt_test;

using Strings = std::vector<std::string>;

TEST_CASE(
    "chapters: by topic, variants that fold equal are one chapter with the commonest spelling") {
  BookSpec spec;
  spec.period = period_year(2019);
  auto c = compile(spec, {make_article("a", "XÂY DỰNG ĐẢNG", "Một", "2019-01-01"),
                          make_article("b", "Xây dựng Đảng", "Hai", "2019-01-02"),
                          make_article("c", "Xây dựng  Đảng", "Ba", "2019-01-03"),
                          make_article("d", "Xây dựng đảng", "Bốn", "2019-01-04"),
                          make_article("e", "Đối ngoại", "Năm", "2019-01-05"),
                          make_article("f", "Dân vận", "Sáu", "2019-01-06"),
                          make_article("g", "Âm nhạc", "Bảy", "2019-01-07"),
                          make_article("h", "", "Không chủ đề", "2019-01-08")});
  // vi collation: A < Â, D < Đ; the topic-less article goes to "Bài viết khác", last.
  CHECK(titles_of(c.book) ==
        Strings{"Âm nhạc", "Dân vận", "Đối ngoại", "Xây dựng Đảng", "Bài viết khác"});
  CHECK(ids_of(c.book.chapters[3]) == Strings{"a", "b", "c", "d"});
  CHECK(c.book.meta.topics == Strings{"Âm nhạc", "Dân vận", "Đối ngoại", "Xây dựng Đảng"});
}

TEST_CASE("chapters: by topic follow the spec's topic list when it gives one") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.topics = {"Xây dựng Đảng", "Dân vận"};
  spec.include = {"z"};
  auto c = compile(spec, {make_article("a", "Dân vận", "Một", "2019-01-01"),
                          make_article("b", "Xây dựng Đảng", "Hai", "2019-01-02"),
                          make_article("z", "Kinh tế", "Ba", "2019-01-03")});
  CHECK(titles_of(c.book) == Strings{"Xây dựng Đảng", "Dân vận", "Kinh tế"});
}

TEST_CASE("chapters: by month and by quarter, chronological, Vietnamese titles") {
  auto arts = std::vector<Article>{
      make_article("nov", "T", "Một", "2019-11-05"), make_article("jan", "T", "Hai", "2019-01-31"),
      make_article("feb", "T", "Ba", "2019-02-01"), make_article("dec", "T", "Bốn", "2018-12-31")};
  BookSpec m;
  m.period = period_range("2018-12-01", "2019-12-31");
  m.by = AutoChapters::Month;
  auto c = compile(m, arts);
  CHECK(titles_of(c.book) ==
        Strings{"Tháng 12/2018", "Tháng 1/2019", "Tháng 2/2019", "Tháng 11/2019"});
  BookSpec q = m;
  q.by = AutoChapters::Quarter;
  auto d = compile(q, arts);
  CHECK(titles_of(d.book) == Strings{"Quý IV/2018", "Quý I/2019", "Quý IV/2019"});
  CHECK(ids_of(d.book.chapters[1]) == Strings{"jan", "feb"});
}

TEST_CASE("chapters: by none gives one chapter named after the period") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.by = AutoChapters::None;
  auto c = compile(spec, {make_article("a", "X", "Một", "2019-01-01"),
                          make_article("b", "", "Hai", "2019-01-02")});
  CHECK(titles_of(c.book) == Strings{"Năm 2019"});
  CHECK(c.book.chapters[0].articles.size() == 2);
}

TEST_CASE("chapters: explicit chapters in spec order, first match wins, the others are reported") {
  BookSpec spec;
  spec.period = period_year(2019);
  ChapterRule kt{
      "Kiểm tra, giám sát", {}, {"giám sát"}, KeywordMode::Any, {}, MatchMode::Folded, false, 10};
  ChapterRule xd{
      "Xây dựng Đảng", {"xây dựng đảng"}, {}, KeywordMode::Any, {}, MatchMode::Folded, false, 14};
  ChapterRule tg{"Bài của Hoàng Uyên", {},    {}, KeywordMode::Any, {"Hoàng Uyên"},
                 MatchMode::Folded,    false, 18};
  ChapterRule none{"Không bài nào",   {"Thể thao"}, {}, KeywordMode::Any, {},
                   MatchMode::Folded, false,        22};
  spec.chapters = {xd, kt, tg};
  spec.file = "book.toml";
  auto c = compile(spec, {make_article("both", "Xây dựng Đảng", "Giám sát chi bộ", "2019-01-01", {},
                                       "Hoàng Uyên"),
                          make_article("kt", "Nội chính", "Tăng cường giám sát", "2019-01-02"),
                          make_article("tg", "Khác", "Tin", "2019-01-03", {}, "Hoàng Uyên"),
                          make_article("left", "Khác", "Tin khác", "2019-01-04")});
  CHECK(titles_of(c.book) ==
        Strings{"Xây dựng Đảng", "Kiểm tra, giám sát", "Bài của Hoàng Uyên", "Bài viết khác"});
  CHECK(fate(c, "both").chapter == "Xây dựng Đảng");
  CHECK(fate(c, "both").also_matched == Strings{"Kiểm tra, giám sát", "Bài của Hoàng Uyên"});
  CHECK(fate(c, "kt").also_matched.empty());
  CHECK(fate(c, "left").chapter == "Bài viết khác");

  // A chapter whose rule selects nothing is an error in the spec, named with its line.
  spec.chapters = {xd, kt, none, tg};
  try {
    compile(spec, {make_article("both", "Xây dựng Đảng", "Giám sát chi bộ", "2019-01-01")});
    FAIL("a chapter matching nothing was accepted");
  } catch (const Error& e) {
    CHECK(e.file() == "book.toml");
    CHECK(e.line() == 22);
    CHECK(std::string(e.what()).find("Không bài nào") != std::string::npos);
  }
}

TEST_CASE("chapters: leftovers left out are excluded with a reason") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.leftovers = Leftovers::Leave;
  spec.chapters = {
      ChapterRule{"Dân vận", {"Dân vận"}, {}, KeywordMode::Any, {}, MatchMode::Folded, false, 3}};
  auto c = compile(spec, {make_article("a", "Dân vận", "Một", "2019-01-01"),
                          make_article("b", "Kinh tế", "Hai", "2019-01-02")});
  CHECK(titles_of(c.book) == Strings{"Dân vận"});
  CHECK(fate(c, "b").status == Fate::Excluded);
  CHECK(fate(c, "b").why().reason == Reason::NoChapter);
  CHECK(fate(c, "b").why().lacking.empty());

  BookSpec by_topic;
  by_topic.period = period_year(2019);
  by_topic.leftovers = Leftovers::Leave;
  auto d = compile(by_topic, {make_article("a", "Dân vận", "Một", "2019-01-01"),
                              make_article("n", "", "Hai", "2019-01-02")});
  CHECK(titles_of(d.book) == Strings{"Dân vận"});
  CHECK(fate(d, "n").why().reason == Reason::NoChapter);
  CHECK(fate(d, "n").why().lacking == "topic");
}

TEST_CASE("chapters: a rule with combine all needs every kind of criterion") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.leftovers = Leftovers::Leave;
  spec.chapters = {ChapterRule{"Dân vận của Hoàng Uyên",
                               {"Dân vận"},
                               {},
                               KeywordMode::Any,
                               {"Hoàng Uyên"},
                               MatchMode::Folded,
                               true,
                               3}};
  auto c = compile(spec, {make_article("ok", "Dân vận", "Một", "2019-01-01", {}, "Hoàng Uyên"),
                          make_article("topic", "Dân vận", "Hai", "2019-01-02", {}, "PV"),
                          make_article("author", "Khác", "Ba", "2019-01-03", {}, "Hoàng Uyên")});
  CHECK(fate(c, "ok").status == Fate::Included);
  CHECK(fate(c, "topic").status == Fate::Excluded);
  CHECK(fate(c, "author").status == Fate::Excluded);
}

TEST_CASE("chapters: order by date ascending, descending, and by title in Vietnamese order") {
  auto arts = std::vector<Article>{make_article("d2", "T", "Đảng viên mới", "2019-03-01"),
                                   make_article("a1", "T", "Ấp văn hóa", "2019-01-01"),
                                   make_article("nd", "T", "Bài không ngày", ""),
                                   make_article("a2", "T", "An ninh", "2019-02-01"),
                                   make_article("d1", "T", "Dân chủ", "2019-01-01")};
  BookSpec spec;  // no period: the undated article stays
  spec.by = AutoChapters::None;
  CHECK(ids_of(compile(spec, arts).book.chapters[0]) == Strings{"a1", "d1", "a2", "d2", "nd"});
  spec.order = Order::DateDesc;
  CHECK(ids_of(compile(spec, arts).book.chapters[0]) == Strings{"d2", "a2", "a1", "d1", "nd"});
  spec.order = Order::Title;  // An < Ấp < Bài < Dân < Đảng
  CHECK(ids_of(compile(spec, arts).book.chapters[0]) == Strings{"a2", "a1", "nd", "d1", "d2"});
}

TEST_CASE("chapters: the report gives each included article its chapter and position") {
  BookSpec spec;
  spec.period = period_year(2019);
  auto c = compile(spec, {make_article("b", "Dân vận", "Hai", "2019-02-01"),
                          make_article("a", "Dân vận", "Một", "2019-01-01")});
  CHECK(fate(c, "a").position == 1);
  CHECK(fate(c, "b").position == 2);
  REQUIRE(c.report.chapter_ids.size() == 1);
  CHECK(c.report.chapter_ids[0] == Strings{"a", "b"});
  CHECK(c.report.included == 2);
}

TEST_CASE("chapters: leftovers join a spec chapter that is itself called Bài viết khác") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.chapters = {
      ChapterRule{
          "Bài viết khác", {"Tin tức"}, {}, KeywordMode::Any, {}, MatchMode::Folded, false, 3},
      ChapterRule{"Dân vận", {"Dân vận"}, {}, KeywordMode::Any, {}, MatchMode::Folded, false, 7}};
  auto c = compile(spec, {make_article("t", "Tin tức", "Một", "2019-01-01"),
                          make_article("d", "Dân vận", "Hai", "2019-01-02"),
                          make_article("x", "Kinh tế", "Ba", "2019-01-03")});
  CHECK(titles_of(c.book) == Strings{"Bài viết khác", "Dân vận"});
  CHECK(ids_of(c.book.chapters[0]) == Strings{"t", "x"});
}

namespace {

// The chapter step's inputs for a list of articles, all in the running.
struct Running {
  std::vector<Article> arts;
  std::vector<const Article*> art;
  std::vector<book::ArticleKeys> keys;
  explicit Running(std::vector<Article> a) : arts(std::move(a)) {
    for (const Article& x : arts) {
      art.push_back(&x);
      keys.push_back(book::make_keys(x, false, false));
    }
  }
};

std::vector<std::string> draft_titles(const book::Drafting& d) {
  std::vector<std::string> out;
  for (const auto& c : d.chapters) out.push_back(c.title);
  return out;
}

}  // namespace

TEST_CASE(
    "chapter step: each strategy returns its chapters and its leftovers with what they lack") {
  Running r({make_article("a", "Dân vận", "Một", "2019-01-05"),
             make_article("n", "", "Hai", "2019-04-01"), make_article("u", "Dân vận", "Ba", "")});
  r.art.push_back(nullptr);  // an input no longer in the running is never placed
  r.keys.emplace_back();

  book::Drafting topic = book::chapters_by_topic(r.art, r.keys, {});
  CHECK(draft_titles(topic) == Strings{"Dân vận"});
  CHECK(topic.chapters[0].members == std::vector<int>{0, 2});
  REQUIRE(topic.leftovers.size() == 1);
  CHECK(topic.leftovers[0].input == 1);
  CHECK(topic.leftovers[0].lacking == "topic");

  book::Drafting month = book::chapters_by_month(r.art);
  CHECK(draft_titles(month) == Strings{"Tháng 1/2019", "Tháng 4/2019"});
  REQUIRE(month.leftovers.size() == 1);
  CHECK(month.leftovers[0].lacking == "date");

  CHECK(draft_titles(book::chapters_by_quarter(r.art)) == Strings{"Quý I/2019", "Quý II/2019"});
  book::Drafting one = book::one_chapter(r.art, "Năm 2019");
  CHECK(one.chapters[0].members == std::vector<int>{0, 1, 2});
  CHECK(one.leftovers.empty());
}

TEST_CASE("chapter step: rules return what else each article matched, and the spec picks") {
  Running r({make_article("both", "Dân vận", "Kiểm tra dân vận", "2019-01-05"),
             make_article("none", "Kinh tế", "Hai", "2019-01-06")});
  BookSpec spec;
  spec.by = AutoChapters::Month;  // explicit chapters win over `by`
  spec.chapters = {
      ChapterRule{"Dân vận", {"Dân vận"}, {}, KeywordMode::Any, {}, MatchMode::Folded, false, 3},
      ChapterRule{"Kiểm tra", {}, {"kiểm tra"}, KeywordMode::Any, {}, MatchMode::Folded, false, 7}};
  book::Drafting d = book::draft_chapters(spec, r.art, r.keys, "book.toml");
  CHECK(draft_titles(d) == Strings{"Dân vận", "Kiểm tra"});
  CHECK(d.also_matched == std::vector<std::pair<int, std::string>>{{0, "Kiểm tra"}});
  CHECK(d.notes == Strings{"chapter rule 'Kiểm tra' (book.toml:7) matched only articles of "
                           "earlier chapters: it is left out"});
  REQUIRE(d.leftovers.size() == 1);
  CHECK(d.leftovers[0].input == 1);
  CHECK(d.leftovers[0].lacking.empty());

  spec.chapters.clear();
  CHECK(draft_titles(book::draft_chapters(spec, r.art, r.keys, "book.toml")) ==
        Strings{"Tháng 1/2019"});
  spec.by = AutoChapters::None;
  CHECK(draft_titles(book::draft_chapters(spec, r.art, r.keys, "book.toml")) ==
        Strings{"Các bài viết"});
}

TEST_CASE("chapter step: leftovers join Bài viết khác or are returned to be left out") {
  book::Drafting d;
  d.chapters = {{"Dân vận", {0}}, {"Trống", {}}};
  d.leftovers = {{1, "topic"}, {2, ""}};
  book::Drafting keep = d;
  CHECK(book::place_leftovers(keep, Leftovers::OtherChapter, {false, false, false}).empty());
  CHECK(draft_titles(keep) == Strings{"Dân vận", "Bài viết khác"});  // the empty one dropped
  CHECK(keep.chapters[1].members == std::vector<int>{1, 2});

  book::Drafting leave = d;
  auto out = book::place_leftovers(leave, Leftovers::Leave, {false, false, true});
  REQUIRE(out.size() == 1);  // input 2 is named by the spec's include list: it stays
  CHECK(out[0].first == 1);
  CHECK(out[0].second.reason == Reason::NoChapter);
  CHECK(out[0].second.lacking == "topic");
  CHECK(leave.chapters.back().members == std::vector<int>{2});
}
