#include "base/error.h"
#include "base/picture_scale.h"
#include "load/file_rules.h"
#include "load/load.h"

namespace tuyentap {

std::shared_ptr<const Picture> load_cover(const BookMeta& meta) {
  if (meta.cover_image.empty()) return nullptr;
  std::optional<Picture> picture =
      read_picture(meta.cover_image, read_regular_file(meta.cover_image, kMaxCoverBytes));
  if (!picture) {
    throw Error("the cover image is neither a JPEG nor a PNG file", meta.cover_image, 0,
                "convert it to JPEG or PNG, or leave cover_image empty for a generated cover");
  }
  if (!pixels_decode(*picture)) {
    throw Error("the cover image is damaged: its header reads but its pixels do not decode",
                meta.cover_image, 0,
                "open it in an image editor and save it again as a JPEG or PNG, or leave "
                "cover_image empty for a generated cover");
  }
  return std::make_shared<const Picture>(std::move(*picture));
}

}  // namespace tuyentap
