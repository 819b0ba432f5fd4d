// What a web page says about itself in machine-readable form: <meta> (Open Graph, article:*,
// name=…), <link rel=canonical>, <title>, schema.org JSON-LD and itemprop, and the comment a
// browser writes at the top of a saved page ("<!-- saved from url=(0094)http://… -->").
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/date.h"

namespace tuyentap {

struct PageMeta {
  std::string og_title;                 // og:title
  std::string other_title;              // twitter:title, <meta name=title>, JSON-LD headline
  std::string html_title;               // <title>
  std::string site_name;                // og:site_name, JSON-LD publisher
  std::string url;                      // canonical, og:url, JSON-LD url, the saved-from comment
  std::string section;                  // article:section, JSON-LD articleSection
  std::vector<std::string> breadcrumb;  // JSON-LD BreadcrumbList, in order
  std::string author;                   // JSON-LD author(s)
  // article:published_time, itemprop=datePublished, JSON-LD datePublished, then the
  // publication dates of other conventions (pubdate, dc.date …).
  std::optional<DateTime> published;
};

// `html` is the page's text, for the saved-from comment; `root` its parsed tree.
PageMeta read_page_meta(const GumboNode* root, std::string_view html);

}  // namespace tuyentap
