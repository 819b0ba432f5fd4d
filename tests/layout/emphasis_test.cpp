// Bold and italic words of the lead, a subheading and a caption, set in the PDF's bold,
// italic and bold italic fonts (the body paragraphs' emphasis is paragraph_test's).
#include <catch2/catch.hpp>

#include "gen.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;

namespace {

// `what`'s bytes in `text` as an emphasis.
Emphasis range(const std::string& text, const std::string& what, bool bold, bool italic) {
  std::size_t at = text.find(what);
  REQUIRE(at != std::string::npos);
  return Emphasis{at, at + what.size(), bold, italic};
}

// A photo story (its captions are its text): a lead, a heading and two captions, each with
// emphasis.
Book book_with_emphasis() {
  Book b = testgen::book(1, 1, 1);
  Article& a = b.chapters[0].articles[0];
  a.lead = "Chi bộ ấp Khánh Hưng vừa tổ chức buổi sinh hoạt chuyên đề về Bác Tôn.";
  a.lead_emphasis = {range(a.lead, "Khánh Hưng", false, true)};
  a.blocks.clear();
  Block heading{BlockType::Heading, "Những kết quả Vĩnh Phước rất rõ", ""};
  heading.emphasis = {range(heading.text, "Vĩnh Phước", false, true)};
  Block caption{BlockType::Caption, "Đồng chí Lâm Thới phát biểu tại buổi sinh hoạt.", "T.L"};
  caption.emphasis = {range(caption.text, "Lâm Thới", true, false)};
  Block other{BlockType::Caption, "Quang cảnh buổi sinh hoạt chuyên đề ở Gò Quao.", "T.L"};
  a.blocks = {heading, caption, other};
  return b;
}

// The font name of the run that holds `word` (a word set once in the book), "" when none.
std::string font_of(const LaidOutBook& b, const std::string& word) {
  for (const Page& p : b.pages)
    for (const TextRun& r : p.runs)
      if (r.text.find(word) != std::string::npos)
        return b.fonts.at(static_cast<std::size_t>(r.font)).name;
  return {};
}

}  // namespace

TEST_CASE("emphasis in the lead, a subheading and a caption takes the PDF's other faces") {
  PrintStyle style = load_print_style("official");  // lead in bold
  LayoutResult r = layout_book(present(book_with_emphasis()), style, 1546300800);
  const LaidOutBook& b = r.book;
  // the lead's italic words in bold italic, the rest of it bold
  CHECK(font_of(b, "Khánh") == "LiberationSerif-BoldItalic");
  CHECK(font_of(b, "Tôn") == "LiberationSerif-Bold");
  // the heading's italic words in bold italic, the rest bold
  CHECK(font_of(b, "Vĩnh") == "LiberationSerif-BoldItalic");
  CHECK(font_of(b, "rõ") == "LiberationSerif-Bold");
  // the caption's bold words in bold italic, the rest italic
  CHECK(font_of(b, "Lâm") == "LiberationSerif-BoldItalic");
  CHECK(font_of(b, "Quao") == "LiberationSerif-Italic");
  CHECK(r.problems.empty());
}

TEST_CASE("a caption without its photo keeps its emphasis in the PDF's note") {
  Book book = book_with_emphasis();
  Article& a = book.chapters[0].articles[0];
  // a paragraph makes it no photo story: its captions are notes "[Ảnh: … — T.L]"
  a.blocks.insert(a.blocks.begin(),
                  Block{BlockType::Paragraph, "Buổi sinh hoạt diễn ra sôi nổi.", ""});
  PrintStyle style = load_print_style("official");
  LayoutResult r = layout_book(present(book), style, 1546300800);
  const LaidOutBook& b = r.book;
  // the note is italic, its bold words bold italic
  CHECK(font_of(b, "Lâm") == "LiberationSerif-BoldItalic");
  CHECK(font_of(b, "Thới") == "LiberationSerif-BoldItalic");
  CHECK(font_of(b, "[Ảnh:") == "LiberationSerif-Italic");
  CHECK(font_of(b, "Quao") == "LiberationSerif-Italic");
  CHECK(r.problems.empty());
}
