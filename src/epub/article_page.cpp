// One XHTML file per article: title, meta line, lead, body, source.
#include "epub/pages.h"
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

}  // namespace

std::string article_page(PageWriter& w, const PlannedArticle& pa) {
  const Article& a = *pa.article;
  pugi::xml_node s = w.begin("article", pa.title, a.file, "article");
  s.append_attribute("epub:type") = "chapter";
  w.add(s, "h1", range_dashes(pa.title), Face::SansBold, "article-title");

  const std::vector<MetaPart>& meta = pa.view->meta;
  if (!meta.empty()) {
    pugi::xml_node p = s.append_child("p");
    p.append_attribute("class") = "meta";
    for (size_t i = 0; i < meta.size(); ++i) {
      if (i > 0) w.text(p, label::kMetaSeparator, Face::SansRegular);
      w.add(p, "span", meta[i].text, Face::SansRegular, meta_class(meta[i].kind));
    }
  }
  if (!a.lead.empty()) w.add(s, "p", range_dashes(a.lead), Face::SerifBold, "lead");

  for (const Block& b : a.blocks) {
    switch (b.type) {
      case BlockType::Paragraph:
        w.add(s, "p", range_dashes(b.text), Face::SerifRegular);
        break;
      case BlockType::Heading:
        w.add(s, "h2", range_dashes(b.text), Face::SansBold);
        break;
      case BlockType::Caption: {
        // No photo travels with the text archive: the caption stands on its own, styled as
        // one, with its credit as the paper printed it.
        pugi::xml_node p = w.add(s, "p", range_dashes(b.text), Face::SerifItalic, "caption");
        if (!b.credit.empty()) {
          if (!b.text.empty()) w.text(p, " ", Face::SerifItalic);
          w.add(p, "span", credit_label(b.credit), Face::SerifBoldItalic, "credit");
        }
        break;
      }
    }
  }
  if (!pa.view->source_line.empty()) {
    pugi::xml_node p = s.append_child("p");
    p.append_attribute("class") = "source";
    if (is_web_address(pa.view->source_url)) {
      pugi::xml_node link = p.append_child("a");
      link.append_attribute("href") = pa.view->source_url.c_str();
      w.text(link, pa.view->source_line, Face::SansRegular);
    } else {
      w.text(p, pa.view->source_line, Face::SansRegular);
    }
  }
  return w.finish();
}

}  // namespace tuyentap::epub
