// Cards of other articles that a CMS embeds inside an article's body ("Xem thêm" boxes as an
// editor inserts them: VietNamNet's <article class="ck-cms-insert-news">, a WordPress embed,
// a portal's related-news box with no telling name): each an <article> element nested in
// the article's container, holding a link (the other article's title) and a small part of
// the container's text (its description). What it holds is no part of the article.
#pragma once

#include <gumbo.h>

#include <vector>

#include "article/html_blocks.h"

namespace tuyentap {

// The <article> elements strictly inside `container` that are cards: a third of their text
// is a link's or their first block is a link (the other article's title), and all of it is
// under a quarter of the container's text (an article's own <article> inside a wrapper holds
// most of it). None when the candidates together hold most of the container's text: those
// are the article's own sections, each with a link in its text.
std::vector<const GumboNode*> embedded_article_cards(const std::vector<HtmlBlock>& blocks,
                                                     const GumboNode* container);

}  // namespace tuyentap
