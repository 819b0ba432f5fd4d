// What a reader who listens rather than looks gets (issue 13): every epub:type paired with its
// DPUB-ARIA role, and headings that follow the book's outline.
#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "epub/epub.h"
#include "epub_fixtures.h"

using namespace tuyentap;
using namespace epub_test;

namespace {

// DPUB-ARIA 1.0's roles for the EPUB types, as Ace's rule epub-type-has-matching-role reads
// them (written out here on its own, not taken from the writer's table).
const std::map<std::string, std::string> kRoleOf = {{"chapter", "doc-chapter"},
                                                    {"part", "doc-part"},
                                                    {"toc", "doc-toc"},
                                                    {"preface", "doc-preface"},
                                                    {"glossary", "doc-glossary"},
                                                    {"appendix", "doc-appendix"},
                                                    {"cover", "doc-cover"},
                                                    {"pagebreak", "doc-pagebreak"},
                                                    {"page-list", "doc-pagelist"},
                                                    {"introduction", "doc-introduction"},
                                                    {"epilogue", "doc-epilogue"},
                                                    {"footnote", "doc-footnote"},
                                                    {"endnotes", "doc-endnotes"},
                                                    {"index", "doc-index"}};

bool is_page(const std::string& name) {
  return name.size() > 6 && name.compare(name.size() - 6, 6, ".xhtml") == 0;
}

}  // namespace

TEST_CASE("every epub:type that DPUB-ARIA knows carries its role, on every page") {
  Book book = small_book();
  for (bool with_cover : {false, true}) {
    EpubOptions opts;
    Presentation shown = present(book, with_cover ? tiny_png_cover() : nullptr);
    Unzipped z = unzip(write_epub(shown, default_assets(), opts).bytes);
    int typed = 0;
    for (const auto& [name, bytes] : z.files) {
      if (!is_page(name)) continue;
      pugi::xml_document doc;
      parse(doc, bytes);
      for (const pugi::xpath_node& x : doc.select_nodes("//*[@epub:type]")) {
        pugi::xml_node n = x.node();
        std::string type = n.attribute("epub:type").value();
        // The landmarks list names parts of the book by type; its links are not those parts.
        if (std::string(n.name()) == "a" &&
            std::string(n.parent().parent().parent().attribute("epub:type").value()) == "landmarks")
          continue;
        INFO(name << ": <" << n.name() << " epub:type=\"" << type << "\">");
        auto it = kRoleOf.find(type);
        if (it != kRoleOf.end()) {
          CHECK(std::string(n.attribute("role").value()) == it->second);
          ++typed;
        }
        // doc-cover is an image's role: a page or section must not claim it.
        if (type == "cover") CHECK(std::string(n.name()) == "img");
      }
    }
    CHECK(typed > 5);
  }
}

TEST_CASE("headings follow the outline: one h1 a book-level page, articles h2, subheadings h3") {
  Unzipped z = unzip(write_epub(present(small_book()), default_assets()).bytes);
  int articles = 0, chapters = 0;
  for (const auto& [name, bytes] : z.files) {
    if (!is_page(name) || name == "OEBPS/nav.xhtml") continue;
    pugi::xml_document doc;
    parse(doc, bytes);
    INFO(name);
    size_t h1 = doc.select_nodes("//*[local-name()='h1']").size();
    if (name.find("OEBPS/a0") == 0) {
      ++articles;
      CHECK(h1 == 0);
      CHECK(doc.select_nodes("//*[local-name()='h2']").size() == 1);
    } else if (name.find("cover") != std::string::npos) {
      CHECK(h1 == 0);  // the cover does not compete with the title page's heading
    } else {
      CHECK(h1 == 1);
    }
    pugi::xml_node part = doc.select_node("//*[@epub:type='part']").node();
    if (part) {
      ++chapters;
      // "Chương I" is inside the heading, so a screen reader's heading list names it.
      std::string heading = all_text(part.select_node("*[local-name()='h1']").node());
      CHECK(heading.rfind("Chương ", 0) == 0);
    }
  }
  CHECK(articles > 0);
  CHECK(chapters > 0);
  // A subheading inside an article is one level under the article's title.
  pugi::xml_document first;
  parse(first, z.files["OEBPS/a00001.xhtml"]);
  CHECK(first.select_nodes("//*[local-name()='h3']").size() >= 1);
}
