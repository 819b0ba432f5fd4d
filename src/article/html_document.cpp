// Parsing HTML with gumbo, safely whatever the nesting, and the small tree helpers every
// reader of HTML uses.
#include "article/html_document.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/ascii.h"
#include "base/error.h"

namespace tuyentap {

namespace {

bool ascii_iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool name_in(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (ascii_iequal(name, n)) return true;
  return false;
}

// Elements that never hold others, or that the parser closes by itself when the next one
// opens (p, li, td, a, a heading after a heading …): they add no depth, however they are
// written, and are never dropped.
bool adds_no_depth(std::string_view name) {
  return name_in(name, {"area",    "base",   "br",       "col",   "embed",  "hr",    "img",
                        "input",   "link",   "meta",     "param", "source", "track", "wbr",
                        "keygen",  "p",      "li",       "dt",    "dd",     "tr",    "td",
                        "th",      "option", "optgroup", "tbody", "thead",  "tfoot", "a",
                        "nobr",    "button", "form",     "rb",    "rt",     "rp",    "colgroup",
                        "caption", "h1",     "h2",       "h3",    "h4",     "h5",    "h6"});
}

bool is_raw_text(std::string_view name) {
  return name_in(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                        "noframes", "plaintext"});
}

// `needle` starts with '<' (an end tag) and is lower-case: only the places of a '<' are compared,
// found by memchr, so a page's scripts and styles cost a scan of their bytes, not a compare at
// each.
std::size_t find_ci(std::string_view hay, std::string_view needle, std::size_t from) {
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    if ((i = hay.find(needle.front(), i)) == std::string_view::npos) break;
    if (i + needle.size() > hay.size()) break;
    if (ascii_iequal(hay.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

// The end of the tag starting at `at` ('<'), quotes respected: the index after '>'.
std::size_t tag_end(std::string_view s, std::size_t at) {
  char quote = 0;
  for (std::size_t i = at + 1; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return s.size();
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':';
}

// Drops the start tags (and their end tags) of elements opened deeper than `max_depth`, as a
// cheap lexer counts depth; nullopt when nothing is that deep (the usual case: no copy).
// `start_tags` is set to the start tags the lexer saw (outside comments and raw text).
std::optional<std::string> flatten_deep_nesting(std::string_view s, int max_depth,
                                                std::size_t& start_tags) {
  start_tags = 0;
  std::string out;
  std::size_t copied = 0;
  int depth = 0, dropped = 0;
  bool any_dropped = false;
  auto drop = [&](std::size_t from, std::size_t to) {
    out.append(s.substr(copied, from - copied));
    copied = to;
    any_dropped = true;
  };
  std::size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (s.compare(i, 4, "<!--") == 0) {
      std::size_t e = s.find("-->", i + 4);
      i = e == std::string_view::npos ? s.size() : e + 3;
      continue;
    }
    bool closing = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t n0 = i + (closing ? 2 : 1), n1 = n0;
    while (n1 < s.size() && is_name_char(s[n1])) ++n1;
    std::size_t end = tag_end(s, i);
    if (n1 == n0 || !((s[n0] >= 'a' && s[n0] <= 'z') || (s[n0] >= 'A' && s[n0] <= 'Z'))) {
      i = end;  // <!doctype>, <?xml?>, a stray '<'
      continue;
    }
    std::string_view name = s.substr(n0, n1 - n0);
    if (!closing && is_raw_text(name)) {
      // find_ci lowers the page's bytes only: the needle must be lower-case ("<SCRIPT>")
      std::string close = "</" + lower_ascii(name);
      std::size_t e = find_ci(s, close, end);
      i = e == std::string_view::npos ? s.size() : e;
      continue;
    }
    if (!closing) ++start_tags;
    bool self_closing = end >= 2 && s[end - 2] == '/';
    if (!adds_no_depth(name) && !self_closing) {
      if (closing && dropped > 0) {
        --dropped;
        drop(i, end);
      } else if (closing) {
        depth = depth > 0 ? depth - 1 : 0;
      } else if (depth >= max_depth) {
        ++dropped;
        drop(i, end);
      } else {
        ++depth;
      }
    }
    i = end;
  }
  if (!any_dropped) return std::nullopt;
  out.append(s.substr(copied));
  return out;
}

// gumbo keeps every parse error with a copy of the stack of open elements: 100,000 stray
// end tags under 400 open elements took 340 MB (a 16 MB file would take 13 GB). The readers
// never look at the errors, so none are kept.
const GumboOptions& parse_options() {
  static const GumboOptions options = [] {
    GumboOptions o = kGumboDefaultOptions;
    o.max_errors = 0;
    return o;
  }();
  return options;
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html) {
  std::size_t start_tags = 0;
  std::optional<std::string> flat = flatten_deep_nesting(html, kMaxHtmlNesting, start_tags);
  // gumbo's tree and the readers' blocks take about 1 KB an element: a 16 MB page of tiny
  // elements held a gigabyte. The readers' functions catch this as the file's reason.
  if (start_tags > kMaxHtmlElements)
    throw Error("an HTML page of more than " + std::to_string(kMaxHtmlElements) +
                " elements (an article never has this many; split it)");
  if (flat) {
    html_ = std::move(*flat);
    flattened_ = true;
  } else {
    html_ = std::string(html);
  }
  output_ = gumbo_parse_with_options(&parse_options(), html_.data(), html_.size());
}

HtmlDocument::~HtmlDocument() {
  if (output_) gumbo_destroy_output(&parse_options(), output_);
}

std::string decode_html_entities(std::string_view text) {
  if (text.find('&') == std::string_view::npos) return std::string(text);
  if (lower_ascii(text).find("</title") != std::string::npos) return std::string(text);
  // The text of a <title> is read as characters and references only (RCDATA): no tag inside
  // it is one.
  std::string wrapped = "<title>" + std::string(text);
  std::string out;
  HtmlDocument doc(wrapped);
  for_each_element(doc.root(), [&out](const GumboNode* n) {
    if (n->v.element.tag != GUMBO_TAG_TITLE) return true;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_WHITESPACE) out += k->v.text.text;
    }
    return false;
  });
  return out;
}

std::string html_attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return "";
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? a->value : "";
}

bool is_element(const GumboNode* n, GumboTag tag) {
  return n && n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag;
}

void for_each_element(const GumboNode* root, const std::function<bool(const GumboNode*)>& visit) {
  std::vector<const GumboNode*> todo{root};
  while (!todo.empty()) {
    const GumboNode* n = todo.back();
    todo.pop_back();
    const GumboVector* kids = nullptr;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      kids = &n->v.document.children;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      if (!visit(n)) continue;
      kids = &n->v.element.children;
    }
    if (!kids) continue;
    for (unsigned i = kids->length; i-- > 0;)
      todo.push_back(static_cast<const GumboNode*>(kids->data[i]));
  }
}

}  // namespace tuyentap
