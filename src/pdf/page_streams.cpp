#include "pdf/page_streams.h"

#include "base/hash.h"
#include "base/parallel.h"
#include "pdf/content_stream.h"
#include "pdf/deflate.h"

namespace tuyentap::pdf {

std::vector<PageStream> build_page_streams(const LaidOutBook& book,
                                           const std::vector<std::unique_ptr<FontSource>>& fonts,
                                           const ImageNames& images, std::size_t first,
                                           std::size_t end) {
  if (end == 0) end = book.pages.size();
  // Small batches, so that the threads stay evenly busy although pages differ in weight
  // (a chapter opener vs a dense page).
  return parallel_map(end - first,
                      [&](std::size_t i) {
                        const Page& page = book.pages[first + i];
                        std::string content =
                            page_content(page, book.page_height, fonts, images, book.structure);
                        return PageStream{deflate_stream(content), hash128_hex(content)};
                      },
                      {.chunk = 16, .items_per_thread = 64});
}

}  // namespace tuyentap::pdf
