// epub/: Presentation (book/presentation.h) → EPUB 3 bytes (pugixml for the XHTML, libzip for the
// container).
#pragma once

#include <string>
#include <vector>

#include "book/presentation.h"

namespace tuyentap {

struct EpubOptions {
  std::string template_dir;  // "" → templates/epub in the data dir
  bool embed_fonts = true;   // subsets of the body and heading fonts (hb-subset)
  long long date_epoch = 0;  // dcterms:modified, dc:date and the zip entries' times (UTC);
                             // 0 → 2000-01-01T00:00:00Z, never the clock: the CLI passes
                             // SOURCE_DATE_EPOCH or the newest article date
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
  std::string bytes;
  std::vector<EpubProblem> problems;
};

// The same book and options give the same bytes. Throws Error when the template dir or a
// font cannot be read.
EpubResult write_epub(const Presentation& book, const EpubOptions& opts = {});

}  // namespace tuyentap
