// A Word or OpenDocument document has its own size limit (ArchiveLimits::max_document_bytes):
// it holds its pictures, so it may pass the text files' limit. Tested with small limits and
// documents of noise (which no zip compresses), on disk, renamed, and inside a zip.
#include <catch2/catch.hpp>
#include <cstdint>

#include "archive/archive.h"
#include "archive_fixtures.h"
#include "noise_bytes.h"

using namespace tuyentap;
using namespace fixtures;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

namespace {

// A .docx of about `size` bytes: its text, and a picture part of noise.
std::string docx_of(std::size_t size) {
  TempDir t;
  write_zip(t.path / "d.docx", {{"[Content_Types].xml", "<Types/>"},
                                {"word/document.xml", "<w:document/>"},
                                {"word/media/image1.jpeg", tt_test::noise_bytes(size)}});
  return slurp(t.path / "d.docx");
}

ArchiveLimits small_limits() {
  ArchiveLimits limits;
  limits.max_file_bytes = 4 << 10;
  limits.max_document_bytes = 16 << 10;
  return limits;
}

}  // namespace

TEST_CASE("a .docx over the text files' limit is read within the documents' limit") {
  TempDir t;
  const std::string doc = docx_of(10 << 10);  // over 4 KB, under 16 KB
  REQUIRE(doc.size() > (4u << 10));
  write(t.path / "arch/bai.docx", doc);
  write(t.path / "arch/doi-ten.zip", doc);  // a .docx renamed: known by its content
  write(t.path / "arch/bai.txt", std::string(5 << 10, 'a'));
  ArchiveContents c = read_archive({t / "arch"}, small_limits());
  REQUIRE(c.files.size() == 2);
  CHECK(c.files[0].bytes == doc);
  CHECK(c.files[1].bytes == doc);
  REQUIRE(find_skipped(c, t / "arch/bai.txt"));  // text keeps its own limit
  CHECK(find_skipped(c, t / "arch/bai.txt")->reason ==
        "over the size limit (5 KB, the limit is 4 KB per file); an article is never this big");
}

TEST_CASE("a .docx over the documents' limit is refused with that limit named") {
  TempDir t;
  const std::string big = docx_of(20 << 10);
  write(t.path / "arch/dai.docx", big);
  write(t.path / "arch/dai.odt", big);
  write(t.path / "arch/gia.docx", std::string(5 << 10, 'a'));  // named .docx, but text
  write_zip(t.path / "kho.zip", {{"trong/dai.docx", big}});
  ArchiveContents c = read_archive({t / "arch", t / "kho.zip"}, small_limits());
  CHECK(c.files.empty());
  for (const std::string& name :
       {t / "arch/dai.docx", t / "arch/dai.odt", t / "kho.zip!trong/dai.docx"}) {
    INFO(name);
    REQUIRE(find_skipped(c, name));
    CHECK_THAT(find_skipped(c, name)->reason,
               StartsWith("over the size limit (20.") &&
                   EndsWith(" KB, the limit is 16 KB per Word or OpenDocument document); "
                            "split the document"));
  }
  REQUIRE(find_skipped(c, t / "arch/gia.docx"));
  CHECK(find_skipped(c, t / "arch/gia.docx")->reason ==
        "over the size limit (5 KB, the limit is 4 KB per file); an article is never this big");
}
