#include "article/page_meta.h"

#include <nlohmann/json.hpp>

#include "article/broken_breadcrumb.h"
#include "article/html_blocks.h"
#include "article/json_input.h"
#include "article/published_time.h"
#include "article/source_names.h"

namespace tuyentap {

namespace {

using nlohmann::json;

void set_once(std::string& field, const std::string& value) {
  if (field.empty()) field = tidy_html_text(value);
}

// Publication dates, best source first: a lower rank wins.
struct DateCandidate {
  std::optional<DateTime> value;
  int rank = 99;
  void offer(const std::string& text, int r) {
    if (r >= rank) return;
    if (auto t = parse_published_time(text)) {
      value = t;
      rank = r;
    }
  }
};

enum DateRank { kArticleMeta = 0, kItemprop = 1, kJsonLd = 2, kOtherMeta = 3 };

bool has_type(const json& obj, std::initializer_list<std::string_view> wanted) {
  const json* type = json_member(obj, {"@type"});
  std::vector<std::string> types = json_names(type);
  for (const std::string& t : types)
    for (std::string_view w : wanted)
      if (t.find(w) != std::string::npos) return true;
  return false;
}

void read_json_ld_article(const json& obj, PageMeta& m, DateCandidate& date) {
  set_once(m.other_title, json_text(json_member(obj, {"headline", "name"})));
  date.offer(json_text(json_member(obj, {"datePublished", "dateCreated"})), kJsonLd);
  std::vector<std::string> authors = json_names(json_member(obj, {"author", "creator"}));
  std::string joined;
  for (const std::string& a : authors) joined += (joined.empty() ? "" : ", ") + a;
  set_once(m.author, joined);
  std::vector<std::string> sections = json_names(json_member(obj, {"articleSection"}));
  if (!sections.empty()) set_once(m.section, sections.front());
  if (const json* pub = json_member(obj, {"publisher"}); pub && pub->is_object())
    set_once(m.site_name, json_text(json_member(*pub, {"name"})));
  std::string url = json_text(json_member(obj, {"url"}));
  if (url.empty()) {
    if (const json* page = json_member(obj, {"mainEntityOfPage"})) {
      url = page->is_object() ? json_text(json_member(*page, {"@id", "url"})) : json_text(page);
    }
  }
  if (!url_host(url).empty()) set_once(m.url, url);
}

void read_json_ld_breadcrumb(const json& obj, PageMeta& m) {
  const json* items = json_member(obj, {"itemListElement"});
  if (!items || !items->is_array() || !m.breadcrumb.empty()) return;
  for (const json& item : *items) {
    std::string name = json_text(json_member(item, {"name"}));
    if (name.empty())
      if (const json* inner = json_member(item, {"item"}); inner && inner->is_object())
        name = json_text(json_member(*inner, {"name"}));
    if (!name.empty()) m.breadcrumb.push_back(tidy_html_text(name));
  }
}

// Every object in a JSON-LD block (top level, arrays, @graph), without recursion.
void read_json_ld(std::string_view text, PageMeta& m, DateCandidate& date) {
  std::optional<json> doc = parse_json_capped(text);
  if (!doc) {
    // a block written by hand with a comma missing: its breadcrumb's names still read
    if (m.breadcrumb.empty())
      for (std::string& name : breadcrumb_names_in_broken_json(text))
        m.breadcrumb.push_back(tidy_html_text(name));
    return;
  }
  std::vector<const json*> todo{&*doc};
  bool article_seen = false;
  while (!todo.empty()) {
    const json* v = todo.back();
    todo.pop_back();
    if (v->is_array()) {
      for (auto it = v->rbegin(); it != v->rend(); ++it) todo.push_back(&*it);
      continue;
    }
    if (!v->is_object()) continue;
    if (!article_seen && has_type(*v, {"Article", "BlogPosting", "Report"})) {
      read_json_ld_article(*v, m, date);
      article_seen = true;
    } else if (has_type(*v, {"BreadcrumbList"})) {
      read_json_ld_breadcrumb(*v, m);
    }
    if (const json* graph = json_member(*v, {"@graph"})) todo.push_back(graph);
  }
}

void read_meta_element(const GumboNode* n, PageMeta& m, DateCandidate& date) {
  std::string key = lower_ascii(html_attr(n, "property"));
  if (key.empty()) key = lower_ascii(html_attr(n, "name"));
  std::string itemprop = lower_ascii(html_attr(n, "itemprop"));
  std::string content = html_attr(n, "content");
  if (content.empty()) return;
  if (key == "og:title") set_once(m.og_title, content);
  if (key == "twitter:title" || key == "title") set_once(m.other_title, content);
  if (key == "og:site_name") set_once(m.site_name, content);
  if (key == "og:url" && !url_host(content).empty()) set_once(m.url, content);
  if (key == "article:section") set_once(m.section, content);
  if (key == "article:published_time") date.offer(content, kArticleMeta);
  if (itemprop == "datepublished") date.offer(content, kItemprop);
  if (key == "pubdate" || key == "publishdate" || key == "publish-date" || key == "dc.date" ||
      key == "dc.date.issued" || key == "dcterms.created" || key == "parsely-pub-date" ||
      key == "og:published_time" || key == "article:published")
    date.offer(content, kOtherMeta);
}

// "<!-- saved from url=(0094)http://www.example.vn/x.html -->", at the top of a saved page.
std::string saved_from_url(std::string_view html) {
  std::size_t at = html.substr(0, 2048).find("saved from url=");
  if (at == std::string_view::npos) return "";
  std::size_t start = html.find(')', at);
  if (start == std::string_view::npos || start > at + 24) return "";
  std::size_t end = html.find_first_of(" \t\r\n>", start + 1);
  std::string url(html.substr(start + 1, end == std::string_view::npos ? 0 : end - start - 1));
  if (url.ends_with("--")) url.resize(url.size() - 2);
  return url_host(url).empty() ? "" : url;
}

std::string script_text(const GumboNode* n) {
  std::string text;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA ||
        k->type == GUMBO_NODE_WHITESPACE)
      text += k->v.text.text;
  }
  return text;
}

}  // namespace

PageMeta read_page_meta(const GumboNode* root, std::string_view html) {
  PageMeta m;
  DateCandidate date;
  std::string canonical;
  for_each_element(root, [&](const GumboNode* n) {
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_META) {
      read_meta_element(n, m, date);
    } else if (t == GUMBO_TAG_LINK) {
      if (lower_ascii(html_attr(n, "rel")) == "canonical" && canonical.empty() &&
          !url_host(html_attr(n, "href")).empty())
        canonical = html_attr(n, "href");
    } else if (t == GUMBO_TAG_TITLE) {
      if (m.html_title.empty()) m.html_title = element_text(n);
      return false;
    } else if (t == GUMBO_TAG_SCRIPT) {
      if (lower_ascii(html_attr(n, "type")).find("ld+json") != std::string::npos)
        read_json_ld(script_text(n), m, date);
      return false;
    } else if (lower_ascii(html_attr(n, "itemprop")) == "datepublished") {
      std::string v = html_attr(n, "datetime");
      date.offer(v.empty() ? element_text(n) : v, kItemprop);
    }
    return true;
  });
  if (!canonical.empty()) m.url = canonical;  // the page's own address comes first
  if (m.url.empty()) m.url = saved_from_url(html);
  m.published = date.value;
  return m;
}

}  // namespace tuyentap
