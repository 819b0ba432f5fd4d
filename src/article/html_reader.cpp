// The CMS-export reader. The editor's HTML says little about structure on purpose (spans for
// fonts, paragraphs for everything), so structure is read from the layout the editors use:
//  - a paragraph holding only an image is a photo; the next centred or italic paragraph
//    is its caption ("Ảnh: X" in it becomes the credit);
//  - h1–h6, or a short paragraph entirely in bold that is not centred, is a heading;
//  - the last paragraph, right-aligned or bold, with a byline's shape, is the byline;
//  - the front matter's description is the lead (or the first paragraph when they agree).
#include "article/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/caption.h"
#include "article/front_matter.h"
#include "article/text_lines.h"
#include "text/date.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// One block-level piece of the body as the editor laid it out.
struct HtmlBlock {
  std::string text;
  bool image = false;    // holds an <img>
  bool centred = false;  // text-align:center
  bool right = false;    // text-align:right
  bool italic = true;    // every letter inside <em>/<i>
  bool bold = true;      // every letter inside <strong>/<b>
  bool heading = false;  // h1–h6
  bool figcaption = false;
};

std::string attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : "";
}

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
      return true;
    default:
      return false;
  }
}

bool is_skipped_tag(GumboTag t) {
  return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT ||
         t == GUMBO_TAG_HEAD || t == GUMBO_TAG_TEMPLATE || t == GUMBO_TAG_IFRAME;
}

void align_of(const GumboNode* n, HtmlBlock& b) {
  std::string style = attr(n, "style") + ";" + attr(n, "align") + ";" + attr(n, "class");
  std::string folded = fold_for_match(style);
  if (folded.find("center") != std::string::npos) b.centred = true;
  if (folded.find("right") != std::string::npos) b.right = true;
}

// Collects the inline content of a block: text, and whether it is all italic / all bold.
void collect_inline(const GumboNode* n, HtmlBlock& b, bool italic, bool bold) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
      n->type == GUMBO_NODE_WHITESPACE) {
    std::string_view t = n->v.text.text;
    b.text += t;
    if (n->type != GUMBO_NODE_WHITESPACE && t.find_first_not_of(" \t\r\n\xC2\xA0.") != t.npos) {
      b.italic = b.italic && italic;
      b.bold = b.bold && bold;
    }
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  GumboTag t = n->v.element.tag;
  if (is_skipped_tag(t)) return;
  if (t == GUMBO_TAG_IMG) {
    b.image = true;
    return;
  }
  if (t == GUMBO_TAG_BR) {
    b.text += ' ';
    return;
  }
  bool it = italic || t == GUMBO_TAG_EM || t == GUMBO_TAG_I;
  bool bo = bold || t == GUMBO_TAG_STRONG || t == GUMBO_TAG_B;
  if (t == GUMBO_TAG_SPAN) {
    std::string style = attr(n, "style");
    if (style.find("italic") != std::string::npos) it = true;
    if (style.find("bold") != std::string::npos) bo = true;
  }
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i)
    collect_inline(static_cast<const GumboNode*>(kids.data[i]), b, it, bo);
}

// Walks containers (div, section, figure, table …) down to block-level elements; loose
// inline content between blocks becomes a block of its own.
void collect_blocks(const GumboNode* n, std::vector<HtmlBlock>& out) {
  const GumboVector& kids = n->v.element.children;
  HtmlBlock loose;
  auto flush = [&] {
    if (!fold_whitespace(loose.text).empty() || loose.image) out.push_back(loose);
    loose = HtmlBlock{};
  };
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type != GUMBO_NODE_ELEMENT) {
      collect_inline(k, loose, false, false);
      continue;
    }
    GumboTag t = k->v.element.tag;
    if (is_skipped_tag(t)) continue;
    if (is_block_tag(t)) {
      flush();
      HtmlBlock b;
      align_of(k, b);
      b.heading = t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
      b.figcaption = t == GUMBO_TAG_FIGCAPTION;
      collect_inline(k, b, false, false);
      out.push_back(b);
    } else if (t == GUMBO_TAG_IMG) {
      flush();
      HtmlBlock b;
      b.image = true;
      out.push_back(b);
    } else if (t == GUMBO_TAG_SPAN || t == GUMBO_TAG_A || t == GUMBO_TAG_EM ||
               t == GUMBO_TAG_STRONG || t == GUMBO_TAG_I || t == GUMBO_TAG_B ||
               t == GUMBO_TAG_FONT || t == GUMBO_TAG_BR || t == GUMBO_TAG_U) {
      collect_inline(k, loose, false, false);
    } else {
      flush();
      collect_blocks(k, out);
    }
  }
  flush();
}

// No space before closing punctuation: the editor's span splits leave "Đức An ." behind.
std::string tidy(const std::string& raw) {
  std::string s = fold_whitespace(to_nfc(raw));
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' && i + 1 < s.size() &&
        std::string_view(".,;:!?)").find(s[i + 1]) != std::string_view::npos &&
        (i + 2 == s.size() || s[i + 2] == ' ')) {
      continue;
    }
    out += s[i];
  }
  return out;
}

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
    if (auto d = parse_iso_date(std::string_view(value).substr(0, 10))) {
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
  }
}

}  // namespace

bool looks_like_cms_export(std::string_view path, std::string_view text) {
  auto ends = [&](std::string_view ext) {
    if (path.size() < ext.size()) return false;
    std::string tail = fold_for_match(path.substr(path.size() - ext.size()));
    return tail == ext;
  };
  if (ends(".html") || ends(".htm") || ends(".xhtml")) return true;
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  std::string_view head = text.substr(start);
  if (head.starts_with("---json")) return true;
  if (head.starts_with("---")) {
    std::size_t nl = head.find('\n');
    std::size_t next = nl == head.npos ? head.npos : head.find_first_not_of(" \t\r\n", nl);
    if (next != head.npos && head[next] == '{') return true;
  }
  return head.starts_with("<p") || head.starts_with("<!DOCTYPE") || head.starts_with("<!doctype") ||
         head.starts_with("<html") || head.starts_with("<div") || head.starts_with("<article");
}

std::variant<Article, NotAnArticle> read_cms_export(std::string_view text,
                                                    const ChromeMatcher& chrome) {
  FrontMatter fm = split_front_matter(text);
  Article a;
  auto field = [&fm](const char* k) {
    auto it = fm.fields.find(k);
    return it == fm.fields.end() ? std::string() : tidy(it->second);
  };
  a.title = field("title");
  while (!a.title.empty() && a.title.back() == '.' && !a.title.ends_with("...")) a.title.pop_back();
  a.topic = topic_from_category(field("category"));
  read_date(field("date"), a);
  std::string description = field("description");
  std::string author = field("author");

  std::string body(fm.body);
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> doc(
      gumbo_parse_with_options(&kGumboDefaultOptions, body.data(), body.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  std::vector<HtmlBlock> blocks;
  collect_blocks(doc->root, blocks);

  // Without front matter an HTML page names itself in <h1> (or <title>, not collected).
  std::size_t first = 0;
  if (a.title.empty()) {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (blocks[i].heading && !tidy(blocks[i].text).empty()) {
        a.title = tidy(blocks[i].text);
        first = i + 1;
        break;
      }
    }
  }

  // Texts, with chrome removed and empty blocks dropped.
  std::vector<HtmlBlock> kept;
  for (std::size_t i = first; i < blocks.size(); ++i) {
    HtmlBlock b = blocks[i];
    b.text = tidy(b.text);
    if (!b.text.empty()) {
      ChromeMatcher::LineKey key = chrome.key(b.text);
      // A box of related links ends an editor's body: the export holds nothing after it.
      if (chrome.ends_article(key) || chrome.related(key)) break;
      if (chrome.drop_line(key)) continue;
    } else if (!b.image) {
      continue;
    }
    if (!a.date && kept.empty() && !b.text.empty()) {
      if (auto dt = parse_date_line(b.text)) {
        a.date = dt->date;
        a.time = dt->time;
        continue;
      }
    }
    kept.push_back(b);
  }

  // The byline: the last text block, right-aligned or bold, shaped like a byline.
  if (author.empty()) {
    for (std::size_t i = kept.size(); i-- > 0;) {
      if (kept[i].text.empty()) continue;
      const HtmlBlock& b = kept[i];
      if ((b.right || b.bold) && !b.image && looks_like_byline(b.text)) {
        author = b.text;
        kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i));
      }
      break;
    }
  }
  a.author = author;

  bool after_image = false;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const HtmlBlock& b = kept[i];
    if (b.text.empty()) {
      after_image = after_image || b.image;
      continue;
    }
    bool is_caption = b.figcaption || (after_image && (b.centred || b.italic));
    after_image = false;
    if (is_caption) {
      Block c;
      if (auto parsed = parse_caption(b.text)) {
        c = *parsed;
        if (c.text.empty() && c.credit.empty()) c.text = b.text;
      } else {
        c.text = b.text;
      }
      c.type = BlockType::Caption;
      a.blocks.push_back(std::move(c));
      continue;
    }
    if (auto caption = parse_caption(b.text)) {  // a caption written the plain-text way
      a.blocks.push_back(std::move(*caption));
      continue;
    }
    Block p;
    p.text = b.text;
    bool short_bold = b.bold && !b.centred && at_most_words(b.text, 20) &&
                      !ends_with_sentence_punct(b.text) && i + 1 < kept.size();
    p.type = (b.heading || short_bold) ? BlockType::Heading : BlockType::Paragraph;
    a.blocks.push_back(std::move(p));
  }

  // The lead: the description, unless the body's first paragraph already says it.
  auto first_para = std::find_if(a.blocks.begin(), a.blocks.end(),
                                 [](const Block& b) { return b.type == BlockType::Paragraph; });
  if (!description.empty()) {
    a.lead = description;
    if (first_para != a.blocks.end() &&
        fold_exact(first_para->text).starts_with(fold_exact(description))) {
      a.lead = first_para->text;
      a.blocks.erase(first_para);
    }
  } else if (first_para != a.blocks.end()) {
    a.lead = first_para->text;
    a.blocks.erase(first_para);
  }

  if (a.title.empty()) return NotAnArticle{"no title"};
  if (a.lead.empty() && a.blocks.empty()) return NotAnArticle{"only a title, no article text"};
  if (!a.date) a.warnings.push_back("no date line");
  if (a.topic.empty()) a.warnings.push_back("no topic (category)");
  if (a.author.empty()) a.warnings.push_back("no byline");
  return a;
}

}  // namespace tuyentap
