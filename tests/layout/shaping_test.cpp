#include <catch2/catch.hpp>
#include <set>

#include "font_file.h"
#include "glyph_text.h"
#include "invisible_chars.h"
#include "layout/fonts.h"
#include "layout/layout.h"
#include "layout/paragraph.h"
#include "layout/shaper.h"
#include "load/load.h"
#include "test_paths.h"

using namespace tuyentap;

TEST_CASE("Vietnamese stacked marks shape to one precomposed glyph in both serif fonts") {
  for (const char* file : {"/fonts/NotoSerif-Regular.ttf", "/fonts/LiberationSerif-Regular.ttf",
                           "/fonts/NotoSerif-Bold.ttf", "/fonts/LiberationSerif-Italic.ttf"}) {
    FontSet fonts;
    int f = fonts.add(test::font_file(test_paths::source_dir() + file));
    Shaper shaper(fonts);
    for (const char* ch : {"ẫ", "ặ", "ể", "ổ", "ỡ", "ự", "Ỹ", "Đ", "ư"}) {
      INFO(file << " " << ch);
      const ShapedWord& w = shaper.shape({f, {}}, ch);
      REQUIRE(w.pieces.size() == 1);
      REQUIRE(w.pieces[0].glyphs.size() == 1);
      CHECK(w.pieces[0].glyphs[0].id != 0);
      CHECK(test::glyph_text(w.pieces[0], 0) == ch);
      CHECK(w.missing.empty());
    }
  }
}

TEST_CASE("a decomposed sequence still shapes to the precomposed glyph") {
  FontSet fonts;
  int f = fonts.add(test::font_file(test_paths::source_dir() + "/fonts/NotoSerif-Regular.ttf"));
  Shaper shaper(fonts);
  const ShapedWord& nfc = shaper.shape({f, {}}, "ệ");
  const ShapedWord& nfd = shaper.shape({f, {}}, "e\xCC\x82\xCC\xA3");  // e + ̂ + ̣
  REQUIRE(nfc.pieces.size() == 1);
  REQUIRE(nfd.pieces.size() == 1);
  REQUIRE(nfd.pieces[0].glyphs.size() >= 1);
  CHECK(test::glyph_text(nfd.pieces[0], 0) == "e\xCC\x82\xCC\xA3");  // the cluster's whole text
  for (const auto& g : nfd.pieces[0].glyphs) CHECK(g.id != 0);
  CHECK(nfd.width == Approx(nfc.width).margin(0.01));
}

TEST_CASE("a character the main font lacks comes from a fallback font") {
  FontSet fonts;
  int main =
      fonts.add(test::font_file(test_paths::source_dir() + "/fonts/LiberationSerif-Regular.ttf"));
  int fb = fonts.add(test::font_file(test_paths::source_dir() + "/fonts/NotoSans-Regular.ttf"));
  Shaper shaper(fonts);
  const char* ch = "\xCD\xB0";  // U+0370 GREEK CAPITAL LETTER HETA: in Noto Sans only
  REQUIRE_FALSE(fonts.has(main, 0x370));
  const ShapedWord& w = shaper.shape({main, {fb}}, std::string("a") + ch);
  REQUIRE(w.pieces.size() == 2);
  CHECK(w.pieces[0].font == main);
  CHECK(w.pieces[1].font == fb);
  CHECK(test::glyph_text(w.pieces[1], 0) == ch);
  CHECK(w.missing.empty());
  for (const auto& p : w.pieces)
    for (const auto& g : p.glyphs) CHECK(g.id != 0);
}

namespace {

// A book of one chapter and one article of one paragraph.
Book one_paragraph_book(const std::string& file, const std::string& paragraph) {
  Book b;
  b.meta.title = "Tuyển tập";
  Article a;
  a.file = file;
  a.title = "Bài thử";
  a.blocks.push_back({BlockType::Paragraph, paragraph, ""});
  b.chapters.push_back({"Chương thử", {a}});
  return b;
}

void check_no_notdef(const LayoutResult& r) {
  for (const auto& page : r.book.pages)
    for (const auto& run : page.runs)
      for (const auto& g : run.glyphs) CHECK(g.id != 0);
}

}  // namespace

TEST_CASE("a character no font has is reported with its article's file, never drawn as .notdef") {
  Book b = one_paragraph_book("2019/bai-trung.txt", "Chữ \xE4\xB8\xAD là chữ Hán.");  // 中
  LayoutResult r = layout_book(present(b), load_print_style("official"), 0);
  bool found = false;
  for (const auto& p : r.problems) {
    if (p.character == "\xE4\xB8\xAD") {
      found = true;
      CHECK(p.file == "2019/bai-trung.txt");
      // The note names it: a thousand notes that all read alike help no one (issue 12).
      CHECK_THAT(p.message, Catch::StartsWith("character U+4E2D \"\xE4\xB8\xAD\": no font"));
    }
  }
  CHECK(found);
  check_no_notdef(r);
}

TEST_CASE("characters that need no glyph are never reported missing nor drawn as .notdef") {
  Book b = one_paragraph_book("2019/bai-an.txt", test::invisible_chars_paragraph());
  for (const char* style : {"official", "book"}) {
    INFO(style);
    LayoutResult r = layout_book(present(b), load_print_style(style), 0);
    std::set<std::string> reported;
    for (const auto& p : r.problems)
      if (!p.character.empty()) reported.insert(p.character);
    CHECK(reported == std::set<std::string>{"\xE4\xB8\xAD"});  // 中 only, as in the EPUB
    check_no_notdef(r);
  }
}

TEST_CASE("shaped words are cached: shaping a word twice shapes it once") {
  FontSet fonts;
  int f = fonts.add(test::font_file(test_paths::source_dir() + "/fonts/NotoSerif-Regular.ttf"));
  Shaper shaper(fonts);
  const ShapedWord& a = shaper.shape({f, {}}, "Đảng");
  const ShapedWord& b = shaper.shape({f, {}}, "Đảng");
  CHECK(&a == &b);
  CHECK(shaper.hits() == 1);
  CHECK(shaper.requests() == 2);
}

TEST_CASE("kerning is applied: AV is narrower than A and V apart") {
  FontSet fonts;
  int f =
      fonts.add(test::font_file(test_paths::source_dir() + "/fonts/LiberationSerif-Regular.ttf"));
  Shaper shaper(fonts);
  float av = shaper.shape({f, {}}, "AV").width;
  float a = shaper.shape({f, {}}, "A").width, v = shaper.shape({f, {}}, "V").width;
  CHECK(av < a + v - 0.01f);
}

TEST_CASE("a combining mark NFC cannot compose is positioned on its letter, one cluster") {
  FontSet fonts;
  int f = fonts.add(test::font_file(test_paths::source_dir() + "/fonts/NotoSerif-Regular.ttf"));
  Shaper shaper(fonts);
  const std::string q = "q\xCC\x80";  // q + combining grave: no precomposed form exists
  const ShapedWord& w = shaper.shape({f, {}}, q);
  REQUIRE(w.pieces.size() == 1);
  const auto& g = w.pieces[0].glyphs;
  REQUIRE(g.size() == 2);
  CHECK(g[0].id != 0);
  CHECK(g[1].id != 0);
  CHECK(test::glyph_text(w.pieces[0], 0) == q);  // the cluster's text on its first glyph …
  CHECK(g[1].text_len == 0);                     // … and none on the mark
  REQUIRE(w.pieces[0].offsets.size() == 1);      // the mark is placed off the pen
  CHECK(w.pieces[0].offsets[0].index == 1);
  CHECK(g[1].advance == 0);  // the mark takes no room of its own
  CHECK(w.width == Approx(shaper.shape({f, {}}, "q").width));
}
