#include "layout/paragraph.h"

#include <algorithm>
#include <cmath>

#include "layout/linebreak.h"
#include "layout/ties.h"

namespace tuyentap {
namespace {

// A box's glyphs: a whole shaped word, or a range of one piece (a broken long token).
struct Frag {
  const ShapedWord* word = nullptr;
  int piece = -1;  // -1: all pieces
  int g0 = 0, g1 = 0;
  std::size_t at = 0;  // byte offset of glyph g0's text in the piece's text
};

struct Builder {
  std::vector<BreakItem> items;
  std::vector<int> frag_of;  // per item; -1 when the item has no glyphs
  std::vector<Frag> frags;
  std::string prev_text;  // the text of the last cluster box (emergency breaks)
  std::vector<int> soft;  // the items that are soft ties' penalties (ParaStyle::avoid, compounds)

  void box(float width, int frag) {
    items.push_back({BreakItem::Box, width, 0, 0, 0, false});
    frag_of.push_back(frag);
  }
  void glue(float width, float stretch, float shrink) {
    items.push_back({BreakItem::Glue, width, stretch, shrink, 0, false});
    frag_of.push_back(-1);
  }
  void penalty(float value, bool flagged) {
    items.push_back({BreakItem::Penalty, 0, 0, 0, value, flagged});
    frag_of.push_back(-1);
  }
  // A space's break point that costs `value` (0: a free one), noted when it is a soft tie.
  void soft_penalty(float value) {
    if (value > 0) soft.push_back(static_cast<int>(items.size()));
    penalty(value, false);
  }
};

// Lines break after en and em dashes, never after a hyphen-minus: text extraction
// (pdftotext, copy and paste) takes a line-final "-" for a hyphenation and drops it,
// so "chính trị - xã hội" would come back as "chính trị xã hội".
bool is_dash_at(std::string_view w, std::size_t i, std::size_t& len) {
  // – U+2013, — U+2014
  if (w.compare(i, 3, "\xE2\x80\x93") == 0 || w.compare(i, 3, "\xE2\x80\x94") == 0) {
    len = 3;
    return true;
  }
  return false;
}

// Splits a token after each dash that has text on both sides: "kinh tế-xã" → "tế-", "xã".
void split_after_dashes(std::string_view w, std::vector<std::string_view>& parts) {
  parts.clear();
  std::size_t start = 0;
  for (std::size_t i = 1; i < w.size(); ++i) {
    std::size_t len = 0;
    if (is_dash_at(w, i, len) && i + len < w.size()) {
      parts.push_back(w.substr(start, i + len - start));
      start = i + len;
      i += len - 1;
    }
  }
  parts.push_back(w.substr(start));
}

bool good_url_break(const std::string& t) {
  if (t.empty()) return false;
  char c = t.back();
  return c == '/' || c == '.' || c == '-' || c == '_' || c == '?' || c == '&' || c == '=' ||
         c == '#';
}

void add_token(Builder& b, const ShapedWord& w, const ParaStyle& st, SetParagraph& out) {
  float width = w.width * st.size;
  if (width <= st.measure) {
    b.frags.push_back({&w, -1, 0, 0});
    b.box(width, static_cast<int>(b.frags.size()) - 1);
    return;
  }
  // Emergency: a token longer than a line breaks between clusters.
  out.emergency = true;
  bool first = true;
  for (int p = 0; p < static_cast<int>(w.pieces.size()); ++p) {
    const ShapedPiece& piece = w.pieces[static_cast<std::size_t>(p)];
    const auto& gl = piece.glyphs;
    int n = static_cast<int>(gl.size());
    std::size_t at = 0;  // byte offset of glyph g's text
    for (int g = 0; g < n;) {
      int e = g + 1;
      float cw = gl[static_cast<std::size_t>(g)].advance;
      std::size_t len = gl[static_cast<std::size_t>(g)].text_len;
      while (e < n && gl[static_cast<std::size_t>(e)].text_len == 0) {
        cw += gl[static_cast<std::size_t>(e)].advance;
        ++e;
      }
      if (!first) {
        // Prefer breaking after URL punctuation; elsewhere a break costs more.
        b.penalty(good_url_break(b.prev_text) ? 0 : 200, false);
      }
      b.prev_text.assign(piece.text, at, len);
      b.frags.push_back({&w, p, g, e, at});
      b.box(cw * st.size, static_cast<int>(b.frags.size()) - 1);
      first = false;
      g = e;
      at += len;
    }
  }
}

// Appends glyphs to runs, a new run at each change of font. A first pass with `count`
// set only counts the glyphs and text bytes of each run, so that the second pass can size
// every glyph vector and text exactly: a large book holds millions of glyphs, and slack capacity is
// memory.
struct RunSize {
  std::size_t glyphs = 0, bytes = 0;
};

struct Emitter {
  std::vector<TextRun>& runs;
  float size, gray, x = 0;
  std::vector<RunSize>* count = nullptr;
  const std::vector<RunSize>* sizes = nullptr;
  int count_font = -1;

  // Glyph g of a shaped piece (offset in em), its text starting at byte `at`, advancing the
  // pen by `advance` em (its own, or a word gap).
  void glyph(const ShapedPiece& p, std::size_t g, std::size_t at, const GlyphOffset* off,
             float advance) {
    const Glyph& gl = p.glyphs[g];
    if (count) {
      if (count->empty() || count_font != p.font) count->push_back({});
      count_font = p.font;
      ++count->back().glyphs;
      count->back().bytes += gl.text_len;
      x += advance * size;
      return;
    }
    if (runs.empty() || runs.back().font != p.font) {
      TextRun r;
      r.font = p.font;
      r.size = size;
      r.x = x;
      r.y = 0;
      r.gray = gray;
      if (sizes && runs.size() < sizes->size()) {
        r.glyphs.reserve((*sizes)[runs.size()].glyphs);
        r.text.reserve((*sizes)[runs.size()].bytes);
      }
      runs.push_back(std::move(r));
    }
    runs.back().add(gl.id, advance * size, std::string_view(p.text).substr(at, gl.text_len),
                    off ? off->dx * size : 0, off ? off->dy * size : 0);
    x += advance * size;
  }
  // Glyphs [g0, g1) of a piece, the text of g0 starting at byte `at`.
  void piece(const ShapedPiece& p, std::size_t g0, std::size_t g1, std::size_t at) {
    auto off = std::lower_bound(p.offsets.begin(), p.offsets.end(), g0,
                                [](const GlyphOffset& o, std::size_t i) { return o.index < i; });
    for (std::size_t g = g0; g < g1; ++g) {
      const GlyphOffset* o = nullptr;
      if (off != p.offsets.end() && off->index == g) o = &*off++;
      glyph(p, g, at, o, p.glyphs[g].advance);
      at += p.glyphs[g].text_len;
    }
  }
  void frag(const Frag& f) {
    if (f.piece < 0) {
      for (const auto& p : f.word->pieces) piece(p, 0, p.glyphs.size(), 0);
    } else {
      piece(f.word->pieces[static_cast<std::size_t>(f.piece)], static_cast<std::size_t>(f.g0),
            static_cast<std::size_t>(f.g1), f.at);
    }
  }
  // A word gap: a space glyph whose advance is the whole gap.
  void space(const ShapedPiece* sp, float gap) {
    if (sp) {
      glyph(*sp, 0, 0, nullptr, gap / size);
    } else if (count) {
      x += gap;
    } else if (!runs.empty() && !runs.back().glyphs.empty()) {
      runs.back().glyphs.back().advance += gap;
      x += gap;
    } else {
      x += gap;
    }
  }
};

// The shaped space of a font choice: one glyph, its text " ".
const ShapedPiece* space_piece(Shaper& shaper, const FontChoice& font) {
  const ShapedWord& sp = shaper.shape(font, " ");
  if (sp.pieces.empty() || sp.pieces[0].glyphs.empty()) return nullptr;
  return &sp.pieces[0];
}

// The paragraph as Knuth–Plass items: a box per shaped word part, glue between words
// (ties where no line may break, penalties where it should rather not: layout/ties.h),
// penalties after dashes; characters no font has go to `out`.
Builder paragraph_items(Shaper& shaper, const std::string& text, const ParaStyle& st, float space_w,
                        SetParagraph& out) {
  Builder b;
  b.items.reserve(text.size() / 2);
  std::vector<std::string_view> parts;
  if (st.indent > 0 && st.align == Align::Justify) b.box(st.indent, -1);
  // A hanging indent: the first line has `hang` more room (set_paragraph moves the lines).
  if (st.hang > 0) b.box(-st.hang, -1);
  const std::vector<float> space_penalty = space_penalties(text, st);
  std::size_t i = 0;
  std::size_t span = 0;  // the first of st.spans not yet behind the word
  bool first_word = true;
  bool tied = false;  // no break in the space before this word
  while (i < text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    if (j > i) {
      std::string_view word = std::string_view(text).substr(i, j - i);
      while (span < st.spans.size() && st.spans[span].end <= i) ++span;
      const FontChoice& font =
          span < st.spans.size() && st.spans[span].begin <= i && st.spans[span].font
              ? *st.spans[span].font
              : st.font;
      // A word that ends in a hyphen-minus (a spaced " - ", or "1890-") keeps the next word
      // on its line, for the reason given at is_dash_at.
      bool tie_to_next = false;
      // A spaced dash also stays with the word before it: no line starts with a dash.
      bool spaced_dash = word == "-" || word == "\xE2\x80\x93" || word == "\xE2\x80\x94";
      if (!first_word) {
        const float cost = space_penalty[i - 1];
        if (tied || spaced_dash || cost >= kInfPenalty) {
          b.penalty(kInfPenalty, false);
          b.glue(space_w, st.align == Align::Justify ? space_w * 0.5f : 0,
                 st.align == Align::Justify ? space_w * 0.33f : 0);
        } else if (st.align == Align::Justify) {
          if (cost > 0) b.soft_penalty(cost);  // the break is at the penalty, not the glue
          b.glue(space_w, space_w * 0.5f, space_w * 0.33f);
        } else {  // ragged (Knuth): the stretch of a line is 3 em whatever its spaces
          b.glue(0, 3 * st.size, 0);
          b.soft_penalty(cost);
          b.glue(space_w, -3 * st.size, 0);
        }
      }
      first_word = false;
      tie_to_next = word.back() == '-';
      split_after_dashes(word, parts);
      for (std::size_t k = 0; k < parts.size(); ++k) {
        if (k > 0 && may_break_after_dash(parts[k - 1], parts[k], st)) b.penalty(50, true);
        const ShapedWord& w = shaper.shape(font, parts[k]);
        for (const auto& m : w.missing) out.missing.push_back(m);
        add_token(b, w, st, out);
      }
      tied = tie_to_next;
    }
    i = j + 1;
  }
  return b;
}

// The lines of the chosen breaks, their runs placed and the glue set.
void set_lines(const Builder& b, const LineBreaks& lb, const ParaStyle& st, const ShapedPiece* sp,
               SetParagraph& out) {
  bool justify = st.align == Align::Justify;
  int start = 0;
  std::vector<RunSize> counts;
  out.lines.reserve(lb.breaks.size());
  for (std::size_t l = 0; l < lb.breaks.size(); ++l) {
    int brk = lb.breaks[l];
    float r = justify ? lb.ratios[l] : 0;
    bool last = l + 1 == lb.breaks.size();
    // skip discardable items at the line start (not for the very first line)
    if (l > 0) {
      while (start < brk && b.items[static_cast<std::size_t>(start)].kind != BreakItem::Box)
        ++start;
    }
    SetLine line;
    bool has_glue = false;
    auto emit = [&](Emitter& em) {
      float gap = 0;
      bool seen_box = false;
      for (int k = start; k < brk; ++k) {
        const BreakItem& it = b.items[static_cast<std::size_t>(k)];
        if (it.kind == BreakItem::Glue) {
          if (it.stretch >= kFilStretch) continue;
          gap += it.width + (r > 0 ? r * it.stretch : r * it.shrink);
          has_glue = true;
        } else if (it.kind == BreakItem::Box) {
          if (gap != 0 && seen_box) em.space(sp, gap);
          gap = 0;
          int f = b.frag_of[static_cast<std::size_t>(k)];
          if (f >= 0)
            em.frag(b.frags[static_cast<std::size_t>(f)]);
          else
            em.x += it.width;
          seen_box = true;
        }
      }
    };
    counts.clear();
    Emitter counter{line.runs, st.size, st.gray, 0, &counts};
    emit(counter);
    line.runs.reserve(counts.size());
    Emitter em{line.runs, st.size, st.gray, 0, nullptr, &counts};
    emit(em);
    const BreakItem& at = b.items[static_cast<std::size_t>(brk)];
    if (at.kind == BreakItem::Penalty && at.width > 0) em.x += at.width;
    line.width = em.x;
    line.justified = justify && !last && has_glue;
    line.overfull = line.width > st.measure + 0.05f;
    float shift = 0;
    if (st.align == Align::Center) shift = std::max(0.0f, (st.measure - line.width) / 2);
    if (st.align == Align::Right) shift = std::max(0.0f, st.measure - line.width);
    for (auto& run : line.runs) run.x += shift;
    out.lines.push_back(std::move(line));
    start = brk + 1;
  }
}

}  // namespace

SetParagraph set_paragraph(Shaper& shaper, const std::string& text, const ParaStyle& st) {
  SetParagraph out;
  const ShapedPiece* sp = space_piece(shaper, st.font);
  float space_w = sp ? sp->glyphs[0].advance * st.size : st.size * 0.25f;
  Builder b = paragraph_items(shaper, text, st, space_w, out);
  if (b.items.empty()) return out;
  b.penalty(kInfPenalty, false);
  b.glue(0, kFilStretch, 0);
  b.penalty(-kInfPenalty, false);
  // A ragged line may end further short than ratio 1 to keep a compound (a title, a list
  // entry); justified text keeps a name only when its lines stay within ratio 1 (pretolerance).
  const bool pretolerance = b.soft.empty() || st.align == Align::Justify;
  LineBreaks lb = knuth_plass(b.items, st.measure, st.tolerance, pretolerance);
  out.overfull = lb.overfull;
  for (int brk : lb.breaks)
    out.soft_breaks += std::binary_search(b.soft.begin(), b.soft.end(), brk) ? 1 : 0;
  set_lines(b, lb, st, sp, out);
  if (st.alternative_looseness != 0 && !lb.overfull && out.lines.size() >= 2) {
    const float tolerance = std::min(st.tolerance, st.alternative_tolerance);
    LooserTighter both;
    if (st.alternative_looseness == 1 && st.alternative_tighter)
      both = knuth_plass_looser_tighter(b.items, st.measure, tolerance);
    else
      both.looser = knuth_plass_looser(b.items, st.measure, tolerance, st.alternative_looseness);
    if (!both.looser.breaks.empty()) {
      SetParagraph other;
      set_lines(b, both.looser, st, sp, other);
      out.alternative = std::move(other.lines);
      out.alternative_stretch =
          *std::max_element(both.looser.ratios.begin(), both.looser.ratios.end());
    }
    if (!both.tighter.breaks.empty()) {
      SetParagraph other;
      set_lines(b, both.tighter, st, sp, other);
      out.tighter = std::move(other.lines);
      out.tighter_shrink =
          *std::min_element(both.tighter.ratios.begin(), both.tighter.ratios.end());
    }
  }
  if (st.hang > 0) {  // the first line starts at 0, the others at `hang`
    for (auto* lines : {&out.lines, &out.alternative, &out.tighter}) {
      for (SetLine& line : *lines) {
        for (TextRun& r : line.runs) r.x += st.hang;
        line.width += st.hang;
      }
    }
  }
  return out;
}

float text_width(Shaper& shaper, const std::string& text, const FontChoice& font, float size) {
  std::vector<TextRun> runs;
  return set_text(shaper, text, font, size, 0, 0, 0, runs);
}

float set_text(Shaper& shaper, const std::string& text, const FontChoice& font, float size, float x,
               float y, float gray, std::vector<TextRun>& runs, std::vector<std::string>* missing) {
  const ShapedPiece* sp = space_piece(shaper, font);
  float space_w = sp ? sp->glyphs[0].advance * size : size * 0.25f;
  std::vector<TextRun> local;
  Emitter em{local, size, gray, x};
  std::size_t i = 0;
  bool first = true;
  while (i <= text.size()) {
    std::size_t j = text.find(' ', i);
    if (j == std::string::npos) j = text.size();
    if (!first) em.space(sp, space_w);
    first = false;
    if (j > i) {
      const ShapedWord& w = shaper.shape(font, std::string_view(text).substr(i, j - i));
      if (missing)
        for (const auto& m : w.missing) missing->push_back(m);
      em.frag(Frag{&w, -1, 0, 0});
    }
    i = j + 1;
  }
  for (auto& r : local) {
    r.y = y;
    runs.push_back(std::move(r));
  }
  return em.x;
}

}  // namespace tuyentap
