// `tuyentap build` on an archive of Word documents (made here from tests/fixtures/word/ with
// `zip`), beside a .doc and a saved page's ad frame: the documents' text and emphasis in both
// books, the others reported with their codes.
#include <catch2/catch.hpp>
#include <string>

#include "cli/book_checks.h"
#include "cli/run.h"

using namespace tt_test;

namespace {

// A .docx at `path` from a fixture's document.xml (and styles.xml when given).
void make_docx(const std::string& path, const std::string& document, const std::string& styles) {
  std::string parts = path + ".parts";
  std::string fx = source_path("tests/fixtures/word/");
  std::string cmd = "mkdir -p '" + parts + "/word' && echo '<Types/>' > '" + parts +
                    "/[Content_Types].xml' && cp '" + fx + document + "' '" + parts +
                    "/word/document.xml'";
  if (!styles.empty()) cmd += " && cp '" + fx + styles + "' '" + parts + "/word/styles.xml'";
  cmd += " && cd '" + parts + "' && zip -qr '" + path + "' . && rm -rf '" + parts + "'";
  REQUIRE(run(cmd).exit_code == 0);
}

}  // namespace

TEST_CASE("Word documents build into both books with their bold and italic") {
  const std::string dir = fresh_dir("word-documents");
  const std::string archive = dir + "/archive";
  run("mkdir -p '" + archive + "/bai-viet_files'");
  make_docx(archive + "/chi-bo-thon-dong.docx", "styled-document.xml", "styled-styles.xml");
  make_docx(archive + "/phuong-3.docx", "pasted-document.xml", "");
  // a Word 97-2003 file: the OLE2 magic and Word's stream name
  run("printf '\\320\\317\\021\\340\\241\\261\\032\\341' > '" + archive + "/cu.doc' && " +
      "head -c 504 /dev/zero >> '" + archive + "/cu.doc' && printf 'W\\0o\\0r\\0d\\0D\\0o\\0c" +
      "\\0u\\0m\\0e\\0n\\0t\\0' >> '" + archive + "/cu.doc'");
  // an ad frame a browser saved beside a page
  run("printf '<html><head><title>Quảng cáo</title></head><body><p>Mua ngay hôm nay, giảm giá "
      "lớn cho mọi khách hàng trong tháng này.</p></body></html>' > '" +
      archive + "/bai-viet_files/ads.htm'");

  // scan: the .doc is an article that could not be read (exit 1), the ad frame is not
  RunResult scan = run(tuyentap() + " scan --json '" + archive + "'");
  INFO(scan.out);
  CHECK(scan.exit_code == 1);
  CHECK(scan.out.find("\"code\": \"legacy-word\"") != std::string::npos);
  CHECK(scan.out.find("\"code\": \"page-resource\"") != std::string::npos);
  CHECK(scan.out.find("\"title\": \"Chi bộ thôn Đông đổi mới nội dung sinh hoạt\"") !=
        std::string::npos);
  run("mv '" + archive + "/cu.doc' '" + dir + "/'");
  CHECK(run(tuyentap() + " scan '" + archive + "'").exit_code == 0);
  run("mv '" + dir + "/cu.doc' '" + archive + "/'");

  RunResult r = run("cd '" + dir + "' && SOURCE_DATE_EPOCH=1577836800 " + tuyentap() + " build '" +
                    archive + "' --year 2019 --by none --title 'Văn bản Word' " + "--output .");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const std::string epub = dir + "/van-ban-word.epub", pdf = dir + "/van-ban-word.pdf";
  const std::string report = slurp(dir + "/report.json");
  CHECK(report.find("\"code\": \"legacy-word\"") != std::string::npos);
  CHECK(report.find("save it as .docx") != std::string::npos);
  CHECK(report.find("\"code\": \"page-resource\"") != std::string::npos);
  CHECK(slurp(dir + "/report.txt").find("hãy lưu lại dưới dạng .docx") != std::string::npos);
  auto expected = included_articles({archive}, report);
  CHECK(expected.size() == 2);

  CHECK(epubcheck_problems({epub}) == "");
  CHECK(first_missing_in_order(epub_text(epub), expected, false) == "");
  std::string xhtml = run("unzip -p '" + epub + "' '*.xhtml'").out;
  CHECK(xhtml.find("<strong>mỗi kỳ sinh hoạt phải giải quyết một việc</strong>") !=
        std::string::npos);
  CHECK(xhtml.find("<em>ngọn đèn</em>") != std::string::npos);
  CHECK(xhtml.find("<em>hơn 40 đảng viên trẻ</em>") != std::string::npos);
  CHECK(xhtml.find("<h3>Sinh hoạt chuyên đề gắn với việc làm</h3>") != std::string::npos);

  CHECK(pdf_problems(pdf) == "");
  std::string pdf_words = pdf_body_text(pdf, running_heads(report, "Văn bản Word"));
  CHECK(first_missing_in_order(pdf_words, expected, true) == "");
}
