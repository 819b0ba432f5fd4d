// Document assembly: fonts, pages, navigation and metadata into one PdfMemDocument,
// written to memory, then given a content-derived /ID.
#include <podofo/podofo.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>

#include "base/error.h"
#include "base/hash.h"
#include "pdf/compact_object.h"
#include "pdf/content_stream.h"
#include "pdf/font_embed.h"
#include "pdf/font_source.h"
#include "pdf/image_embed.h"
#include "pdf/metadata.h"
#include "pdf/navigation.h"
#include "pdf/page_writer.h"
#include "pdf/pdf.h"
#include "pdf/pdf_number.h"
#include "pdf/pdfa.h"
#include "pdf/structure.h"

using namespace PoDoFo;

namespace tuyentap {

namespace {

PdfArray media_box(const LaidOutBook& book) {
  PdfArray box;
  box.push_back(PdfVariant(static_cast<pdf_int64>(0)));
  box.push_back(PdfVariant(static_cast<pdf_int64>(0)));
  box.push_back(PdfVariant(pdf::rounded(book.page_width, 3)));
  box.push_back(PdfVariant(pdf::rounded(book.page_height, 3)));
  return box;
}

// PoDoFo derives the trailer's /ID from the Info dictionary alone, so two different books
// with the same title would share it. Both halves are replaced in the written bytes with a
// hash of what makes the book this book; the hash has the MD5's length (16 bytes, 32 hex
// digits), so no offset in the file moves.
void set_file_id(std::string& pdf, const std::string& id_hex) {
  std::size_t trailer = pdf.rfind("trailer");
  std::size_t at = trailer == std::string::npos ? trailer : pdf.find("/ID", trailer);
  if (at == std::string::npos) throw Error("internal: PoDoFo wrote no /ID in the trailer");
  for (int half = 0; half < 2; ++half) {
    std::size_t open = pdf.find('<', at);
    std::size_t close = open == std::string::npos ? open : pdf.find('>', open);
    if (close == std::string::npos || close - open - 1 != id_hex.size())
      throw Error("internal: unexpected /ID form in PoDoFo's trailer");
    pdf.replace(open + 1, id_hex.size(), id_hex);
    at = close + 1;
  }
}

// A stream buffer (PoDoFo writes to a std::ostream) that hands the bytes on to `out` a few
// megabytes at a time, so that the file is never held whole. The last kTail bytes are kept
// back until finish(): the trailer, whose /ID is set once the whole file is written, is
// among them.
class ChunkSink : public std::streambuf {
 public:
  explicit ChunkSink(const PdfOutput& out) : out_(out) {}

  // Gives the bytes kept back to `edit`, then on to `out`. Returns the file's size.
  std::size_t finish(const std::function<void(std::string&)>& edit) {
    edit(buffer_);
    pass_on(buffer_.size());
    return written_;
  }

 protected:
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    buffer_.append(s, static_cast<std::size_t>(n));
    if (buffer_.size() >= kChunk + kTail) pass_on(buffer_.size() - kTail);
    return n;
  }
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) {
      const char ch = traits_type::to_char_type(c);
      xsputn(&ch, 1);
    }
    return traits_type::not_eof(c);
  }

 private:
  static constexpr std::size_t kChunk = 4u << 20, kTail = 64u << 10;

  void pass_on(std::size_t n) {
    out_(std::string_view(buffer_.data(), n));
    written_ += n;
    buffer_.erase(0, n);
  }

  const PdfOutput& out_;
  std::string buffer_;
  std::size_t written_ = 0;
};

// The resources dictionary every page shares: the fonts some run draws with (subset) and
// the pictures, named in first-use order (as the pages' streams were made).
PdfObject* add_resources(PdfVecObjects& objects, const pdf::WrittenPages& w,
                         std::string& id_input) {
  PdfObject* dict = objects.CreateObject();
  PdfDictionary font_dict;
  for (std::size_t f = 0; f < w.fonts.size(); ++f) {
    if (!w.fonts[f] || w.uses[f].ids().empty()) continue;
    font_dict.AddKey(pdf::font_resource_name(static_cast<int>(f)),
                     pdf::embed_font(objects, *w.fonts[f], w.uses[f]));
  }
  dict->GetDictionary().AddKey("Font", font_dict);
  PdfDictionary xobjects;
  for (std::size_t i = 0; i < w.pictures.size(); ++i) {
    const Picture& picture = *w.pictures[i];
    PdfObject* object = pdf::embed_image(objects, picture);  // decoded once before: it can be
    xobjects.AddKey(PdfName("Im" + std::to_string(i)), object->Reference());
    id_input +=
        "image " + std::to_string(picture.bytes.size()) + " " + hash128_hex(picture.bytes) + "\n";
  }
  if (!w.pictures.empty()) dict->GetDictionary().AddKey("XObject", xobjects);
  return dict;
}

// Page `p`'s content stream and links.
void add_content(PdfVecObjects& objects, const LaidOutBook& book, std::size_t p,
                 pdf::PageStream& stream, const std::vector<PdfReference>& page_refs,
                 pdf::PageObjects& made, pdf_int64& link_key) {
  const Page& page = book.pages[p];
  PdfObject* object = objects.CreateObject();
  // Already compressed: SetRawData stores the bytes as they are and keeps /Filter.
  object->GetDictionary().AddKey("Filter", PdfName("FlateDecode"));
  PdfMemoryInputStream in(stream.flate.data(), static_cast<pdf_long>(stream.flate.size()));
  object->GetStream()->SetRawData(&in, static_cast<pdf_long>(stream.flate.size()));
  std::string().swap(stream.flate);  // keep the peak down: PoDoFo has its copy
  PdfDictionary& d = made.pages[p]->GetDictionary();
  d.AddKey("Contents", object->Reference());
  if (page.links.empty()) return;
  PdfArray annots;
  for (const Link& link : page.links) {
    PdfObject* annot = pdf::build_link(objects, link, page_refs, book.page_height);
    if (pdf::is_tagged_link(link, book.structure))
      annot->GetDictionary().AddKey("StructParent", PdfVariant(link_key++));
    pdf::set_compact(*annot, *annot);  // one per article, twice: kept as its bytes
    made.links[p].push_back(annot);
    annots.push_back(annot->Reference());
  }
  d.AddKey("Annots", annots);
}

// Pages: plain page objects, inserted into the tree in one call (PoDoFo's CreatePage is
// O(n) per page and hands out pointers the next call frees). Returns their references, for
// links and bookmarks, and fills `made` (for the structure tree).
std::vector<PdfReference> add_pages(PdfMemDocument& doc, pdf::WrittenPages& w, PdfObject* resources,
                                    std::string& id_input, pdf::PageObjects& made) {
  const LaidOutBook& book = w.book;
  PdfVecObjects& objects = doc.GetObjects();
  std::vector<PdfObject*>& page_objs = made.pages;
  made.links.resize(book.pages.size());
  std::vector<PdfReference> page_refs;
  page_objs.reserve(book.pages.size());
  page_refs.reserve(book.pages.size());
  PdfArray box = media_box(book);
  for (std::size_t p = 0; p < book.pages.size(); ++p) {
    PdfObject* page = objects.CreateObject("Page");
    page->GetDictionary().AddKey("MediaBox", box);
    page->GetDictionary().AddKey("Resources", resources->Reference());
    page_objs.push_back(page);
    page_refs.push_back(page->Reference());
  }
  made.mcid_nodes.resize(book.pages.size());
  for (std::size_t p = 0; p < book.pages.size(); ++p)
    made.mcid_nodes[p] = std::move(w.streams[p].mcid_node);
  pdf_int64 link_key = pdf::first_link_key(made);
  for (std::size_t p = 0; p < book.pages.size(); ++p) {
    add_content(objects, book, p, w.streams[p], page_refs, made, link_key);
    id_input += w.streams[p].hash;
  }
  if (!page_objs.empty())
    doc.GetPagesTree()->InsertPages(ePdfPageInsertionPoint_InsertBeforeFirstPage, page_objs);
  return page_refs;
}

// The catalog's navigation and metadata: bookmarks, page labels, language, Info and XMP.
void add_catalog(PdfMemDocument& doc, const LaidOutBook& book,
                 const std::vector<PdfReference>& page_refs, std::string& id_input) {
  PdfVecObjects& objects = doc.GetObjects();
  PdfDictionary& cat = doc.GetCatalog()->GetDictionary();
  if (PdfObject* outlines =
          pdf::build_outlines(objects, book.outline, page_refs, book.page_height)) {
    cat.AddKey("Outlines", outlines->Reference());
    cat.AddKey("PageMode", PdfName("UseOutlines"));
  }
  if (!book.pages.empty())
    cat.AddKey("PageLabels",
               pdf::build_page_labels(book.labels, static_cast<int>(book.pages.size())));
  if (!book.info.language.empty()) cat.AddKey("Lang", PdfString(book.info.language));
  PdfDictionary prefs;
  prefs.AddKey("DisplayDocTitle", PdfVariant(true));
  cat.AddKey("ViewerPreferences", prefs);
  pdf::add_output_intent(objects, cat);

  pdf::fill_info(doc.GetInfo()->GetObject()->GetDictionary(), book.info);
  std::string xmp = pdf::xmp_packet(book.info);
  PdfObject* metadata = objects.CreateObject("Metadata");
  metadata->GetDictionary().AddKey("Subtype", PdfName("XML"));
  // Uncompressed, so that tools scanning files for XMP packets find it.
  PdfMemoryInputStream xmp_in(xmp.data(), static_cast<pdf_long>(xmp.size()));
  metadata->GetStream()->Set(&xmp_in, TVecFilters());
  cat.AddKey("Metadata", metadata->Reference());
  for (const OutlineItem& item : book.outline)
    id_input += item.title + "\n" + std::to_string(item.page) + "\n";
  id_input += xmp;
}

std::size_t write_document(pdf::WrittenPages& w, const PdfOutput& out) {
  const LaidOutBook& book = w.book;
  // A PDF without pages is not one readers accept ("Invalid page count 0").
  if (book.pages.empty())
    throw Error("the book has no pages to print", {}, 0,
                "check that the book spec selects some articles for the period and topics");
  PdfMemDocument doc;
  doc.SetPdfVersion(ePdfVersion_1_7);

  std::string id_input;  // what the /ID hashes: fonts, content streams, bookmarks, metadata
  for (const FontFile& f : book.fonts) id_input += f.name + "\n";

  PdfObject* resources = add_resources(doc.GetObjects(), w, id_input);
  pdf::PageObjects made;
  std::vector<PdfReference> page_refs = add_pages(doc, w, resources, id_input, made);
  add_catalog(doc, book, page_refs, id_input);
  // A booklet's print sheets have no structure: they stay untagged.
  if (!book.structure.empty())
    pdf::add_structure(doc.GetObjects(), doc.GetCatalog()->GetDictionary(), book, made);
  // Final now: the pages kept as their bytes until written, as the structure tree is.
  for (PdfObject* page : made.pages) pdf::set_compact(*page, *page);
  std::vector<StructNode>().swap(w.book.structure);
  std::vector<std::vector<int>>().swap(made.mcid_nodes);

  // Handed on as it is written: going through PoDoFo's growing buffer and copying it out
  // held the file two or three times over at the peak, and a string held it once.
  ChunkSink sink(out);
  std::ostream os(&sink);
  PdfOutputDevice device(&os);
  doc.Write(&device);
  device.Flush();
  return sink.finish([&](std::string& tail) { set_file_id(tail, hash128_hex(id_input)); });
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
  return {.begin = [writer](LaidOutBook frame) { writer->emplace(std::move(frame)); },
          .add_font = [writer](FontFile font) { (*writer)->add_font(std::move(font)); },
          .add_page =
              [writer](Page page) { podofo_guard([&] { (*writer)->add_page(std::move(page)); }); },
          .finish =
              [writer, out = std::move(out), &size] {
                size = podofo_guard([&] { return write_document((*writer)->finish(), out); });
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
