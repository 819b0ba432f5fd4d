// The bounds on what one page may hold (issue 12): an HTML page of more elements than
// kMaxHtmlElements, or a text of more lines than kMaxTextLines, is refused with its reason
// before it is parsed; a page at the bound is read as before.
#include <catch2/catch.hpp>
#include <string>

#include "article/html_document.h"
#include "article/reader.h"
#include "article/text_prepare.h"

using namespace tuyentap;

namespace {

const std::string kHead =
    "Xây dựng Đảng\nChi bộ ấp 3 sinh hoạt chuyên đề\nThứ Hai, 28/01/2019 | 15:27\n"
    "Chi bộ ấp 3 vừa tổ chức sinh hoạt chuyên đề về đạo đức cách mạng.\n";

// A saved page of `elements` start tags in all: <html>, <body>, <h1>, then <p>s.
std::string html_page(std::size_t elements) {
  std::string s = "<html><body><h1>Chi bộ ấp 3 sinh hoạt chuyên đề</h1>";
  for (std::size_t i = 3; i < elements; ++i) s += "<p>Tin</p>";
  return s + "</body></html>";
}

std::string reason(const std::variant<Article, NotAnArticle>& r) {
  auto* n = std::get_if<NotAnArticle>(&r);
  return n ? n->reason : "";
}

}  // namespace

TEST_CASE("an HTML page of more elements than the bound is refused with its reason") {
  const std::string refused =
      "could not be read: an HTML page of more than 100000 elements (an article never has "
      "this many; split it)";
  REQUIRE(kMaxHtmlElements == 100000);
  CHECK(reason(read_article(InputFile{"a.html", html_page(kMaxHtmlElements + 1)})) == refused);
  CHECK(reason(read_article(InputFile{"a.html", html_page(kMaxHtmlElements)})) != refused);
}

TEST_CASE("a text of more lines than the bound is refused with its reason") {
  const std::string refused =
      "could not be read: a text of more than 1000000 lines (an article never has this many; "
      "split it)";
  REQUIRE(kMaxTextLines == 1000000);
  // kHead is 4 lines and the text after its last line end one more.
  const std::string over = kHead + std::string(kMaxTextLines - 4, '\n');
  const std::string at = kHead + std::string(kMaxTextLines - 5, '\n');
  CHECK(reason(read_article(InputFile{"a.txt", over})) == refused);
  CHECK(std::holds_alternative<Article>(read_article(InputFile{"a.txt", at})));
  // CR and CRLF end lines as LF does, a CRLF once.
  std::string crlf = kHead;
  for (std::size_t i = 5; i < kMaxTextLines; i += 2) crlf += "\r\n\r";
  CHECK(reason(read_article(InputFile{"a.txt", crlf})) == refused);
}
