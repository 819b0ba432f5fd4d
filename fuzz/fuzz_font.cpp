// A print font's checks (load/font_check.h): the CFF kind of its outlines, read by our own
// parser (load/cff_kind.h, also given the bytes as a bare CFF table), and its Vietnamese.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/error.h"
#include "base/named_bytes.h"
#include "load/cff_kind.h"
#include "load/font_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  tuyentap::cff_is_cid_keyed(bytes);
  tuyentap::NamedBytes font = tuyentap::named_bytes("font.otf", bytes);
  try {
    tuyentap::check_outlines(font, {});
  } catch (const tuyentap::Error&) {
  }
  tuyentap::vietnamese_letters_missing({font});
  return 0;
}
