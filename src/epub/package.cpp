#include "epub/package.h"

#include <pugixml.hpp>

#include "epub/utf8.h"
#include "epub/xhtml.h"
#include "text/date.h"

namespace tuyentap::epub {

namespace {

constexpr long long kUnknownDateEpoch = 946684800;  // 2000-01-01T00:00:00Z

pugi::xml_node element(pugi::xml_node parent, const char* tag, const std::string& text) {
  pugi::xml_node n = parent.append_child(tag);
  n.append_child(pugi::node_pcdata).set_value(xml_safe(text).c_str());
  return n;
}

void meta_property(pugi::xml_node md, const char* property, const std::string& value,
                   const char* refines = nullptr, const char* scheme = nullptr) {
  pugi::xml_node m = element(md, "meta", value);
  if (refines) m.prepend_attribute("refines") = refines;
  m.append_attribute("property") = property;
  if (scheme) m.append_attribute("scheme") = scheme;
}

std::string accessibility_summary(std::size_t photos, std::size_t undescribed, bool pages) {
  if (photos == 0 && !pages) return label::kAccessibilitySummary;  // as it always was
  std::string s = photos > 0 ? label::kSummaryWithPhotos : label::kAccessibilitySummary;
  if (photos > 0)
    s += undescribed > 0 ? label::kSummaryPhotosUndescribed : label::kSummaryPhotosDescribed;
  if (pages) s += label::kSummaryPageBreaks;
  return s;
}

// EPUB Accessibility 1.1 / schema.org: what the book offers, no more. dcterms:conformsTo stays
// out until a checker (DAISY Ace) has passed the books (docs/architecture.md).
void accessibility_metadata(pugi::xml_node md, const PackageInfo& info) {
  meta_property(md, "schema:accessMode", "textual");
  if (info.photos > 0) meta_property(md, "schema:accessMode", "visual");
  // Text alone is enough when every photo's caption gives its alternative text.
  meta_property(md, "schema:accessModeSufficient",
                info.photos_without_text > 0 ? "textual,visual" : "textual");
  for (const char* f : {"tableOfContents", "readingOrder", "structuralNavigation"})
    meta_property(md, "schema:accessibilityFeature", f);
  if (info.photos > 0 && info.photos_without_text == 0)
    meta_property(md, "schema:accessibilityFeature", "alternativeText");
  const bool pages = !info.page_break_source.empty();
  if (pages) {
    for (const char* f : {"pageBreakMarkers", "pageNavigation"})
      meta_property(md, "schema:accessibilityFeature", f);
  }
  meta_property(md, "schema:accessibilityHazard", "none");
  meta_property(md, "schema:accessibilitySummary",
                accessibility_summary(info.photos, info.photos_without_text, pages));
  if (pages) {
    // The edition the page numbers are of. EPUB Accessibility 1.1 names it with
    // a11y:pageBreakSource, which epubcheck 4.2 refuses (OPF-027, "undefined property"); the
    // EPUB 3.2 way it accepts is dc:source refined as the source of the pagination.
    element(md, "dc:source", info.page_break_source).append_attribute("id") = "page-source";
    meta_property(md, "source-of", "pagination", "#page-source");
  }
}

}  // namespace

long long stamp_epoch(long long date_epoch) {
  return date_epoch > 0 ? date_epoch : kUnknownDateEpoch;
}

std::string package_document(const Presentation& book, const PackageInfo& info,
                             const std::vector<ManifestItem>& items) {
  const std::string& lang = book.language;
  pugi::xml_document doc;
  add_declaration(doc);
  pugi::xml_node pkg = doc.append_child("package");
  pkg.append_attribute("xmlns") = "http://www.idpf.org/2007/opf";
  pkg.append_attribute("version") = "3.0";
  pkg.append_attribute("unique-identifier") = "book-id";
  pkg.append_attribute("xml:lang") = lang.c_str();

  pugi::xml_node md = pkg.append_child("metadata");
  md.append_attribute("xmlns:dc") = "http://purl.org/dc/elements/1.1/";
  element(md, "dc:identifier", info.uid).append_attribute("id") = "book-id";
  element(md, "dc:title", info.title).append_attribute("id") = "book-title";
  element(md, "dc:language", lang);
  for (std::size_t i = 0; i < book.creators.size(); ++i) {
    // "book-creator", "book-creator-2", …: the first keeps the id it always had.
    std::string id = "book-creator" + (i == 0 ? std::string() : "-" + std::to_string(i + 1));
    element(md, "dc:creator", book.creators[i].name).append_attribute("id") = id.c_str();
    meta_property(md, "role", book.creators[i].role, ("#" + id).c_str(), "marc:relators");
  }
  if (!book.publisher.empty()) element(md, "dc:publisher", book.publisher);
  if (info.date_epoch > 0) {
    element(md, "dc:date", utc_from_epoch(info.date_epoch).date.iso());
  } else if (book.book->meta.year > 0) {
    element(md, "dc:date", std::to_string(book.book->meta.year));
  }
  for (const std::string& topic : book.topics) {
    if (!topic.empty()) element(md, "dc:subject", topic);
  }
  if (!book.subtitle.empty()) element(md, "dc:description", book.subtitle);
  meta_property(md, "dcterms:modified", iso_utc(stamp_epoch(info.date_epoch)));
  accessibility_metadata(md, info);
  if (info.has_cover_image) {
    // EPUB 2 readers (older Kindle and Kobo software) find the cover through this.
    pugi::xml_node m = md.append_child("meta");
    m.append_attribute("name") = "cover";
    m.append_attribute("content") = info.cover_image_id.c_str();
  }

  // The manifest and the spine name every page: made a part at a time (xhtml.h).
  add_parts_placeholder(pkg.append_child("manifest"));
  pugi::xml_node spine = pkg.append_child("spine");
  spine.append_attribute("toc") = "ncx";
  add_parts_placeholder(spine);
  std::vector<const ManifestItem*> in_spine;
  for (const ManifestItem& it : items)
    if (it.in_spine) in_spine.push_back(&it);
  return serialize_in_parts(
      doc, {in_batches(items.size(), 512,
                       [&](pugi::xml_node manifest, std::size_t i) {
                         const ManifestItem& it = items[i];
                         pugi::xml_node n = manifest.append_child("item");
                         n.append_attribute("id") = it.id.c_str();
                         n.append_attribute("href") = it.href.c_str();
                         n.append_attribute("media-type") = it.media_type.c_str();
                         if (!it.properties.empty())
                           n.append_attribute("properties") = it.properties.c_str();
                       }),
            in_batches(in_spine.size(), 512, [&](pugi::xml_node list, std::size_t i) {
              list.append_child("itemref").append_attribute("idref") = in_spine[i]->id.c_str();
            })});
}

std::string container_xml(const std::string& package_path) {
  pugi::xml_document doc;
  add_declaration(doc);
  pugi::xml_node c = doc.append_child("container");
  c.append_attribute("version") = "1.0";
  c.append_attribute("xmlns") = "urn:oasis:names:tc:opendocument:xmlns:container";
  pugi::xml_node rf = c.append_child("rootfiles").append_child("rootfile");
  rf.append_attribute("full-path") = package_path.c_str();
  rf.append_attribute("media-type") = "application/oebps-package+xml";
  return serialize(doc);
}

}  // namespace tuyentap::epub
