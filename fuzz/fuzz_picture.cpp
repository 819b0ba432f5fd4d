// Photos made smaller (base/picture_scale.h): any bytes that pass read_picture's header check
// are decoded, resampled and encoded again without a crash, a hang or a huge allocation.
// In the fuzz build stb is compiled into this harness from its headers (stb_instrumented.cpp),
// so the decoder itself is instrumented; the replay test of other builds links Debian's libstb.
// Headers over 250,000 px are not decoded here: decoding and resampling cost about 0.1 s a
// megapixel natively, 30 times that under the sanitizers, so a 1 KB file that says 16224 × 255 ran
// past the 30 s timeout while no slower than any photo of its size (the cost is bounded by
// kMaxDecodedPixels; docs/hostile-input.md).
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/picture.h"
#include "base/picture_scale.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto picture =
      tuyentap::read_picture("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  if (!picture || static_cast<long long>(picture->width) * picture->height > 250'000) return 0;
  if (auto smaller = tuyentap::scaled_down(*picture, 64, 64)) {
    if (smaller->width > 64 || smaller->height > 64) __builtin_trap();
  }
  return 0;
}
