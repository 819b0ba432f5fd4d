// The saved-page reader: the page's metadata (page_meta.h), the article's place on the page
// (page_layout.h), then the header read around that place and the body by block_rules.h.
#include "article/html_page.h"

#include <algorithm>
#include <string>
#include <vector>

#include "article/block_rules.h"
#include "article/byline.h"
#include "article/byline_outlet.h"
#include "article/html_blocks.h"
#include "article/page_layout.h"
#include "article/page_meta.h"
#include "article/published_time.h"
#include "article/source_names.h"
#include "article/text_lines.h"
#include "article/text_prepare.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t npos = std::string::npos;
constexpr std::size_t kHeaderBlocks = 8;       // blocks before the body that may hold the date
constexpr std::size_t kDateInBodyBlocks = 5;   // the body's first blocks that may hold it
constexpr std::size_t kBylineAfterBlocks = 4;  // blocks after the body that may hold the byline

std::size_t offset_of(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT ? n->v.element.start_pos.offset : 0;
}

bool inside(const GumboNode* n, const GumboNode* ancestor) {
  for (const GumboNode* k = n; k; k = k->parent)
    if (k == ancestor) return true;
  return false;
}

const GumboNode* find_body(const GumboNode* root) {
  const GumboNode* body = nullptr;
  for_each_element(root, [&](const GumboNode* n) {
    if (body) return false;
    if (n->v.element.tag == GUMBO_TAG_BODY) body = n;
    return !body;
  });
  return body ? body : root;
}

bool same_text(const std::string& a, const std::string& b) {
  return fold_exact(a) == fold_exact(b);
}

// ---- What the hints say ------------------------------------------------------------------

std::vector<std::string> hint_parts(const GumboNode* n) {
  std::string h = lower_ascii(html_attr(n, "class") + " " + html_attr(n, "id"));
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i < h.size()) {
    std::size_t j = h.find_first_of(" -_", i);
    if (j == npos) j = h.size();
    if (j > i) parts.push_back(h.substr(i, j - i));
    i = j + 1;
  }
  return parts;
}

bool is_sapo_element(const GumboNode* n) {
  if (lower_ascii(html_attr(n, "itemprop")) == "description" && n->v.element.tag != GUMBO_TAG_META)
    return true;
  bool sapo = false;
  for (const std::string& p : hint_parts(n)) {
    if (p.find("caption") != npos || p == "image" || p == "img" || p == "photo") return false;
    if (p.find("sapo") != npos || p.find("summary") != npos || p.find("chapeau") != npos ||
        p == "lead" || p == "description" || p == "excerpt" || p == "abstract")
      sapo = true;
  }
  return sapo;
}

bool is_author_element(const GumboNode* n) {
  if (lower_ascii(html_attr(n, "itemprop")) == "author") return true;
  // a CMS's field names ("data-role", "data-field") say what the element holds
  for (const char* attr : {"data-role", "data-field"})
    if (lower_ascii(html_attr(n, attr)) == "author") return true;
  if (is_element(n, GUMBO_TAG_A) && lower_ascii(html_attr(n, "rel")) == "author") return true;
  for (const std::string& p : hint_parts(n))
    if (p.find("author") != npos || p == "byline" || p == "tacgia" || p == "writer") return true;
  return false;
}

// A block inside an author element, its own or one of the two above (<div class=author>
// <strong>Name</strong><i> (TTXVN)</i></div>).
bool in_author_element(const GumboNode* n) {
  for (int steps = 0; n && n->type == GUMBO_NODE_ELEMENT && steps < 3; n = n->parent, ++steps)
    if (is_author_element(n)) return true;
  return false;
}

bool is_breadcrumb(const GumboNode* n) {
  std::string h = lower_ascii(html_attr(n, "class") + " " + html_attr(n, "id") + " " +
                              html_attr(n, "itemtype"));
  return h.find("breadcrumb") != npos || h.find("bread-crumb") != npos;
}

// A link that leads to a page of the site: a breadcrumb's step. A breadcrumb element may also
// hold the page's buttons (an audio player, share and "copy link" links, a link to a news
// reader), links that run a script, stay on the page ("javascript:…", "#…") or lead to
// another site, which name no section. `site` is the page's host, or the first step's when
// the page does not give its address.
bool leads_to_page(const GumboNode* a, std::string& site) {
  std::string href = lower_ascii(html_attr(a, "href"));
  std::size_t start = href.find_first_not_of(" \t\n");
  if (start == npos) return true;  // a step written as a link with no address
  std::string_view h = std::string_view(href).substr(start);
  if (h.starts_with("javascript:") || h.starts_with("#")) return false;
  std::string host = url_host(h);
  if (host.empty()) return true;
  if (site.empty()) site = host;
  return host == site;
}

// The name an author element gives: the schema.org name inside it when it marks exactly one
// (<span itemprop=author><span itemprop=name>Thế Duyệt</span>, Đời sống Pháp luật</span>: what
// follows the name is the paper the text was taken from), else its whole text (two names
// marked, "Thu Hà - Văn Nam", are both the writers).
std::string author_element_text(const GumboNode* n) {
  const GumboNode* name = nullptr;
  int names = 0;
  for_each_element(n, [&](const GumboNode* k) {
    if (names > 1) return false;
    if (k != n && lower_ascii(html_attr(k, "itemprop")) == "name") {
      name = k;
      ++names;
      return false;
    }
    return true;
  });
  std::string t = names == 1 ? element_text(name) : "";
  return t.empty() ? element_text(n) : t;
}

// ---- The page around the article ---------------------------------------------------------

struct Surroundings {
  const GumboNode* sapo = nullptr;
  std::string author;               // an author element's text, shaped like a byline
  const GumboNode* time = nullptr;  // <time datetime=…>
  std::vector<std::string> breadcrumb;
};

// One pass over the page, chrome left out: what lies between the title and the body's end.
Surroundings look_around(const GumboNode* body, PageChrome& chrome, std::size_t from,
                         std::size_t to, std::string site) {
  Surroundings s;
  bool breadcrumb_seen = false;
  for_each_element(body, [&](const GumboNode* n) {
    if (!breadcrumb_seen && is_breadcrumb(n)) {
      breadcrumb_seen = true;
      for_each_element(n, [&](const GumboNode* k) {
        if (k->v.element.tag != GUMBO_TAG_A) return true;
        if (!leads_to_page(k, site)) return false;
        std::string t = element_text(k);
        if (!t.empty()) s.breadcrumb.push_back(t);
        return false;
      });
      return false;
    }
    if (chrome(n)) return false;
    std::size_t at = offset_of(n);
    if (at < from || at > to) return true;
    if (!s.sapo && is_sapo_element(n) && !at_most_words(element_text(n), 7)) s.sapo = n;
    if (s.author.empty() && is_author_element(n)) {
      // "Huỳnh Duy," before the source's element: the separator belongs to the line
      std::string t = author_element_text(n);
      while (!t.empty() && (t.back() == ',' || t.back() == ';' || t.back() == '|' ||
                            t.back() == '-' || t.back() == ' '))
        t.pop_back();
      // "Phùng Anh (VTV Online) 17/07/2026 18:49 GMT+7": a box holding the name and the date
      t = std::string(byline_without_date(t));
      if (looks_like_byline(t)) s.author = t;
    }
    if (!s.time && n->v.element.tag == GUMBO_TAG_TIME && !html_attr(n, "datetime").empty())
      s.time = n;
    return true;
  });
  return s;
}

// A date line, or a line holding one between bars ("17:26 - 18/01/2016 | Giáo dục"), and the
// section link beside it.
struct DateLine {
  DateTime when;
  std::string topic;
};

std::optional<DateLine> date_line_in(const HtmlBlock& b) {
  if (b.text.empty() || !at_most_words(b.text, 30)) return std::nullopt;
  std::optional<DateTime> when = parse_date_line(b.text);
  for (std::size_t i = 0; !when && i < b.text.size();) {
    std::size_t j = b.text.find('|', i);
    if (j == npos) j = b.text.size();
    if (j > i) when = parse_date_line(b.text.substr(i, j - i));
    i = j + 1;
  }
  if (!when) return std::nullopt;
  DateLine line{*when, ""};
  for (const std::string& link : b.link_texts) {
    if (useful_topic(link) && at_most_words(link, 6) && !parse_date_line(link)) {
      line.topic = link;
      break;
    }
  }
  return line;
}

// The article's own <h1>: the first one in the body, else the last one before it (the first
// one on a page is often the site's name or slogan).
std::size_t title_block(const std::vector<HtmlBlock>& all, std::size_t first_in,
                        std::size_t last_in) {
  auto is_h1 = [&all](std::size_t i) {
    return all[i].heading && all[i].level == 1 && !all[i].text.empty();
  };
  for (std::size_t i = first_in; i <= last_in && i < all.size(); ++i)
    if (is_h1(i)) return i;
  for (std::size_t i = std::min(first_in, all.size()); i-- > 0;)
    if (is_h1(i)) return i;
  return npos;
}

std::string choose_title(const PageMeta& meta, const std::string& h1,
                         const std::vector<std::string>& site_names) {
  std::string og = strip_site_suffix(meta.og_title, site_names);
  std::string other = strip_site_suffix(meta.other_title, site_names);
  std::string title = strip_site_suffix(meta.html_title, site_names);
  auto agrees = [&h1](const std::string& t) {
    if (t.empty()) return false;
    std::string a = fold_exact(h1), b = fold_exact(t);
    return a.starts_with(b) || b.starts_with(a);
  };
  if (!h1.empty() && ((og.empty() && other.empty() && title.empty()) || agrees(og) ||
                      agrees(other) || agrees(title)))
    return h1;
  for (const std::string* t : {&og, &other, &title})
    if (!t->empty()) return *t;
  return h1;
}

// ---- The reader --------------------------------------------------------------------------

struct Page {
  const GumboNode* body = nullptr;
  const GumboNode* container = nullptr;
  std::vector<HtmlBlock> all;  // the whole page's blocks, tidied
  std::size_t first_in = npos, last_in = npos, title_at = npos;
};

Page lay_out(const GumboNode* root) {
  Page p;
  p.body = find_body(root);
  p.all = page_blocks(p.body);
  p.container = find_article_container(p.all, p.body);
  for (std::size_t i = 0; i < p.all.size(); ++i) {
    if (p.all[i].text.empty() || !inside(p.all[i].node, p.container)) continue;
    if (p.first_in == npos) p.first_in = i;
    p.last_in = i;
  }
  if (p.first_in == npos) p.first_in = p.last_in = p.all.size();
  p.title_at = title_block(p.all, p.first_in, p.last_in);
  return p;
}

// The byline just after the body: bold, right-aligned or in an author element, shaped like one.
std::string byline_after(const Page& p, const ChromeMatcher& chrome) {
  std::size_t seen = 0;
  for (std::size_t i = p.last_in + 1; i < p.all.size() && seen < kBylineAfterBlocks; ++i) {
    const HtmlBlock& b = p.all[i];
    if (b.text.empty()) continue;
    ChromeMatcher::LineKey key = chrome.key(b.text);
    if (chrome.ends_article(key) || chrome.related(key)) break;
    if (chrome.drop_line(key)) continue;
    ++seen;
    if ((b.right || b.bold || in_author_element(b.node)) && looks_like_byline(b.text))
      return b.text;
  }
  return {};
}

// The lead photo between the title and the article's block (a <figure> beside the date
// line, before the body's element): each caption there outside chrome, with the picture just
// before it, to go first in the body.
std::vector<HtmlBlock> lead_photo(const Page& p, PageChrome& chrome) {
  std::vector<HtmlBlock> photo;
  if (p.title_at == npos || p.title_at >= p.first_in) return photo;
  for (std::size_t i = p.title_at + 1; i < p.first_in && i < p.all.size(); ++i) {
    const HtmlBlock& b = p.all[i];
    if (!b.figcaption || b.text.empty() || chrome.within(b.node)) continue;
    const HtmlBlock& before = p.all[i - 1];
    if (i - 1 > p.title_at && before.image && before.text.empty()) photo.push_back(before);
    photo.push_back(b);
  }
  return photo;
}

// Drops the blocks that repeat one of `texts` (the title, the sapo, the byline, the topic),
// comparing with fold_exact only blocks short enough to be one of them.
void remove_texts(std::vector<HtmlBlock>& blocks, std::initializer_list<const std::string*> texts) {
  std::vector<std::string> keys;
  std::size_t longest = 0;
  for (const std::string* t : texts) {
    if (t->empty()) continue;
    keys.push_back(fold_exact(*t));
    longest = std::max(longest, t->size());
  }
  std::erase_if(blocks, [&](const HtmlBlock& b) {
    if (b.text.empty() || b.text.size() > 2 * longest + 16) return false;
    return std::find(keys.begin(), keys.end(), fold_exact(b.text)) != keys.end();
  });
}

void read_header(const Page& p, const PageMeta& meta, const Surroundings& around,
                 std::vector<HtmlBlock>& body, Article& a) {
  // Date: the metadata's, else a line between the title and the body or at the body's start.
  std::optional<DateTime> when = meta.published;
  std::string beside_date;
  std::size_t zone_from = p.title_at != npos && p.title_at < p.first_in
                              ? p.title_at + 1
                              : (p.first_in > kHeaderBlocks ? p.first_in - kHeaderBlocks : 0);
  std::optional<DateLine> line;
  for (std::size_t i = zone_from; i < p.first_in && !line; ++i) line = date_line_in(p.all[i]);
  for (std::size_t i = 0, texts = 0; i < body.size() && texts < kDateInBodyBlocks; ++i) {
    if (body[i].text.empty()) continue;
    ++texts;
    if (auto in_body = date_line_in(body[i])) {
      if (!line) line = in_body;
      body.erase(body.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }
  if (!line && around.time)
    if (auto t = parse_published_time(html_attr(around.time, "datetime"))) line = DateLine{*t, ""};
  if (!when && line) when = line->when;
  if (when && !when->time && line && line->when.date == when->date) when->time = line->when.time;
  if (line) beside_date = line->topic;
  if (when) {
    a.date = when->date;
    a.time = when->time;
  } else if (auto d = date_from_url(meta.url)) {
    a.date = *d;
    a.warnings.push_back("date from the page's address");
  }

  // Topic: the breadcrumb's last step, the section, or the link beside the date.
  std::vector<std::string> crumbs = around.breadcrumb.empty() ? meta.breadcrumb : around.breadcrumb;
  for (auto it = crumbs.rbegin(); it != crumbs.rend() && a.topic.empty(); ++it)
    if (useful_topic(*it) && !same_text(*it, a.title)) a.topic = *it;
  if (a.topic.empty() && useful_topic(meta.section)) a.topic = tidy_html_text(meta.section);
  if (a.topic.empty()) a.topic = beside_date;
}

}  // namespace

PreparedPage prepare_web_page(std::string_view text, const ChromeMatcher& chrome) {
  HtmlDocument doc(text);
  PageMeta meta = read_page_meta(doc.root(), text);
  Page page = lay_out(doc.root());
  PreparedPage out;
  Article& a = out.article;
  a.source.url = meta.url;
  out.host = url_host(meta.url);
  out.site_name = meta.site_name;
  out.meta_author = meta.author;
  std::vector<std::string> site_names{meta.site_name, out.host};

  std::string h1 = page.title_at != npos ? page.all[page.title_at].text : "";
  a.title = choose_title(meta, h1, site_names);

  std::size_t range_from =
      page.title_at != npos ? offset_of(page.all[page.title_at].node) : offset_of(page.container);
  std::size_t range_to = page.container->type == GUMBO_NODE_ELEMENT
                             ? page.container->v.element.end_pos.offset
                             : text.size();
  PageChrome page_chrome(page.all);
  Surroundings around = look_around(page.body, page_chrome, range_from, range_to, out.host);

  out.body = article_body_blocks(page.all, page.container, chrome);
  remove_texts(out.body, {&a.title});
  read_header(page, meta, around, out.body, a);

  out.sapo = around.sapo ? element_text(around.sapo) : "";
  remove_texts(out.body, {&out.sapo, &around.author, &a.topic});
  std::vector<HtmlBlock> photo = lead_photo(page, page_chrome);
  out.body.insert(out.body.begin(), photo.begin(), photo.end());
  out.author_hint = std::move(around.author);
  out.byline_after = byline_after(page, chrome);
  for (HtmlBlock& b : out.body) b.node = nullptr;  // the tree goes with `doc`
  return out;
}

ChromeEvidence chrome_evidence(const PreparedPage& page) {
  std::vector<std::string_view> texts, kept;
  std::vector<bool> candidate;
  for (const HtmlBlock& b : page.body) {
    if (b.text.empty()) continue;
    texts.emplace_back(b.text);
    candidate.push_back(!b.image && !b.figcaption);
    if (!candidate.back()) kept.emplace_back(b.text);  // "Ảnh minh họa" is a caption still
  }
  const Article& a = page.article;
  for (const std::string* s :
       {&a.title, &a.topic, &page.sapo, &page.author_hint, &page.byline_after, &page.meta_author})
    if (!s->empty()) kept.emplace_back(*s);
  return block_chrome_evidence(texts, candidate, kept, a.title);
}

std::variant<Article, NotAnArticle> finish_web_page(PreparedPage page,
                                                    const LearnedLines& learned) {
  if (!learned.empty())
    std::erase_if(page.body, [&](const HtmlBlock& b) {
      return !b.image && !b.figcaption && !b.text.empty() && learned.contains(b.text);
    });
  Article& a = page.article;
  BodyRules rules{.byline_needs_style = false, .headings_by_shape = false};
  Body parts = classify_blocks(page.body, page.author_hint, rules);
  if (parts.tail_chrome > 0)
    a.warnings.push_back(site_chrome_warning(SiteChrome{.after_byline = parts.tail_chrome}));
  a.blocks = std::move(parts.blocks);
  a.author = std::move(parts.author);
  if (a.author.empty()) a.author = std::move(page.byline_after);
  if (a.author.empty() && looks_like_byline(page.meta_author)) a.author = page.meta_author;
  if (page.sapo.empty())
    take_lead(a, "");
  else
    a.lead = page.sapo;  // the sapo's own element, under the title

  std::string agency;
  if (auto prefix = agency_prefix(a.lead)) {
    agency = prefix->agency;
    a.lead.erase(0, prefix->length);
    cut_front(a.lead_emphasis, prefix->length);
  }
  const std::string& site = page.site_name;
  if (!site.empty() && !looks_like_domain(site))
    a.source.site = tidy_html_text(site);
  else if (!page.host.empty())
    a.source.site = page.host;
  else
    a.source.site = looks_like_domain(site) ? lower_ascii(site) : agency;

  return finished_article(std::move(a), "no topic (section)");
}

std::variant<Article, NotAnArticle> read_web_page(std::string_view text,
                                                  const ChromeMatcher& chrome) {
  return finish_web_page(prepare_web_page(text, chrome), LearnedLines{});
}

}  // namespace tuyentap
