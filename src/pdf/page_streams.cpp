#include "pdf/page_streams.h"

#include "base/hash.h"
#include "base/parallel.h"
#include "pdf/content_stream.h"
#include "pdf/deflate.h"
#include "pdf/marked_content.h"

namespace tuyentap::pdf {

std::vector<PageStream> build_page_streams(const std::vector<Page>& pages, double page_height,
                                           const std::vector<std::unique_ptr<FontSource>>& fonts,
                                           const ImageNames& images,
                                           const std::vector<StructNode>& structure) {
  // Small batches, so that the threads stay evenly busy although pages differ in weight
  // (a chapter opener vs a dense page).
  return parallel_map(pages.size(),
                      [&](std::size_t i) {
                        const Page& page = pages[i];
                        std::string content =
                            page_content(page, page_height, fonts, images, structure);
                        PageStream s{deflate_stream(content), hash128_hex(content), {}};
                        if (!structure.empty()) s.mcid_node = page_marks(page, structure).mcid_node;
                        return s;
                      },
                      {.chunk = 16, .items_per_thread = 64});
}

}  // namespace tuyentap::pdf
