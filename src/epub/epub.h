// epub/: Book → EPUB 3 bytes (pugixml for the XHTML, libzip for the container).
#pragma once

#include <string>
#include <vector>

#include "book/book.h"

namespace tuyentap {

struct EpubOptions {
  std::string template_dir;  // "" → templates/epub in the data dir
  bool embed_fonts = true;   // subsets of the body and heading fonts (hb-subset)
  long long date_epoch = 0;  // dcterms:modified; from SOURCE_DATE_EPOCH when set, else 0 = now?
                             // (the CLI passes SOURCE_DATE_EPOCH or the newest article date)
};

struct EpubProblem {
  std::string file;       // the article's source file
  std::string character;  // a character no embedded font has
  std::string message;
};

struct EpubResult {
  std::string bytes;
  std::vector<EpubProblem> problems;
};

// Throws Error when the template dir or a font cannot be read.
EpubResult write_epub(const Book& book, const EpubOptions& opts = {});

}  // namespace tuyentap
