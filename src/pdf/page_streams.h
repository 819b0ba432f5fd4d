// Every page's content stream, built and Flate-compressed ahead of the document on a few
// threads: on a 7,000-page book compressing is most of the writer's time, and the pages
// do not depend on each other.
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
  std::string flate;  // the compressed content stream (/Filter /FlateDecode)
  std::string hash;   // hash128_hex of the uncompressed stream, for the file /ID
};

// The streams of pages [first, end) of the book (all of them when end is 0), in order. The
// result is the same whatever the number of threads: each page is made alone.
// `images`: as for page_content.
std::vector<PageStream> build_page_streams(const LaidOutBook& book,
                                           const std::vector<std::unique_ptr<FontSource>>& fonts,
                                           const ImageNames& images = {}, std::size_t first = 0,
                                           std::size_t end = 0);

}  // namespace tuyentap::pdf
