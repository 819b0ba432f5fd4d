// A JSON-LD breadcrumb that does not parse (article/broken_breadcrumb.h), on made-up blocks
// and a made-up page: its steps' names are still read, and the last gives the topic.
#include "article/broken_breadcrumb.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;
using Names = std::vector<std::string>;

namespace {

// a comma missing after "@id", as a template printed by hand drops it
const std::string kBroken =
    "{\"@context\": \"http://schema.org\", \"@type\": \"BreadcrumbList\", \"itemListElement\": "
    "[{\"@type\": \"ListItem\", \"position\": 1, \"item\": {\"@id\": \"https://bao.vn\", "
    "\"name\": \"Trang chủ\"}}, {\"@type\": \"ListItem\", \"position\": 2, \"item\": {\"@id\": "
    "\"https://bao.vn/doi-song.chn\" \"name\": \"Đời sống\"}}]}";

}  // namespace

TEST_CASE("broken breadcrumb: the steps' names read without the parse") {
  CHECK(breadcrumb_names_in_broken_json(kBroken) == Names{"Trang chủ", "Đời sống"});
  // escapes in a name; a bracket inside a string does not close the list
  CHECK(breadcrumb_names_in_broken_json(
            "{\"@type\": \"BreadcrumbList\" \"itemListElement\": [{\"name\": \"A \\\"B\\\" ]\"}, "
            "{\"name\": \"Thể thao\"}]}") == Names{"A \"B\" ]", "Thể thao"});
  // no breadcrumb, or a list that never closes: nothing
  CHECK(breadcrumb_names_in_broken_json("{\"@type\": \"NewsArticle\" \"name\": \"X\"}").empty());
  CHECK(breadcrumb_names_in_broken_json(
            "{\"@type\": \"BreadcrumbList\", \"itemListElement\": [{\"name\": \"X\"}")
            .empty());
}

TEST_CASE("broken breadcrumb: JSON escapes in a name are decoded, a bad one drops the name") {
  // PHP's json_encode writes Vietnamese as \uXXXX; the block lacks its last '}' (review h1)
  CHECK(breadcrumb_names_in_broken_json(
            "{\"@type\": \"BreadcrumbList\", \"itemListElement\": [{\"@type\": \"ListItem\", "
            "\"name\": \"X\\u00e2y d\\u1ef1ng \\u0110\\u1ea3ng\"]}") == Names{"Xây dựng Đảng"});
  // a surrogate pair, \n and \t
  CHECK(breadcrumb_names_in_broken_json(
            "{\"@type\": \"BreadcrumbList\" \"itemListElement\": [{\"name\": "
            "\"A\\ud83d\\ude00\\tB\\nC\"}]}") == Names{"A\xF0\x9F\x98\x80\tB\nC"});
  // a lone surrogate or a bad escape: the name is dropped, the next one kept
  CHECK(breadcrumb_names_in_broken_json(
            "{\"@type\": \"BreadcrumbList\" \"itemListElement\": [{\"name\": \"A\\ud83d\"}, "
            "{\"name\": \"B\\q\"}, {\"name\": \"Thể thao\"}]}") == Names{"Thể thao"});
}

TEST_CASE("broken breadcrumb: a page's section comes from its broken JSON-LD") {
  std::string html =
      "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
      "<script type=\"application/ld+json\">" +
      kBroken +
      "</script></head><body><div class=\"detail\"><h1>Phường Tân An ra mắt tổ dân phố văn "
      "minh</h1><div class=\"contents\"><p>Sáng 2/7, phường Tân An tổ chức ra mắt mô hình tổ "
      "dân phố văn minh, sạch đẹp với sự tham gia của đông đảo người dân.</p><p>Mô hình giúp "
      "người dân cùng giữ gìn vệ sinh, trật tự và xây dựng nếp sống văn minh đô thị.</p></div>"
      "</div></body></html>";
  Article a = read_ok(InputFile{"trang.html", html});
  CHECK(a.topic == "Đời sống");
}
