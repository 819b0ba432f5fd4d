#include "layout/shaper.h"

#include <algorithm>

#include "text/unicode.h"
#include "text/utf8.h"

namespace tuyentap {
namespace {

constexpr std::size_t kWindowBytes = 1024;  // of one run given to HarfBuzz, see Shaper::shape

// Whether some character of `text` (UTF-8) needs a glyph: a glyph 0 for text that needs
// none (a default-ignorable character HarfBuzz does not hide) is not a missing character.
bool needs_some_glyph(std::string_view text) {
  for (std::size_t i = 0; i < text.size();)
    if (needs_glyph(utf8::next(text, i))) return true;
  return false;
}

// A glyph 0 can survive when a font maps a character but not a sequence; such a glyph is
// dropped (its text moves to the glyph before, or goes when there is none) so .notdef
// never goes out; characters that needed a glyph go to `missing`. One pass over the piece.
void drop_notdef(ShapedPiece& p, std::vector<std::string>& missing) {
  bool any = false;
  for (const Glyph& g : p.glyphs) any = any || g.id == 0;
  if (!any) return;
  std::vector<Glyph> glyphs;
  std::vector<GlyphOffset> offsets;
  std::string text;
  glyphs.reserve(p.glyphs.size());
  text.reserve(p.text.size());
  std::size_t at = 0, o = 0;  // byte of glyph i's text; next entry of p.offsets
  for (std::size_t i = 0; i < p.glyphs.size(); ++i) {
    const Glyph& g = p.glyphs[i];
    const std::string_view t = std::string_view(p.text).substr(at, g.text_len);
    at += g.text_len;
    const GlyphOffset* off =
        o < p.offsets.size() && p.offsets[o].index == i ? &p.offsets[o++] : nullptr;
    if (g.id != 0) {
      if (off) offsets.push_back({static_cast<std::uint32_t>(glyphs.size()), off->dx, off->dy});
      glyphs.push_back(g);
      text += t;
      continue;
    }
    if (!t.empty() && needs_some_glyph(t)) missing.emplace_back(t);
    p.width -= g.advance;
    if (!glyphs.empty()) {
      glyphs.back().text_len = static_cast<std::uint16_t>(glyphs.back().text_len + t.size());
      text += t;
    }
  }
  p.glyphs = std::move(glyphs);
  p.offsets = std::move(offsets);
  p.text = std::move(text);
}

// The font a character is set in: the main font where it has it, else the first fallback
// that has it. Marks and invisible characters stay with the run they follow. A character no
// font has is reported in `missing` and `ch` becomes a visible U+FFFD (or '?').
int font_for(const FontSet& fonts, const FontChoice& font, char32_t cp, int run_font,
             std::string& ch, std::vector<std::string>& missing) {
  const bool drawn = needs_glyph(cp);
  int f = -1;
  if (run_font >= 0 && (is_combining_mark(cp) || !drawn)) {
    // Combining marks stay in the font of the letter they sit on, so that HarfBuzz can
    // compose or position them (a sequence NFC could not compose, e.g. a rare tone
    // stack); so do invisible characters (joiners, variation selectors), which shape
    // with their neighbours.
    f = run_font;
  } else if (fonts.has(font.main, cp)) {
    f = font.main;
  } else {
    for (int fb : font.fallbacks) {
      if (fonts.has(fb, cp)) {
        f = fb;
        break;
      }
    }
  }
  if (f < 0 && !drawn) f = font.main;  // nothing to draw: HarfBuzz hides it, not missing
  if (f < 0) {
    // No font has it: report it, and draw a visible U+FFFD (or '?') in its place so the
    // reader sees that something is missing. The replacement's own text goes to
    // ToUnicode: a glyph maps to one text for the whole file, so it cannot stand for
    // the lost character.
    missing.push_back(ch);
    char32_t repl = 0xFFFD;
    f = font.main;
    if (!fonts.has(f, repl)) {
      f = -1;
      for (int fb : font.fallbacks) {
        if (fonts.has(fb, repl)) {
          f = fb;
          break;
        }
      }
    }
    if (f < 0) {
      f = font.main;
      repl = '?';
    }
    ch.clear();
    utf8::append(ch, repl);
  }
  return f;
}

}  // namespace

Shaper::Shaper(FontSet& fonts)
    : fonts_(fonts), buffer_(hb_buffer_create()), vi_(hb_language_from_string("vi", -1)) {
  cache_.reserve(1 << 15);
}

Shaper::~Shaper() {
  hb_buffer_destroy(buffer_);
}

ShapedPiece Shaper::shape_run(int font, const std::string& text) {
  hb_buffer_clear_contents(buffer_);
  hb_buffer_add_utf8(buffer_, text.data(), static_cast<int>(text.size()), 0,
                     static_cast<int>(text.size()));
  hb_buffer_guess_segment_properties(buffer_);
  hb_buffer_set_language(buffer_, vi_);
  // Default features: kern, liga, ccmp, mark, mkmk — kerning and mark positioning on.
  const FontFace& f = fonts_.face(font);
  hb_shape(f.font, buffer_, nullptr, 0);
  unsigned int n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer_, &n);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer_, &n);
  const float em = 1.0f / static_cast<float>(f.upem);
  ShapedPiece piece;
  piece.font = font;
  piece.glyphs.resize(n);
  piece.text.reserve(text.size());
  for (unsigned int i = 0; i < n; ++i) {
    Glyph& g = piece.glyphs[i];
    // hb_face_get_glyph_count is at most 65,535 (the font's numGlyphs is 16 bits)
    g.id = static_cast<std::uint16_t>(info[i].codepoint);
    g.advance = static_cast<float>(pos[i].x_advance) * em;
    if (pos[i].x_offset != 0 || pos[i].y_offset != 0) {
      piece.offsets.push_back({i, static_cast<float>(pos[i].x_offset) * em,
                               -static_cast<float>(pos[i].y_offset) * em});  // HarfBuzz: y up
    }
    piece.width += g.advance;
    if (i == 0 || info[i].cluster != info[i - 1].cluster) {
      // Clusters are monotone (LTR, default cluster level): the cluster's text runs to the
      // next larger cluster value.
      std::size_t begin = info[i].cluster, end = text.size();
      for (unsigned int j = i + 1; j < n; ++j) {
        if (info[j].cluster != info[i].cluster) {
          end = info[j].cluster;
          break;
        }
      }
      if (end > begin) {
        g.text_len = static_cast<std::uint16_t>(std::min<std::size_t>(end - begin, 0xFFFF));
        piece.text.append(text, begin, g.text_len);
      }
    }
  }
  return piece;
}

const ShapedWord& Shaper::shape(const FontChoice& font, std::string_view word) {
  ++requests_;
  key_.assign(1, static_cast<char>(font.main));
  key_ += word;
  if (auto it = cache_.find(key_); it != cache_.end()) {
    ++hits_;
    return it->second;
  }
  // Split the word into runs of one font each: the main font where it has the character,
  // else the first fallback that has it.
  std::string w(word);
  ShapedWord out;
  std::string run;
  int run_font = -1;
  auto flush = [&] {
    if (run.empty()) return;
    ShapedPiece p = shape_run(run_font, run);
    drop_notdef(p, out.missing);
    out.width += p.width;
    out.pieces.push_back(std::move(p));
    run.clear();
  };
  std::size_t i = 0;
  while (i < w.size()) {
    std::size_t start = i;
    char32_t cp = utf8::next(w, i);
    std::string ch = w.substr(start, i - start);
    int f = font_for(fonts_, font, cp, run_font, ch, out.missing);
    // Bounded windows: HarfBuzz's time grows faster than linearly with a cluster's length
    // (a letter under 100,000 marks took 22 s). A long run ends before its next base
    // character, or anywhere once it is twice as long (only a hostile run of marks gets
    // there); kerning across the cut is lost, which no one sees in a 1,000-letter token.
    const bool window_full =
        run.size() >= kWindowBytes && (!is_combining_mark(cp) || run.size() >= 2 * kWindowBytes);
    if (f != run_font || window_full) {
      flush();
      run_font = f;
    }
    run += ch;
  }
  flush();
  return cache_.emplace(key_, std::move(out)).first->second;
}

}  // namespace tuyentap
