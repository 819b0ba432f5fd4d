// A Word document through read_article (article/word_reader.h). Input that starts like a zip
// is read as it is (libzip's reading of a damaged document); any other input is the XML of a
// .docx (word/document.xml, then after a NUL byte word/styles.xml) or, when it starts with
// "odt", of an .odt (content.xml, then styles.xml), zipped here so that the XML walk is what
// the fuzzer explores.
#include <cstddef>
#include <cstdint>
#include <string>

#include "article/reader.h"
#include "zip_in_memory.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  tuyentap::InputFile file{"archive/bai.docx", {}};
  if (input.starts_with("PK")) {
    file.bytes = std::move(input);
  } else {
    bool odt = input.starts_with("odt");
    if (odt) input.erase(0, 3);
    std::size_t nul = input.find('\0');
    std::string main = input.substr(0, nul);
    std::string styles = nul == std::string::npos ? std::string() : input.substr(nul + 1);
    file.bytes =
        odt ? tt_test::zip_in_memory({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                      {"content.xml", main},
                                      {"styles.xml", styles}})
            : tt_test::zip_in_memory({{"[Content_Types].xml", "<Types/>"},
                                      {"word/document.xml", main},
                                      {"word/styles.xml", styles}});
  }
  tuyentap::read_article(file);
  return 0;
}
