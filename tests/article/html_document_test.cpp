// The deep-nesting check of html_document.h: what it counts as depth, and what it skips.
#include "article/html_document.h"

#include <catch2/catch.hpp>
#include <string>

using namespace tuyentap;

namespace {

std::string nested_divs(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += "<div>";
  s += "deep";
  for (int i = 0; i < n; ++i) s += "</div>";
  return s;
}

}  // namespace

TEST_CASE("html document: the tags inside a script or style are no depth, up to its end tag") {
  // Opening tags written in a script's strings and comparisons, more than the limit of them.
  std::string fake;
  for (int i = 0; i < kMaxHtmlNesting + 50; ++i) fake += "s += '<div>'; if (a < b) n++;\n";
  SECTION("a shallow page whose script writes many <div>s is not flattened") {
    HtmlDocument doc("<html><body><script>" + fake + "</script><style>p < b {}</style><p>x</p>");
    CHECK_FALSE(doc.flattened());
  }
  SECTION("the end tag in capitals ends the script") {
    HtmlDocument doc("<body><script>if (a < b) x = '<';</SCRIPT>" +
                     nested_divs(kMaxHtmlNesting + 5));
    CHECK(doc.flattened());
  }
  SECTION("a script opened in capitals ends at its end tag, in either case") {
    // <SCRIPT> … </SCRIPT> as pages of the 2000s wrote it: its end tag must be found, or
    // every element after it goes uncounted and unflattened.
    for (std::string close : {"</SCRIPT>", "</script>", "</Script>"}) {
      HtmlDocument doc("<BODY><SCRIPT>if (a < b) x = 1;" + close +
                       nested_divs(kMaxHtmlNesting + 5));
      CHECK(doc.flattened());
    }
  }
  SECTION("elements nested too deep after a script are still found") {
    HtmlDocument doc("<body><script>if (a < b) c = '</scrip';</script>" +
                     nested_divs(kMaxHtmlNesting + 5));
    CHECK(doc.flattened());
  }
  SECTION("a script never closed hides what follows") {
    HtmlDocument doc("<body><script>" + fake);
    CHECK_FALSE(doc.flattened());
  }
}
