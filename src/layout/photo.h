// A photo in the printed book: its block (one unbreakable line as tall as the photo, kept
// with the caption after it) at the column's width, and the picture at no more pixels than
// the style's image_dpi needs at that size.
#pragma once

#include <memory>

#include "base/picture.h"
#include "layout/pager.h"
#include "layout/typeset.h"

namespace tuyentap {

// The printed size of `p` in pt: the column's width, but never larger than the picture at
// 96 px an inch (a small photo is not blown up), and never taller than photo_max_height of
// the text area.
struct PhotoSize {
  float w = 0, h = 0;
};
PhotoSize photo_size(const Typesetter& t, const Picture& p);

// The block that draws `p`, centred in the column; `downsampled` is set when pixels beyond
// the style's image_dpi were dropped (the PDF then embeds a smaller picture).
FlowBlock photo_block(const Typesetter& t, std::shared_ptr<const Picture> p, bool& downsampled);

}  // namespace tuyentap
