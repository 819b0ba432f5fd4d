// A print style's text (layout/layout.h): a style, or an Error naming the line.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/error.h"
#include "layout/layout.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    tuyentap::parse_print_style(std::string_view(reinterpret_cast<const char*>(data), size),
                                "style.toml");
  } catch (const tuyentap::Error&) {
  }
  return 0;
}
