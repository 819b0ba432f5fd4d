// The report in JSON, as text for the clerk, the plan, and the book's metadata.
#include "book/report.h"

#include <catch2/catch.hpp>

#include "article/text_prepare.h"
#include "book/slug.h"
#include "helpers.h"

using namespace tuyentap;
using namespace tt_test;

namespace {

Compiled sample_book() {
  BookSpec spec;
  spec.title = "Tuyển tập \"Xây dựng Đảng\" 2019";
  spec.period = period_year(2019);
  Input in = inputs({make_article("a1", "Xây dựng Đảng", "Chi bộ \"kiểu mẫu\"\tnăm 2019",
                                  "2019-01-28", {"Ban Thường vụ (BTV) họp."}, "Hoàng Uyên"),
                     make_article("a2", "Dân vận", "Dân vận khéo", "2019-03-01"),
                     make_article("old", "Dân vận", "Năm cũ", "2018-03-01")});
  in.archive.files.push_back({"hong.txt", ""});
  in.read.emplace_back(NotAnArticle{"not text (binary data)"});
  return compile_book(spec, in.archive, in.read);
}

}  // namespace

TEST_CASE("report: json has the chapters with ids and every input with its fate") {
  auto c = sample_book();
  ReportHeader header;
  header.tool_version = "9.9";
  header.outputs.push_back({"pdf", "out/a.pdf", 2048, 12});
  std::string j = report_json(c.report, c.book, header);
  CHECK(j.find("\"schema\": \"tuyentap-report/1\"") != std::string::npos);
  CHECK(j.find("\"version\": \"9.9\"") != std::string::npos);
  CHECK(j.find("\"path\": \"out/a.pdf\",\n      \"bytes\": 2048,\n      \"pages\": 12") !=
        std::string::npos);
  CHECK(j.find("\"chapters\": [") != std::string::npos);
  CHECK(j.find("\"title\": \"Dân vận\",\n      \"ids\": [\n        \"a2\"\n      ]") !=
        std::string::npos);
  CHECK(j.find("\"file\": \"archive/old.txt\",\n      \"id\": \"old\"") != std::string::npos);
  CHECK(j.find("\"status\": \"excluded\",\n      \"reason\": \"outside the period (2018-03-01)\",\n"
               "      \"code\": \"outside-period\"") != std::string::npos);
  CHECK(j.find("\"status\": \"included\",\n      \"chapter\": \"Xây dựng Đảng\",\n      "
               "\"position\": 1") != std::string::npos);
  CHECK(j.find("\"reason\": \"unreadable: not text (binary data)\",\n      \"code\": "
               "\"not-an-article\"") != std::string::npos);
  CHECK(j.find("\"included\": 2") != std::string::npos);
  CHECK(j.find("\"skipped\": 1") != std::string::npos);
  // Quotes and control characters escaped, Vietnamese kept as UTF-8.
  CHECK(j.find("\"title\": \"Chi bộ \\\"kiểu mẫu\\\"\\tnăm 2019\"") != std::string::npos);
  CHECK(j == report_json(sample_book().report, sample_book().book, header));  // deterministic
}

TEST_CASE("report: the clerk's text report says each fate in Vietnamese") {
  auto c = sample_book();
  std::string t = report_text(c.report, c.book);
  CHECK(t.find("đưa vào sách: 2, loại ra: 1, bỏ qua: 1") != std::string::npos);
  CHECK(t.find("ngoài khoảng thời gian của sách (01/03/2018)") != std::string::npos);
  CHECK(t.find("không đọc được: not text (binary data)") != std::string::npos);
  CHECK(t.find("1. Dân vận — 1 bài") != std::string::npos);
}

TEST_CASE("report: the plan lists chapters with article dates and titles") {
  auto c = sample_book();
  std::string p = plan_text(c.book);
  CHECK(p.find("Chương I. Dân vận (1 bài)\n   1. 01/03/2019  Dân vận khéo\n") != std::string::npos);
  CHECK(p.find("Chương II. Xây dựng Đảng (1 bài)") != std::string::npos);
  CHECK(p.find("BTV: Ban Thường vụ") != std::string::npos);
}

TEST_CASE("report: metadata: slug, year, period label, topics") {
  auto c = sample_book();
  CHECK(c.book.meta.slug == "tuyen-tap-xay-dung-dang-2019");
  CHECK(c.book.meta.year == 2019);
  CHECK(c.book.meta.period_label == "Năm 2019");
  CHECK(c.book.meta.topics == std::vector<std::string>{"Dân vận", "Xây dựng Đảng"});
  CHECK(book_slug("Tuyển tập 2019") == "tuyen-tap-2019");
  CHECK(book_slug("Đảng bộ  Bạc Liêu — Quý I") == "dang-bo-bac-lieu-quy-i");
  CHECK(book_slug("«»") == "tuyen-tap");
  CHECK(book_slug("") == "tuyen-tap");
}

TEST_CASE("report: without a spec title or period, the book is named and dated from its articles") {
  BookSpec spec;
  auto c = compile(spec, {make_article("a", "T", "Một", "2018-11-02"),
                          make_article("b", "T", "Hai", "2019-01-02")});
  CHECK(c.book.meta.year == 2019);
  CHECK(c.book.meta.title == "Tuyển tập 2018–2019");  // both years the book holds
  CHECK(c.book.meta.period_label == "02/11/2018 – 02/01/2019");
  auto one_year = compile(spec, {make_article("a", "T", "Một", "2019-03-02"),
                                 make_article("b", "T", "Hai", "2019-11-02")});
  CHECK(one_year.book.meta.title == "Tuyển tập 2019");
}

TEST_CASE("without a title the book is named after its period") {
  auto arts = std::vector<Article>{make_article("a1", "Xây dựng Đảng", "Bài một", "2019-02-03"),
                                   make_article("a2", "Xây dựng Đảng", "Bài hai", "2017-05-06")};
  Input in = inputs(arts);
  BookSpec spec;
  spec.period = period_range("2017-01-01", "2019-12-31");
  Compiled c = compile_book(spec, in.archive, in.read);
  CHECK(c.book.meta.title == "Tuyển tập 2017–2019");
  CHECK(c.book.meta.slug == "tuyen-tap-2017-2019");
  spec.period = period_quarter("2019-Q1");
  CHECK(compile_book(spec, in.archive, in.read).book.meta.title == "Tuyển tập Quý I/2019");
  spec.period = period_year(2019);
  CHECK(compile_book(spec, in.archive, in.read).book.meta.title == "Tuyển tập 2019");
}

TEST_CASE("report: pictures the books cannot show are counted beside the missing ones") {
  BookSpec spec;
  spec.period = period_year(2019);
  Input in = inputs({make_article("a1", "Xây dựng Đảng", "Chi bộ kiểu mẫu", "2019-01-28",
                                  {"Ban Thường vụ họp."})});
  Article& a = std::get<Article>(in.read[0]);
  a.blocks.push_back({BlockType::Caption, "Sơ đồ tổ chức.", "H.A", {}});
  a.blocks.push_back({BlockType::Caption, "Quang cảnh hội nghị.", "T.L", {}});
  a.warnings = {
      "photo unreadable: word/media/image2.emf (an EMF or WMF drawing: the books show "
      "JPEG and PNG only)",
      "photo too large: anh.png (10000 × 6000 pixels; the limit is 50 Mpx a photo: "
      "make it smaller)"};
  Compiled c = compile_book(spec, in.archive, in.read);
  CHECK(c.report.photos.unreadable == 2);
  CHECK(c.report.photos.missing == 0);
  std::string j = report_json(c.report, c.book, ReportHeader{});
  CHECK(j.find("\"code\": \"photo-unreadable\",\n          \"photo\": \"word/media/image2.emf\"") !=
        std::string::npos);
  CHECK(j.find("\"code\": \"photo-too-large\",\n          \"photo\": \"anh.png\"") !=
        std::string::npos);
  CHECK(j.find("\"missing\": 0,\n    \"unreadable\": 2,") != std::string::npos);
  CHECK(report_text(c.report, c.book).find("thiếu tệp ảnh: 0, ảnh không đọc được: 2\n") !=
        std::string::npos);
}

TEST_CASE("report: lines left out as a photo's leftovers have their code and count") {
  BookSpec spec;
  spec.period = period_year(2019);
  Input in = inputs({make_article("a1", "Xây dựng Đảng", "Chi bộ kiểu mẫu", "2019-01-28",
                                  {"Ban Thường vụ họp."})});
  Article& a = std::get<Article>(in.read[0]);
  a.warnings = {
      "photo leftovers left out: 3 lines (image markers, file names, markup, "
      "placeholders)"};
  Compiled c = compile_book(spec, in.archive, in.read);
  std::string j = report_json(c.report, c.book, ReportHeader{});
  CHECK(j.find("\"code\": \"photo-leftovers\",\n          \"lines\": 3") != std::string::npos);
}

TEST_CASE("report: sentences kept against the chrome rules have their code and count") {
  BookSpec spec;
  spec.period = period_year(2019);
  Input in = inputs({make_article("a1", "Xây dựng Đảng", "Chi bộ kiểu mẫu", "2019-01-28",
                                  {"Ban Thường vụ họp."})});
  Article& a = std::get<Article>(in.read[0]);
  a.warnings = {body_kept_warning(2)};
  Compiled c = compile_book(spec, in.archive, in.read);
  std::string j = report_json(c.report, c.book, ReportHeader{});
  CHECK(j.find("\"code\": \"body-kept\",\n          \"lines\": 2") != std::string::npos);
}
