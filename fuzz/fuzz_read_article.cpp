// An input file through read_article (article/reader.h): decoding, the choice of reader by
// content, and the plain-text reader, which most inputs reach.
#include <cstddef>
#include <cstdint>
#include <string>

#include "article/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tuyentap::InputFile file{"archive/bai.txt",
                           std::string(reinterpret_cast<const char*>(data), size)};
  tuyentap::read_article(file);
  return 0;
}
