// layout/: what typesetting produces and the PDF writer draws. Nothing here knows PDF.
//
// Units are PostScript points (1/72 in); the origin is the page's top-left corner, y grows
// downwards (the PDF writer flips it). Text is already shaped: each run is a sequence of
// positioned glyph ids of one font at one size, each glyph carrying the Unicode text it
// stands for, so the writer can build exact ToUnicode maps.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tuyentap {

struct FontFile {
  std::string path;  // a .ttf; face index 0
  std::string name;  // PostScript name, e.g. "NotoSerif-Bold" (the writer adds the subset tag)
};

struct Glyph {
  std::uint32_t id = 0;  // glyph id in the font (never 0 / .notdef: layout reports those instead)
  float advance = 0;     // horizontal advance in points, after kerning and justification
  float dx = 0, dy = 0;  // offset from the pen position in points (marks), dy downwards
  std::string text;      // the Unicode (UTF-8) this glyph stands for: its cluster's text on the
                         // cluster's first glyph, "" on the others of that cluster
};

struct TextRun {
  int font = 0;        // index into LaidOutBook::fonts
  float size = 0;      // points
  float x = 0, y = 0;  // pen start, baseline
  std::vector<Glyph> glyphs;
  float gray = 0;  // 0 = black … 1 = white
};

struct Rule {  // a straight line: rules under headings, dot leaders are glyphs instead
  float x1 = 0, y1 = 0, x2 = 0, y2 = 0, width = 0.5f;
};

struct Link {                        // a clickable area that jumps inside the document
  float x = 0, y = 0, w = 0, h = 0;  // the area, top-left origin
  int target_page = 0;               // 0-based page index
  float target_y = 0;                // where on the target page (top-left origin)
};

struct Page {
  std::vector<TextRun> runs;
  std::vector<Rule> rules;
  std::vector<Link> links;
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
};

}  // namespace tuyentap
