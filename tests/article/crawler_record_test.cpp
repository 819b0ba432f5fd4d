// Crawler JSON records (article/json_record.h) and the choice of reader by content
// (article/content_kind.h).
#include <catch2/catch.hpp>
#include <string>

#include "article/content_kind.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

Article read_record(const std::string& json, const std::string& name = "bai.json") {
  return read_ok(InputFile{name, json});
}

}  // namespace

TEST_CASE("record: news-please fields, the site's name off the description") {
  Article a = read_record(R"({
    "title": "Chi bộ khu phố 2 kết nạp đảng viên",
    "authors": ["Thu Ngân"],
    "date_download": "2019-03-09 10:00:00",
    "date_publish": "2019-03-07 08:30:00",
    "description": "Hai quần chúng ưu tú được kết nạp vào Đảng. - VnExpress",
    "maintext": "Tối 6/3, Chi bộ khu phố 2 tổ chức lễ kết nạp.\nKinh nghiệm từ cơ sở\nBan Chấp hành Đảng bộ phường giao chỉ tiêu cho từng chi bộ.\nLễ kết nạp tại nhà văn hóa. Ảnh: T.N",
    "source_domain": "vnexpress.net",
    "url": "https://vnexpress.net/ket-nap-3848274.html"
  })");
  CHECK(a.title == "Chi bộ khu phố 2 kết nạp đảng viên");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-03-07");
  CHECK(a.time == "08:30");
  CHECK(a.author == "Thu Ngân");
  CHECK(a.lead == "Hai quần chúng ưu tú được kết nạp vào Đảng.");
  CHECK(a.source.site == "vnexpress.net");
  CHECK(a.source.url == "https://vnexpress.net/ket-nap-3848274.html");
  REQUIRE(a.blocks.size() == 4);
  CHECK(a.blocks[1].type == BlockType::Heading);
  CHECK(a.blocks[3].type == BlockType::Caption);
  CHECK(a.blocks[3].credit == "T.N");
}

TEST_CASE("record: what a crawler leaves of the page is dropped") {
  Article a = read_record(R"({
    "title": "Khởi tố ông A",
    "text": "TTO - Sáng nay 8-12, cơ quan điều tra đã khởi tố ông A.\n\n    Bắt ông B, cựu phó chủ tịch\n    Clip ông B nói về khu đất\n\nKhởi tố ông A - Ảnh 1.\n\nÔng A tại cơ quan - Ảnh: D.H.\n\nÔng A bị khởi tố để điều tra những sai phạm.\nKhởi tố ông A\nCơ quan điều tra đã khám xét nơi làm việc của ông.\nTổng hợp",
    "authors": ["Minh Hạnh"],
    "url": "https://tuoitre.vn/khoi-to-ong-a-20181208122830771.htm"
  })");
  CHECK(a.lead == "Sáng nay 8-12, cơ quan điều tra đã khởi tố ông A.");
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == "Ông A tại cơ quan");
  CHECK(a.blocks[1].text == "Ông A bị khởi tố để điều tra những sai phạm.");
  CHECK(a.blocks[2].text == "Cơ quan điều tra đã khám xét nơi làm việc của ông.");
  CHECK(a.author == "Minh Hạnh");  // "Tổng hợp" is a note, not a paragraph
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2018-12-08");  // from the address
  CHECK(a.source.site == "tuoitre.vn");
}

TEST_CASE("record: nested metadata, {\"$date\"}, entities, an HTML body") {
  Article a = read_record(R"({
    "title": "Tung tin &#39;Mr Bean&#39; qua đời",
    "publish_date": {"$date": null},
    "meta_data": {"og": {"site_name": "ZING.VN"},
                  "article": {"published_time": "2018-07-19 15:18", "section": "Sao Hollywood"}},
    "content": {"html": "<p>Hôm 19/7, nhiều độc giả cảnh báo nhau.</p><div class=\"related-box\"><a href=\"/x\">Tin khác hấp dẫn</a></div><figure><img src=\"a.jpg\"><figcaption>Tin cải chính. Ảnh: CNN</figcaption></figure><p>Thực chất, đó là phần mềm độc hại.</p><p><strong>Hạ Huyền</strong></p>"},
    "url": "https://news.zing.vn/tung-tin-post861659.html"
  })");
  CHECK(a.title == "Tung tin 'Mr Bean' qua đời");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2018-07-19");
  CHECK(a.time == "15:18");
  CHECK(a.topic == "Sao Hollywood");
  CHECK(a.source.site == "news.zing.vn");  // a site name that is only a domain: the host
  CHECK(a.lead == "Hôm 19/7, nhiều độc giả cảnh báo nhau.");
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].credit == "CNN");
  CHECK(a.author == "Hạ Huyền");
  CHECK(all_fields(a).find("Tin khác") == std::string::npos);

  Article epoch = read_record(R"({"title": "T", "text": "Đoạn một.\nĐoạn hai.",
                                  "published_at": 1551922200000, "category": "tin-tuc-su-kien"})");
  REQUIRE(epoch.date);
  CHECK(epoch.date->iso() == "2019-03-07");
  CHECK(epoch.time == "08:30");  // 01:30 UTC
  CHECK(epoch.topic.empty());    // a URL slug is no section
}

TEST_CASE("record: the agency is the source when the record names no site") {
  Article a = read_record(
      R"({"title": "T", "text": "ANTD.VN - Trên mạng xã hội lan truyền tin.\nĐoạn hai của bài."})");
  CHECK(a.lead == "Trên mạng xã hội lan truyền tin.");
  CHECK(a.source.site == "ANTD.VN");
}

TEST_CASE("record: JSON that is no article record is said so, deep JSON does not crash") {
  CHECK(not_article_reason(InputFile{"a.json", R"({"name": "tuyentap", "version": "1"})"}) ==
        "JSON data without an article's title and text");
  CHECK(not_article_reason(InputFile{"b.json", R"([{"title": "A", "text": "B"}])"})
            .starts_with("a JSON list"));
  std::string deep(20000, '[');
  deep += std::string(20000, ']');
  auto r = read_article(InputFile{"c.json", deep});  // too deep for a record: read as text
  CHECK((std::holds_alternative<Article>(r) || !std::get<NotAnArticle>(r).reason.empty()));
  std::string deep_object = R"({"title": "T", "text": "Đoạn.", "x": )";
  for (int i = 0; i < 20000; ++i) deep_object += R"({"a": )";
  deep_object += "1" + std::string(20000, '}') + "}";
  CHECK_NOTHROW(read_article(InputFile{"d.json", deep_object}));
}

TEST_CASE("readers are chosen by content, not by the file's name") {
  CHECK(sniff_article_format("<!DOCTYPE html><html><body>") == ArticleFormat::WebPage);
  CHECK(sniff_article_format("\n<!-- saved from url=(0020)http://a.vn/ -->\n<html>") ==
        ArticleFormat::WebPage);
  CHECK(sniff_article_format("<meta http-equiv=\"Content-Type\">\n<!DOCTYPE html>") ==
        ArticleFormat::WebPage);
  CHECK(sniff_article_format("---json\n{\"title\": \"A\"}\n---\n<p>B</p>") ==
        ArticleFormat::CmsExport);
  CHECK(sniff_article_format("<p>Đoạn văn của biên tập viên.</p>") == ArticleFormat::CmsExport);
  CHECK(sniff_article_format("  {\"title\": \"A\"}") == ArticleFormat::JsonData);
  CHECK(sniff_article_format("Trang chủ > Xây dựng Đảng\n\nTiêu đề") == ArticleFormat::PlainText);
  CHECK(sniff_article_format("<phường> là đơn vị hành chính") == ArticleFormat::PlainText);
  CHECK(sniff_article_format("/* site.css */\nbody{margin:0}") == ArticleFormat::Code);
  CHECK(sniff_article_format("(function(){var a=1;})();") == ArticleFormat::Code);
  // A script left beside the articles (a clerk's or a scraper's helper) is not an article.
  CHECK(sniff_article_format("#!/usr/bin/env python3\n\"\"\"Lấy bài.\"\"\"\nimport os\n") ==
        ArticleFormat::Code);
  CHECK(sniff_article_format("#!/bin/sh\nset -e\n") == ArticleFormat::Code);
  CHECK(sniff_article_format("# Tiêu đề\n\nĐoạn một.") == ArticleFormat::PlainText);
  // The book's settings kept beside the articles (book.toml, a print style) are no article;
  // a photo marker or a bracketed kicker over prose is.
  CHECK(sniff_article_format(read_file_bytes(test_paths::source_dir() + "/templates/book.toml")) ==
        ArticleFormat::Settings);
  CHECK(sniff_article_format(read_file_bytes(
            test_paths::source_dir() + "/templates/pdf/official.toml")) == ArticleFormat::Settings);
  CHECK(sniff_article_format("[[chapter]]\ntitle = \"Dân vận\"\ntopics = [\"Dân vận\"]\n") ==
        ArticleFormat::Settings);
  // (a text opening with "[" is tried as JSON first, and read as text when it does not parse)
  CHECK(sniff_article_format("[Ảnh]\nChi bộ thôn Đông họp = đông đủ đảng viên.\n") !=
        ArticleFormat::Settings);
  CHECK(sniff_article_format("[book]\nĐại hội Chi bộ thôn Đông nhiệm kỳ 2020 - 2025\n") !=
        ArticleFormat::Settings);
  CHECK(sniff_article_format("[img]\ntitle = \"x\"\n\nĐoạn văn.") != ArticleFormat::Settings);
  CHECK(sniff_article_format("[{\"title\": \"A\"}]") == ArticleFormat::JsonData);
  CHECK(
      not_article_reason(InputFile{"examples/book.toml", "[book]\ntitle = \"A\"\nyear = 2019\n"}) ==
      "a settings file (TOML: a book spec or a print style), not an article");
  std::string minified;
  for (int i = 0; i < 30; ++i) minified += ".c" + std::to_string(i) + "{color:red;margin:0}";
  CHECK(sniff_article_format(minified) == ArticleFormat::Code);
  CHECK(sniff_article_format("Function của chi bộ; nhiệm vụ {mới}") == ArticleFormat::PlainText);
  CHECK(not_article_reason(InputFile{"bai_files/site.js", "var x = 1;"}) ==
        "a script or style sheet, not an article");

  // The same page as .txt is read as a page; plain text named .html is read as text.
  std::string html =
      "<html><head><title>Tiêu đề trang</title></head><body><p>Đoạn một của "
      "bài viết, đủ dài để là thân bài.</p></body></html>";
  CHECK(read_ok(InputFile{"bai.txt", html}).title == "Tiêu đề trang");
  Article text = read_ok(InputFile{"bai.html", "Tiêu đề\n\nThứ Năm, 07/03/2019\n\nĐoạn một."});
  CHECK(text.title == "Tiêu đề");
  REQUIRE(text.date);
  // Text that starts with '{' but is no JSON is read as text.
  CHECK(read_ok(InputFile{"c.json", "{Ghi chú} Tiêu đề\n\nĐoạn một."}).title ==
        "{Ghi chú} Tiêu đề");
}
