// HTML → a flat list of blocks (paragraphs, headings, photos, captions) as a page lays them
// out, for every reader of HTML: the CMS export's editor HTML, saved web pages and crawler
// records whose body is HTML. Parsing is gumbo's; everything here walks the tree without
// recursion, and a document nested deeper than kMaxHtmlNesting is flattened before gumbo sees
// it (gumbo itself recurses when it frees a tree, and its scope checks grow with the depth).
#pragma once

#include <gumbo.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// Open elements (not counting paragraphs, list items, table cells and the like, which close
// themselves) deeper than this are dropped, their text kept: real pages stay far below it.
constexpr int kMaxHtmlNesting = 400;

// A parsed document. The input is copied (gumbo points into it) and, when nested deeper than
// kMaxHtmlNesting, flattened first.
class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode* root() const { return output_->root; }
  bool flattened() const { return flattened_; }  // the input was nested too deep

 private:
  std::string html_;
  GumboOutput* output_ = nullptr;
  bool flattened_ = false;
};

// One block-level piece of the page as it was laid out.
struct HtmlBlock {
  std::string text;            // as collected; tidy_html_text() gives the reader's form
  bool image = false;          // holds an <img>
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

// NFC, white space folded, no space before closing punctuation at a word's end (the editor's
// span splits leave "Đức An ." behind).
std::string tidy_html_text(std::string_view raw);

// "Tung tin &#39;Mr Bean&#39;" → "Tung tin 'Mr Bean'": character references decoded as HTML
// does, nothing else changed (tags stay text, line ends stay). Text without '&' is returned
// as it is.
std::string decode_html_entities(std::string_view text);

// The text of an element and all it holds (scripts and styles left out), tidied.
std::string element_text(const GumboNode* n);

// ASCII letters in lower case, other bytes as they are: how HTML compares tag names,
// attribute values such as class and rel, charsets and host names.
std::string lower_ascii(std::string_view s);

// An attribute's value, "" when absent.
std::string html_attr(const GumboNode* n, const char* name);

bool is_element(const GumboNode* n, GumboTag tag);

// Visits every element under `root` (itself included) in document order, without recursion;
// when `visit` returns false, what the element holds is not visited.
void for_each_element(const GumboNode* root, const std::function<bool(const GumboNode*)>& visit);

}  // namespace tuyentap
