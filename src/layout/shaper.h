// Shaping with HarfBuzz, one word at a time, cached.
//
// Vietnamese prose uses a few thousand distinct syllables, so a book of millions of words
// shapes only some tens of thousands of distinct (font, word) pairs; the cache turns
// shaping into a hash look-up. Words are shaped at size 1 (advances in em) and scaled by
// the caller. Kerning across the space between words is lost, which costs nothing visible.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "layout/fonts.h"

namespace tuyentap {

struct ShapedPiece {  // glyphs of one font (the main one or a fallback)
  int font = 0;
  std::vector<Glyph> glyphs;         // advances in em
  std::string text;                  // the glyphs' texts, as in TextRun::text
  std::vector<GlyphOffset> offsets;  // in em, as in TextRun::offsets
  float width = 0;                   // em
};

struct ShapedWord {
  std::vector<ShapedPiece> pieces;
  float width = 0;                   // em
  std::vector<std::string> missing;  // characters no font has (each once), UTF-8
};

// A font and the fonts tried, in order, for characters it lacks.
struct FontChoice {
  int main = 0;
  std::vector<int> fallbacks;
};

class Shaper {
 public:
  explicit Shaper(FontSet& fonts);
  ~Shaper();
  Shaper(const Shaper&) = delete;
  Shaper& operator=(const Shaper&) = delete;

  // The shaped word; the reference stays valid for the Shaper's life. The cache is keyed
  // by (main font, word): one Shaper serves one list of fallbacks (a print style's).
  const ShapedWord& shape(const FontChoice& font, std::string_view word);

  long long requests() const { return requests_; }
  long long hits() const { return hits_; }

 private:
  ShapedPiece shape_run(int font, const std::string& text);

  FontSet& fonts_;
  hb_buffer_t* buffer_;
  hb_language_t vi_;
  std::unordered_map<std::string, ShapedWord> cache_;
  std::string key_;
  long long requests_ = 0, hits_ = 0;
};

}  // namespace tuyentap
