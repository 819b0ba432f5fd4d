// The PDF writer, checked with the tools a user would reach for: qpdf, pdffonts,
// pdftotext, pdfinfo, and PoDoFo's own parser for bookmarks, links and labels.
#include "pdf/pdf.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <regex>
#include <sstream>

#include "base/error.h"
#include "pdf/pdf_test_support.h"
#include "pdf/sample_book.h"

using namespace tuyentap;
using namespace tuyentap::test;

namespace {

// The sample book, written once per test binary (shaping and writing are not free).
const std::string& sample_pdf() {
  PoDoFo::PdfError::EnableDebug(false);  // PoDoFo's parser prints trailers otherwise
  PoDoFo::PdfError::EnableLogging(false);
  static const std::string bytes = write_pdf(sample_book().book);
  return bytes;
}

std::string page_text(const std::string& file, int page) {
  CommandResult r = run_command("pdftotext -enc UTF-8 -f " + std::to_string(page) + " -l " +
                                std::to_string(page) + " " + file + " -");
  REQUIRE(r.exit_code == 0);
  return fold_space(r.output);
}

// Page index of every page object, from PoDoFo's reading of the file.
std::map<std::string, int> page_indices(PoDoFo::PdfMemDocument& doc) {
  std::map<std::string, int> out;
  for (int i = 0; i < doc.GetPageCount(); ++i)
    out[doc.GetPage(i)->GetObject()->Reference().ToString()] = i;
  return out;
}

struct Target {
  std::string title;
  int page;
  double top;
};

Target read_dest(PoDoFo::PdfMemDocument& doc, const PoDoFo::PdfObject* dest_holder,
                 const std::map<std::string, int>& pages) {
  const PoDoFo::PdfArray& dest = dest_holder->GetDictionary().GetKey("Dest")->GetArray();
  Target t;
  auto it = pages.find(dest[0].GetReference().ToString());
  t.page = it == pages.end() ? -1 : it->second;
  REQUIRE(dest[1].GetName().GetName() == "XYZ");
  t.top = dest[3].GetReal();
  (void)doc;
  return t;
}

void walk_outline(PoDoFo::PdfMemDocument& doc, PoDoFo::PdfObject* item, int depth,
                  const std::map<std::string, int>& pages, std::vector<std::string>& out) {
  for (; item; item = item->GetIndirectKey("Next")) {
    Target t = read_dest(doc, item, pages);
    out.push_back(std::string(static_cast<std::size_t>(depth) * 2, ' ') +
                  item->GetIndirectKey("Title")->GetString().GetStringUtf8() + " → " +
                  std::to_string(t.page));
    walk_outline(doc, item->GetIndirectKey("First"), depth + 1, pages, out);
  }
}

std::string trailer_id(const std::string& pdf) {
  std::smatch m;
  std::string tail = pdf.substr(pdf.rfind("trailer"));
  REQUIRE(std::regex_search(tail, m, std::regex("/ID ?\\[ ?<([0-9A-Fa-f]+)> ?<([0-9A-Fa-f]+)>")));
  return m[1].str() + m[2].str();
}

}  // namespace

TEST_CASE("the PDF passes qpdf --check") {
  Scratch tmp;
  write_file(tmp.path("book.pdf"), sample_pdf());
  CommandResult r = run_command("qpdf --check " + tmp.path("book.pdf"));
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("No syntax or stream encoding errors found") != std::string::npos);
}

TEST_CASE("every font is an embedded CID TrueType subset with a Unicode map") {
  Scratch tmp;
  write_file(tmp.path("book.pdf"), sample_pdf());
  CommandResult r = run_command("pdffonts " + tmp.path("book.pdf"));
  REQUIRE(r.exit_code == 0);
  INFO(r.output);
  std::istringstream lines(r.output);
  std::string line;
  int fonts = 0;
  std::set<std::string> names;
  while (std::getline(lines, line)) {
    if (line.find("+NotoSerif-Regular") == std::string::npos &&
        line.find("+LiberationSerif-Regular") == std::string::npos)
      continue;
    ++fonts;
    names.insert(line.substr(0, line.find(' ')));
    CHECK(std::regex_match(line.substr(0, 7), std::regex("[A-Z]{6}\\+")));
    CHECK(line.find("CID TrueType") != std::string::npos);
    CHECK(line.find("Identity-H") != std::string::npos);
    CHECK(std::regex_search(line, std::regex("yes +yes +yes")));  // emb sub uni
  }
  CHECK(fonts == 2);
  CHECK(names.size() == 2);
}

TEST_CASE("pdftotext gives back each page's Vietnamese text exactly") {
  Scratch tmp;
  write_file(tmp.path("book.pdf"), sample_pdf());
  SampleBook s = sample_book();
  for (int p = 0; p < 4; ++p) {
    INFO("page " << p + 1);
    CHECK(page_text(tmp.path("book.pdf"), p + 1) == s.page_text[static_cast<std::size_t>(p)]);
  }
  // The stacked diacritics survive (each in the expected text above as well).
  std::string all;
  for (int p = 1; p <= 4; ++p) all += page_text(tmp.path("book.pdf"), p);
  for (const char* mark : {"ẫ", "ặ", "ể", "ổ", "ỡ", "ự", "Ỹ", "Ữ", "Ổ"})
    CHECK(all.find(mark) != std::string::npos);
}

TEST_CASE("justified words land where layout put them") {
  // Layout stretches spaces to justify: the writer must move the following words by
  // exactly that much (TJ adjustments), or lines come out ragged or overlapping.
  LaidOutBook b;
  b.fonts = {test_font("LiberationSerif-Regular.ttf", "LiberationSerif-Regular")};
  TextRun run =
      shape_run("LiberationSerif-Regular.ttf", 0, 13, 90, 100, "Đảng bộ huyện lãnh đạo toàn diện");
  std::vector<float> word_x = {90};
  float pen = 90;
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    Glyph& g = run.glyphs[i];
    const bool space = glyph_text(run, i) == " ";
    if (space) g.advance += 7.25f;
    pen += g.advance;
    if (space) word_x.push_back(pen);
  }
  b.pages.resize(1);
  b.pages[0].runs.push_back(run);
  Scratch tmp;
  write_file(tmp.path("j.pdf"), write_pdf(b));
  CommandResult r = run_command("pdftotext -bbox " + tmp.path("j.pdf") + " -");
  REQUIRE(r.exit_code == 0);
  std::regex word_re("<word xMin=\"([0-9.]+)\"");
  std::vector<double> got;
  for (auto it = std::sregex_iterator(r.output.begin(), r.output.end(), word_re);
       it != std::sregex_iterator(); ++it)
    got.push_back(std::stod((*it)[1].str()));
  REQUIRE(got.size() == word_x.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO("word " << i);
    CHECK(got[i] == Approx(word_x[i]).margin(0.05));
  }
}

TEST_CASE("bookmarks nest chapters over articles and point at the right pages") {
  PoDoFo::PdfMemDocument doc;
  doc.LoadFromBuffer(sample_pdf().data(), static_cast<long>(sample_pdf().size()));
  auto pages = page_indices(doc);
  PoDoFo::PdfObject* outlines = doc.GetCatalog()->GetIndirectKey("Outlines");
  REQUIRE(outlines);
  std::vector<std::string> tree;
  walk_outline(doc, outlines->GetIndirectKey("First"), 0, pages, tree);
  std::vector<std::string> want = {
      "Chương I. Đổi mới phương thức lãnh đạo → 1",
      "  Bài 1. Nghị quyết đến từng chi bộ → 1",
      "  Bài 2. Học tập và làm theo tấm gương đạo đức → 2",
      "Chương II. Củng cố tổ chức cơ sở Đảng → 3",
      "  Bài 3. Huyện Mỹ Xuyên → 3",
  };
  CHECK(tree == want);
  CHECK(doc.GetCatalog()->GetIndirectKey("PageMode")->GetName().GetName() == "UseOutlines");
}

TEST_CASE("contents links jump to their chapters without border or date") {
  PoDoFo::PdfMemDocument doc;
  doc.LoadFromBuffer(sample_pdf().data(), static_cast<long>(sample_pdf().size()));
  auto pages = page_indices(doc);
  PoDoFo::PdfObject* annots = doc.GetPage(0)->GetObject()->GetIndirectKey("Annots");
  REQUIRE(annots);
  const PoDoFo::PdfArray& refs = annots->GetArray();
  REQUIRE(refs.size() == 2);
  std::vector<int> targets;
  for (const auto& ref : refs) {
    PoDoFo::PdfObject* a = doc.GetObjects().GetObject(ref.GetReference());
    CHECK(a->GetIndirectKey("Subtype")->GetName().GetName() == "Link");
    CHECK_FALSE(a->GetDictionary().HasKey("M"));
    const PoDoFo::PdfArray& border = a->GetIndirectKey("Border")->GetArray();
    CHECK(border.size() == 3);
    CHECK(border[2].GetNumber() == 0);
    Target t = read_dest(doc, a, pages);
    CHECK(t.top == Approx(841.89 - 72).margin(1));
    targets.push_back(t.page);
  }
  CHECK(targets == std::vector<int>{1, 3});
}

TEST_CASE("page labels: roman front matter then arabic from 1") {
  PoDoFo::PdfMemDocument doc;
  doc.LoadFromBuffer(sample_pdf().data(), static_cast<long>(sample_pdf().size()));
  PoDoFo::PdfObject* labels = doc.GetCatalog()->GetIndirectKey("PageLabels");
  REQUIRE(labels);
  const PoDoFo::PdfArray& nums = labels->GetIndirectKey("Nums")->GetArray();
  REQUIRE(nums.size() == 4);
  CHECK(nums[0].GetNumber() == 0);
  CHECK(nums[1].GetDictionary().GetKey("S")->GetName().GetName() == "r");
  CHECK(nums[2].GetNumber() == 1);
  CHECK(nums[3].GetDictionary().GetKey("S")->GetName().GetName() == "D");
  // qpdf reads them as a user's viewer would: i, 1, 2, 3.
  Scratch tmp;
  write_file(tmp.path("book.pdf"), sample_pdf());
  CommandResult r = run_command("qpdf --json --json-key=pagelabels " + tmp.path("book.pdf"));
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("\"/S\": \"/r\"") != std::string::npos);
}

TEST_CASE("metadata: Vietnamese title and language and fixed dates and XMP") {
  Scratch tmp;
  write_file(tmp.path("book.pdf"), sample_pdf());
  CommandResult info = run_command("TZ=UTC pdfinfo " + tmp.path("book.pdf"));
  REQUIRE(info.exit_code == 0);
  INFO(info.output);
  CHECK(info.output.find("Title:           Tuyển tập xây dựng Đảng năm 2019") != std::string::npos);
  CHECK(info.output.find("Author:          Ban Tuyên giáo Thành ủy") != std::string::npos);
  CHECK(info.output.find("Pages:           4") != std::string::npos);
  CHECK(std::regex_search(info.output, std::regex("Producer: +tuyentap \\(PoDoFo [0-9.]+\\)\n")));
  CHECK(info.output.find("2019") != std::string::npos);  // the book's date, not today's
  CHECK(sample_pdf().find("D:20190128152700+00'00'") != std::string::npos);

  PoDoFo::PdfMemDocument doc;
  doc.LoadFromBuffer(sample_pdf().data(), static_cast<long>(sample_pdf().size()));
  CHECK(doc.GetCatalog()->GetIndirectKey("Lang")->GetString().GetStringUtf8() == "vi-VN");
  PoDoFo::PdfObject* prefs = doc.GetCatalog()->GetIndirectKey("ViewerPreferences");
  REQUIRE(prefs);
  CHECK(prefs->GetIndirectKey("DisplayDocTitle")->GetBool());

  CommandResult meta = run_command("pdfinfo -meta " + tmp.path("book.pdf"));
  INFO(meta.output);
  CHECK(meta.output.find(
            "<rdf:li xml:lang=\"x-default\">Tuyển tập xây dựng Đảng năm 2019</rdf:li>") !=
        std::string::npos);
  CHECK(meta.output.find("<xmp:CreateDate>2019-01-28T15:27:00Z</xmp:CreateDate>") !=
        std::string::npos);
  CHECK(std::regex_search(
      meta.output, std::regex("<pdf:Producer>tuyentap \\(PoDoFo [0-9.]+\\)</pdf:Producer>")));
  CHECK(meta.output.find("<pdf:Keywords>xây dựng Đảng, chi bộ, Đại hội</pdf:Keywords>") !=
        std::string::npos);
}

TEST_CASE("the same book gives the same bytes and another book another /ID") {
  SampleBook s = sample_book();
  std::string first = write_pdf(s.book);
  std::string second = write_pdf(s.book);
  CHECK(first == second);
  CHECK(first.find("/M ") == std::string::npos);

  s.book.pages[2].runs[1] =
      shape_run("LiberationSerif-Regular.ttf", 1, 13, 85, 93, "Mỗi chi bộ chọn hai việc khó.");
  std::string other = write_pdf(s.book);
  CHECK(trailer_id(other) != trailer_id(first));
  CHECK(trailer_id(first).size() == 64);
}

TEST_CASE("a .notdef glyph from layout is never drawn") {
  LaidOutBook b;
  b.fonts = {test_font("NotoSerif-Regular.ttf", "NotoSerif-Regular")};
  TextRun run = shape_run("NotoSerif-Regular.ttf", 0, 12, 72, 100, "Chi bộ");
  TextRun with;  // the same run with a glyph 0 standing for "☃" after its third glyph
  with.font = run.font;
  with.size = run.size;
  with.x = run.x;
  with.y = run.y;
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    if (i == 3) with.add(0, 6, "☃");
    with.add(run.glyphs[i].id, run.glyphs[i].advance, glyph_text(run, i));
  }
  REQUIRE(run.offsets.empty());
  run = with;
  b.pages.resize(1);
  b.pages[0].runs.push_back(run);
  Scratch tmp;
  write_file(tmp.path("n.pdf"), write_pdf(b));
  CHECK(run_command("qpdf --check " + tmp.path("n.pdf")).exit_code == 0);
  CHECK(page_text(tmp.path("n.pdf"), 1) == "Chi bộ");
}

TEST_CASE("a run naming a font the book does not have is an Error and not a crash") {
  LaidOutBook b;
  b.pages.resize(1);
  b.pages[0].runs.push_back(shape_run("NotoSerif-Regular.ttf", 3, 12, 72, 100, "Đảng"));
  CHECK_THROWS_AS(write_pdf(b), Error);
}

TEST_CASE("a font that is not a font, or was never read, is an Error that names it") {
  LaidOutBook b;
  b.fonts = {{"/nonexistent/Font.ttf", "Font", nullptr}};
  b.pages.resize(1);
  b.pages[0].runs.push_back(shape_run("NotoSerif-Regular.ttf", 0, 12, 72, 100, "Đảng"));
  try {
    write_pdf(b);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == "/nonexistent/Font.ttf");
  }
  b.fonts = {{"bia.ttf", "Bia", std::make_shared<const std::string>("not a font, only text")}};
  try {
    write_pdf(b);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == "bia.ttf");
  }
}

TEST_CASE("glyph ids whose bytes are string delimiters or line ends draw and read back") {
  // Codes go into content streams as binary strings: ( ) \ and CR bytes must be escaped,
  // or the text after them is lost or the page is broken.
  LaidOutBook b;
  b.fonts = {test_font("NotoSerif-Regular.ttf", "NotoSerif-Regular")};
  TextRun run;
  run.font = 0;
  run.size = 12;
  run.x = 72;
  run.y = 100;
  // Noto Serif has 3,256 glyphs: all of these but the last exist.
  const std::uint16_t ids[] = {0x28, 0x29, 0x5C, 0x0D, 0x0A, 0x0A28, 0x0C29, 0x0A5C, 0x5C29};
  const char* texts[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
  for (int i = 0; i < 9; ++i) run.add(ids[i], 7, texts[i]);
  b.pages.resize(1);
  b.pages[0].runs.push_back(run);
  Scratch tmp;
  write_file(tmp.path("e.pdf"), write_pdf(b));
  CHECK(run_command("qpdf --check " + tmp.path("e.pdf")).exit_code == 0);
  // Ids past the font's last glyph (0x5C29) are never drawn, like .notdef.
  // (pdftotext may see word gaps between glyphs of such different widths: drop spaces.)
  std::string text = page_text(tmp.path("e.pdf"), 1);
  text.erase(std::remove(text.begin(), text.end(), ' '), text.end());
  CHECK(text == "abcdefgh");
}

TEST_CASE("marks positioned by layout are drawn and the cluster text reads back") {
  // No precomposed letters exist for these: HarfBuzz places the combining marks with
  // offsets (dx, dy), which the writer draws as separately positioned glyphs.
  const std::string text = "q\xCC\xA3 x\xCC\x83\xCC\x81 Ặ b\xCC\x89";
  TextRun run = shape_run("NotoSerif-Regular.ttf", 0, 24, 72, 100, text);
  int offset_marks = 0;
  for (const GlyphOffset& o : run.offsets) offset_marks += (o.dx != 0 || o.dy != 0) ? 1 : 0;
  REQUIRE(offset_marks >= 3);  // the test only means something if marks have offsets
  LaidOutBook b;
  b.fonts = {test_font("NotoSerif-Regular.ttf", "NotoSerif-Regular")};
  b.pages.resize(1);
  b.pages[0].runs.push_back(run);
  Scratch tmp;
  write_file(tmp.path("m.pdf"), write_pdf(b));
  CHECK(run_command("qpdf --check " + tmp.path("m.pdf")).exit_code == 0);
  CHECK(page_text(tmp.path("m.pdf"), 1) == text);
}

TEST_CASE("a long book is written the same every time and every page reads back") {
  // Past a few dozen pages the content streams are made on several threads; the bytes
  // must not depend on which thread finished first.
  LaidOutBook b;
  b.fonts = {test_font("NotoSerif-Regular.ttf", "NotoSerif-Regular")};
  b.info.title = "Sổ tay chi bộ";
  const int kPages = 300;
  b.pages.resize(kPages);
  for (int p = 0; p < kPages; ++p) {
    std::string line = "Trang " + std::to_string(p + 1) + ": chi bộ kiểm điểm, tự phê bình.";
    b.pages[static_cast<std::size_t>(p)].runs.push_back(
        shape_run("NotoSerif-Regular.ttf", 0, 12, 72, 100, line));
  }
  std::string first = write_pdf(b);
  CHECK(write_pdf(b) == first);
  Scratch tmp;
  write_file(tmp.path("long.pdf"), first);
  CHECK(run_command("qpdf --check " + tmp.path("long.pdf")).exit_code == 0);
  for (int p : {1, 77, 150, 300})
    CHECK(page_text(tmp.path("long.pdf"), p) ==
          "Trang " + std::to_string(p) + ": chi bộ kiểm điểm, tự phê bình.");
}

TEST_CASE("a book without pages is an Error rather than a PDF readers reject") {
  LaidOutBook b;
  CHECK_THROWS_AS(write_pdf(b), Error);
}
