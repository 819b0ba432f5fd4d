// The pixels the books may decode: a photo's header gives its size (base/picture.h reads only
// the header), so a photo is judged before any of its pixels is decoded. A photo is decoded
// to be made smaller (base/picture_scale.h): for the EPUB when a side is over 1600 px (epub/'s
// kMaxPhotoSide), for the PDF when it has more pixels than --image-dpi needs. A small file may
// declare a huge size (a 1 KB JPEG of 50 Mpx takes seconds to decode), so:
//  - a photo over kMaxPhotoPixels is refused;
//  - the photos over 1600 px on a side — the ones that are decoded — share a budget of
//    kMaxPhotoPixelsTotal for the whole build, counted in the order the articles were read.
// A photo refused is a warning on its article ("photo too large: …", code
// "photo-too-large") and its photo is let go, so its caption is set as a note.
#pragma once

#include <cstdint>
#include <string>

#include "article/article.h"
#include "base/picture_scale.h"

namespace tuyentap {

// The most pixels one photo may have: what the scaler agrees to decode.
inline constexpr long long kMaxPhotoPixels = kMaxDecodedPixels;
// All photos to be decoded together: 4,000 Mpx, about 330 camera photos of 12 Mpx (some 1 GB
// of JPEG, the photos' byte budget), a minute or two of decoding.
inline constexpr std::uint64_t kMaxPhotoPixelsTotal = 4'000'000'000ull;
// A photo within this on both sides is shown as it is in the EPUB: it costs no decoding there.
inline constexpr int kUndecodedSide = 1600;

// The stable start of the warning for a photo refused by its pixels:
// "photo too large: anh.jpg (9000 × 8000 pixels; the limit is 50 Mpx a photo: make it
// smaller)".
inline constexpr const char* kPhotoTooLarge = "photo too large: ";

class PixelBudget {
 public:
  explicit PixelBudget(std::uint64_t total = kMaxPhotoPixelsTotal) : total_(total), left_(total) {}

  // Keeps caption `b`'s photo (b.photo.picture set) when it is within the limits, counting
  // its pixels; otherwise warns on `a` and lets the photo go (b.photo emptied).
  void keep_or_refuse(Block& b, Article& a);

 private:
  std::uint64_t total_, left_;
};

}  // namespace tuyentap
