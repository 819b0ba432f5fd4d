// Cards of other articles embedded in an article's body: see embedded_cards.h.
#include "article/embedded_cards.h"

#include <unordered_map>

namespace tuyentap {

std::vector<const GumboNode*> embedded_article_cards(const std::vector<HtmlBlock>& blocks,
                                                     const GumboNode* container) {
  constexpr std::size_t kMaxShare = 4;   // a card holds under 1/4 of the container's text
  constexpr std::size_t kLinkShare = 3;  // and is a link's for 1/3 of its own, or opens with one
  struct Tally {
    std::size_t text = 0, links = 0;
    bool seen = false, opens_with_link = false;
  };
  std::unordered_map<const GumboNode*, Tally> articles;
  std::size_t total = 0;
  for (const HtmlBlock& b : blocks) {
    if (!b.node) continue;
    // the <article> elements between the block and the container, if it is inside
    std::vector<const GumboNode*> on_the_way;
    bool inside = false;
    for (const GumboNode* k = b.node; k && k->type == GUMBO_NODE_ELEMENT; k = k->parent) {
      if (k == container) {
        inside = true;
        break;
      }
      if (k->v.element.tag == GUMBO_TAG_ARTICLE) on_the_way.push_back(k);
    }
    if (!inside) continue;
    total += b.text.size();
    for (const GumboNode* a : on_the_way) {
      Tally& t = articles[a];
      if (!t.seen && !b.text.empty()) {
        t.seen = true;
        t.opens_with_link = b.link_bytes * 2 >= b.text.size();
      }
      t.text += b.text.size();
      t.links += b.link_bytes;
    }
  }
  std::vector<const GumboNode*> cards;
  std::size_t in_cards = 0;
  for (const auto& [node, t] : articles)
    if (t.links > 0 && t.text * kMaxShare < total &&
        (t.links * kLinkShare >= t.text || t.opens_with_link)) {
      cards.push_back(node);
      in_cards += t.text;
    }
  // Cards are asides: when they hold most of the text, they are the article's own sections.
  if (in_cards * 2 > total) return {};
  return cards;
}

}  // namespace tuyentap
