// Saved web pages ("Save page as…", a crawler's raw HTML): the whole page with its menus,
// sidebars and footers, of which only the article is wanted.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "article/chrome.h"
#include "article/html_blocks.h"
#include "article/learned_chrome.h"
#include "article/reader.h"

namespace tuyentap {

// Reads decoded NFC text; fills everything but id, file and encoding. The rules, in order:
//  - the article is the best-scored container (page_layout.h); its blocks, without the
//    page's chrome elements, link lists and chrome-marker lines, are the body;
//  - title: the article's <h1> when the page's metadata agrees with it, else og:title (or
//    twitter:title, JSON-LD headline), else <title>, each without the site's name after it;
//  - date: article:published_time, itemprop or JSON-LD datePublished, a <time> or date line
//    between the title and the body (or in the body's first blocks), else the address;
//  - topic: the breadcrumb's last step, article:section, or a link beside the date line;
//  - lead: the sapo (class sapo/lead/summary/description), else the first paragraph, without
//    an agency prefix ("(PL+) - ", "TTO - ");
//  - author: an itemprop=author / class=author element by the article, else the last block
//    when it is shaped like a byline, else a bold or right-aligned byline just after it;
//  - captions: <figcaption>, elements classed as captions, the text of a table holding a
//    photo, and whatever block_rules.h takes for one;
//  - source: og:site_name (unless only a domain), else the address's host, else the agency;
//    the address from canonical, og:url, JSON-LD or the saved-from comment.
std::variant<Article, NotAnArticle> read_web_page(std::string_view text,
                                                  const ChromeMatcher& chrome);

// The same in two halves, for chrome learning (learned_chrome.h): what the page alone shows,
// read while the folder's files are decoded, then the body once the folder's chrome is known.
// Between the two the page's parsed tree is gone: only the article's blocks are kept.
struct PreparedPage {
  Article article;              // title, date, topic and address; no lead, body or author yet
  std::vector<HtmlBlock> body;  // the article's blocks, header lines out; `node` is null
  std::string sapo;             // the sapo's text, "" when none
  std::string author_hint;      // an author element's text by the article
  std::string byline_after;     // a styled byline just after the body
  std::string meta_author;      // the metadata's author
  std::string site_name;        // og:site_name
  std::string host;             // the address's host
};
PreparedPage prepare_web_page(std::string_view text, const ChromeMatcher& chrome);
// What the page offers to learning: its body blocks, but neither photos nor captions; its
// title, topic, sapo, byline and subheadings are never learned.
ChromeEvidence chrome_evidence(const PreparedPage& page);
// The body without the learned chrome (a block whose whole text is a learned line), read.
std::variant<Article, NotAnArticle> finish_web_page(PreparedPage page, const LearnedLines& learned);

}  // namespace tuyentap
