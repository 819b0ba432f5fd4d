// From a page's blocks to an article's body: which block is a caption, a heading, the byline,
// the lead. Shared by the readers of HTML (CMS export, saved page) and of crawler records,
// whose plain-text bodies come here as unstyled blocks.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "article/article.h"
#include "article/chrome.h"
#include "article/html_blocks.h"
#include "article/reader.h"

namespace tuyentap {

struct BodyRules {
  // The byline must be right-aligned or bold (the CMS editors' way); otherwise its shape
  // alone will do, as long as two blocks stay in the body.
  bool byline_needs_style = true;
  // Blocks are plain lines with no markup (a crawler's text): a short capitalised line without
  // final punctuation, followed by a paragraph, is a heading.
  bool headings_by_shape = false;
};

struct Body {
  std::vector<Block> blocks;  // in order; the lead is still among them
  std::string author;
  // blocks closing the body that the page prints about itself (article_tail.h), left out: the
  // reader counts them in the article's site-chrome warning
  std::size_t tail_chrome = 0;
};

// Keeps what belongs to the article among blocks whose text is tidied: a block matching an
// [ends-article] marker ends it (or a [related] box title; either is dropped before the body's
// first text, where it is a box above the article), a [drop-line] block is dropped, and so is
// a block with neither text nor photo.
std::vector<HtmlBlock> without_chrome_lines(std::vector<HtmlBlock> blocks,
                                            const ChromeMatcher& chrome);

// The same after tidying each block's text (tidy_html_text).
std::vector<HtmlBlock> article_blocks(std::vector<HtmlBlock> blocks, const ChromeMatcher& chrome);

// Blocks → body. With `author` empty, the last text block is the byline when it has a
// byline's shape (and the style BodyRules asks for). A contact box ending the body ("Địa chỉ:
// …", "Điện thoại: …", "Email: …", and the line ending in ':' that introduces it) is dropped,
// and so are the page's own lines closing it (a box's title, a row of icons' label:
// article_tail.h is_tail_chrome), counted in Body::tail_chrome.
// Then:
//  - a <figcaption> (or a block the page marks as a caption), or the first text block after
//    a photo when it is centred or italic, is a caption, its "Ảnh: X" credit split off;
//  - a block that is a caption by the plain-text rules (caption.h) is one;
//  - h1–h6, a short paragraph entirely in bold (not centred, not the last), or with
//    headings_by_shape a short unpunctuated line before a paragraph, is a heading;
//  - anything else is a paragraph.
Body classify_blocks(const std::vector<HtmlBlock>& kept, std::string author,
                     const BodyRules& rules);

// Takes the lead off a.blocks into a.lead: the first paragraph when it starts with
// `description` (compared with fold_exact) or when there is no description; else the
// description itself, the sapo under the title. a.lead_emphasis gets the paragraph's emphasis
// (none for a description alone); a.lead_at the number of blocks the page set above that
// paragraph (a part's heading, a photo and its caption), which stay above it.
void take_lead(Article& a, const std::string& description);

// How every reader of HTML and of records ends: an article without a title is "no title", one
// with neither lead nor blocks is "only a title, no article text"; else a missing date, topic
// and byline each add a warning ("no date line", `no_topic`, "no byline"); a reader that
// found a date that does not exist warns with kImpossibleDate instead of "no date line". The
// author becomes the byline's name (byline.h author_in_byline), as in the text reader.
std::variant<Article, NotAnArticle> finished_article(Article a, const char* no_topic);
// The warning's words before the date that does not exist ("31/02/2019", "28/01/9999").
inline constexpr std::string_view kImpossibleDate =
    "the date line gives a date that does not exist: ";

}  // namespace tuyentap
