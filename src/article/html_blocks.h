// HTML → a flat list of blocks (paragraphs, headings, photos, captions) as a page lays them
// out, for every reader of HTML: the CMS export's editor HTML, saved web pages and crawler
// records whose body is HTML. The walks keep their own stacks (html_document.h parses).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "article/emphasis.h"
#include "article/html_document.h"

namespace tuyentap {

// One block-level piece of the page as it was laid out.
struct HtmlBlock {
  std::string text;            // as collected; tidy_html_text() gives the reader's form
  bool image = false;          // holds an <img>
  std::string image_src;       // the first <img>'s address as written (img_address)
  bool centred = false;        // text-align:center (style, align or class)
  bool right = false;          // text-align:right
  bool italic = true;          // every letter inside <em>/<i>
  bool bold = true;            // every letter inside <strong>/<b>
  bool heading = false;        // h1–h6
  int level = 0;               // 1–6 for a heading
  bool figcaption = false;     // <figcaption>, or inside an element the page marks as a caption
  std::size_t link_bytes = 0;  // bytes of text inside <a>
  std::vector<std::string> link_texts;  // the text of each link in it
  // The block's element (p, h2, li …), or for loose text the element it lies in.
  const GumboNode* node = nullptr;
  bool loose = false;  // text lying directly in a container, not in a block element
  // The text as pieces in bold and italic (<b>, <strong>, <i>, <em>, a span's style), for the
  // block's emphasis (emphasis.h); empty until the block's first styled piece.
  std::vector<StyledPiece> pieces;
};

struct CollectOptions {
  // Elements to leave out with all they hold (besides scripts, styles, forms and the like).
  std::function<bool(const GumboNode*)> skip;
  // Two <br> in a row end a paragraph (old pages lay paragraphs out that way); the editor's
  // HTML of a CMS export uses <br> as a space only.
  bool double_br_splits = false;
  // An element whose class says "caption" ("figcaption", "PhotoCMS_Caption", "Image") makes
  // the text inside it a caption, as <figcaption> does.
  bool caption_classes = false;
};

// Walks containers (div, section, table …) down to block elements (p, h1–h6, li, figcaption,
// blockquote, pre); loose inline content between blocks becomes a block of its own. A block
// element holding other blocks (a <li> of paragraphs, a <p> holding a table) is walked as a
// container. Never recursive.
std::vector<HtmlBlock> collect_html_blocks(const GumboNode* root, const CollectOptions& opts = {});

// Where an <img> takes its picture from, as written: `src`, or when that is empty or an
// inline data: placeholder (lazy loading), `data-src` / `data-original`. "" when none.
std::string img_address(const GumboNode* img);

// NFC, white space folded, no space before closing punctuation at a word's end (the editor's
// span splits leave "Đức An ." behind).
std::string tidy_html_text(std::string_view raw);

// The text of an element and all it holds (scripts and styles left out), tidied.
std::string element_text(const GumboNode* n);

}  // namespace tuyentap
