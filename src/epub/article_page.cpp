// One XHTML file per article: title, meta line, lead, body, source.
#include "epub/pages.h"
#include "text/date.h"

namespace tuyentap::epub {

std::vector<MetaPart> article_meta(const Article& a) {
  std::vector<MetaPart> parts;
  if (a.date && a.date->valid()) parts.push_back({"date", vi_long_date(*a.date)});
  if (!a.author.empty()) parts.push_back({"author", a.author});
  if (!a.topic.empty()) parts.push_back({"topic", a.topic});
  return parts;
}

std::string article_page(PageWriter& w, const PlannedArticle& pa) {
  const Article& a = *pa.article;
  pugi::xml_node s = w.begin("article", pa.title, a.file, "article");
  s.append_attribute("epub:type") = "chapter";
  w.add(s, "h1", pa.title, Face::SansBold, "article-title");

  std::vector<MetaPart> meta = article_meta(a);
  if (!meta.empty()) {
    pugi::xml_node p = s.append_child("p");
    p.append_attribute("class") = "meta";
    for (size_t i = 0; i < meta.size(); ++i) {
      if (i > 0) w.text(p, kMetaSeparator, Face::SansRegular);
      w.add(p, "span", meta[i].text, Face::SansRegular, meta[i].cls);
    }
  }
  if (!a.lead.empty()) w.add(s, "p", a.lead, Face::SerifBold, "lead");

  for (const Block& b : a.blocks) {
    switch (b.type) {
      case BlockType::Paragraph:
        w.add(s, "p", b.text, Face::SerifRegular);
        break;
      case BlockType::Heading:
        w.add(s, "h2", b.text, Face::SansBold);
        break;
      case BlockType::Caption: {
        // No photo travels with the text archive: the caption stands on its own, styled as
        // one, with its credit as the paper printed it.
        pugi::xml_node p = w.add(s, "p", b.text, Face::SerifItalic, "caption");
        if (!b.credit.empty()) {
          if (!b.text.empty()) w.text(p, " ", Face::SerifItalic);
          w.add(p, "span", kLabelPhoto + b.credit, Face::SerifBoldItalic, "credit");
        }
        break;
      }
    }
  }
  if (!a.file.empty()) w.add(s, "p", kLabelSource + a.file, Face::SansRegular, "source");
  return w.finish();
}

}  // namespace tuyentap::epub
