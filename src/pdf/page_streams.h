// Pages' content streams, built and Flate-compressed on a few threads: on a 7,000-page book
// compressing is most of the writer's time, and the pages do not depend on each other.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/pages.h"
#include "pdf/content_stream.h"
#include "pdf/font_source.h"

namespace tuyentap::pdf {

struct PageStream {
  std::string flate;           // the compressed content stream (/Filter /FlateDecode)
  std::string hash;            // hash128_hex of the uncompressed stream, for the file /ID
  std::vector<int> mcid_node;  // a tagged page's PageMarks::mcid_node, for the structure tree
};

// The streams of `pages`, in order; `images`, `structure`: as for page_content. The result
// is the same whatever the number of threads: each page is made alone.
std::vector<PageStream> build_page_streams(const std::vector<Page>& pages, double page_height,
                                           const std::vector<std::unique_ptr<FontSource>>& fonts,
                                           const ImageNames& images,
                                           const std::vector<StructNode>& structure);

}  // namespace tuyentap::pdf
