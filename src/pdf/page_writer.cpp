#include "pdf/page_writer.h"

#include <podofo/podofo.h>

#include <algorithm>

#include "base/error.h"
#include "base/hash.h"
#include "pdf/image_embed.h"
#include "pdf/navigation.h"
#include "pdf/pdf_number.h"

using namespace PoDoFo;

namespace tuyentap::pdf {
namespace {

// Pages whose streams are made together, on all threads: enough to keep them busy, few
// enough that their glyphs weigh nothing beside the book.
constexpr std::size_t kBatch = 64;

PdfArray media_box(const LaidOutBook& book) {
  PdfArray box;
  box.push_back(PdfVariant(static_cast<pdf_int64>(0)));
  box.push_back(PdfVariant(static_cast<pdf_int64>(0)));
  box.push_back(PdfVariant(rounded(book.page_width, 3)));
  box.push_back(PdfVariant(rounded(book.page_height, 3)));
  return box;
}

}  // namespace

PageWriter::PageWriter(LaidOutBook frame, PdfOutput out) : w_(std::move(out)) {
  w_.book = std::move(frame);
  media_box_ = media_box(w_.book);
  w_.catalog = w_.file.reserve();
  w_.page_tree = w_.file.reserve();
  w_.resources = w_.file.reserve();
  // A booklet's print sheets have no structure: they stay untagged.
  if (!w_.book.structure.empty()) w_.structure.emplace(w_.file, w_.book.structure, w_.book.alts);
  write_outline();
}

int PageWriter::page_object(int page) {
  if (page < 0)
    throw Error("a link or bookmark points at page " + std::to_string(page + 1), {}, 0,
                "this is a bug in the layout stage; please report it");
  const auto p = static_cast<std::size_t>(page);
  if (p >= w_.pages.size()) w_.pages.resize(p + 1, 0);
  if (w_.pages[p] == 0) w_.pages[p] = w_.file.reserve();
  return w_.pages[p];
}

// Bookmarks point at pages not written yet: their numbers are handed out here.
void PageWriter::write_outline() {
  std::vector<OutlineItem>& items = w_.book.outline;
  if (items.empty()) return;
  int last = 0;
  for (const OutlineItem& item : items) last = std::max(last, item.page);
  std::vector<PdfReference> pages;
  for (int p = 0; p <= last; ++p) pages.push_back(ObjectFile::ref(page_object(p)));
  for (const OutlineItem& item : items)
    w_.id_input += item.title + "\n" + std::to_string(item.page) + "\n";
  w_.outlines = write_outlines(w_.file, items, pages, w_.book.page_height);
  std::vector<OutlineItem>().swap(items);
}

void PageWriter::open_fonts(const Page& page) {
  const std::vector<FontFile>& files = w_.book.fonts;
  for (const TextRun& run : page.runs) {
    if (run.glyphs.empty()) continue;
    if (run.font < 0 || static_cast<std::size_t>(run.font) >= files.size())
      throw Error("a text run on page " + std::to_string(w_.page_count + waiting_.size() + 1) +
                      " uses font " + std::to_string(run.font) + ", but the book has " +
                      std::to_string(files.size()) + " fonts",
                  {}, 0, "this is a bug in the layout stage; please report it");
    const auto f = static_cast<std::size_t>(run.font);
    if (w_.fonts.size() < files.size()) w_.fonts.resize(files.size());
    if (w_.uses.size() < files.size()) w_.uses.resize(files.size());
    if (!w_.fonts[f]) {  // only fonts some glyph is drawn in are opened
      w_.fonts[f] = std::make_unique<FontSource>(files[f]);
      w_.uses[f] = GlyphUse(*w_.fonts[f]);
    }
    w_.uses[f].add(run, *w_.fonts[f]);
  }
}

// A new picture is embedded and written now, once: whether it decodes is known from that.
void PageWriter::name_pictures(const Page& page) {
  for (const Image& img : page.images) {
    const Picture* p = img.picture.get();
    if (names_.count(p) || broken_.count(p)) continue;
    seen_.push_back(img.picture);
    std::unique_ptr<PdfVecObjects> scratch = w_.file.scratch();
    int object = 0;
    try {
      object = static_cast<int>(embed_image(*scratch, *p)->Reference().ObjectNumber());
    } catch (const Error&) {
      if (!img.photo) throw;  // the user's cover: they must fix it
      broken_.insert(p);
      continue;
    }
    w_.file.write_all(*scratch);
    names_.emplace(p, "Im" + std::to_string(names_.size()));
    w_.pictures.push_back(object);
    w_.id_input += "image " + std::to_string(p->bytes.size()) + " " + hash128_hex(p->bytes) + "\n";
  }
}

void PageWriter::add_page(Page page) {
  open_fonts(page);
  name_pictures(page);
  waiting_.push_back(std::move(page));
  if (waiting_.size() >= kBatch) make_streams();
}

void PageWriter::make_streams() {
  std::vector<PageStream> made =
      build_page_streams(waiting_, w_.book.page_height, w_.fonts, names_, w_.book.structure);
  for (std::size_t i = 0; i < waiting_.size(); ++i) write_page(waiting_[i], made[i]);
  waiting_.clear();
}

std::string PageWriter::write_links(const Page& page, int page_object_number) {
  if (page.links.empty()) return "";
  std::string annots = "[";
  for (const Link& link : page.links) {
    const int annot = w_.file.reserve();
    PdfDictionary d =
        build_link(link, ObjectFile::ref(page_object(link.target_page)), w_.book.page_height);
    const pdf_int64 key =
        w_.structure ? w_.structure->add_link(link, page_object_number, annot) : -1;
    if (key >= 0) d.AddKey("StructParent", PdfVariant(key));
    w_.file.write(annot, d);
    if (annots.size() > 1) annots += ' ';
    annots += std::to_string(annot) + " 0 R";
  }
  return annots + "]";
}

void PageWriter::write_page(const Page& page, const PageStream& stream) {
  const int number = page_object(static_cast<int>(w_.page_count++));
  const int content = w_.file.reserve();
  PdfDictionary filter;  // already compressed
  filter.AddKey("Filter", PdfName("FlateDecode"));
  w_.file.write_stream(content, filter, stream.flate);
  w_.id_input += stream.hash;

  PdfDictionary d;
  d.AddKey("Type", PdfName("Page"));
  d.AddKey("Parent", ObjectFile::ref(w_.page_tree));
  d.AddKey("MediaBox", media_box_);
  d.AddKey("Resources", ObjectFile::ref(w_.resources));
  d.AddKey("Contents", ObjectFile::ref(content));
  if (w_.structure) {
    const pdf_int64 key = w_.structure->add_page(number, stream.mcid_node);
    if (key >= 0) d.AddKey("StructParents", PdfVariant(key));
    if (!page.links.empty()) d.AddKey("Tabs", PdfName("S"));
  }
  std::string text;
  PdfVariant(d).ToString(text, ePdfWriteMode_Compact);
  const std::string annots = write_links(page, number);
  if (!annots.empty()) text.insert(text.size() - 2, "/Annots" + annots);
  w_.file.write_text(number, text);
}

WrittenPages& PageWriter::finish() {
  make_streams();
  w_.fonts.resize(w_.book.fonts.size());
  w_.uses.resize(w_.book.fonts.size());
  return w_;
}

}  // namespace tuyentap::pdf
