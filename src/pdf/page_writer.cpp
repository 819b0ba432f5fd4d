#include "pdf/page_writer.h"

#include <podofo/podofo.h>

#include "base/error.h"
#include "pdf/image_embed.h"

namespace tuyentap::pdf {
namespace {

// Pages whose streams are made together, on all threads: enough to keep them busy, few
// enough that their glyphs weigh nothing beside the book.
constexpr std::size_t kBatch = 64;

}  // namespace

void PageWriter::open_fonts(const Page& page) {
  const std::vector<FontFile>& files = w_.book.fonts;
  for (const TextRun& run : page.runs) {
    if (run.glyphs.empty()) continue;
    if (run.font < 0 || static_cast<std::size_t>(run.font) >= files.size())
      throw Error("a text run on page " + std::to_string(w_.book.pages.size() + 1) + " uses font " +
                      std::to_string(run.font) + ", but the book has " +
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

void PageWriter::name_pictures(const Page& page) {
  for (const Image& img : page.images) {
    const Picture* p = img.picture.get();
    if (names_.count(p) || broken_.count(p)) continue;
    try {  // decoded now to know whether it can be: a photo that cannot takes no name
      PoDoFo::PdfVecObjects scratch;
      embed_image(scratch, *p);
    } catch (const Error&) {
      if (!img.photo) throw;  // the user's cover: they must fix it
      broken_.insert(p);
      continue;
    }
    names_.emplace(p, "Im" + std::to_string(names_.size()));
    w_.pictures.push_back(img.picture);
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
  for (std::size_t i = 0; i < waiting_.size(); ++i) {
    w_.streams.push_back(std::move(made[i]));
    Page kept;  // the structure tree reads the links
    kept.links = std::move(waiting_[i].links);
    w_.book.pages.push_back(std::move(kept));
  }
  waiting_.clear();
}

WrittenPages& PageWriter::finish() {
  make_streams();
  w_.fonts.resize(w_.book.fonts.size());
  w_.uses.resize(w_.book.fonts.size());
  return w_;
}

}  // namespace tuyentap::pdf
