// layout/: what typesetting produces and the PDF writer draws. Nothing here knows PDF.
//
// Units are PostScript points (1/72 in); the origin is the page's top-left corner, y grows
// downwards (the PDF writer flips it). Text is already shaped: each run is a sequence of
// glyph ids of one font at one size, each glyph standing for a slice of the run's Unicode
// text, so the writer can build exact ToUnicode maps.
//
// Why the glyph is 8 bytes and its text lives in the run: a ten-year book draws some
// 20 million glyphs, and a glyph holding its own string (48 bytes and more) made the laid-out
// book alone weigh about a gigabyte.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/picture.h"

namespace tuyentap {

struct FontFile {
  std::string path;  // where it was read from (a .ttf; face index 0), for messages
  std::string name;  // PostScript name, e.g. "NotoSerif-Bold" (the writer adds the subset tag)
  std::shared_ptr<const std::string> bytes;  // the font file as read
};

// The book's logical structure, for a reader who listens (a tagged PDF): layout lists its
// nodes in LaidOutBook::structure and every text run, image and link names the node it
// belongs to. Node -1 is page furniture (running heads, page numbers, dot leaders, rules,
// the cover), which a screen reader skips. What each role becomes in the PDF: docs/tagged-pdf.md.
enum class StructRole : std::uint8_t {
  Part,      // a chapter of the book
  Section,   // an article, the preface, the contents, a list at the back, the title page
  Heading1,  // a chapter's or a book-level section's title ("Chương I" and the title)
  Heading2,  // an article's title
  Heading3,  // a subheading inside an article
  Paragraph,
  Caption,    // a photo's caption
  Figure,     // a photo; its StructNode::alt says what it shows
  List,       // the contents, the abbreviations, the list of articles
  ListItem,   // one entry
  ListLabel,  // the entry's label (an abbreviation, a date)
  ListBody,   // the entry's text
  Link,       // text that is (part of) a Link's area
};

struct StructNode {  // 8 bytes: a book of 100,000 articles has some 1.4 million
  StructRole role = StructRole::Paragraph;
  int parent = -1;  // an earlier node of LaidOutBook::structure; -1: the document itself
  int alt = -1;     // a figure's alternative text: its index in LaidOutBook::alts
};

struct Glyph {
  std::uint16_t id = 0;        // glyph id in the font (never 0 / .notdef: layout reports those
                               // instead); a TrueType font has at most 65,535 glyphs
  std::uint16_t text_len = 0;  // bytes of TextRun::text this glyph stands for: its cluster's
                               // text on the cluster's first glyph, 0 on the others of that
                               // cluster
  float advance = 0;           // horizontal advance in points, after kerning and justification
};
static_assert(sizeof(Glyph) == 8, "Glyph is kept small on purpose: there are millions");

// A glyph drawn away from the pen position (a combining mark HarfBuzz placed). Rare, so
// kept apart from the glyphs instead of costing every glyph two floats.
struct GlyphOffset {
  std::uint32_t index = 0;  // into TextRun::glyphs; ascending, at most one entry per glyph
  float dx = 0, dy = 0;     // offset from the pen position in points, dy downwards
};

struct TextRun {
  int font = 0;        // index into LaidOutBook::fonts
  float size = 0;      // points
  float x = 0, y = 0;  // pen start, baseline
  std::vector<Glyph> glyphs;
  float gray = 0;  // 0 = black … 1 = white
  // Where the run's text is from, for the EPUB's page list (book/page_map.h): an index into
  // the layout's table of places (-1: furniture, leaders, numbers), and the byte offset of
  // the run's line in its block's printed text. The PDF writer ignores both.
  std::int32_t place = -1;
  std::uint32_t place_offset = 0;
  int node = -1;  // in LaidOutBook::structure; -1: furniture (fills padding: no cost)
  // The glyphs' texts (UTF-8) concatenated in order: glyph i stands for the text_len bytes
  // that follow those of glyphs 0 … i-1. The text_len add up to text.size().
  std::string text;
  std::vector<GlyphOffset> offsets;  // only the glyphs drawn off the pen, ascending index

  // Appends a glyph, its text and (when not zero) its offset, keeping the invariants above.
  void add(std::uint16_t id, float advance, std::string_view glyph_text = {}, float dx = 0,
           float dy = 0) {
    if (dx != 0 || dy != 0) offsets.push_back({static_cast<std::uint32_t>(glyphs.size()), dx, dy});
    glyphs.push_back({id, static_cast<std::uint16_t>(glyph_text.size()), advance});
    text.append(glyph_text);
  }
};

struct Rule {  // a straight line: rules under headings, dot leaders are glyphs instead
  float x1 = 0, y1 = 0, x2 = 0, y2 = 0, width = 0.5f;
};

struct Link {                        // a clickable area that jumps inside the document
  float x = 0, y = 0, w = 0, h = 0;  // the area, top-left origin
  int target_page = 0;               // 0-based page index
  float target_y = 0;                // where on the target page (top-left origin)
  int node = -1;                     // the StructRole::Link node it belongs to, -1: none
};

// A raster image drawn on a page (the user's cover picture). Layout reads only its size;
// the writer embeds the bytes: a JPEG as it is, a PNG decoded.
struct Image {
  std::shared_ptr<const Picture> picture;  // never null
  float x = 0, y = 0, w = 0, h = 0;        // the box it fills, top-left origin, aspect ratio kept
  bool photo = false;  // an article's photo: one the writer cannot decode is left out, not fatal
  int node = -1;       // its StructRole::Figure node; -1: decoration (the cover)
};

struct Page {
  std::vector<TextRun> runs;
  std::vector<Rule> rules;
  std::vector<Link> links;
  std::vector<Image> images;  // drawn before (under) the rules and text
};

struct OutlineItem {  // a bookmark: chapters at level 0, their articles at level 1
  std::string title;
  int level = 0;
  int page = 0;
  float y = 0;
};

struct PageLabelRange {  // PDF page labels: front matter in roman numerals, then 1, 2, 3 …
  int first_page = 0;    // 0-based page index where the range starts
  enum Style { Roman, Arabic, None } style = Arabic;
  int start = 1;  // the number shown on first_page
};

struct DocInfo {
  std::string title, author, subject, keywords, language = "vi-VN";
  std::string creator = "tuyentap";
  long long date_epoch = 0;  // creation/modification date; from SOURCE_DATE_EPOCH when set
};

struct LaidOutBook {
  float page_width = 595.276f, page_height = 841.89f;  // A4
  std::vector<FontFile> fonts;
  std::vector<Page> pages;
  std::vector<OutlineItem> outline;
  std::vector<PageLabelRange> labels;
  DocInfo info;
  // The logical structure the runs, images and links point into; empty: an untagged PDF
  // (a booklet's print sheets).
  std::vector<StructNode> structure;
  std::vector<std::string> alts;  // the figures' alternative texts (StructNode::alt)
};

}  // namespace tuyentap
