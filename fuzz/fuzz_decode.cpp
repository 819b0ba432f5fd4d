// Encoding detection and decoding (text/decode.h): any bytes decode to something, detected or
// forced. The first byte picks the forced encoding, if any.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "text/decode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::optional<tuyentap::Encoding> forced;
  if (data[0] < 7) forced = static_cast<tuyentap::Encoding>(data[0]);
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  tuyentap::decode_text(bytes, forced);
  return 0;
}
