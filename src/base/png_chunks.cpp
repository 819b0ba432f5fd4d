#include "base/png_chunks.h"

#include <cstddef>
#include <cstdint>

namespace tuyentap {

bool png_chunks_fit(std::string_view png) {
  std::size_t i = 8;  // after the signature
  while (i + 8 <= png.size()) {
    std::uint64_t length = 0;
    for (std::size_t k = 0; k < 4; ++k)
      length = length << 8 | static_cast<unsigned char>(png[i + k]);
    if (png.compare(i + 4, 4, "IEND") == 0) return true;
    std::uint64_t rest = png.size() - i - 8;  // the chunk's data and CRC must be there
    if (length + 4 > rest) return false;
    i += 12 + static_cast<std::size_t>(length);
  }
  return true;
}

}  // namespace tuyentap
