// One XHTML file per article: title, meta line, lead and body in the page's order, source.
#include "article/caption_note.h"
#include "epub/pages.h"
#include "epub/semantics.h"
#include "text/dashes.h"

namespace tuyentap::epub {

namespace {

// The class each part of the meta line has in the templates' CSS.
// Only http(s) addresses become links: anything else in a page's source is not one a
// reading system should open.
bool is_web_address(const std::string& url) {
  return (url.rfind("http://", 0) == 0 || url.rfind("https://", 0) == 0) &&
         url.find_first_of(" \"<>\\") == std::string::npos;
}

const char* meta_class(MetaPart::Kind kind) {
  switch (kind) {
    case MetaPart::Date:
      return "date";
    case MetaPart::Author:
      return "author";
    case MetaPart::Topic:
      return "topic";
  }
  return "";
}

Face styled_face(bool bold, bool italic) {
  if (bold && italic) return Face::SerifBoldItalic;
  if (bold) return Face::SerifBold;
  return italic ? Face::SerifItalic : Face::SerifRegular;
}

// The face a text is set in: serif in any style, or the headings' sans (bold only: the book
// embeds no sans italic, so a heading's italic words keep the sans bold's glyphs).
struct BaseFace {
  bool sans = false, bold = false, italic = false;
  Face with(bool more_bold, bool more_italic) const {
    if (sans) return Face::SansBold;
    return styled_face(bold || more_bold, italic || more_italic);
  }
};

// `text` as both books print it (range dashes) into `n`, its emphasis as <strong> and <em>
// (both: <strong><em>), moved along with the dashes.
void emphasised_text(PageWriter& w, pugi::xml_node n, const std::string& source,
                     const std::vector<Emphasis>& emphasis, BaseFace base) {
  const std::string printed = range_dashes(source);
  const std::string_view text = printed;
  std::size_t at = 0;
  for (const Emphasis& e : emphasis) {
    if (e.end > source.size() || e.begin >= e.end) continue;
    std::size_t begin = range_dashed_offset(source, e.begin);
    std::size_t end = range_dashed_offset(source, e.end);
    if (begin < at) continue;
    if (begin > at) w.text(n, text.substr(at, begin - at), base.with(false, false));
    pugi::xml_node inner = n.append_child(e.bold ? "strong" : "em");
    if (e.bold && e.italic) inner = inner.append_child("em");
    w.text(inner, text.substr(begin, end - begin), base.with(e.bold, e.italic));
    at = end;
  }
  if (at < text.size()) w.text(n, text.substr(at), base.with(false, false));
}

// <tag>text</tag> with its emphasis; a text without emphasis is written as it always was.
pugi::xml_node add_text(PageWriter& w, pugi::xml_node parent, const char* tag,
                        const std::string& text, const std::vector<Emphasis>& emphasis,
                        BaseFace base, const char* cls = nullptr) {
  if (emphasis.empty()) return w.add(parent, tag, range_dashes(text), base.with(false, false), cls);
  pugi::xml_node n = parent.append_child(tag);
  if (cls) n.append_attribute("class") = cls;
  emphasised_text(w, n, text, emphasis, base);
  return n;
}

// "text Ảnh: credit", the credit in its own span, inside `parent`.
void caption_words(PageWriter& w, pugi::xml_node parent, const Block& b) {
  if (!b.text.empty()) emphasised_text(w, parent, b.text, b.emphasis, BaseFace{false, false, true});
  if (!b.credit.empty()) {
    if (!b.text.empty()) w.text(parent, " ", Face::SerifItalic);
    w.add(parent, "span", credit_label(b.credit), Face::SerifBoldItalic, "credit");
  }
}

// A caption as caption_role decides: under its photo in a figure, a photo story's paragraph,
// a note where its photo is missing, or nothing.
// Returns the element written (null: none).
pugi::xml_node caption(PageWriter& w, pugi::xml_node s, const Article& a, const Block& b,
                       const PlannedArticle& pa, std::size_t& photo) {
  switch (caption_role(a, b, pa.view->captions_without_photo)) {
    case CaptionRole::Figure: {
      pugi::xml_node figure = s.append_child("figure");
      figure.append_attribute("class") = "photo";
      pugi::xml_node img = figure.append_child("img");
      img.append_attribute("src") = pa.photo_files.at(photo++).c_str();
      img.append_attribute("alt") = caption_text(b).c_str();
      if (!b.text.empty() || !b.credit.empty()) {
        caption_words(w, figure.append_child("figcaption"), b);
      }
      return figure;
    }
    case CaptionRole::Body: {
      pugi::xml_node p = s.append_child("p");
      p.append_attribute("class") = "caption";
      caption_words(w, p, b);
      return p;
    }
    case CaptionRole::Note:
      return add_text(w, s, "p", caption_note(b), caption_note_emphasis(b),
                      BaseFace{false, false, true}, "caption-note");
    case CaptionRole::Drop:
      break;
  }
  return {};
}

}  // namespace

std::string article_page(PageWriter& w, const PlannedArticle& pa) {
  const Article& a = *pa.article;
  pugi::xml_node s = w.begin("article", pa.title, a.file, "article");
  set_semantics(s, "chapter");
  // Where the printed pages turn (page_breaks.h): each block is marked as it is written.
  auto mark = [&](pugi::xml_node n, int block) {
    if (n) w.mark(n, {PagePlace::Part::Article, static_cast<int>(pa.shown), block}, pa.file);
  };
  // Headings follow the book's outline: the chapter opener is h1, an article h2, its
  // subheadings h3 — a screen reader's heading list then reads like the contents.
  mark(w.add(s, "h2", range_dashes(pa.title), Face::SansBold, "article-title"), PagePlace::kTitle);

  const std::vector<MetaPart> meta = meta_parts(*pa.view);
  if (!meta.empty()) {
    pugi::xml_node p = s.append_child("p");
    p.append_attribute("class") = "meta";
    for (size_t i = 0; i < meta.size(); ++i) {
      if (i > 0) w.text(p, label::kMetaSeparator, Face::SansRegular);
      w.add(p, "span", meta[i].text, Face::SansRegular, meta_class(meta[i].kind));
    }
    mark(p, PagePlace::kMetaLine);
  }
  // the lead where the page set it: under the title, or under the blocks above it; under a
  // heading it is body text (article.h lead_is_sapo)
  const std::size_t above = blocks_above_lead(a);
  auto lead = [&] {
    if (a.lead.empty()) return;
    if (lead_is_sapo(a))
      mark(add_text(w, s, "p", a.lead, a.lead_emphasis, BaseFace{false, true}, "lead"),
           PagePlace::kLead);
    else
      mark(add_text(w, s, "p", a.lead, a.lead_emphasis, BaseFace{}), PagePlace::kLead);
  };

  std::size_t photo = 0;  // the next of pa.photo_files
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    if (i == above) lead();
    const Block& b = a.blocks[i];
    pugi::xml_node n;
    switch (b.type) {
      case BlockType::Paragraph:
        n = add_text(w, s, "p", b.text, b.emphasis, BaseFace{});
        break;
      case BlockType::Heading:
        n = add_text(w, s, "h3", b.text, b.emphasis, BaseFace{true, true});
        break;
      case BlockType::Caption:
        n = caption(w, s, a, b, pa, photo);
        break;
    }
    mark(n, static_cast<int>(i));
  }
  if (above == a.blocks.size()) lead();
  if (const std::string line = source_line(*pa.view); !line.empty()) {
    pugi::xml_node p = s.append_child("p");
    p.append_attribute("class") = "source";
    mark(p, PagePlace::kSourceLine);
    if (const std::string& url = a.source.url; is_web_address(url)) {
      pugi::xml_node link = p.append_child("a");
      link.append_attribute("href") = url.c_str();
      w.text(link, line, Face::SansRegular);
    } else {
      w.text(p, line, Face::SansRegular);
    }
  }
  return w.finish();
}

}  // namespace tuyentap::epub
