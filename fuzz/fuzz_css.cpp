// A template's style.css (load/css_references.h): accepted, or an Error naming its line.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/error.h"
#include "load/css_references.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    tuyentap::check_css_references(std::string(reinterpret_cast<const char*>(data), size),
                                   "style.css");
  } catch (const tuyentap::Error&) {
  }
  return 0;
}
