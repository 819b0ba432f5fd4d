// The crawler-record reader: the record's fields say what a page's markup would, and the
// body goes through the same rules as a page's (block_rules.h).
#include "article/json_record.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "article/block_rules.h"
#include "article/html_blocks.h"
#include "article/json_input.h"
#include "article/page_layout.h"
#include "article/published_time.h"
#include "article/source_names.h"
#include "article/text_lines.h"
#include "article/text_prepare.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxRelatedLinkWords = 25;

std::string field_text(const json* v) {
  return tidy_html_text(decode_html_entities(json_text(v)));
}

// The nested metadata some crawlers keep: {"og": {…}, "article": {…}, "description": …}.
struct Meta {
  const json* all = nullptr;
  const json* og = nullptr;
  const json* article = nullptr;
  std::string get(const json* part, std::initializer_list<std::string_view> keys) const {
    return part ? field_text(json_member(*part, keys)) : "";
  }
};

Meta meta_of(const json& r) {
  Meta m;
  m.all = json_member(r, {"meta_data", "meta", "metadata", "meta_tags"});
  if (m.all && m.all->is_object()) {
    m.og = json_member(*m.all, {"og"});
    m.article = json_member(*m.all, {"article"});
  } else {
    m.all = nullptr;
  }
  return m;
}

bool looks_like_html(std::string_view s) {
  std::string head = lower_ascii(std::string(s.substr(0, 65536)));
  for (std::string_view tag :
       {"</p>", "<p>", "<p ", "</div>", "<br", "</td>", "</span>", "<img ", "</figure>", "</h2>"})
    if (head.find(tag) != std::string::npos) return true;
  return false;
}

struct RecordBody {
  std::string text;
  bool html = false;
};

RecordBody body_of(const json& r) {
  if (const json* content = json_member(r, {"content"}); content && content->is_object()) {
    std::string html = json_text(json_member(*content, {"html"}));
    if (!html.empty()) return {html, true};
    std::string text = json_text(json_member(*content, {"text"}));
    if (!text.empty()) return {text, looks_like_html(text)};
  }
  std::string html =
      json_text(json_member(r, {"html", "content_html", "body_html", "article_html"}));
  if (!html.empty()) return {html, true};
  std::string text =
      json_text(json_member(r, {"maintext", "text", "content", "body", "article", "article_text",
                                "fulltext", "full_text", "contents", "noi_dung"}));
  return {text, looks_like_html(text)};
}

// The publication date: the record's own field for it, the page metadata's, then a plain
// "date" or "time" (news-please's date_download and the like never count).
std::optional<DateTime> published_of(const json& r, const Meta& m) {
  const std::string candidates[] = {
      json_text(json_member(r, {"date_publish", "publish_date", "published_time", "published_at",
                                "publishedAt", "datePublished", "date_published", "pubDate",
                                "pub_date", "publish_time", "publishTime"})),
      m.get(m.article, {"published_time"}),
      m.get(m.all, {"article:published_time"}),
      json_text(json_member(r, {"time", "date", "created_at", "created"})),
  };
  for (const std::string& c : candidates)
    if (auto t = parse_published_time(c)) return t;
  return std::nullopt;
}

// "Tin tức > Giáo dục" → "Giáo dục"; a URL slug or "News" says nothing.
std::string topic_of(const json& r, const Meta& m) {
  std::vector<std::string> values = json_names(json_member(
      r, {"category", "section", "articleSection", "topic", "categories", "chuyen_muc"}));
  values.push_back(m.get(m.article, {"section"}));
  for (std::string v : values) {
    v = tidy_html_text(decode_html_entities(v));
    for (std::string_view sep : {" > ", " » ", " › ", " / "})
      if (std::size_t at = v.rfind(sep); at != std::string::npos) v = v.substr(at + sep.size());
    bool slug = v.find(' ') == std::string::npos &&
                std::all_of(v.begin(), v.end(), [](char c) { return (c & 0x80) == 0; });
    if (!slug && useful_topic(v)) return v;
  }
  return {};
}

std::string url_of(const json& r, const Meta& m) {
  for (std::string_view key : {"url", "link", "canonical_link", "canonical_url", "canonical",
                               "source_url", "original_url", "permalink", "href"}) {
    std::string u = json_text(json_member(r, {key}));
    if (!url_host(u).empty()) return u;
  }
  std::string og = m.get(m.og, {"url"});
  return url_host(og).empty() ? "" : og;
}

// Every name the record gives its site ("Zing.vn", "ZING.VN", "https://news.zing.vn").
std::vector<std::string> site_names_of(const json& r, const Meta& m) {
  std::vector<std::string> names;
  for (std::string_view key : {"site_name", "source_name", "publisher", "source", "source_domain",
                               "domain", "site", "website"}) {
    std::string v = field_text(json_member(r, {key}));
    if (!url_host(v).empty()) v = url_host(v);
    if (!v.empty()) names.push_back(v);
  }
  for (std::string v : {m.get(m.og, {"site_name"}), m.get(m.all, {"publisher"})})
    if (!v.empty()) names.push_back(url_host(v).empty() ? v : url_host(v));
  return names;
}

std::string site_of(const std::vector<std::string>& names, const std::string& host) {
  for (const std::string& n : names)
    if (!looks_like_domain(n)) return n;
  if (!host.empty()) return host;
  for (const std::string& n : names) {
    std::string d = lower_ascii(n);
    return d.starts_with("www.") ? d.substr(4) : d;
  }
  return {};
}

std::string author_of(const json& r, const Meta& m) {
  std::vector<std::string> names =
      json_names(json_member(r, {"authors", "author", "byline", "creator"}));
  if (names.empty()) names = json_names(m.all ? json_member(*m.all, {"author"}) : nullptr);
  std::string joined;
  for (std::string n : names) {
    n = tidy_html_text(decode_html_entities(n));
    if (n.empty() || n.find("://") != std::string::npos) continue;
    joined += (joined.empty() ? "" : ", ") + n;
  }
  return joined;
}

// "Khởi tố ông X - Ảnh 1.", "Tung tin … qua doi … hinh anh 2": where a photo stood, the crawler
// kept its alt text, the title and a number.
bool photo_placeholder(const std::string& line, const std::string& title_key) {
  std::string key = fold_for_match(line);
  while (!key.empty() && (key.back() == '.' || key.back() == ' ')) key.pop_back();
  std::size_t digits = key.size();
  while (digits > 0 && key[digits - 1] >= '0' && key[digits - 1] <= '9') --digits;
  if (digits == key.size() || digits < 4 || key.compare(digits - 4, 4, "anh ") != 0) return false;
  std::string before = key.substr(0, digits - 4);
  for (std::string_view tail : {"hinh ", "- ", " "})
    if (before.ends_with(tail)) before.erase(before.size() - tail.size());
  while (!before.empty() && (before.back() == ' ' || before.back() == '-')) before.pop_back();
  return !title_key.empty() && before == title_key;
}

// A text body: one paragraph per line, without what the crawler left of the page around it.
std::vector<HtmlBlock> text_blocks(std::string_view text, const std::string& title) {
  std::string title_key = fold_for_match(title), title_exact = fold_exact(title);
  std::vector<HtmlBlock> blocks;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t j = text.find('\n', i);
    if (j == std::string_view::npos) j = text.size();
    std::string_view raw = text.substr(i, j - i);
    i = j + 1;
    std::vector<std::string> cleaned = split_clean_lines(raw);
    std::string line = cleaned.empty() ? "" : cleaned.front();
    if (line.empty()) continue;
    bool indented = raw.starts_with("  ") || raw.starts_with("\t");
    if (indented && at_most_words(line, kMaxRelatedLinkWords) && !ends_with_sentence_punct(line))
      continue;  // a related article's title, indented in the crawler's list
    if (fold_exact(line) == title_exact || photo_placeholder(line, title_key)) continue;
    HtmlBlock b;
    b.text = line;
    b.italic = b.bold = false;
    blocks.push_back(std::move(b));
  }
  return blocks;
}

bool compile_note(const std::string& line) {
  std::string key = fold_for_match(line);
  return key == "tong hop" || key == "(tong hop)" || key == "pv tong hop" || key == "tin tong hop";
}

std::variant<Article, NotAnArticle> read_record(const json& r, const ChromeMatcher& chrome) {
  Meta meta = meta_of(r);
  Article a;
  a.source.url = url_of(r, meta);
  std::string host = url_host(a.source.url);
  std::vector<std::string> names = site_names_of(r, meta);
  a.source.site = site_of(names, host);
  names.push_back(host);

  a.title = field_text(json_member(r, {"title", "headline", "title_page", "title_rss"}));
  if (a.title.empty()) a.title = meta.get(meta.og, {"title"});
  a.title = strip_site_suffix(a.title, names);
  RecordBody body = body_of(r);
  if (a.title.empty() || fold_whitespace(body.text).empty())
    return NotAnArticle{"JSON data without an article's title and text"};

  std::vector<HtmlBlock> blocks;
  if (body.html) {
    HtmlDocument doc(body.text);
    blocks = article_body_blocks(page_blocks(doc.root()), doc.root(), chrome);
  } else {
    blocks = article_blocks(text_blocks(decode_html_entities(body.text), a.title), chrome);
  }
  std::string author = author_of(r, meta);
  if (!author.empty() && !blocks.empty() &&
      (compile_note(blocks.back().text) || fold_exact(blocks.back().text) == fold_exact(author)))
    blocks.pop_back();
  BodyRules rules{.byline_needs_style = false, .headings_by_shape = !body.html};
  Body parts = classify_blocks(blocks, author, rules);
  if (parts.tail_chrome > 0)
    a.warnings.push_back(site_chrome_warning(SiteChrome{.after_byline = parts.tail_chrome}));
  a.blocks = std::move(parts.blocks);
  a.author = std::move(parts.author);

  std::string description =
      field_text(json_member(r, {"description", "sapo", "summary", "lead", "abstract", "excerpt"}));
  if (description.empty()) description = meta.get(meta.all, {"description"});
  if (description.empty()) description = meta.get(meta.og, {"description"});
  description = strip_site_suffix(description, names);
  auto first_para = std::find_if(a.blocks.begin(), a.blocks.end(),
                                 [](const Block& b) { return b.type == BlockType::Paragraph; });
  if (first_para != a.blocks.end() && agency_prefix(first_para->text)) {
    a.lead = std::move(first_para->text);  // the sapo as published, agency and all
    a.lead_emphasis = std::move(first_para->emphasis);
    a.lead_at = static_cast<std::size_t>(first_para - a.blocks.begin());
    a.blocks.erase(first_para);
  } else {
    take_lead(a, description);
  }
  if (auto prefix = agency_prefix(a.lead)) {
    if (a.source.site.empty()) a.source.site = prefix->agency;
    a.lead.erase(0, prefix->length);
    cut_front(a.lead_emphasis, prefix->length);
  }

  a.topic = topic_of(r, meta);
  if (auto when = published_of(r, meta)) {
    a.date = when->date;
    a.time = when->time;
  } else if (auto d = date_from_url(a.source.url)) {
    a.date = *d;
    a.warnings.push_back("date from the page's address");
  }

  return finished_article(std::move(a), "no topic (section)");
}

}  // namespace

std::optional<std::variant<Article, NotAnArticle>> read_crawler_record(
    std::string_view text, const ChromeMatcher& chrome) {
  std::optional<json> doc = parse_json_capped(text);
  if (!doc) return std::nullopt;
  if (doc->is_array())
    return NotAnArticle{"a JSON list: one article per file is read (split the records into files)"};
  if (!doc->is_object()) return std::nullopt;
  return read_record(*doc, chrome);
}

}  // namespace tuyentap
