// HTML → blocks. The walks keep their own stacks: a page's nesting is the page's to choose,
// and the program's stack is not.
#include "article/html_blocks.h"

#include <utility>

#include "text/normalize.h"

namespace tuyentap {

namespace {

// ---- Tags --------------------------------------------------------------------------------

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
  switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
      return true;
    default:
      return false;
  }
}

// Text-level elements: they stay inside the block around them.
bool is_inline_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_A:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_I:
    case GUMBO_TAG_B:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_U:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_ACRONYM:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_S:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_WBR:
      return true;
    default:
      return false;
  }
}

const GumboNode* child(const GumboNode* n, unsigned i) {
  return static_cast<const GumboNode*>(n->v.element.children.data[i]);
}

// A block element holding other blocks (a <li> of paragraphs, a <p> around a table in quirks
// mode) is laid out as a container. A caption or preformatted text stays one block.
bool holds_blocks(const GumboNode* n) {
  GumboTag t = n->v.element.tag;
  if (t == GUMBO_TAG_FIGCAPTION || t == GUMBO_TAG_PRE) return false;
  const GumboVector& kids = n->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const GumboNode* k = child(n, i);
    if (k->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag kt = k->v.element.tag;
    if (!is_inline_tag(kt) && kt != GUMBO_TAG_IMG && !is_skipped_tag(kt)) return true;
  }
  return false;
}

struct Alignment {
  bool centred = false, right = false;
};

// text-align from style and align, and (on a block element) from its class.
Alignment alignment_of(const GumboNode* n, bool with_class, Alignment inherited) {
  std::string style = html_attr(n, "style") + ";" + html_attr(n, "align");
  if (with_class) style += ";" + html_attr(n, "class");
  std::string folded = fold_for_match(style);
  if (folded.find("center") != std::string::npos) inherited.centred = true;
  if (folded.find("right") != std::string::npos) inherited.right = true;
  return inherited;
}

bool has_caption_class(const GumboNode* n) {
  std::string cls = fold_for_match(html_attr(n, "class") + " " + html_attr(n, "id"));
  if (cls.find("caption") != std::string::npos) return true;
  std::size_t start = 0;
  while (start < cls.size()) {
    std::size_t end = cls.find(' ', start);
    if (end == std::string::npos) end = cls.size();
    if (cls.compare(start, end - start, "image") == 0) return true;
    start = end + 1;
  }
  return false;
}

// ---- The walk ----------------------------------------------------------------------------

class BlockWalker {
 public:
  BlockWalker(const CollectOptions& opts, std::vector<HtmlBlock>& out) : opts_(opts), out_(out) {}

  void walk(const GumboNode* root);

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    Alignment align;
    bool caption_zone = false;
  };
  // An inline item still to visit, or (exit) the end of a link.
  struct Item {
    const GumboNode* node;
    bool italic, bold, link, exit;
    std::size_t link_start;
  };

  bool skipped(const GumboNode* n) const {
    return is_skipped_tag(n->v.element.tag) || (opts_.skip && opts_.skip(n));
  }
  void start(HtmlBlock& b, const GumboNode* node, Alignment align, bool caption) {
    b = HtmlBlock{};
    b.node = node;
    b.centred = align.centred;
    b.right = align.right;
    b.figcaption = caption;
    after_br_ = false;
  }
  // Ends `b` (kept when it holds text or a photo) and starts the next one in the same place.
  void cut(HtmlBlock& b) {
    HtmlBlock next;
    next.node = b.node;
    next.loose = b.loose;
    next.centred = b.centred;
    next.right = b.right;
    next.figcaption = b.figcaption;
    next.heading = b.heading;
    next.level = b.level;
    if (!fold_whitespace(b.text).empty() || b.image) out_.push_back(std::move(b));
    b = std::move(next);
    after_br_ = false;
  }
  void add_inline(const GumboNode* n, HtmlBlock& b);
  void add_block(const GumboNode* n, const Frame& f);

  const CollectOptions& opts_;
  std::vector<HtmlBlock>& out_;
  bool after_br_ = false;
};

void BlockWalker::add_inline(const GumboNode* root, HtmlBlock& b) {
  std::vector<Item> todo{{root, false, false, false, false, 0}};
  while (!todo.empty()) {
    Item it = todo.back();
    todo.pop_back();
    const GumboNode* n = it.node;
    if (it.exit) {
      std::size_t from = it.link_start <= b.text.size() ? it.link_start : 0;
      std::string text = tidy_html_text(std::string_view(b.text).substr(from));
      b.link_bytes += text.size();
      if (!text.empty()) b.link_texts.push_back(std::move(text));
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      std::string_view t = n->v.text.text;
      if (!b.pieces.empty() || ((it.bold || it.italic) && n->type != GUMBO_NODE_WHITESPACE)) {
        if (b.pieces.empty()) append_piece(b.pieces, b.text, false, false);
        append_piece(b.pieces, t, it.bold, it.italic);
      }
      b.text += t;
      if (n->type != GUMBO_NODE_WHITESPACE && t.find_first_not_of(" \t\r\n\xC2\xA0.") != t.npos) {
        b.italic = b.italic && it.italic;
        b.bold = b.bold && it.bold;
        after_br_ = false;
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT || skipped(n)) continue;
    GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_IMG) {
      b.image = true;
      if (b.image_src.empty()) b.image_src = img_address(n);
      after_br_ = false;
      continue;
    }
    if (t == GUMBO_TAG_BR) {
      if (opts_.double_br_splits && after_br_ && !it.link) {
        cut(b);
      } else {
        b.text += ' ';
        if (!b.pieces.empty()) append_piece(b.pieces, " ", it.bold, it.italic);
        after_br_ = true;
      }
      continue;
    }
    bool italic = it.italic || t == GUMBO_TAG_EM || t == GUMBO_TAG_I;
    bool bold = it.bold || t == GUMBO_TAG_STRONG || t == GUMBO_TAG_B;
    if (t == GUMBO_TAG_SPAN) {
      std::string style = html_attr(n, "style");
      if (style.find("italic") != std::string::npos) italic = true;
      if (style.find("bold") != std::string::npos) bold = true;
    }
    bool link = it.link || t == GUMBO_TAG_A;
    if (t == GUMBO_TAG_A && !it.link) todo.push_back({n, false, false, false, true, b.text.size()});
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;)
      todo.push_back({child(n, i), italic, bold, link, false, 0});
  }
}

void BlockWalker::add_block(const GumboNode* k, const Frame& f) {
  GumboTag t = k->v.element.tag;
  HtmlBlock b;
  bool caption = t == GUMBO_TAG_FIGCAPTION || f.caption_zone ||
                 (opts_.caption_classes && has_caption_class(k));
  start(b, k, alignment_of(k, true, f.align), caption);
  b.heading = t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6;
  if (b.heading) b.level = 1 + static_cast<int>(t - GUMBO_TAG_H1);
  add_inline(k, b);
  cut(b);
}

void BlockWalker::walk(const GumboNode* root) {
  if (root->type != GUMBO_NODE_ELEMENT && root->type != GUMBO_NODE_DOCUMENT) return;
  HtmlBlock loose;
  std::vector<Frame> stack;
  auto open = [&](const GumboNode* n, const Frame* parent) {
    Frame f{n, 0, {}, false};
    if (parent) {
      f.align = alignment_of(n, false, parent->align);
      f.caption_zone = parent->caption_zone || n->v.element.tag == GUMBO_TAG_FIGCAPTION ||
                       (opts_.caption_classes && has_caption_class(n));
    }
    start(loose, n, f.align, f.caption_zone);
    loose.loose = true;
    stack.push_back(f);
  };
  if (root->type == GUMBO_NODE_DOCUMENT) {
    stack.push_back(Frame{root, 0, {}, false});
    start(loose, root, {}, false);
    loose.loose = true;
  } else {
    open(root, nullptr);
  }
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& kids = f.node->type == GUMBO_NODE_DOCUMENT ? f.node->v.document.children
                                                                  : f.node->v.element.children;
    if (f.next == kids.length) {
      cut(loose);
      stack.pop_back();
      if (!stack.empty()) {
        start(loose, stack.back().node, stack.back().align, stack.back().caption_zone);
        loose.loose = true;
      }
      continue;
    }
    const GumboNode* k = static_cast<const GumboNode*>(kids.data[f.next++]);
    if (k->type != GUMBO_NODE_ELEMENT) {
      add_inline(k, loose);
      continue;
    }
    if (skipped(k)) continue;
    GumboTag t = k->v.element.tag;
    if (is_block_tag(t) && !holds_blocks(k)) {
      cut(loose);
      add_block(k, f);
    } else if (t == GUMBO_TAG_IMG) {
      cut(loose);
      HtmlBlock b;
      start(b, k, f.align, f.caption_zone);
      b.image = true;
      b.image_src = img_address(k);
      out_.push_back(std::move(b));
    } else if (is_inline_tag(t)) {
      add_inline(k, loose);
    } else {
      cut(loose);
      Frame parent = f;  // `f` dies when the stack grows
      open(k, &parent);
    }
  }
}

}  // namespace

std::vector<HtmlBlock> collect_html_blocks(const GumboNode* root, const CollectOptions& opts) {
  std::vector<HtmlBlock> out;
  BlockWalker(opts, out).walk(root);
  return out;
}

std::string img_address(const GumboNode* img) {
  auto usable = [](const std::string& s) { return !s.empty() && !s.starts_with("data:"); };
  for (const char* name : {"src", "data-src", "data-original"}) {
    std::string v = fold_whitespace(html_attr(img, name));
    if (usable(v)) return v;
  }
  return {};
}

std::string tidy_html_text(std::string_view raw) {
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

std::string element_text(const GumboNode* n) {
  std::string text;
  std::vector<const GumboNode*> todo{n};
  while (!todo.empty()) {
    const GumboNode* k = todo.back();
    todo.pop_back();
    if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA ||
        k->type == GUMBO_NODE_WHITESPACE) {
      text += k->v.text.text;
    } else if (k->type == GUMBO_NODE_ELEMENT && !is_skipped_tag(k->v.element.tag)) {
      if (k->v.element.tag == GUMBO_TAG_BR) text += ' ';
      if (!is_inline_tag(k->v.element.tag)) text += ' ';
      const GumboVector& kids = k->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) todo.push_back(child(k, i));
    }
  }
  return tidy_html_text(text);
}

}  // namespace tuyentap
