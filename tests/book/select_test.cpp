// Which articles a spec selects: period, global filter, include/exclude, unreadable inputs.
#include "book/select.h"

#include <catch2/catch.hpp>

#include "base/error.h"
#include "helpers.h"

using namespace tuyentap;
using namespace tt_test;

TEST_CASE("select: period boundaries are inclusive, the day before and after are out") {
  BookSpec spec;
  spec.period = period_quarter("2019-Q1");
  auto c = compile(spec, {make_article("a0", "Xây dựng Đảng", "Trước", "2018-12-31"),
                          make_article("a1", "Xây dựng Đảng", "Ngày đầu", "2019-01-01"),
                          make_article("a2", "Xây dựng Đảng", "Ngày cuối", "2019-03-31"),
                          make_article("a3", "Xây dựng Đảng", "Sau", "2019-04-01"),
                          make_article("a4", "Xây dựng Đảng", "Không ngày", "")});
  CHECK(fate(c, "a0").status == Fate::Excluded);
  CHECK(fate(c, "a0").why().reason == Reason::OutsidePeriod);
  CHECK(fate(c, "a0").why().date->iso() == "2018-12-31");
  CHECK(fate(c, "a1").status == Fate::Included);
  CHECK(fate(c, "a2").status == Fate::Included);
  CHECK(fate(c, "a3").why().reason == Reason::OutsidePeriod);
  CHECK(fate(c, "a3").why().date->iso() == "2019-04-01");
  CHECK(fate(c, "a4").why().reason == Reason::NoDate);
  CHECK(c.book.meta.period_label == "Quý I/2019");
}

TEST_CASE("select: a leap day belongs to its month") {
  BookSpec spec;
  spec.period = period_month("2020-02");
  auto c = compile(spec, {make_article("leap", "T", "Ngày nhuận", "2020-02-29"),
                          make_article("mar", "T", "Tháng Ba", "2020-03-01")});
  CHECK(fate(c, "leap").status == Fate::Included);
  CHECK(fate(c, "mar").status == Fate::Excluded);
}

TEST_CASE("select: topic filter ignores case, diacritics, đ and tone placement") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.topics = {"xay dung dang", "Văn hoá"};
  auto c = compile(spec, {make_article("a", "XÂY DỰNG ĐẢNG", "Một", "2019-02-01"),
                          make_article("b", "Văn hóa", "Hai", "2019-02-02"),
                          make_article("c", "Kinh tế", "Ba", "2019-02-03"),
                          make_article("d", "Xây dựng Đảng bộ", "Bốn", "2019-02-04")});
  CHECK(fate(c, "a").status == Fate::Included);
  CHECK(fate(c, "b").status == Fate::Included);
  CHECK(fate(c, "c").why().reason == Reason::NotInTopics);
  CHECK(fate(c, "d").why().reason == Reason::NotInTopics);  // a topic is a whole kicker name
}

TEST_CASE("select: keywords match whole words and phrases, folded, in title and text") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.keywords = {"uy ban", "dang"};
  auto c = compile(
      spec, {make_article("t", "T", "Ủy ban kiểm tra họp", "2019-01-02"),
             make_article("b", "T", "Tin", "2019-01-03", {"Đoàn công tác của Uỷ   ban nhân dân."}),
             make_article("inside", "T", "Tin", "2019-01-04", {"Đăng ký dự thi; đang làm"}),
             make_article("none", "T", "Tin", "2019-01-05", {"Chuyện đồng áng, nhà dàn."})});
  CHECK(fate(c, "t").status == Fate::Included);
  CHECK(fate(c, "b").status == Fate::Included);       // tone placement and spaces ignored
  CHECK(fate(c, "inside").status == Fate::Included);  // "Đăng" and "đang" both fold to "dang"
  CHECK(fate(c, "none").status == Fate::Excluded);  // "dàn" ≠ "dang", "đồng" does not contain it

  BookSpec word;
  word.period = period_year(2019);
  word.keywords = {"bộ"};
  auto w = compile(word, {make_article("x", "T", "Tin", "2019-01-02", {"Bộ Chính trị"}),
                          make_article("y", "T", "Tin", "2019-01-03", {"Bội thu lúa"})});
  CHECK(fate(w, "x").status == Fate::Included);
  CHECK(fate(w, "y").status == Fate::Excluded);  // not inside another word
}

TEST_CASE("select: keywords any versus all") {
  auto arts = std::vector<Article>{
      make_article("both", "T", "Kiểm tra và giám sát", "2019-01-02"),
      make_article("one", "T", "Kiểm tra chéo", "2019-01-03"),
  };
  BookSpec any;
  any.period = period_year(2019);
  any.keywords = {"kiểm tra", "giám sát"};
  auto a = compile(any, arts);
  CHECK(fate(a, "one").status == Fate::Included);
  BookSpec all = any;
  all.keyword_mode = KeywordMode::All;
  auto b = compile(all, arts);
  CHECK(fate(b, "both").status == Fate::Included);
  CHECK(fate(b, "one").status == Fate::Excluded);
}

TEST_CASE("select: exact matching keeps diacritics but not case or tone placement") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.keywords = {"hóa đơn"};
  spec.match = MatchMode::Exact;
  auto c = compile(spec, {make_article("same", "T", "HOÁ ĐƠN điện tử", "2019-01-02"),
                          make_article("other", "T", "Hòa đơn ca", "2019-01-03"),
                          make_article("plain", "T", "hoa don", "2019-01-04")});
  CHECK(fate(c, "same").status == Fate::Included);
  CHECK(fate(c, "other").status == Fate::Excluded);
  CHECK(fate(c, "plain").status == Fate::Excluded);

  BookSpec topics;
  topics.period = period_year(2019);
  topics.topics = {"Văn hoá"};
  topics.match = MatchMode::Exact;
  auto t = compile(topics, {make_article("vh", "VĂN HÓA", "Một", "2019-01-02"),
                            make_article("vhoa", "Văn hoa", "Hai", "2019-01-03")});
  CHECK(fate(t, "vh").status == Fate::Included);
  CHECK(fate(t, "vhoa").status == Fate::Excluded);
}

TEST_CASE("select: author rule matches the name within the byline") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.authors = {"hoang uyen"};
  auto c = compile(spec, {make_article("a", "T", "Một", "2019-01-02", {}, "Hoàng Uyên (tổng hợp)"),
                          make_article("b", "T", "Hai", "2019-01-03", {}, "Hoàng Uyển Nhi"),
                          make_article("c", "T", "Ba", "2019-01-04", {}, "PV")});
  CHECK(fate(c, "a").status == Fate::Included);
  CHECK(fate(c, "b").status == Fate::Included);  // folded: "hoang uyen" is a phrase of it
  CHECK(fate(c, "c").why().reason == Reason::FilteredOut);
}

TEST_CASE("select: include keeps an article outside the period and says so, exclude removes") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.include = {"old1", "archive/old2.txt"};
  spec.exclude = {"b", "nothing-like-this"};
  auto c = compile(spec, {make_article("old1", "T", "Năm trước", "2018-06-01"),
                          make_article("old2", "T", "Năm trước nữa", "2017-06-01"),
                          make_article("a", "T", "Giữ", "2019-06-01"),
                          make_article("b", "T", "Bỏ", "2019-06-02")});
  CHECK(fate(c, "old1").status == Fate::Included);
  CHECK(fate(c, "old2").status == Fate::Included);  // by file, as the clerk sees it
  CHECK(fate(c, "b").why().reason == Reason::Excluded);
  CHECK(fate(c, "b").why().exclude_entry == "b");
  auto has_note = [&](const std::string& s) {
    for (const auto& n : c.report.notes) {
      if (n.find(s) != std::string::npos) return true;
    }
    return false;
  };
  CHECK(has_note("outside the period (2018-06-01) but included"));
  CHECK(fate(c, "old1").warnings ==
        std::vector<std::string>{"outside the period (2018-06-01) but included by the spec"});
  CHECK(has_note("'nothing-like-this'"));
}

TEST_CASE("select: unreadable inputs and archive skips are reported, never dropped") {
  BookSpec spec;
  spec.period = period_year(2019);
  Input in = inputs({make_article("a", "T", "Một", "2019-01-02")});
  in.archive.files.push_back({"rong.txt", ""});
  in.read.emplace_back(NotAnArticle{"empty file"});
  in.archive.skipped.push_back({"anh.png", "not text (PNG image)"});
  auto c = compile_book(spec, in.archive, in.read);
  REQUIRE(c.report.inputs.size() == 3);
  CHECK(c.report.inputs[1].file == "rong.txt");
  CHECK(c.report.inputs[1].status == Fate::Skipped);
  CHECK(c.report.inputs[1].why().reason == Reason::NotAnArticle);
  CHECK(c.report.inputs[1].why().reader_says == "empty file");
  CHECK(c.report.inputs[2].file == "anh.png");
  CHECK(c.report.inputs[2].why().reason == Reason::Unreadable);
  CHECK(c.report.inputs[2].why().reader_says == "not text (PNG image)");
  CHECK(c.report.included == 1);
  CHECK(c.report.skipped == 2);
}

TEST_CASE("select: a period that selects no article is an error, not an empty book") {
  BookSpec spec;
  spec.file = "book.toml";
  spec.period = period_year(2021);
  auto arts = std::vector<Article>{make_article("a", "T", "Một", "2019-01-02"),
                                   make_article("b", "T", "Hai", "2019-05-02")};
  try {
    compile(spec, arts);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.message().find("Năm 2021") != std::string::npos);
    CHECK(e.message().find("02/01/2019 – 02/05/2019") != std::string::npos);
    CHECK(e.file() == "book.toml");
    CHECK(!e.hint().empty());
  }
  BookSpec filtered;
  filtered.period = period_year(2019);
  filtered.topics = {"Không có"};
  CHECK_THROWS_AS(compile(filtered, arts), Error);
}

TEST_CASE("select step: each input in the running or out with its reason, notes and counts") {
  BookSpec spec;
  spec.period = period_year(2019);
  spec.topics = {"Dân vận"};
  spec.include = {"old", "ghost"};
  spec.exclude = {"archive/ex.txt"};
  std::vector<Article> arts = {make_article("in", "Dân vận", "Giữ", "2019-02-01"),
                               make_article("old", "Kinh tế", "Năm trước", "2018-02-01"),
                               make_article("ex", "Dân vận", "Bỏ", "2019-02-02"),
                               make_article("late", "Dân vận", "Năm sau", "2020-01-01"),
                               make_article("other", "Kinh tế", "Khác", "2019-02-03")};
  Input raw = inputs(arts);
  raw.archive.files.push_back({"rong.txt", ""});
  raw.read.emplace_back(NotAnArticle{"empty file"});
  book::Inputs in = book::list_inputs(raw.archive, raw.read);
  book::Selection sel = book::select_articles(spec, in, "book.toml");

  REQUIRE(sel.kept.size() == 6);
  CHECK(sel.kept[0] == in.articles[0]);
  CHECK(sel.kept[1] == in.articles[1]);  // named by include: kept outside the period
  CHECK(sel.named[1]);
  CHECK(sel.warnings[1] == std::vector<std::string>{"outside the period (2018-02-01) but "
                                                    "included by the spec"});
  CHECK(sel.left_out[2]->reason == Reason::Excluded);
  CHECK(sel.left_out[2]->exclude_entry == "archive/ex.txt");
  CHECK(sel.left_out[3]->reason == Reason::OutsidePeriod);
  CHECK(sel.left_out[4]->reason == Reason::NotInTopics);
  CHECK(sel.left_out[5]->reason == Reason::NotAnArticle);
  CHECK(sel.left_out[5]->reader_says == "empty file");
  for (size_t i : {2, 3, 4, 5}) CHECK(sel.kept[i] == nullptr);
  CHECK(sel.readable == 5);
  CHECK(sel.in_period == 2);  // "in" and "other": the excluded one is not counted
  REQUIRE(sel.notes.size() == 2);
  CHECK(sel.notes[0] == "include 'ghost' (book.toml) names no article read");
  CHECK(sel.keys[0].topic[0] == " dan van ");  // folded once, for the later steps
}

TEST_CASE("select step: inputs and read results must pair up") {
  Input raw = inputs({make_article("a", "T", "Một", "2019-01-02")});
  raw.archive.files.push_back({"b.txt", ""});
  CHECK_THROWS_AS(book::list_inputs(raw.archive, raw.read), Error);
}

TEST_CASE("select: an empty book names the step that emptied it, counting what reached it") {
  auto message = [](const BookSpec& spec, const std::vector<Article>& arts) {
    try {
      compile(spec, arts);
    } catch (const Error& e) {
      return std::string(e.what());
    }
    return std::string("(a book)");
  };
  std::vector<Article> arts = {make_article("a", "Dân vận", "Một", "2019-01-02"),
                               make_article("b", "Xây dựng Đảng", "Hai", "2019-12-03"),
                               make_article("c", "Xây dựng Đảng", "Ba", "2019-12-04")};
  BookSpec spec;
  spec.period = period_year(2019);
  spec.period.from = Date{2019, 12, 1};
  spec.topics = {"Dân vận"};
  CHECK_THAT(message(spec, arts),
             Catch::Contains("the topic filter (Dân vận) leaves out all 2 articles of the period"));
  spec.topics = {};
  spec.keywords = {"không có từ này"};
  CHECK_THAT(message(spec, arts), Catch::Contains("leaves out all 2 articles of the period"));
  spec.keywords = {};
  spec.exclude = {"a", "b", "c"};
  CHECK_THAT(message(spec, arts),
             Catch::Contains("the exclude list leaves out all 3 articles read"));
}
