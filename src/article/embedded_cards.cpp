// Cards of other articles embedded in an article's body: see embedded_cards.h.
#include "article/embedded_cards.h"

#include <unordered_map>

namespace tuyentap {

std::vector<const GumboNode*> embedded_article_cards(const std::vector<HtmlBlock>& blocks,
                                                     const GumboNode* container) {
  constexpr std::size_t kMaxShare = 4;  // a card holds under 1/4 of the container's text
  struct Tally {
    std::size_t text = 0, links = 0;
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
      articles[a].text += b.text.size();
      articles[a].links += b.link_bytes;
    }
  }
  std::vector<const GumboNode*> cards;
  for (const auto& [node, t] : articles)
    if (t.links > 0 && t.text * kMaxShare < total) cards.push_back(node);
  return cards;
}

}  // namespace tuyentap
