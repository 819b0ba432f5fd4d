// An input file through read_article (article/reader.h): decoding, the choice of reader by
// content, and the plain-text reader, which most inputs reach.
// The article read is checked further by check_article (article_checks.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "article/reader.h"
#include "article_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tuyentap::InputFile file{"archive/bai.txt",
                           std::string(reinterpret_cast<const char*>(data), size)};
  check_article(tuyentap::read_article(file));
  return 0;
}
