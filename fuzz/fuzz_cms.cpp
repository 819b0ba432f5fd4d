// A CMS export or saved page through read_article (article/reader.h): named .html, so the
// HTML readers take it. Run with -max_len=1048576: nesting needs room to get deep.
// The article read is checked further by check_article (article_checks.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "article/reader.h"
#include "article_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  tuyentap::InputFile file{"archive/bai.html",
                           std::string(reinterpret_cast<const char*>(data), size)};
  check_article(tuyentap::read_article(file));
  return 0;
}
