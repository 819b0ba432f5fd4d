// Document assembly: fonts, pages, navigation and metadata into one PdfMemDocument,
// written to memory, then given a content-derived /ID.
#include <podofo/podofo.h>

#include <algorithm>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <streambuf>
#include <string>
#include <string_view>
#include <utility>

#include "base/error.h"
#include "base/hash.h"
#include "pdf/content_stream.h"
#include "pdf/font_embed.h"
#include "pdf/font_source.h"
#include "pdf/glyph_use.h"
#include "pdf/image_embed.h"
#include "pdf/marked_content.h"
#include "pdf/metadata.h"
#include "pdf/navigation.h"
#include "pdf/page_streams.h"
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
// the images (the cover), each picture once, named in first-use order.
struct Resources {
  PdfObject* dict = nullptr;
  pdf::ImageNames images;
};

Resources add_resources(PdfVecObjects& objects, const LaidOutBook& book,
                        const std::vector<std::unique_ptr<pdf::FontSource>>& fonts,
                        std::string& id_input) {
  std::vector<pdf::GlyphUse> uses = pdf::collect_glyph_use(book, fonts);
  Resources r;
  r.dict = objects.CreateObject();
  PdfDictionary font_dict;
  for (std::size_t f = 0; f < fonts.size(); ++f) {
    if (!fonts[f] || uses[f].ids().empty()) continue;
    font_dict.AddKey(pdf::font_resource_name(static_cast<int>(f)),
                     pdf::embed_font(objects, *fonts[f], uses[f]));
  }
  r.dict->GetDictionary().AddKey("Font", font_dict);
  PdfDictionary xobjects;
  std::set<const Picture*> broken;  // photos PoDoFo could not decode: their box stays empty
  for (const Page& page : book.pages) {
    for (const Image& img : page.images) {
      if (r.images.count(img.picture.get()) || broken.count(img.picture.get())) continue;
      std::string name = "Im" + std::to_string(r.images.size());
      PdfObject* object = nullptr;
      try {
        object = pdf::embed_image(objects, *img.picture);
      } catch (const Error&) {
        if (!img.photo) throw;  // the user's cover: they must fix it
        broken.insert(img.picture.get());
        continue;
      }
      xobjects.AddKey(PdfName(name), object->Reference());
      r.images.emplace(img.picture.get(), name);
      id_input += "image " + std::to_string(img.picture->bytes.size()) + " " +
                  hash128_hex(img.picture->bytes) + "\n";
    }
  }
  if (!r.images.empty()) r.dict->GetDictionary().AddKey("XObject", xobjects);
  return r;
}

// Page `p`'s content stream and links; lets the page's runs go (its marks kept in `made`).
void add_content(PdfVecObjects& objects, LaidOutBook& book, std::size_t p, pdf::PageStream& stream,
                 const std::vector<PdfReference>& page_refs, pdf::PageObjects& made) {
  Page& page = book.pages[p];
  if (!book.structure.empty()) made.mcid_nodes[p] = pdf::page_marks(page, book.structure).mcid_node;
  std::vector<TextRun>().swap(page.runs);
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
    made.links[p].push_back(pdf::build_link(objects, link, page_refs, book.page_height));
    annots.push_back(made.links[p].back()->Reference());
  }
  d.AddKey("Annots", annots);
}

// Pages: plain page objects, inserted into the tree in one call (PoDoFo's CreatePage is
// O(n) per page and hands out pointers the next call frees). Returns their references, for
// links and bookmarks, and fills `made` (for the structure tree). Lets every page's runs go
// once its content stream is made.
std::vector<PdfReference> add_pages(PdfMemDocument& doc, LaidOutBook& book,
                                    const std::vector<std::unique_ptr<pdf::FontSource>>& fonts,
                                    const Resources& resources, std::string& id_input,
                                    pdf::PageObjects& made) {
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
    page->GetDictionary().AddKey("Resources", resources.dict->Reference());
    page_objs.push_back(page);
    page_refs.push_back(page->Reference());
  }
  made.mcid_nodes.resize(book.pages.size());
  // A batch of pages at a time: their streams made on all threads, then their runs let go,
  // so that the compressed streams do not pile up beside the whole book's glyphs.
  constexpr std::size_t kBatch = 512;
  for (std::size_t first = 0; first < book.pages.size(); first += kBatch) {
    const std::size_t end = std::min(book.pages.size(), first + kBatch);
    std::vector<pdf::PageStream> streams =
        pdf::build_page_streams(book, fonts, resources.images, first, end);
    for (std::size_t p = first; p < end; ++p) {
      add_content(objects, book, p, streams[p - first], page_refs, made);
      id_input += streams[p - first].hash;
    }
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

std::size_t write_document(LaidOutBook& book, const PdfOutput& out) {
  // A PDF without pages is not one readers accept ("Invalid page count 0").
  if (book.pages.empty())
    throw Error("the book has no pages to print", {}, 0,
                "check that the book spec selects some articles for the period and topics");
  PdfMemDocument doc;
  doc.SetPdfVersion(ePdfVersion_1_7);

  // Fonts: only those some run draws with are opened (an unused bad path is harmless).
  std::vector<bool> in_use = pdf::fonts_in_use(book);
  std::vector<std::unique_ptr<pdf::FontSource>> fonts(book.fonts.size());
  for (std::size_t f = 0; f < fonts.size(); ++f)
    if (in_use[f]) fonts[f] = std::make_unique<pdf::FontSource>(book.fonts[f]);
  std::string id_input;  // what the /ID hashes: fonts, content streams, bookmarks, metadata
  for (const FontFile& f : book.fonts) id_input += f.name + "\n";

  Resources resources = add_resources(doc.GetObjects(), book, fonts, id_input);
  pdf::PageObjects made;
  std::vector<PdfReference> page_refs = add_pages(doc, book, fonts, resources, id_input, made);
  add_catalog(doc, book, page_refs, id_input);
  // A booklet's print sheets have no structure: they stay untagged.
  if (!book.structure.empty())
    pdf::add_structure(doc.GetObjects(), doc.GetCatalog()->GetDictionary(), book, made);

  // Handed on as it is written: going through PoDoFo's growing buffer and copying it out
  // held the file two or three times over at the peak, and a string held it once.
  ChunkSink sink(out);
  std::ostream os(&sink);
  PdfOutputDevice device(&os);
  doc.Write(&device);
  device.Flush();
  return sink.finish([&](std::string& tail) { set_file_id(tail, hash128_hex(id_input)); });
}

}  // namespace

std::size_t write_pdf(LaidOutBook book, const PdfOutput& out) {
  try {
    return write_document(book, out);
  } catch (const PdfError& e) {
    throw Error(std::string("PoDoFo could not write the PDF: ") + PdfError::ErrorName(e.GetError()),
                {}, 0, "this is a bug in tuyentap's PDF writer; please report it");
  }
}

std::string write_pdf(LaidOutBook book) {
  std::string bytes;
  write_pdf(std::move(book), [&](std::string_view piece) { bytes.append(piece); });
  return bytes;
}

}  // namespace tuyentap
