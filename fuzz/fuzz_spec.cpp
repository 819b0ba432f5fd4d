// A book.toml's text (book/spec.h): a spec, or an Error naming the line.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/error.h"
#include "book/spec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    tuyentap::parse_spec(std::string_view(reinterpret_cast<const char*>(data), size), "book.toml");
  } catch (const tuyentap::Error&) {
  }
  return 0;
}
