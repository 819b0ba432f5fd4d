// The CMS-export reader. The editor's HTML says little about structure on purpose (spans for
// fonts, paragraphs for everything), so structure is read from the layout the editors use:
//  - a paragraph holding only an image is a photo; the next centred or italic paragraph
//    is its caption ("Ảnh: X" in it becomes the credit);
//  - h1–h6, or a short paragraph entirely in bold that is not centred, is a heading;
//  - the last paragraph, right-aligned or bold, with a byline's shape, is the byline;
//  - the front matter's description is the lead (or the first paragraph when they agree).
#include "article/html_reader.h"

#include <string>
#include <vector>

#include "article/block_rules.h"
#include "article/front_matter.h"
#include "article/html_blocks.h"
#include "article/text_prepare.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// "tin-tuc-su-kien.tin-chinh-tri-xa-hoi" → "Tin chinh tri xa hoi": a slug is all the export
// gives; a real name ("Xây dựng Đảng") is kept as it is.
std::string topic_from_category(const std::string& category) {
  std::string s = category;
  bool slug = s.find(' ') == std::string::npos;
  for (char c : s) slug = slug && static_cast<unsigned char>(c) < 0x80;
  if (!slug) return fold_whitespace(s);
  std::size_t dot = s.rfind('.');
  if (dot != std::string::npos) s = s.substr(dot + 1);
  for (char& c : s)
    if (c == '-' || c == '_') c = ' ';
  s = fold_whitespace(s);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

void read_date(const std::string& value, Article& a) {
  if (value.size() >= 10) {
    if (auto d = parse_iso_date(std::string_view(value).substr(0, 10)); d && archive_date(*d)) {
      a.date = *d;
      if (value.size() >= 16 && value[10] == 'T' && value[13] == ':') {
        std::string t = value.substr(11, 5);
        if (t != "00:00") a.time = t;  // midnight means "no time given" in these exports
      }
      return;
    }
  }
  if (auto dt = parse_date_line(value)) {
    a.date = dt->date;
    a.time = dt->time;
  } else if (auto bad = impossible_date_line(std::string_view(value).substr(0, 10))) {
    a.warnings.push_back(std::string(kImpossibleDate) + *bad);  // "2019-02-31", "9999-01-28"
  }
}

}  // namespace

bool looks_like_cms_export(std::string_view text) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  std::string_view head = text.substr(start);
  if (head.starts_with("---json")) return true;
  if (head.starts_with("---")) {
    std::size_t nl = head.find('\n');
    std::size_t next = nl == head.npos ? head.npos : head.find_first_not_of(" \t\r\n", nl);
    if (next != head.npos && head[next] == '{') return true;
  }
  // A fragment of the editor's HTML: its first tag is one the editor writes.
  if (!head.starts_with("<")) return false;
  std::size_t end = head.find_first_of(" \t\r\n>/", 1);
  std::string tag = fold_for_match(head.substr(1, end == head.npos ? 0 : end - 1));
  for (std::string_view t :
       {"p",      "div", "article", "section", "table", "span",   "h1",     "h2",
        "h3",     "h4",  "h5",      "h6",      "ul",    "ol",     "figure", "blockquote",
        "strong", "b",   "em",      "i",       "font",  "center", "img",    "br"})
    if (tag == t) return true;
  return false;
}

std::variant<Article, NotAnArticle> read_cms_export(std::string_view text,
                                                    const ChromeMatcher& chrome) {
  FrontMatter fm = split_front_matter(text);
  Article a;
  auto field = [&fm](const char* k) {
    auto it = fm.fields.find(k);
    return it == fm.fields.end() ? std::string() : tidy_html_text(it->second);
  };
  a.title = field("title");
  while (!a.title.empty() && a.title.back() == '.' && !a.title.ends_with("...")) a.title.pop_back();
  a.topic = topic_from_category(field("category"));
  read_date(field("date"), a);
  std::string description = field("description");
  std::string author = field("author");

  HtmlDocument doc(fm.body);
  std::vector<HtmlBlock> blocks = collect_html_blocks(doc.root());

  // Without front matter an HTML page names itself in <h1> (or <title>, not collected).
  std::size_t first = 0;
  if (a.title.empty()) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (blocks[i].heading && !tidy_html_text(blocks[i].text).empty()) {
        a.title = tidy_html_text(blocks[i].text);
        first = i + 1;
        break;
      }
    }
  }
  blocks.erase(blocks.begin(), blocks.begin() + static_cast<std::ptrdiff_t>(first));
  std::vector<HtmlBlock> kept = article_blocks(std::move(blocks), chrome);
  if (!a.date && !kept.empty() && !kept.front().text.empty()) {
    if (auto dt = parse_date_line(kept.front().text)) {
      a.date = dt->date;
      a.time = dt->time;
      kept.erase(kept.begin());
    }
  }

  Body body = classify_blocks(kept, author, BodyRules{});
  if (body.tail_chrome > 0)
    a.warnings.push_back(site_chrome_warning(SiteChrome{.after_byline = body.tail_chrome}));
  a.author = std::move(body.author);
  a.blocks = std::move(body.blocks);
  // The lead: the description, unless the body's first paragraph already says it.
  take_lead(a, description);

  return finished_article(std::move(a), "no topic (category)");
}

}  // namespace tuyentap
