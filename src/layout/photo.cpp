#include "layout/photo.h"

#include <algorithm>
#include <cmath>

#include "base/picture_scale.h"

namespace tuyentap {

PhotoSize photo_size(const Typesetter& t, const Picture& p) {
  const PageGeometry g = t.geometry();
  const float natural = static_cast<float>(p.width) * 72.0f / 96.0f;
  PhotoSize s;
  s.w = std::min(g.measure(), natural);
  s.h = s.w * static_cast<float>(p.height) / static_cast<float>(p.width);
  const float max_h = (g.height - g.top - g.bottom) * t.style.photo_max_height;
  if (s.h > max_h) {
    s.w *= max_h / s.h;
    s.h = max_h;
  }
  return s;
}

FlowBlock photo_block(const Typesetter& t, std::shared_ptr<const Picture> p, bool& downsampled) {
  const PhotoSize size = photo_size(t, *p);
  downsampled = false;
  // The pixels the printed size needs at image_dpi; a few percent over is not worth a
  // re-encoding (a JPEG embedded as it is loses nothing).
  const float dpi = static_cast<float>(std::max(t.style.image_dpi, 1));
  const int need_w = static_cast<int>(std::ceil(size.w / 72.0f * dpi));
  const int need_h = static_cast<int>(std::ceil(size.h / 72.0f * dpi));
  if (p->width > need_w * 1.05f || p->height > need_h * 1.05f) {
    if (auto smaller = scaled_down(*p, need_w, need_h)) {
      p = std::make_shared<const Picture>(std::move(*smaller));
      downsampled = true;
    }
  }
  FlowBlock b;
  b.lines.resize(1);
  b.leading = size.h;
  b.baseline = 0;
  b.breakable = false;
  b.keep_with_next = true;
  // A line of white above a photo (TeX's \intextsep, 12 pt, about one line of text): the
  // space around a caption alone left the photo touching the lead's descenders.
  b.space_before = std::max(t.style.block_space_pt, t.style.body_size * t.style.line_spacing);
  b.space_after = t.style.block_space_pt / 2;
  Image img;
  img.picture = std::move(p);
  img.x = (t.geometry().measure() - size.w) / 2;
  img.y = 0;
  img.w = size.w;
  img.h = size.h;
  img.photo = true;
  b.images.push_back(std::move(img));
  return b;
}

}  // namespace tuyentap
