// The scores are Readability's (Mozilla's Readability.js, itself after Arc90's): a text block
// of 25 characters or more gives 1 + its commas + one per 100 characters (at most 3) to the
// element holding it, half to that one's parent, and a sixth, ninth … to the three above;
// each scored element starts from its tag's and its hints' weight, and its score is cut by
// the share of its text that is links.
#include "article/page_layout.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "article/block_rules.h"
#include "article/embedded_cards.h"
#include "article/text_lines.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinScoredChars = 25;
constexpr int kScoredLevels = 5;
constexpr std::size_t kMaxFigureWords = 60;  // a photo's table holds a caption, not a story

// What an element's class, id and the like say about it, in lower case.
std::string hints_of(const GumboNode* n) {
  return lower_ascii(html_attr(n, "class") + " " + html_attr(n, "id") + " " + html_attr(n, "type") +
                     " " + html_attr(n, "role"));
}

bool contains_any(const std::string& s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words)
    if (s.find(w) != std::string::npos) return true;
  return false;
}

// Whole parts of the hints ("ad" in "box-ad", not in "header").
bool has_part(const std::string& s, std::initializer_list<std::string_view> parts) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = s.find_first_of(" -_", i);
    if (j == std::string::npos) j = s.size();
    std::string_view part(s.data() + i, j - i);
    for (std::string_view p : parts)
      if (part == p) return true;
    i = j + 1;
  }
  return false;
}

bool chrome_hints(const std::string& h) {
  return contains_any(h,
                      {"related",  "relate",     "lienquan", "comment",  "binhluan",  "share",
                       "social",   "breadcrumb", "sidebar",  "footer",   "banner",    "advert",
                       "sponsor",  "promo",      "widget",   "readmore", "read-more", "tags",
                       "keyword",  "tukhoa",     "navbar",   "menu",     "subscribe", "newsletter",
                       "popup",    "cookie",     "rating",   "poll",     "toolbar",   "pagination",
                       "mostread", "most-read",  "tinkhac",  "tin-khac", "othernews", "other-news",
                       "login",    "signin"}) ||
         has_part(h, {"ad", "ads", "adv", "nav", "tag", "hidden", "hide", "hot", "most", "other",
                      "print", "vote", "aside"});
}

bool content_hints(const std::string& h) {
  return contains_any(h, {"article", "content", "detail", "entry", "post", "story", "body",
                          "noidung", "chitiet", "baiviet", "fck"}) ||
         has_part(h, {"main", "text"});
}

bool hidden(const GumboNode* n) {
  std::string style = lower_ascii(html_attr(n, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos ||
         gumbo_get_attribute(&n->v.element.attributes, "hidden") != nullptr ||
         lower_ascii(html_attr(n, "aria-hidden")) == "true";
}

int tag_weight(GumboTag t) {
  if (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6) return -5;
  switch (t) {
    case GUMBO_TAG_ARTICLE:
      return 10;
    case GUMBO_TAG_DIV:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

// The weight an element starts from: its tag, its hints, schema.org's articleBody.
double initial_score(const GumboNode* n) {
  double w = tag_weight(n->v.element.tag);
  std::string h = hints_of(n);
  if (chrome_hints(h)) w -= 25;
  if (content_hints(h)) w += 25;
  if (lower_ascii(html_attr(n, "itemprop")) == "articlebody") w += 25;
  return w;
}

struct Tally {
  double score = 0;
  std::size_t text = 0, links = 0;
  bool scored = false;
};

class Scorer {
 public:
  Scorer(const GumboNode* body, const std::vector<HtmlBlock>& blocks)
      : body_(body), chrome_(blocks) {}

  void add(const HtmlBlock& b);
  const GumboNode* best() const;

 private:
  const GumboNode* up(const GumboNode* n) const {
    return n == body_ || !n->parent || n->parent->type != GUMBO_NODE_ELEMENT ? nullptr : n->parent;
  }
  static double final_score(const Tally& t) {
    double density = t.text ? static_cast<double>(t.links) / static_cast<double>(t.text) : 0;
    return t.score * (1 - std::min(density, 1.0));
  }

  const GumboNode* body_;
  std::unordered_map<const GumboNode*, Tally> tally_;
  PageChrome chrome_;
};

void Scorer::add(const HtmlBlock& b) {
  if (b.text.empty() || !b.node || b.node->type != GUMBO_NODE_ELEMENT) return;
  for (const GumboNode* k = b.node; k; k = up(k)) {
    Tally& t = tally_[k];
    t.text += b.text.size();
    t.links += b.link_bytes;
  }
  std::size_t chars = code_point_count(b.text);
  if (chars < kMinScoredChars || chrome_.within(b.node)) return;
  double score = 1 + static_cast<double>(std::count(b.text.begin(), b.text.end(), ',')) +
                 std::min<double>(static_cast<double>(chars / 100), 3);
  const GumboNode* k = b.loose ? b.node : up(b.node);
  for (int level = 0; k && level < kScoredLevels; ++level, k = up(k)) {
    Tally& t = tally_[k];
    if (!t.scored) {
      t.score += initial_score(k);
      t.scored = true;
    }
    t.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
  }
}

const GumboNode* Scorer::best() const {
  const GumboNode* top = nullptr;
  double top_score = 0;
  for (const auto& [node, t] : tally_) {
    if (!t.scored) continue;
    double s = final_score(t);
    // Ties go to the element that comes first in the page, whatever the map's order.
    if (!top || s > top_score ||
        (s == top_score && node->v.element.start_pos.offset < top->v.element.start_pos.offset)) {
      top = node;
      top_score = s;
    }
  }
  return top ? top : body_;
}

// Tables laid out around a photo, each looked at once.
class FigureTables {
 public:
  bool caption(const GumboNode* n) {
    const GumboNode* table = nullptr;
    int steps = 0;
    for (const GumboNode* k = n; k && steps < 8 && !table; k = k->parent, ++steps)
      if (is_element(k, GUMBO_TAG_TABLE)) table = k;
    if (!table) return false;
    auto it = cache_.find(table);
    if (it != cache_.end()) return it->second;
    bool photo = false;
    for_each_element(table, [&](const GumboNode* k) {
      photo = photo || k->v.element.tag == GUMBO_TAG_IMG;
      return !photo;
    });
    bool figure = photo && at_most_words(element_text(table), kMaxFigureWords);
    cache_[table] = figure;
    return figure;
  }

 private:
  std::unordered_map<const GumboNode*, bool> cache_;
};

}  // namespace

bool is_page_chrome(const GumboNode* n) {
  if (n->type != GUMBO_NODE_ELEMENT) return false;
  GumboTag t = n->v.element.tag;
  if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML) return false;  // "ads-disable" on <body>
  if (t == GUMBO_TAG_NAV || t == GUMBO_TAG_ASIDE) return true;
  if (hidden(n)) return true;
  return chrome_hints(hints_of(n));
}

PageChrome::PageChrome(const std::vector<HtmlBlock>& blocks) {
  // The elements named like chrome, and chrome by their name alone, above an <h1>.
  std::unordered_map<const GumboNode*, std::size_t> text;
  for (const HtmlBlock& b : blocks) {
    if (!b.heading || b.level != 1 || b.text.empty() || !b.node) continue;
    for (const GumboNode* k = b.node; k && k->type == GUMBO_NODE_ELEMENT; k = k->parent) {
      GumboTag t = k->v.element.tag;
      if (t != GUMBO_TAG_NAV && t != GUMBO_TAG_ASIDE && !hidden(k) && chrome_hints(hints_of(k)))
        text.emplace(k, 0);
    }
  }
  if (text.empty()) return;
  std::size_t total = 0;
  for (const HtmlBlock& b : blocks) {
    total += b.text.size();
    for (const GumboNode* k = b.node; k && k->type == GUMBO_NODE_ELEMENT; k = k->parent)
      if (auto it = text.find(k); it != text.end()) it->second += b.text.size();
  }
  for (const auto& [node, size] : text)
    if (size * 2 > total) columns_.insert(node);
}

bool PageChrome::operator()(const GumboNode* n) {
  auto it = known_.find(n);
  if (it != known_.end()) return it->second;
  return known_[n] = !columns_.contains(n) && is_page_chrome(n);
}

bool PageChrome::within(const GumboNode* n, const GumboNode* stop) {
  for (; n && n != stop && n->type == GUMBO_NODE_ELEMENT; n = n->parent)
    if ((*this)(n)) return true;
  return false;
}

bool mostly_links(const HtmlBlock& b) {
  return !b.figcaption && !b.text.empty() && b.link_bytes * 2 > b.text.size();
}

const GumboNode* find_article_container(const std::vector<HtmlBlock>& blocks,
                                        const GumboNode* body) {
  Scorer scorer(body, blocks);
  for (const HtmlBlock& b : blocks) scorer.add(b);
  return scorer.best();
}

std::vector<HtmlBlock> page_blocks(const GumboNode* root) {
  std::vector<HtmlBlock> blocks = collect_html_blocks(
      root, {.skip = nullptr, .double_br_splits = true, .caption_classes = true});
  for (HtmlBlock& b : blocks) b.text = tidy_html_text(b.text);
  return blocks;
}

std::vector<HtmlBlock> article_body_blocks(const std::vector<HtmlBlock>& blocks,
                                           const GumboNode* container,
                                           const ChromeMatcher& chrome) {
  PageChrome page_chrome(blocks);
  for (const GumboNode* card : embedded_article_cards(blocks, container)) page_chrome.mark(card);
  auto in_article = [&](const GumboNode* n) {
    const GumboNode* k = n;
    while (k && k != container) k = k->parent;
    return k == container && !page_chrome.within(n, container);
  };
  std::vector<HtmlBlock> inside;
  for (const HtmlBlock& b : blocks)
    if (b.node && in_article(b.node)) inside.push_back(b);
  FigureTables figures;
  std::vector<HtmlBlock> kept;
  for (HtmlBlock& b : without_chrome_lines(std::move(inside), chrome)) {
    if (mostly_links(b)) continue;
    if (!b.figcaption && !b.text.empty() && figures.caption(b.node)) b.figcaption = true;
    kept.push_back(std::move(b));
  }
  return kept;
}

}  // namespace tuyentap
