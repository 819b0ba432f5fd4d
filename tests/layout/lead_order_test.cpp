// The lead where the page set it (Article::lead_at): under a heading set above it, and then in
// the body's face, as that part's first paragraph; under a photo alone, the sapo still.
#include <catch2/catch.hpp>

#include "gen.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;

namespace {

// A book of one article: `above` the lead, then a paragraph.
Book book_with(const Block& above) {
  Book b = testgen::book(1, 1, 1);
  Article& a = b.chapters[0].articles[0];
  a.lead = "Chi bộ ấp Khánh Hưng vừa tổ chức buổi sinh hoạt chuyên đề về Bác Tôn.";
  a.blocks = {above,
              Block{BlockType::Paragraph,
                    "Sau buổi sinh hoạt, mỗi đảng viên nhận một việc làm cụ thể ở Gò Quao.", ""}};
  a.lead_at = 1;
  return b;
}

struct Found {
  std::size_t page = 0;
  float y = 0;
  std::string font;
};

// Where `word` (set once in the book) is first printed, and in which font.
Found find(const LaidOutBook& b, const std::string& word) {
  for (std::size_t p = 0; p < b.pages.size(); ++p)
    for (const TextRun& r : b.pages[p].runs)
      if (r.text.find(word) != std::string::npos)
        return {p, r.y, b.fonts.at(static_cast<std::size_t>(r.font)).name};
  FAIL("not printed: " << word);
  return {};
}

bool before(const Found& x, const Found& y) {
  return x.page < y.page || (x.page == y.page && x.y < y.y);
}

}  // namespace

TEST_CASE("a heading above the lead is printed above it, the lead then in the body's face") {
  PrintStyle style = load_print_style("official");  // the sapo in bold
  LayoutResult r =
      layout_book(present(book_with(Block{BlockType::Heading, "I. Sự ra đời của Vĩnh Phước", ""})),
                  style, 1546300800);
  const Found heading = find(r.book, "Vĩnh"), lead = find(r.book, "Khánh"),
              body = find(r.book, "Quao");
  CHECK(before(heading, lead));
  CHECK(before(lead, body));
  CHECK(lead.font == "LiberationSerif");  // the regular face
  CHECK(lead.font == body.font);
}

TEST_CASE("a photo's caption above the lead is printed above it, the lead still the sapo") {
  PrintStyle style = load_print_style("official");
  LayoutResult r = layout_book(
      present(book_with(Block{BlockType::Caption, "Quang cảnh buổi sinh hoạt ở Lâm Thới.", ""})),
      style, 1546300800);
  const Found caption = find(r.book, "Lâm"), lead = find(r.book, "Khánh"),
              body = find(r.book, "Quao");
  CHECK(before(caption, lead));
  CHECK(before(lead, body));
  CHECK(lead.font == "LiberationSerif-Bold");
}
