// One fuzzed article made into both books in memory: read_article, compile_book, present,
// write_epub (fonts embedded) and layout_book + write_pdf in the official style. An article
// may fail to be one; once it is in the book, nothing after may fail.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "base/error.h"
#include "book/compile.h"
#include "book/presentation.h"
#include "epub/epub.h"
#include "layout/layout.h"
#include "load/load.h"
#include "pdf/pdf.h"

using namespace tuyentap;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const PrintStyle style = load_print_style("official");
  static const EpubAssets assets = load_epub_assets("", true);
  ArchiveContents archive;
  archive.files.push_back(
      {"archive/bai.txt", std::string(reinterpret_cast<const char*>(data), size)});
  std::vector<std::variant<Article, NotAnArticle>> read{read_article(archive.files[0])};
  if (!std::holds_alternative<Article>(read[0])) return 0;
  Compiled c = compile_book(BookSpec{}, archive, read);
  const Presentation shown = present(c.book);
  write_epub(shown, assets);
  write_pdf(layout_book(shown, style, 0).book);
  return 0;
}
