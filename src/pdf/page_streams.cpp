#include "pdf/page_streams.h"

#include "base/hash.h"
#include "base/parallel.h"
#include "pdf/content_stream.h"
#include "pdf/deflate.h"

namespace tuyentap::pdf {

std::vector<PageStream> build_page_streams(const LaidOutBook& book,
                                           const std::vector<std::unique_ptr<FontSource>>& fonts,
                                           const ImageNames& images) {
  // Small batches, so that the threads stay evenly busy although pages differ in weight
  // (a chapter opener vs a dense page).
  return parallel_map(book.pages.size(),
                      [&](std::size_t p) {
                        std::string content = page_content(book.pages[p], book.page_height, fonts,
                                                           images, book.structure);
                        return PageStream{deflate_stream(content), hash128_hex(content)};
                      },
                      {.chunk = 16, .items_per_thread = 64});
}

}  // namespace tuyentap::pdf
