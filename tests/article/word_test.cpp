// Word documents (.docx, .odt): made in memory from tests/fixtures/word/ (zip_in_memory.h).
#include <string>

#include "fixtures.h"
#include "test_paths.h"
#include "zip_in_memory.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

std::string word_fixture(const std::string& name) {
  return read_file_bytes(test_paths::source_dir() + "/tests/fixtures/word/" + name);
}

std::string docx(const std::string& document, const std::string& styles = {}) {
  std::vector<std::pair<std::string, std::string>> parts{{"[Content_Types].xml", "<Types/>"},
                                                         {"word/document.xml", document}};
  if (!styles.empty()) parts.emplace_back("word/styles.xml", styles);
  return tt_test::zip_in_memory(parts);
}

std::string odt(const std::string& content, const std::string& styles) {
  return tt_test::zip_in_memory({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                 {"content.xml", content},
                                 {"styles.xml", styles}});
}

const Block* find_block(const Article& a, const std::string& start) {
  for (const Block& b : a.blocks)
    if (b.text.starts_with(start)) return &b;
  return nullptr;
}

std::string emphasised(const Block& b, std::size_t k) {
  REQUIRE(k < b.emphasis.size());
  return b.text.substr(b.emphasis[k].begin, b.emphasis[k].end - b.emphasis[k].begin);
}

// What both the .docx and the .odt of the "styled" fixture hold.
void check_styled(const Article& a, bool with_caption) {
  CHECK(a.title == "Chi bộ thôn Đông đổi mới nội dung sinh hoạt");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-03-12");
  CHECK(a.time == "08:15");
  CHECK(a.lead.starts_with("Năm qua, Chi bộ thôn Đông đã chọn những việc gần dân"));
  CHECK(a.lead.ends_with("tháng, mỗi đảng viên nhận một việc cụ thể."));
  CHECK(a.author == "Minh Hà");
  CHECK(a.encoding == "UTF-8");
  const Block* heading = find_block(a, "Sinh hoạt chuyên đề");
  REQUIRE(heading);
  CHECK(heading->type == BlockType::Heading);
  const Block* p = find_block(a, "Theo đồng chí Bí thư");
  REQUIRE(p);
  CHECK(p->type == BlockType::Paragraph);
  REQUIRE(p->emphasis.size() == 2);
  CHECK(emphasised(*p, 0) == "mỗi kỳ sinh hoạt phải giải quyết một việc");
  CHECK((p->emphasis[0].bold && !p->emphasis[0].italic));
  CHECK(emphasised(*p, 1) == "ngọn đèn");
  CHECK((p->emphasis[1].italic && !p->emphasis[1].bold));
  // a table's cells are paragraphs; deleted text and the footnote's text are gone
  CHECK(find_block(a, "Kết quả năm 2018: 12 việc làm được"));
  CHECK(find_block(a, "Nhờ vậy, người dân tin"));
  CHECK(find_block(a, "Nhờ vậy")->emphasis.empty());
  CHECK(article_plain_text(a).find("chữ đã xóa") == std::string::npos);
  CHECK(article_plain_text(a).find("Chú thích bị bỏ") == std::string::npos);
  CHECK(has_warning(a, "1 footnotes left out"));
  if (with_caption) {
    const Block* caption = find_block(a, "Đảng viên thôn Đông làm đường");
    REQUIRE(caption);
    CHECK(caption->type == BlockType::Caption);
  }
}

}  // namespace

TEST_CASE("word: a .docx with Title, Heading and Caption styles, bold and italic runs") {
  InputFile f{"archive/bai.docx",
              docx(word_fixture("styled-document.xml"), word_fixture("styled-styles.xml"))};
  Article a = read_ok(f);
  check_styled(a, true);
  CHECK(a.file == "archive/bai.docx");
  CHECK(a.id.size() == 12);
  // a character style ("Strong") makes a run bold
  const Block* cell = find_block(a, "Cả 25 đảng viên");
  REQUIRE(cell);
  REQUIRE(cell->emphasis.size() == 1);
  CHECK(emphasised(*cell, 0) == "Cả 25 đảng viên");
}

TEST_CASE("word: an .odt with the same article reads the same") {
  InputFile f{"archive/bai.odt",
              odt(word_fixture("styled-content.xml"), word_fixture("styled-odt-styles.xml"))};
  check_styled(read_ok(f), false);
}

TEST_CASE("word: a pasted article's header, lead prefix, caption and byline, as in a text file") {
  InputFile f{"archive/dan.docx", docx(word_fixture("pasted-document.xml"))};
  Article a = read_ok(f);
  CHECK(a.topic == "Xây dựng Đảng");
  CHECK(a.title == "Phường 3 nâng cao chất lượng đảng viên trẻ");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-09-20");
  CHECK(a.lead.starts_with("Đảng ủy phường 3 vừa tổng kết"));
  CHECK(a.source.site == "BĐ");
  CHECK(a.author == "Lê Đức");
  const Block* caption = find_block(a, "Đảng viên trẻ phường 3 ra quân");
  REQUIRE(caption);
  CHECK(caption->type == BlockType::Caption);
  CHECK(caption->credit == "LĐ");
  const Block* p = find_block(a, "Theo báo cáo");
  REQUIRE(p);
  REQUIRE(p->emphasis.size() == 1);
  CHECK(emphasised(*p, 0) == "hơn 40 đảng viên trẻ");
  CHECK(p->emphasis[0].italic);
}

TEST_CASE("word: a .docx inside a folder is one article, whatever its name") {
  std::string bytes = docx(word_fixture("pasted-document.xml"));
  for (const char* name : {"a/bai.docx", "a/bai.zip", "a/bai"}) {
    Article a = read_ok(InputFile{name, bytes});
    CHECK(a.title == "Phường 3 nâng cao chất lượng đảng viên trẻ");
  }
}

TEST_CASE("word: a .doc is reported with the advice to save it as .docx") {
  std::string doc("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
  doc += std::string(504, '\0');
  const char stream[] = "W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0";
  doc += std::string(stream, sizeof stream - 1) + std::string(1000, '\0');
  auto r = read_article(InputFile{"a/cu.doc", doc});
  REQUIRE(std::holds_alternative<NotAnArticle>(r));
  CHECK(std::get<NotAnArticle>(r).reason == "a Word 97-2003 document (.doc): save it as .docx");
  CHECK(std::get<NotAnArticle>(r).kind == NotArticleKind::LegacyWord);
  // an old Excel workbook (no WordDocument stream) stays a file that is no text
  std::string xls("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8);
  xls += std::string(2000, '\0');
  auto x = read_article(InputFile{"a/bang.xls", xls});
  REQUIRE(std::holds_alternative<NotAnArticle>(x));
  CHECK(std::get<NotAnArticle>(x).kind == NotArticleKind::Other);
  CHECK(std::get<NotAnArticle>(x).reason.starts_with("not text (old Word/Excel"));
}

TEST_CASE("word: a damaged document is reported, never a crash") {
  std::string good = word_fixture("styled-document.xml");
  struct Case {
    const char* what;
    std::string bytes;
    const char* reason;
  } cases[] = {
      {"no document.xml",
       tt_test::zip_in_memory(
           {{"[Content_Types].xml", "<Types/>"}, {"word/styles.xml", "<w:styles/>"}}),
       "a damaged document (it has no word/document.xml)"},
      {"bad XML", docx("<w:document><w:body><w:p><w:r><w:t>Chữ</w:r></w:p>"),
       "a damaged document (word/document.xml: "},
      {"no body", docx("<w:document/>"), "a damaged document (word/document.xml has no body)"},
      {"no text", docx("<w:document><w:body><w:p/></w:body></w:document>"),
       "a document without text"},
      {"cut short", docx(good).substr(0, 300), "a damaged document ("},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    auto r = read_article(InputFile{"a/hong.docx", c.bytes});
    REQUIRE(std::holds_alternative<NotAnArticle>(r));
    CHECK(std::get<NotAnArticle>(r).reason.starts_with(c.reason));
  }
  // nested too deep, but well formed: the walk stops at kMaxWordDepth
  std::string deep = "<w:document><w:body><w:p>";
  for (int i = 0; i < 300; ++i) deep += "<w:x>";
  for (int i = 0; i < 300; ++i) deep += "</w:x>";
  deep += "</w:p></w:body></w:document>";
  auto r = read_article(InputFile{"a/sau.docx", docx(deep)});
  REQUIRE(std::holds_alternative<NotAnArticle>(r));
  CHECK(std::get<NotAnArticle>(r).reason ==
        "a damaged document (its XML is nested more than 256 deep)");
}

TEST_CASE("word: emphasis in the lead, a Heading and a Caption paragraph survives") {
  auto run = [](const std::string& text, const char* props = "") {
    return std::string("<w:r><w:rPr>") + props + "</w:rPr><w:t xml:space=\"preserve\">" + text +
           "</w:t></w:r>";
  };
  auto para = [](const std::string& runs, const std::string& style = {}) {
    std::string ppr = style.empty() ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
    return "<w:p>" + ppr + runs + "</w:p>";
  };
  std::string body =
      para(run("Xây dựng Đảng")) + para(run("Chi bộ ấp 3 sinh hoạt chuyên đề")) +
      para(run("Thứ Hai, 04/03/2019")) +
      para(run("(BĐ) - Chi bộ ấp 3 vừa tổ chức ") + run("sinh hoạt chuyên đề", "<w:i/>") +
           run(" về đạo đức cách mạng với sự tham dự của đông đảo đảng viên.")) +
      para(run("Việc làm ") + run("cụ thể", "<w:i/>") + run(" của mỗi người"), "Heading2") +
      para(run("Đồng chí Bí thư nhắc mỗi đảng viên nhận một việc cụ thể và báo cáo kết quả hằng "
               "tháng trước chi bộ.")) +
      para(run("Đồng chí ") + run("Nguyễn Văn A", "<w:b/>") + run(" phát biểu tại buổi sinh hoạt"),
           "Caption") +
      para(run("Buổi sinh hoạt kết thúc với nhiều ý kiến đóng góp thiết thực của các đảng viên.")) +
      para(run("Văn Tâm"));
  std::string styles =
      "<w:styles><w:style w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:rPr><w:b/>"
      "</w:rPr></w:style><w:style w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:rPr><w:i/>"
      "</w:rPr></w:style></w:styles>";
  Article a = read_ok(InputFile{
      "a/bai.docx", docx("<w:document><w:body>" + body + "</w:body></w:document>", styles)});
  CHECK(a.lead.starts_with("Chi bộ ấp 3 vừa tổ chức"));
  REQUIRE(a.lead_emphasis.size() == 1);
  CHECK(a.lead.substr(a.lead_emphasis[0].begin,
                      a.lead_emphasis[0].end - a.lead_emphasis[0].begin) == "sinh hoạt chuyên đề");
  CHECK(a.lead_emphasis[0].italic);
  const Block* heading = find_block(a, "Việc làm");
  REQUIRE(heading);
  CHECK(heading->type == BlockType::Heading);
  REQUIRE(heading->emphasis.size() == 1);
  CHECK(emphasised(*heading, 0) == "cụ thể");
  const Block* caption = find_block(a, "Đồng chí Nguyễn Văn A");
  REQUIRE(caption);
  CHECK(caption->type == BlockType::Caption);
  REQUIRE(caption->emphasis.size() == 1);
  CHECK(emphasised(*caption, 0) == "Nguyễn Văn A");
  CHECK((caption->emphasis[0].bold && !caption->emphasis[0].italic));
}
