// A Word document through read_article (article/word_reader.h). Input that starts like a zip
// is read as it is (libzip's reading of a damaged document); any other input is the XML of a
// .docx (word/document.xml, then after a NUL byte word/styles.xml, then after another
// word/_rels/document.xml.rels) or, when it starts with "odt", of an .odt (content.xml, then
// styles.xml), zipped here with a tiny PNG (word/media/image1.png, Pictures/1.png) so that the
// XML walk and the pictures' placing are what the fuzzer explores.
// The article read is checked further by check_article (article_checks.h).
#include <cstddef>
#include <cstdint>
#include <string>

#include "article/reader.h"
#include "article_checks.h"
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
    std::size_t nul2 = styles.find('\0');
    std::string rels = nul2 == std::string::npos ? std::string() : styles.substr(nul2 + 1);
    styles = styles.substr(0, nul2);
    const std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 29);
    file.bytes =
        odt ? tt_test::zip_in_memory({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                      {"content.xml", main},
                                      {"styles.xml", styles},
                                      {"Pictures/1.png", png}})
            : tt_test::zip_in_memory({{"[Content_Types].xml", "<Types/>"},
                                      {"word/document.xml", main},
                                      {"word/styles.xml", styles},
                                      {"word/_rels/document.xml.rels", rels},
                                      {"word/media/image1.png", png}});
  }
  check_article(tuyentap::read_article(file));
  return 0;
}
