// epub/: Presentation (book/presentation.h) → EPUB 3 bytes (pugixml for the XHTML, libzip for the
// container).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/named_bytes.h"
#include "book/page_map.h"
#include "book/presentation.h"
#include "epub/templates.h"

namespace tuyentap {

// What the EPUB is made with besides the book, read by the caller (load/load.h).
struct EpubAssets {
  epub::TemplateFiles templates;  // the look: style.css and the page skeletons
  // The six faces in epub::Face order, subset into the book (hb-subset); empty: no fonts
  // embedded, the reading system's own are used.
  std::vector<NamedBytes> fonts;
};

struct EpubOptions {
  long long date_epoch = 0;  // dcterms:modified, dc:date and the zip entries' times (UTC);
                             // 0 → 2000-01-01T00:00:00Z, never the clock: the CLI passes
                             // SOURCE_DATE_EPOCH or the newest article date
  // The cover picture drawn by the program (layout's cover_png), the cover image when the
  // book has no picture of its own: e-readers' shelves then show the book's cover rather
  // than a blank. Null: a book without a picture gets a cover page of text alone.
  std::shared_ptr<const Picture> drawn_cover;
  // Called after each article's page is made, with how many are done: the CLI's progress.
  std::function<void(std::size_t articles_done)> on_article = {};
  // Called once an article's page is made, with its index in Presentation::articles: the
  // writer reads that article's lead and blocks no more (its title, file and view it still
  // reads). The CLI lets the body go there when no later book needs it, so that 100,000
  // articles' text is not held while the zip is written.
  std::function<void(std::size_t shown)> on_article_written = {};
  // The PDF made in the same build (layout's page map): its page breaks are marked in the
  // pages, listed in the navigation's page-list and claimed in the metadata. Null (an
  // EPUB-only build): none of these. Must outlive the call.
  const PageMap* page_map = nullptr;
  // Where the EPUB goes: an empty regular file open for reading and writing, written as the
  // zip is made (a large book's zip is then never held in memory; the caller fsyncs and
  // closes it), named `output_name` in messages. -1: into EpubResult::bytes.
  int output_fd = -1;
  std::string output_name;
  // A folder (open) where the deflated pages wait for the zip in unnamed files rather than
  // in memory (100,000 articles: 116 MB); -1: in memory.
  int scratch_dir_fd = -1;
};

// A character no embedded font has a glyph for (it would show as a box): one per source
// file and character. Text outside the articles (cover, title page, preface) has file ""
// and says where it is in the message.
struct EpubProblem {
  std::string file;       // the article's source file
  std::string character;  // a character no embedded font has
  std::string message;
};

struct EpubResult {
  std::string bytes;       // empty when written into EpubOptions::output_fd
  std::uint64_t size = 0;  // the EPUB's size in bytes, wherever it went
  std::vector<EpubProblem> problems;
  int photos = 0;             // photos packaged (each file once)
  int photos_downscaled = 0;  // of those, made smaller (over kMaxPhotoSide on the long side)
};

// Photos longer than this on either side are downscaled for e-readers: their screens are
// under 1600 px, and a 6000 px photo slows page turns on e-ink.
inline constexpr int kMaxPhotoSide = 1600;

// The same book, assets and options give the same bytes. Throws Error when a template is
// not well-formed or a font is not a font, WriteError when output_fd cannot be written.
EpubResult write_epub(const Presentation& book, const EpubAssets& assets,
                      const EpubOptions& opts = {});

}  // namespace tuyentap
