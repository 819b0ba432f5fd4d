// Hostile tokens stay linear in layout (issue 12): an unbreakable word of a million letters
// and a letter under 100,000 combining marks used to take minutes (quadratic in HarfBuzz's
// cluster handling and in finding each broken piece's text). These tests pin the
// structure that keeps them linear; bench/run-hostile gives the times.
#include <catch2/catch.hpp>

#include "font_file.h"
#include "layout/paragraph.h"
#include "layout/shaper.h"
#include "test_paths.h"

using namespace tuyentap;

namespace {

struct Fixture {
  FontSet fonts;
  int font = fonts.add(test::font_file(test_paths::source_dir() + "/fonts/NotoSerif-Regular.ttf"));
  Shaper shaper{fonts};
};

std::string repeat(std::string_view s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// All the text a shaped word's pieces stand for, in order.
std::string word_text(const ShapedWord& w) {
  std::string t;
  for (const auto& p : w.pieces) t += p.text;
  return t;
}

}  // namespace

TEST_CASE("a long token is shaped in bounded windows, cut before a letter, nothing lost") {
  Fixture fx;
  const std::string word = repeat("ả", 50000);  // 100,000 bytes
  const ShapedWord& w = fx.shaper.shape({fx.font, {}}, word);
  CHECK(w.pieces.size() > 50);
  for (const auto& p : w.pieces) CHECK(p.text.size() <= 1026);
  CHECK(word_text(w) == word);
}

TEST_CASE("a letter under 100,000 combining marks is shaped in bounded windows") {
  Fixture fx;
  const std::string word = "a" + repeat("\xCC\x81", 100000);  // a + U+0301 …
  const ShapedWord& w = fx.shaper.shape({fx.font, {}}, word);
  CHECK(w.pieces.size() > 50);
  for (const auto& p : w.pieces) CHECK(p.text.size() <= 2050);
  CHECK(word_text(w) == word);
}

TEST_CASE("a word of 200,000 letters breaks into full lines with every letter in place") {
  Fixture fx;
  ParaStyle s;
  s.font = {fx.font, {}};
  s.size = 13;
  s.measure = 467.7f;
  const std::string word = repeat("ảb", 100000);
  SetParagraph p = set_paragraph(fx.shaper, "Mở đầu " + word + " kết", s);
  CHECK(p.emergency);
  CHECK_FALSE(p.overfull);
  std::string joined;
  for (const auto& l : p.lines) {
    CHECK(l.width <= s.measure + 0.05f);
    for (const auto& r : l.runs) joined += r.text;
  }
  CHECK(p.lines.size() > 1000);
  CHECK(joined == "Mở đầu " + word + " kết");
}
