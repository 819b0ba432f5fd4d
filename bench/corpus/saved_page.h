// A generated article as a browser saves it ("Save page as…", HTML only): a news site's page
// of about 150 KB in which the article is a small part — the site's scripts and styles, a
// header menu, a breadcrumb, a sidebar of related links, comments and a footer around it.
// For issue 9's scan benchmark: tuyentap's saved-page reader against gumbo's bare parse.
#pragma once

#include <string>

#include "corpus/article_gen.h"

namespace corpus {

// The page of article `index`; the same article and index give the same bytes.
std::string to_saved_page(const GenArticle& a, int index);

}  // namespace corpus
