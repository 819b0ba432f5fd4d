// Photos made smaller (base/picture_scale.h): any bytes that pass read_picture's header check
// are decoded, resampled and encoded again without a crash, a hang or a huge allocation.
// stb comes from Debian's libstb.so, which is not instrumented: ASan sees our side only,
// and a crash inside stb still stops the run.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/picture.h"
#include "base/picture_scale.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto picture =
      tuyentap::read_picture("fuzz", std::string(reinterpret_cast<const char*>(data), size));
  if (!picture) return 0;
  if (auto smaller = tuyentap::scaled_down(*picture, 64, 64)) {
    if (smaller->width > 64 || smaller->height > 64) __builtin_trap();
  }
  return 0;
}
