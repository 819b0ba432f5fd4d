// The EPUB's page list follows the PDF made in the same build (issue 13): one label for
// each of the PDF's pages, the same labels a viewer shows (qpdf's reading of /PageLabels),
// and each marker standing where that page's text starts (pdftotext of the page); an
// EPUB-only build claims no page numbers at all.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>

#include "cli/book_checks.h"
#include "cli/run.h"

using namespace tt_test;

namespace {

std::string roman(int n) {
  static const std::pair<int, const char*> digits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (auto [value, text] : digits)
    for (; n >= value; n -= value) out += text;
  return out;
}

// Each page's label as qpdf reads the PDF's /PageLabels.
std::vector<std::string> pdf_labels(const std::string& pdf) {
  RunResult r = run("qpdf --json --json-key=pages '" + pdf + "'");
  REQUIRE(r.exit_code == 0);
  std::vector<std::string> labels;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  for (const auto& page : doc.at("pages")) {
    const auto& l = page.at("label");
    int n = l.value("/St", 1);
    std::string style = l.value("/S", "");
    labels.push_back(style == "/r" ? roman(n) : style == "/D" ? std::to_string(n) : "");
  }
  return labels;
}

struct Entry {
  std::string file, id, label;
};

// The page-list nav of an EPUB's navigation document, in order.
std::vector<Entry> page_list(const std::string& epub) {
  std::string nav = run("unzip -p '" + epub + "' OEBPS/nav.xhtml").out;
  std::size_t at = nav.find("epub:type=\"page-list\"");
  if (at == std::string::npos) return {};
  nav = nav.substr(at, nav.find("</nav>", at) - at);
  std::vector<Entry> out;
  std::regex a("<a href=\"([^\"#]+)#([^\"]+)\">([^<]*)</a>");
  for (std::sregex_iterator i(nav.begin(), nav.end(), a), end; i != end; ++i)
    out.push_back({(*i)[1], (*i)[2], (*i)[3]});
  return out;
}

// The first `n` words of `text` (white space folded).
std::string first_words(const std::string& text, int n) {
  std::string folded = fold_ws(text), out;
  std::size_t at = 0;
  for (int i = 0; i < n && at < folded.size(); ++i) {
    std::size_t end = folded.find(' ', at);
    if (end == std::string::npos) end = folded.size();
    out += (out.empty() ? "" : " ") + folded.substr(at, end - at);
    at = end + 1;
  }
  return out;
}

// The text of an EPUB file after the element with id `id`, tags removed.
std::string text_after(const std::string& epub, const std::string& file, const std::string& id) {
  std::string xhtml = run("unzip -p '" + epub + "' 'OEBPS/" + file + "'").out;
  std::size_t at = xhtml.find("id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  at = xhtml.find('>', at) + 1;
  return std::regex_replace(xhtml.substr(at, 4000), std::regex("<[^>]*>"), " ");
}

// Builds both books of a generated year in `style`; returns the output folder.
std::string build(const std::string& name, const std::string& style, const std::string& formats) {
  std::string dir = fresh_dir(name);
  RunResult g = run(std::string("'") + TUYENTAP_GEN_CORPUS + "' --out '" + dir +
                    "/archive' --articles 40 --from 2019-01-01 --to 2019-12-31 --seed 3");
  REQUIRE(g.exit_code == 0);
  RunResult r = run(tuyentap() + " build '" + dir + "/archive' --year 2019 --by month --style " +
                    style + " --format " + formats + " --output '" + dir + "'");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  return dir;
}

}  // namespace

TEST_CASE("the EPUB's page list is the PDF's pages, each marker where its page starts") {
  for (const char* style : {"book", "official"}) {
    INFO("style " << style);
    std::string dir = build(std::string("page-list-") + style, style, "epub,pdf");
    std::string epub = dir + "/tuyen-tap-2019.epub", pdf = dir + "/tuyen-tap-2019.pdf";
    std::vector<std::string> labels = pdf_labels(pdf);
    std::vector<Entry> list = page_list(epub);
    std::vector<std::string> listed;
    for (const Entry& e : list) listed.push_back(e.label);
    REQUIRE(labels.size() > 20);
    CHECK(listed == labels);

    // The pages that start in an article: the words after the marker start the page.
    int checked = 0;
    for (std::size_t i = 0; i < list.size() && checked < 8; ++i) {
      if (list[i].file[0] != 'a' || i % 3 != 0) continue;
      std::string p = std::to_string(i + 1);
      // -raw: drawing order, where the page's text comes before its running head and folio
      std::string page =
          run("pdftotext -f " + p + " -l " + p + " -raw -enc UTF-8 '" + pdf + "' -").out;
      INFO("page " << p << " (" << list[i].label << ") in " << list[i].file);
      CHECK(first_words(text_after(epub, list[i].file, list[i].id), 3) == first_words(page, 3));
      ++checked;
    }
    CHECK(checked >= 4);
    CHECK(epubcheck_problems({epub}).empty());
    std::string opf = run("unzip -p '" + epub + "' OEBPS/content.opf").out;
    CHECK(opf.find(">pageBreakMarkers<") != std::string::npos);
    CHECK(opf.find(">pageNavigation<") != std::string::npos);
    CHECK(opf.find(">tuyen-tap-2019.pdf (" + std::string(style) + ")</dc:source>") !=
          std::string::npos);
  }
}

TEST_CASE("an EPUB built alone claims no page numbers") {
  std::string dir = build("page-list-epub-only", "book", "epub");
  std::string epub = dir + "/tuyen-tap-2019.epub";
  CHECK(page_list(epub).empty());
  CHECK(run("unzip -p '" + epub + "' 'OEBPS/*.xhtml'").out.find("pagebreak") == std::string::npos);
  std::string opf = run("unzip -p '" + epub + "' OEBPS/content.opf").out;
  CHECK(opf.find("pageBreakMarkers") == std::string::npos);
  CHECK(opf.find("dc:source") == std::string::npos);
}

TEST_CASE("with a booklet, the page list is the book's pages, not the sheets'") {
  std::string dir = fresh_dir("page-list-booklet");
  auto demo = [&](const std::string& args, const std::string& out) {
    RunResult r = run(tuyentap() + " build '" + source_path("examples/archive") + "' --spec '" +
                      source_path("examples/book.toml") + "' " + args + " --output '" + out + "'");
    INFO(r.out);
    REQUIRE(r.exit_code == 0);
  };
  demo("--format epub --impose booklet", dir + "/booklet");  // no PDF: the booklet's pages
  demo("--format pdf --style pocket", dir + "/pocket");      // the pocket book it is made of
  std::vector<std::string> listed;
  for (const Entry& e : page_list(dir + "/booklet/tuyen-tap-2019.epub")) listed.push_back(e.label);
  std::vector<std::string> book = pdf_labels(dir + "/pocket/tuyen-tap-2019.pdf");
  CHECK(listed == book);
  CHECK(book.size() > 2 * pdf_labels(dir + "/booklet/tuyen-tap-2019-booklet.pdf").size() - 4);
  CHECK(run("unzip -p '" + dir + "/booklet/tuyen-tap-2019.epub' OEBPS/content.opf")
            .out.find(">tuyen-tap-2019-booklet.pdf (pocket)</dc:source>") != std::string::npos);
}
