// The tagged PDF (issue 13, docs/tagged-pdf.md), read as an assistive technology would: the
// structure's text (poppler's pdfinfo -struct-text) gives every article's text in order,
// under its chapter; furniture stays out of it; links and photos are tagged as PDF/UA asks.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <vector>

#include "article/caption_note.h"
#include "base/picture.h"
#include "layout/booklet.h"
#include "layout/gen.h"
#include "layout/layout.h"
#include "load/load.h"
#include "pdf/pdf.h"
#include "pdf/pdf_test_support.h"
#include "text/dashes.h"
#include "text/normalize.h"
#include "tiny_png.h"

using namespace tuyentap;
using namespace tuyentap::test;
using nlohmann::json;

namespace {

// One line of `pdfinfo -struct-text`: an element ("P (block)" → "P") or a text (unquoted).
struct StructLine {
  std::size_t depth = 0;
  std::string type;  // empty for a text
  std::string text;
};

std::vector<StructLine> struct_text(const std::string& pdf_path) {
  CommandResult r = run_command("pdfinfo -struct-text " + pdf_path);
  REQUIRE(r.exit_code == 0);
  std::vector<StructLine> out;
  std::size_t at = 0;
  while (at < r.output.size()) {
    std::size_t end = r.output.find('\n', at);
    if (end == std::string::npos) end = r.output.size();
    std::string line = r.output.substr(at, end - at);
    at = end + 1;
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string::npos) continue;
    StructLine l;
    l.depth = indent / 2;
    if (line[indent] == '"') {
      l.text = line.substr(indent + 1, line.size() - indent - 2);
    } else {
      l.type = line.substr(indent, line.find(' ', indent) - indent);
    }
    out.push_back(l);
  }
  return out;
}

// The text of every element of `type` in an element of type `parent` (at depth 0, 1, …),
// its texts joined by spaces and folded.
std::vector<std::string> texts_of(const std::vector<StructLine>& lines, const std::string& type,
                                  const std::vector<std::string>& parents) {
  std::vector<std::string> out, path;  // path: the open elements' types
  const std::size_t depth = parents.size();
  bool inside = false;
  for (const StructLine& l : lines) {
    if (!l.type.empty()) {
      path.resize(l.depth);
      path.push_back(l.type);
    }
    if (!l.type.empty() && l.depth <= depth) {
      inside = l.depth == depth && std::equal(parents.begin(), parents.end(), path.begin()) &&
               l.type == type;
      if (inside) out.emplace_back();
    } else if (inside && l.type.empty()) {
      out.back() += " " + l.text;
    }
  }
  for (std::string& s : out) s = fold_space(s);
  return out;
}

// What an article's section says, as the book prints it: title, meta line, lead, blocks
// (captions as caption_role sets them), source line.
std::string printed_article(const ArticleView& v) {
  const Article& a = *v.article;
  std::string out = v.title + " " + meta_line(v) + " " + a.lead;
  for (const Block& b : a.blocks) {
    if (b.type != BlockType::Caption) {
      out += " " + b.text;
      continue;
    }
    switch (caption_role(a, b, v.captions_without_photo)) {
      case CaptionRole::Figure:
      case CaptionRole::Body:
        out += " " + caption_text(b);
        break;
      case CaptionRole::Note:
        out += " " + caption_note(b);
        break;
      case CaptionRole::Drop:
        break;
    }
  }
  return fold_space(range_dashes(out + " " + source_line(v)));
}

// A generated book (three chapters, captions without photos as notes, one photo with its
// caption) laid out in a style and written as a PDF in a scratch folder.
struct Tagged {
  Book book;
  Presentation shown;
  PrintStyle style;
  LaidOutBook laid;
  Scratch tmp;
  std::string path;
};

Tagged& tagged(const std::string& style) {
  static std::map<std::string, Tagged> cache;
  auto it = cache.find(style);
  if (it != cache.end()) return it->second;
  Tagged& t = cache[style];
  t.book = testgen::book(3, 3, 7);
  Block& photo = t.book.chapters[1].articles[0].blocks.emplace_back();
  photo.type = BlockType::Caption;
  photo.text = "Quang cảnh hội nghị";
  photo.photo.picture = tiny_png("photo.png");
  t.shown = present(t.book);
  t.style = load_print_style(style);
  t.laid = layout_book(t.shown, t.style, 1546300800).book;
  t.path = t.tmp.path("book.pdf");
  write_file(t.path, write_pdf(t.laid));
  return t;
}

json qpdf_objects(const std::string& path) {
  CommandResult r = run_command("qpdf --json=2 --json-key=qpdf " + path);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.output)["qpdf"][1];
}

}  // namespace

TEST_CASE("tagged: the structure reads every article back in order, under its chapter") {
  for (const char* style : {"official", "book"}) {
    INFO(style);
    Tagged& t = tagged(style);
    CHECK(run_command("pdfinfo " + t.path).output.find("Tagged:          yes") !=
          std::string::npos);
    const std::vector<StructLine> lines = struct_text(t.path);
    // Document → Part (a chapter) → Sect (an article)
    std::vector<std::string> articles = texts_of(lines, "Sect", {"Document", "Part"});
    REQUIRE(articles.size() == t.shown.articles.size());
    for (std::size_t i = 0; i < articles.size(); ++i) {
      INFO(i);
      CHECK(articles[i] == printed_article(t.shown.articles[i]));
    }
    std::vector<std::string> chapter_titles = texts_of(lines, "H1", {"Document", "Part"});
    REQUIRE(chapter_titles.size() == t.shown.chapters.size());
    for (std::size_t c = 0; c < chapter_titles.size(); ++c) {
      const ChapterView& ch = t.shown.chapters[c];
      std::string title = t.style.chapter_title_caps ? to_upper_vi(ch.title) : ch.title;
      CHECK(chapter_titles[c] == fold_space(ch.number + " " + title));
    }
    // Article titles are H2, subheadings H3, directly in their article.
    CHECK(texts_of(lines, "H2", {"Document", "Part", "Sect"}).size() == t.shown.articles.size());
    CHECK(!texts_of(lines, "H3", {"Document", "Part", "Sect"}).empty());
  }
}

TEST_CASE("tagged: page furniture is an artifact, not text of the structure") {
  Tagged& t = tagged("book");  // running heads and page numbers on every body page
  std::string all;
  for (const StructLine& l : struct_text(t.path)) all += l.text + "\n";
  // A running head repeats the chapter's title on every right-hand page: in the structure
  // it is only the chapter's heading and the contents line (and the bookmarks, not here).
  const std::string& title = t.shown.chapters[0].title;
  std::size_t count = 0;
  for (std::size_t at = all.find(title); at != std::string::npos; at = all.find(title, at + 1))
    ++count;
  CHECK(count <= 2);
  // The dot leaders of the contents are artifacts: no text of the structure holds them.
  CHECK(all.find(". . .") == std::string::npos);
  CHECK(all.find("...") == std::string::npos);
}

TEST_CASE("tagged: contents lines are Links with their annotations, photos Figures with Alt") {
  Tagged& t = tagged("official");
  CommandResult tree = run_command("pdfinfo -struct " + t.path);
  REQUIRE(tree.exit_code == 0);
  json objects = qpdf_objects(t.path);
  std::size_t annotations = 0, tabbed = 0, pages_with_annots = 0;
  bool marked = false, root = false;
  std::string alt;
  for (auto& [key, value] : objects.items()) {
    if (!value.contains("value") || !value["value"].is_object()) continue;
    const json& d = value["value"];
    if (d.value("/Subtype", "") == "/Link") {
      ++annotations;
      CHECK(d.contains("/StructParent"));
      CHECK(d.value("/F", 0) == 4);  // printed (PDF/A)
    }
    if (d.value("/Type", "") == "/Page" && d.contains("/Annots")) {
      ++pages_with_annots;
      tabbed += d.value("/Tabs", "") == "/S" ? 1 : 0;
    }
    if (d.value("/Type", "") == "/Catalog") {
      marked = d.contains("/MarkInfo") && d["/MarkInfo"].value("/Marked", false);
      root = d.contains("/StructTreeRoot");
    }
    if (d.value("/S", "") == "/Figure") alt = d.value("/Alt", "");
  }
  CHECK(marked);
  CHECK(root);
  CHECK(annotations > 0);
  CHECK(tabbed == pages_with_annots);
  // Every annotation is an OBJR kid of a Link element ("Object N 0" under "Link").
  std::regex objr("\\n +Object [0-9]+ 0\\n");
  CHECK(static_cast<std::size_t>(
            std::distance(std::sregex_iterator(tree.output.begin(), tree.output.end(), objr),
                          std::sregex_iterator())) == annotations);
  CHECK(alt == "u:Quang cảnh hội nghị");  // the caption, as qpdf shows a text string
}

TEST_CASE("tagged: a booklet's print sheets are valid and untagged") {
  Tagged& t = tagged("book");
  LaidOutBook sheets = impose_booklet(t.laid, {});
  REQUIRE(sheets.structure.empty());
  std::string path = t.tmp.path("booklet.pdf");
  write_file(path, write_pdf(sheets));
  CHECK(run_command("pdfinfo " + path).output.find("Tagged:          no") != std::string::npos);
  CommandResult check = run_command("qpdf --check " + path);
  CHECK(check.exit_code == 0);
}
