// Both dialects share one walk (WordWalker); each says what its elements mean.
#include "article/word_xml.h"

#include <map>
#include <optional>
#include <pugixml.hpp>

#include "article/html_document.h"

namespace tuyentap {

namespace {

constexpr int kMaxStyleChain = 16;  // basedOn / parent-style-name links followed

// "w:pStyle" → "pStyle": prefixes are the document's to choose.
std::string_view local(const pugi::xml_node& n) {
  std::string_view name = n.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_node k = n.first_child(); k; k = k.next_sibling())
    if (k.type() == pugi::node_element && local(k) == name) return k;
  return {};
}

// An attribute by its local name.
std::string_view attr(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    std::string_view an = a.name();
    std::size_t colon = an.find(':');
    if ((colon == std::string_view::npos ? an : an.substr(colon + 1)) == name) return a.value();
  }
  return {};
}

struct StyleFacts {
  std::string name;    // lower case
  std::string parent;  // the style it is based on
  bool bold = false, italic = false;
};
using Styles = std::map<std::string, StyleFacts, std::less<>>;

// Follows a style's parents to the first one whose name gives a role.
WordRole resolve_role(const Styles& styles, std::string_view id) {
  for (int hop = 0; hop < kMaxStyleChain && !id.empty(); ++hop) {
    auto it = styles.find(id);
    WordRole role = role_of_style_name(it == styles.end() ? id : it->second.name);
    if (role != WordRole::Body || it == styles.end()) return role;
    id = it->second.parent;
  }
  return WordRole::Body;
}

StyleFacts resolve_text_style(const Styles& styles, std::string_view id) {
  StyleFacts out;
  for (int hop = 0; hop < kMaxStyleChain && !id.empty(); ++hop) {
    auto it = styles.find(id);
    if (it == styles.end()) break;
    out.bold = out.bold || it->second.bold;
    out.italic = out.italic || it->second.italic;
    if (it->second.name == "strong") out.bold = true;
    if (it->second.name == "emphasis") out.italic = true;
    id = it->second.parent;
  }
  return out;
}

// w:b, w:i: on unless w:val says 0, false or off.
bool toggle_on(const pugi::xml_node& n) {
  if (!n) return false;
  std::string_view v = attr(n, "val");
  return v != "0" && v != "false" && v != "off";
}

bool parse_xml(pugi::xml_document& doc, std::string_view xml, std::string& problem,
               const char* part) {
  if (xml.empty()) return true;
  pugi::xml_parse_result r = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default);
  if (!r) problem = std::string("a damaged document (") + part + ": " + r.description() + ")";
  return static_cast<bool>(r);
}

// What an element means to the walk.
enum class Act { Walk, Skip, Paragraph, Run, Text, Space, Image, Note };

// The picture a drawing (w:drawing, w:pict, w:object) or an .odt's draw:image shows, as the
// document refers to it (WordParagraph::images). Of an .odt frame's alternatives (an SVG with
// a PNG beside it) the first JPEG or PNG is taken, else the first; the others give nothing.
// nullopt for an alternative passed over.
std::optional<std::string> picture_ref(const pugi::xml_node& n) {
  if (local(n) == "image") {
    for (pugi::xml_node s = n.previous_sibling(); s; s = s.previous_sibling())
      if (s.type() == pugi::node_element && local(s) == "image") return std::nullopt;
    for (pugi::xml_node s = n; s; s = s.next_sibling()) {
      if (s.type() != pugi::node_element || local(s) != "image") continue;
      std::string href = lower_ascii(attr(s, "href"));
      if (href.ends_with(".png") || href.ends_with(".jpg") || href.ends_with(".jpeg"))
        return std::string(attr(s, "href"));
    }
    return std::string(attr(n, "href"));
  }
  pugi::xml_node found = n.find_node([](const pugi::xml_node& k) {
    return k.type() == pugi::node_element && (local(k) == "blip" || local(k) == "imagedata");
  });
  if (!found) return std::string();
  if (local(found) == "imagedata") return std::string(attr(found, "id"));
  std::string_view embed = attr(found, "embed");
  return std::string(embed.empty() ? attr(found, "link") : embed);
}

// One walk over the body, for both dialects: `act_of` says what an element is; `run_style`
// gives the bold and italic a run, a span or a paragraph puts on its text; `role_of` a
// paragraph's role.
struct WordWalker {
  WordBody& out;
  std::vector<StyledPiece>* current = nullptr;

  void flush(WordParagraph& p) {
    bool has_text = false;
    for (const StyledPiece& s : p.pieces)
      if (s.text.find_first_not_of(" \t\r\n") != std::string::npos) has_text = true;
    if (has_text || !p.images.empty()) out.paragraphs.push_back(std::move(p));
    p = WordParagraph{};
  }

  template <class ActOf, class RunStyle, class RoleOf>
  void walk(const pugi::xml_node& root, ActOf act_of, RunStyle run_style, RoleOf role_of) {
    struct Open {
      pugi::xml_node node;
      Act act;
      bool bold, italic;
    };
    std::vector<Open> stack;
    WordParagraph para;
    bool in_para = false;
    bool bold = false, italic = false;
    auto leave = [&](const Open& o) {
      if (o.act == Act::Paragraph) {
        flush(para);
        in_para = false;
      }
      bold = o.bold;
      italic = o.italic;
    };
    pugi::xml_node n = root.first_child();
    while (n) {
      bool descend = false;
      if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
        if (in_para) append_piece(para.pieces, n.value(), bold, italic);
      } else if (n.type() == pugi::node_element) {
        Act act = act_of(n);
        descend = act == Act::Walk || act == Act::Paragraph || act == Act::Run || act == Act::Text;
        if (act == Act::Paragraph) {
          if (in_para) flush(para);
          para.role = role_of(n);
          in_para = true;
        } else if (act == Act::Space) {
          if (in_para) append_piece(para.pieces, " ", bold, italic);
        } else if (act == Act::Image) {
          if (std::optional<std::string> ref = picture_ref(n)) {
            para.images.push_back(std::move(*ref));
            if (!in_para) flush(para);  // a picture between paragraphs stands alone
          }
        } else if (act == Act::Note) {
          ++out.notes;
        }
        if (descend && n.first_child()) {
          if (stack.size() >= kMaxWordDepth) {
            out.problem = "a damaged document (its XML is nested more than " +
                          std::to_string(kMaxWordDepth) + " deep)";
            return;
          }
          stack.push_back({n, act, bold, italic});
          if (act == Act::Run || act == Act::Paragraph) {
            auto [b, i] = run_style(n);
            bold = bold || b;
            italic = italic || i;
          }
          n = n.first_child();
          continue;
        }
      }
      // Next: the sibling, or up and on, leaving what is left behind.
      while (n) {
        if (n.next_sibling()) {
          n = n.next_sibling();
          break;
        }
        if (stack.empty()) return finish(para, in_para);
        leave(stack.back());
        n = stack.back().node;
        stack.pop_back();
      }
    }
    finish(para, in_para);
  }

  void finish(WordParagraph& para, bool in_para) {
    if (in_para || !para.images.empty()) flush(para);
  }
};

// ---- .docx -------------------------------------------------------------------------------

Styles docx_styles(const pugi::xml_node& root) {
  Styles styles;
  for (pugi::xml_node s = root.first_child(); s; s = s.next_sibling()) {
    if (local(s) != "style") continue;
    StyleFacts f;
    f.name = lower_ascii(attr(child(s, "name"), "val"));
    f.parent = std::string(attr(child(s, "basedOn"), "val"));
    pugi::xml_node rpr = child(s, "rPr");
    f.bold = toggle_on(child(rpr, "b"));
    f.italic = toggle_on(child(rpr, "i"));
    styles.emplace(std::string(attr(s, "styleId")), std::move(f));
  }
  return styles;
}

Act docx_act(const pugi::xml_node& n) {
  std::string_view name = local(n);
  if (name == "p") return Act::Paragraph;
  if (name == "r") return Act::Run;
  if (name == "t") return Act::Text;
  if (name == "tab" || name == "br" || name == "cr" || name == "noBreakHyphen") return Act::Space;
  if (name == "drawing" || name == "pict" || name == "object") return Act::Image;
  if (name == "footnoteReference" || name == "endnoteReference") return Act::Note;
  // properties, deleted text, field codes, comments: no text of the article
  if (name == "pPr" || name == "rPr" || name == "sectPr" || name == "tblPr" || name == "trPr" ||
      name == "tcPr" || name == "tblGrid" || name == "del" || name == "moveFrom" ||
      name == "instrText" || name == "delText" || name == "commentReference" || name == "fldChar" ||
      name == "annotationRef" || name == "Fallback")  // mc:Fallback repeats mc:Choice
    return Act::Skip;
  return Act::Walk;
}

}  // namespace

std::string WordParagraph::text() const {
  std::string s;
  for (const StyledPiece& p : pieces) s += p.text;
  return s;
}

WordRole role_of_style_name(std::string_view name) {
  std::string n = lower_ascii(name);
  std::erase(n, ' ');
  std::erase(n, '_');
  if (n == "title" || n == "tiêuđề") return WordRole::Title;
  if (n.starts_with("heading")) return WordRole::Heading;
  if (n == "caption" || n == "illustration" || n == "figure" || n == "imagecaption")
    return WordRole::Caption;
  return WordRole::Body;
}

WordBody parse_docx(std::string_view document_xml, std::string_view styles_xml) {
  WordBody out;
  pugi::xml_document doc, sdoc;
  if (!parse_xml(doc, document_xml, out.problem, "word/document.xml")) return out;
  Styles styles;
  if (parse_xml(sdoc, styles_xml, out.problem, "word/styles.xml"))
    styles = docx_styles(sdoc.document_element());
  out.problem.clear();  // the styles are a help, not a must
  pugi::xml_node body = child(doc.document_element(), "body");
  if (!body) {
    out.problem = "a damaged document (word/document.xml has no body)";
    return out;
  }
  WordWalker w{out};
  w.walk(
      body, docx_act,
      [&](const pugi::xml_node& r) {
        if (local(r) == "p") return std::pair{false, false};  // the style's bold is a heading's
        pugi::xml_node rpr = child(r, "rPr");
        StyleFacts cs = resolve_text_style(styles, attr(child(rpr, "rStyle"), "val"));
        pugi::xml_node b = child(rpr, "b"), i = child(rpr, "i");
        return std::pair{b ? toggle_on(b) : cs.bold, i ? toggle_on(i) : cs.italic};
      },
      [&](const pugi::xml_node& p) {
        return resolve_role(styles, attr(child(child(p, "pPr"), "pStyle"), "val"));
      });
  return out;
}

// ---- .odt --------------------------------------------------------------------------------

namespace {

void odt_styles(const pugi::xml_node& container, Styles& styles) {
  for (pugi::xml_node s = container.first_child(); s; s = s.next_sibling()) {
    if (local(s) != "style") continue;
    StyleFacts f;
    std::string_view display = attr(s, "display-name");
    f.name = lower_ascii(display.empty() ? attr(s, "name") : display);
    f.parent = std::string(attr(s, "parent-style-name"));
    pugi::xml_node tp = child(s, "text-properties");
    std::string_view weight = attr(tp, "font-weight");
    f.bold = weight == "bold" || weight == "600" || weight == "700" || weight == "800" ||
             weight == "900";
    f.italic = attr(tp, "font-style") == "italic" || attr(tp, "font-style") == "oblique";
    styles.emplace(std::string(attr(s, "name")), std::move(f));
  }
}

Act odt_act(const pugi::xml_node& n) {
  std::string_view name = local(n);
  if (name == "p" || name == "h") return Act::Paragraph;
  if (name == "span" || name == "a") return Act::Run;
  if (name == "s" || name == "tab" || name == "line-break") return Act::Space;
  if (name == "image") return Act::Image;
  if (name == "note") return Act::Note;  // its text (citation and body) is left out with it
  if (name == "annotation" || name == "tracked-changes" || name == "sequence-decls" ||
      name == "table-columns" || name == "table-column" || name == "soft-page-break" ||
      name == "bookmark" || name == "variable-decls")
    return Act::Skip;
  return Act::Walk;
}

}  // namespace

WordBody parse_odt(std::string_view content_xml, std::string_view styles_xml) {
  WordBody out;
  pugi::xml_document doc, sdoc;
  if (!parse_xml(doc, content_xml, out.problem, "content.xml")) return out;
  Styles styles;
  if (parse_xml(sdoc, styles_xml, out.problem, "styles.xml")) {
    pugi::xml_node root = sdoc.document_element();
    odt_styles(child(root, "styles"), styles);
    odt_styles(child(root, "automatic-styles"), styles);
  }
  out.problem.clear();
  pugi::xml_node root = doc.document_element();
  odt_styles(child(root, "automatic-styles"), styles);
  pugi::xml_node text = child(child(root, "body"), "text");
  if (!text) {
    out.problem = "a damaged document (content.xml has no text body)";
    return out;
  }
  WordWalker w{out};
  w.walk(
      text, odt_act,
      [&](const pugi::xml_node& span) {
        if (local(span) == "p" || local(span) == "h") {
          // A paragraph's own automatic style may make all of it bold or italic; its parents'
          // (a heading style's bold) say nothing of emphasis.
          auto it = styles.find(attr(span, "style-name"));
          if (it == styles.end()) return std::pair{false, false};
          return std::pair{it->second.bold, it->second.italic};
        }
        StyleFacts f = resolve_text_style(styles, attr(span, "style-name"));
        return std::pair{f.bold, f.italic};
      },
      [&](const pugi::xml_node& p) {
        WordRole role = resolve_role(styles, attr(p, "style-name"));
        if (local(p) == "h" && role != WordRole::Title) return WordRole::Heading;
        return role;
      });
  return out;
}

}  // namespace tuyentap
