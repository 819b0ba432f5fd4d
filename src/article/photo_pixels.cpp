#include "article/photo_pixels.h"

#include <algorithm>

namespace tuyentap {

void PixelBudget::keep_or_refuse(Block& b, Article& a) {
  const Picture& p = *b.photo.picture;
  const auto pixels = static_cast<std::uint64_t>(p.width) * static_cast<std::uint64_t>(p.height);
  std::string why;
  if (pixels > static_cast<std::uint64_t>(kMaxPhotoPixels)) {
    why = std::to_string(p.width) + " × " + std::to_string(p.height) + " pixels; the limit is " +
          std::to_string(kMaxPhotoPixels / 1'000'000) + " Mpx a photo: make it smaller";
  } else if (std::max(p.width, p.height) > kUndecodedSide) {
    if (pixels > left_) {
      why = "the photos to be made smaller pass " + std::to_string(total_ / 1'000'000) +
            " Mpx together: make them smaller before the build";
    } else {
      left_ -= pixels;
    }
  }
  if (why.empty()) return;
  a.warnings.push_back(kPhotoTooLarge + b.photo.ref + " (" + why + ")");
  b.photo = Photo{};
}

}  // namespace tuyentap
