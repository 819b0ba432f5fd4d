// Where on a web page the article is, in the spirit of Readability and trafilatura: text
// blocks score their containers (length, commas), containers are weighed by what their class
// and id say ("content", "detail", "article-body" up; "menu", "related", "share" down) and by
// how much of their text is links, and the best one holds the article. The hints help but are
// never required: a page of bare <div>s and <table>s is read by its text alone.
#pragma once

#include <gumbo.h>

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "article/chrome.h"
#include "article/html_blocks.h"

namespace tuyentap {

// An element that is no part of an article wherever it stands: navigation (<nav>, <aside>),
// anything hidden, and elements whose class, id, type or role name site furniture (related
// news, comments, share buttons, tags, breadcrumbs, menus, banners, "read more").
bool is_page_chrome(const GumboNode* n);

// The chrome elements of one page: is_page_chrome's, less the layout columns named like
// furniture ("sidebar-1", "content-sidebar-wrap") that hold an <h1> of the page and more than
// half of its blocks' text: there the article stands, whatever the column's class says.
// Hidden elements, <nav> and <aside> stay chrome. Answers are cached.
class PageChrome {
 public:
  explicit PageChrome(const std::vector<HtmlBlock>& blocks);  // the whole page's blocks
  bool operator()(const GumboNode* n);
  // `n` or an element above it, below `stop` (never `stop` itself; nullptr: up to the
  // document), is chrome: what lies inside chrome is chrome.
  bool within(const GumboNode* n, const GumboNode* stop = nullptr);
  // Makes `n` chrome on this page (an embedded card: embedded_cards.h).
  void mark(const GumboNode* n) { known_[n] = true; }

 private:
  std::unordered_set<const GumboNode*> columns_;
  std::unordered_map<const GumboNode*, bool> known_;
};

// A block whose text is mostly links (a related article's title, a menu item), and no
// caption. `b.text` must be tidied.
bool mostly_links(const HtmlBlock& b);

// The element holding the article among `blocks` (collected from `body`, texts tidied):
// the best-scored container, or `body` when no block is long enough to count.
const GumboNode* find_article_container(const std::vector<HtmlBlock>& blocks,
                                        const GumboNode* body);

// Every block of a page (or of an HTML fragment) under `root`, texts tidied: what the scores,
// the header and the body are read from. Two <br> end a paragraph; caption classes count.
std::vector<HtmlBlock> page_blocks(const GumboNode* root);

// The article's blocks among `blocks` (page_blocks): those under `container` and inside no
// chrome element below it (PageChrome) nor an embedded card of another article
// (embedded_cards.h), chrome markers applied (without_chrome_lines),
// link lists dropped (mostly_links), and the text of a table laid out around a photo
// (<table><tr><td><img></td></tr><tr><td>caption</td></tr></table>, at most 60 words)
// marked as a caption.
std::vector<HtmlBlock> article_body_blocks(const std::vector<HtmlBlock>& blocks,
                                           const GumboNode* container, const ChromeMatcher& chrome);

}  // namespace tuyentap
