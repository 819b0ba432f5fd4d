// The end of the document (the pages are written as they come: page_writer.h): the fonts'
// subsets, the resources every page shares, the page tree's root, the catalog with its
// navigation and metadata, the structure tree's elements, the cross-reference table and the
// trailer with a content-derived /ID.
#include <podofo/podofo.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/error.h"
#include "base/hash.h"
#include "pdf/content_stream.h"
#include "pdf/font_embed.h"
#include "pdf/metadata.h"
#include "pdf/navigation.h"
#include "pdf/page_writer.h"
#include "pdf/pdf.h"
#include "pdf/pdfa.h"

using namespace PoDoFo;

namespace tuyentap {

namespace {

using pdf::ObjectFile;

// The resources dictionary every page shares: the fonts some run draws with (subset) and
// the pictures, named in first-use order (as the pages' streams were made).
void write_resources(pdf::WrittenPages& w) {
  PdfDictionary font_dict;
  for (const FontFile& f : w.book.fonts) w.id_input += f.name + "\n";
  for (std::size_t f = 0; f < w.fonts.size(); ++f) {
    if (!w.fonts[f] || w.uses[f].ids().empty()) continue;
    std::unique_ptr<PdfVecObjects> scratch = w.file.scratch();
    font_dict.AddKey(pdf::font_resource_name(static_cast<int>(f)),
                     pdf::embed_font(*scratch, *w.fonts[f], w.uses[f]));
    w.file.write_all(*scratch);
  }
  PdfDictionary dict;
  dict.AddKey("Font", font_dict);
  PdfDictionary xobjects;
  for (std::size_t i = 0; i < w.pictures.size(); ++i)
    xobjects.AddKey(PdfName("Im" + std::to_string(i)), ObjectFile::ref(w.pictures[i]));
  if (!w.pictures.empty()) dict.AddKey("XObject", xobjects);
  w.file.write(w.resources, dict);
}

// The root of the page tree: every page its kid, as PoDoFo's InsertPages made it.
void write_page_tree(pdf::WrittenPages& w) {
  if (w.pages.size() > w.page_count)
    throw Error("a link or bookmark points at page " + std::to_string(w.pages.size()) +
                    ", but the book has " + std::to_string(w.page_count) + " pages",
                {}, 0, "this is a bug in the layout stage; please report it");
  std::string tree = "<</Type/Pages/Kids[";
  for (std::size_t p = 0; p < w.pages.size(); ++p) {
    if (p > 0) tree += ' ';
    tree += std::to_string(w.pages[p]) + " 0 R";
  }
  tree += "]/Count " + std::to_string(w.page_count) + ">>";
  w.file.write_text(w.page_tree, tree);
  std::vector<int>().swap(w.pages);
}

// The catalog's navigation and metadata: bookmarks, page labels, language, Info and XMP.
// Returns the Info dictionary's object.
int write_catalog(pdf::WrittenPages& w) {
  const LaidOutBook& book = w.book;
  PdfDictionary cat;
  cat.AddKey("Type", PdfName("Catalog"));
  cat.AddKey("Pages", ObjectFile::ref(w.page_tree));
  if (w.outlines) {
    cat.AddKey("Outlines", ObjectFile::ref(w.outlines));
    cat.AddKey("PageMode", PdfName("UseOutlines"));
  }
  cat.AddKey("PageLabels", pdf::build_page_labels(book.labels, static_cast<int>(w.page_count)));
  if (!book.info.language.empty()) cat.AddKey("Lang", PdfString(book.info.language));
  PdfDictionary prefs;
  prefs.AddKey("DisplayDocTitle", PdfVariant(true));
  cat.AddKey("ViewerPreferences", prefs);
  std::unique_ptr<PdfVecObjects> scratch = w.file.scratch();
  pdf::add_output_intent(*scratch, cat);
  w.file.write_all(*scratch);

  const int info = w.file.reserve();
  PdfDictionary info_dict;
  pdf::fill_info(info_dict, book.info);
  w.file.write(info, info_dict);
  std::string xmp = pdf::xmp_packet(book.info);
  const int metadata = w.file.reserve();
  PdfDictionary xml;
  xml.AddKey("Type", PdfName("Metadata"));
  xml.AddKey("Subtype", PdfName("XML"));
  // Uncompressed, so that tools scanning files for XMP packets find it.
  w.file.write_stream(metadata, xml, xmp);
  cat.AddKey("Metadata", ObjectFile::ref(metadata));
  w.id_input += xmp;
  if (w.structure) w.structure->finish(cat);
  w.file.write(w.catalog, cat);
  return info;
}

std::size_t write_document(pdf::WrittenPages& w) {
  // A PDF without pages is not one readers accept ("Invalid page count 0").
  if (w.page_count == 0)
    throw Error("the book has no pages to print", {}, 0,
                "check that the book spec selects some articles for the period and topics");
  write_resources(w);
  write_page_tree(w);
  const int info = write_catalog(w);
  return w.file.finish(w.catalog, info, hash128_hex(w.id_input));
}

// PoDoFo's errors as the writer's.
template <class F>
auto podofo_guard(F&& f) {
  try {
    return f();
  } catch (const PdfError& e) {
    throw Error(std::string("PoDoFo could not write the PDF: ") + PdfError::ErrorName(e.GetError()),
                {}, 0, "this is a bug in tuyentap's PDF writer; please report it");
  }
}

}  // namespace

PageSink pdf_page_sink(PdfOutput out, std::size_t& size) {
  auto writer = std::make_shared<std::optional<pdf::PageWriter>>();
  return {.begin =
              [writer, out = std::move(out)](LaidOutBook frame) {
                podofo_guard([&] { writer->emplace(std::move(frame), out); });
              },
          .add_font = [writer](FontFile font) { (*writer)->add_font(std::move(font)); },
          .add_page =
              [writer](Page page) { podofo_guard([&] { (*writer)->add_page(std::move(page)); }); },
          .finish =
              [writer, &size] {
                size = podofo_guard([&] { return write_document((*writer)->finish()); });
                writer->reset();
              }};
}

std::size_t write_pdf(LaidOutBook book, const PdfOutput& out) {
  std::size_t size = 0;
  PageSink sink = pdf_page_sink(out, size);
  std::vector<FontFile> fonts = std::move(book.fonts);
  std::vector<Page> pages = std::move(book.pages);
  book.fonts.clear();
  book.pages.clear();
  sink.begin(std::move(book));
  for (FontFile& f : fonts) sink.add_font(std::move(f));
  for (Page& p : pages) sink.add_page(std::move(p));  // each page's glyphs let go as it goes
  sink.finish();
  return size;
}

std::string write_pdf(LaidOutBook book) {
  std::string bytes;
  write_pdf(std::move(book), [&](std::string_view piece) { bytes.append(piece); });
  return bytes;
}

}  // namespace tuyentap
