// Making a picture smaller: the EPUB keeps photos to 1600 px on the long side, the PDF to the
// resolution --image-dpi allows. Decoding, resampling and encoding are stb's (libstb-dev:
// stb_image, stb_image_resize, stb_image_write); docs/libraries.md says why and its limits.
#pragma once

#include <optional>

#include "base/picture.h"

namespace tuyentap {

// The most pixels a picture may have to be decoded at all (a 65535×65535 header would ask
// for 16 GB); a larger one is used as it is, never decoded.
inline constexpr long long kMaxDecodedPixels = 50'000'000;

// `p` scaled down so that neither side exceeds the given size, aspect ratio kept, in its own
// format (a JPEG re-encoded at quality 85, a PNG with its transparency kept); nullopt when it
// is already within them or cannot be decoded (then the caller keeps `p` as it is).
std::optional<Picture> scaled_down(const Picture& p, int max_width, int max_height);

// Whether the picture's pixels decode (not only its header): a cover is checked so before
// anything is written, where the PDF writer would find out last. A picture too large to
// decode (kMaxDecodedPixels) is not judged: true.
bool pixels_decode(const Picture& p);

// The same with one limit for the long side.
std::optional<Picture> scaled_to_long_side(const Picture& p, int max_long_side);

}  // namespace tuyentap
