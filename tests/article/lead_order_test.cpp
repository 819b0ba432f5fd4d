// A heading or a photo the page sets above its first paragraph stays above the lead
// (Article::lead_at), whichever reader read the page: the books print the page's order.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"
#include "zip_in_memory.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

// The part of article_plain_text from `first` on, cut before `last`: the order the books
// print the top of the article in.
std::string top_of(const Article& a, const std::string& first, const std::string& last) {
  const std::string text = article_plain_text(a);
  const std::size_t from = text.find(first);
  const std::size_t to = text.find(last);
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return from < to ? text.substr(from, to - from) : "(" + last + " before " + first + ")";
}

const std::string kHeading = "I. SỰ RA ĐỜI CỦA CHI BỘ ĐẦU TIÊN";
const std::string kFirst =
    "Đầu năm 1930, sau khi Đảng Cộng sản Việt Nam ra đời, những đảng viên đầu tiên của huyện "
    "đã về hoạt động trong phong trào nông dân và lập ra chi bộ đầu tiên.";
const std::string kSecond =
    "Từ chi bộ ấy, phong trào cách mạng của huyện lan rộng ra các xã, nhiều quần chúng ưu tú "
    "được bồi dưỡng, kết nạp vào Đảng trong những năm khó khăn nhất.";

std::string text_page(const std::string& above) {
  return "Lịch sử Đảng bộ huyện qua các thời kỳ\n\nThứ Hai, 04/03/2019\n\n" + above + "\n\n" +
         kFirst + "\n\n" + kSecond + "\n\nMinh Hà\n";
}

}  // namespace

TEST_CASE("lead order: a text's part heading above its first paragraph stays above the lead") {
  Article a = read_ok(InputFile{"bai.txt", text_page(kHeading)});
  CHECK(a.lead == kFirst);  // the first paragraph is the lead, as expected.json counts it
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].type == BlockType::Heading);
  CHECK(a.blocks[0].text == kHeading);
  CHECK(a.lead_at == 1);
  CHECK(top_of(a, kHeading, kSecond) == kHeading + " " + kFirst + " ");

  // a numbered part and its subheading: both above the lead
  Article b =
      read_ok(InputFile{"bai.txt", text_page("1. Sự ra đời của chi bộ\n\nVề vai trò của chi bộ")});
  CHECK(b.lead == kFirst);
  CHECK(b.lead_at == 2);
  CHECK(top_of(b, "1. Sự ra đời", kSecond) ==
        "1. Sự ra đời của chi bộ Về vai trò của chi bộ " + kFirst + " ");

  // a sapo right under the title: under the title still
  Article c = read_ok(InputFile{"bai.txt", text_page("")});
  CHECK(c.lead == kFirst);
  CHECK(c.lead_at == 0);
}

TEST_CASE("lead order: a photo's caption above a text's first paragraph stays above the lead") {
  Article a = read_ok(InputFile{"bai.txt", text_page("Toàn cảnh hội nghị.")});
  CHECK(a.lead == kFirst);
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.lead_at == 1);
  // without its photo, the note the books set (its stop dropped)
  CHECK(top_of(a, "[Ảnh: Toàn cảnh", kSecond) == "[Ảnh: Toàn cảnh hội nghị] " + kFirst + " ");
}

TEST_CASE("lead order: a saved page's subheading above the first paragraph stays above it") {
  const std::string body = "<h2>Sự ra đời của chi bộ đầu tiên</h2><p>" + kFirst + "</p><p>" +
                           kSecond + "</p><p>Minh Hà</p>";
  const std::string page =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"main\">"
      "<h1>Lịch sử Đảng bộ huyện qua các thời kỳ</h1><p>Thứ Hai, 04/03/2019 | 08:30</p>" +
      body + "</div></body></html>";
  Article a = read_ok(InputFile{"trang.html", page});
  CHECK(a.lead == kFirst);
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks[0].type == BlockType::Heading);
  CHECK(a.lead_at == 1);
  CHECK(top_of(a, "Sự ra đời", kSecond) == "Sự ra đời của chi bộ đầu tiên " + kFirst + " ");

  // the page's sapo in its own element stands under the title, above everything
  const std::string with_sapo =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"main\">"
      "<h1>Lịch sử Đảng bộ huyện qua các thời kỳ</h1><p>Thứ Hai, 04/03/2019 | 08:30</p>"
      "<div class=\"sapo\">Chín mươi năm xây dựng và trưởng thành của Đảng bộ huyện, qua những "
      "trang sử được các thế hệ đảng viên viết nên.</div>" +
      body + "</div></body></html>";
  Article b = read_ok(InputFile{"trang.html", with_sapo});
  CHECK(b.lead.starts_with("Chín mươi năm"));
  CHECK(b.lead_at == 0);
}

TEST_CASE("lead order: a CMS export's heading above the first paragraph stays above it") {
  const std::string cms =
      "---json\n{\"title\": \"Lịch sử Đảng bộ huyện\", \"date\": "
      "\"2019-03-04T08:00:00.000Z\"}\n---\n<p><strong>Sự ra đời của chi bộ "
      "đầu tiên</strong></p>\n<p>" +
      kFirst + "</p>\n<p>" + kSecond + "</p>\n";
  Article a = read_ok(InputFile{"bai.md", cms});
  CHECK(a.lead == kFirst);
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks[0].type == BlockType::Heading);
  CHECK(a.lead_at == 1);
  CHECK(top_of(a, "Sự ra đời", kSecond) == "Sự ra đời của chi bộ đầu tiên " + kFirst + " ");
}

TEST_CASE("lead order: a record's HTML body with a heading first keeps it above the lead") {
  const std::string json = R"({"title": "Lịch sử Đảng bộ huyện qua các thời kỳ",
    "date_publish": "2019-03-04 08:30:00", "authors": ["Minh Hà"],
    "content": "<h3>Sự ra đời của chi bộ đầu tiên</h3><p>)" +
                           kFirst + "</p><p>" + kSecond + R"(</p>"})";
  Article a = read_ok(InputFile{"bai.json", json});
  CHECK(a.lead == kFirst);
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks[0].type == BlockType::Heading);
  CHECK(a.lead_at == 1);
  CHECK(top_of(a, "Sự ra đời", kSecond) == "Sự ra đời của chi bộ đầu tiên " + kFirst + " ");

  // a description the body does not open with is the sapo, under the title
  const std::string described = R"({"title": "Lịch sử Đảng bộ huyện qua các thời kỳ",
    "description": "Chín mươi năm xây dựng và trưởng thành của Đảng bộ huyện.",
    "content": "<h3>Sự ra đời của chi bộ đầu tiên</h3><p>)" +
                                kFirst + R"(</p>"})";
  Article b = read_ok(InputFile{"bai.json", described});
  CHECK(b.lead.starts_with("Chín mươi năm"));
  CHECK(b.lead_at == 0);
}

TEST_CASE("lead order: a Word heading above the first paragraph is no lead, and stays above it") {
  auto p = [](const std::string& text, const std::string& style = "") {
    std::string pr = style.empty() ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    return "<w:p>" + pr + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";
  };
  // the styles of tests/fixtures/word: "Tiu" the title, "u1" a heading
  auto docx = [&](const std::string& heading) {
    const std::string document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
        p("Lịch sử Đảng bộ huyện qua các thời kỳ", "Tiu") + p("Thứ Hai, 04/03/2019") +
        p(heading, "u1") + p(kFirst) + p(kSecond) + p("Minh Hà") + "</w:body></w:document>";
    const std::string styles =
        read_file_bytes(test_paths::source_dir() + "/tests/fixtures/word/styled-styles.xml");
    return tt_test::zip_in_memory({{"[Content_Types].xml", "<Types/>"},
                                   {"word/document.xml", document},
                                   {"word/styles.xml", styles}});
  };
  // a heading in sentence case: the text rules alone would take it for the lead
  Article a = read_ok(InputFile{"bai.docx", docx("Sự ra đời của chi bộ đầu tiên")});
  CHECK(a.lead == kFirst);
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks[0].type == BlockType::Heading);
  CHECK(a.blocks[0].text == "Sự ra đời của chi bộ đầu tiên");
  CHECK(a.lead_at == 1);
  CHECK(top_of(a, "Sự ra đời", kSecond) == "Sự ra đời của chi bộ đầu tiên " + kFirst + " ");

  // one the text rules know (capitals, a part's number): the same
  Article b = read_ok(InputFile{"bai.docx", docx(kHeading)});
  CHECK(b.lead == kFirst);
  CHECK(b.lead_at == 1);
  CHECK(top_of(b, kHeading, kSecond) == kHeading + " " + kFirst + " ");
}
