// Crawler records: one article as a JSON object, as news crawlers write them (news-please:
// title, maintext/text, date_publish, authors, url, source_domain, description; newspaper3k
// and its kin: text, authors, publish_date, meta_data{og, article}; site crawlers: Title,
// Content as HTML, Time, Category; a "content" object with "text" and "html").
#pragma once

#include <optional>
#include <string_view>
#include <variant>

#include "article/chrome.h"
#include "article/reader.h"

namespace tuyentap {

// nullopt when the text is not a record: not a JSON object, nested deeper than
// kMaxJsonNesting, or without a title and a body. Otherwise the article, read like this:
//  - title: title/headline (HTML entities decoded, the site's name after it removed);
//  - body: an HTML body (content.html, html, or a content/text field holding tags) is read as
//    a page's article block (chrome elements and link lists out); a text body
//    (maintext, text, content, body) one paragraph per line, without the lines a crawler
//    leaves behind: the title again, photo placeholders ("<title> - Ảnh 1", "… hinh anh 2"),
//    and indented related-article links; headings by their shape;
//  - date: date_publish, publish_date, published_time, datePublished, date, Time …
//    ({"$date": …} and Unix times too), else the address (published_time.h);
//  - author: authors/author, else the body's byline; a last line that repeats the author or
//    only says "Tổng hợp" is dropped;
//  - lead: the body's first paragraph when it starts with an agency ("TTO - ") or with the
//    description, else the description, else the first paragraph; agency prefix removed;
//  - topic: category/section (a breadcrumb's last step; URL slugs and "News" ignored);
//  - source: a site name that is no domain, else the address's host, else source_domain.
std::optional<std::variant<Article, NotAnArticle>> read_crawler_record(std::string_view text,
                                                                       const ChromeMatcher& chrome);

}  // namespace tuyentap
