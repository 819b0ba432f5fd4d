// A page's content stream: rules as stroked lines, text runs as TJ arrays of 2-byte glyph
// ids (Identity-H, as binary literal strings), positioned exactly where layout put every glyph.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "layout/pages.h"
#include "pdf/font_source.h"

namespace tuyentap::pdf {

// Each picture drawn on some page → its XObject resource name ("Im0", …).
using ImageNames = std::map<const Picture*, std::string>;

// The resource name of font index i in the pages' /Font dictionary.
std::string font_resource_name(int index);

// `fonts[i]` is the opened font of LaidOutBook::fonts[i] (null when no run uses it).
// Layout's top-left, y-down coordinates are flipped here (pdf_y = page_height - y).
// `images` maps an Image's picture to its XObject resource name; images not in it are not drawn.
// `structure` (LaidOutBook::structure) not empty: a tagged page, every item in marked content
// as marked_content.h decides (rules are always artifacts); empty: no marked content at all.
std::string page_content(const Page& page, double page_height,
                         const std::vector<std::unique_ptr<FontSource>>& fonts,
                         const ImageNames& images = {},
                         const std::vector<StructNode>& structure = {});

}  // namespace tuyentap::pdf
