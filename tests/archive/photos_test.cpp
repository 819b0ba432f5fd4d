// JPEG and PNG files: skipped as articles, kept for the articles that show them, with the
// photos' own size limit (not the text files' 16 MiB) and budget.
#include <catch2/catch.hpp>
#include <string>

#include "archive/archive.h"
#include "archive_fixtures.h"

using namespace tuyentap;
using namespace fixtures;

namespace {

// A JPEG by its magic number, padded to `size` bytes (the archive judges formats, not pixels).
std::string jpeg_of_size(std::size_t size) {
  std::string b = "\xff\xd8\xff\xe0";
  b.resize(size, 'x');
  return b;
}

}  // namespace

TEST_CASE("a photo is kept beside its skip entry, within the photos' own limits") {
  TempDir t;
  std::string root = t / "kho";
  write(t.path / "kho/bai.txt", kArticle);
  write(t.path / "kho/bai_files/anh.jpg", jpeg_of_size(17u << 20));  // over 16 MiB, under 20
  write(t.path / "kho/to.txt", std::string(17u << 20, 'a'));         // a text that big is not
  write(t.path / "kho/qua-lon.jpg", jpeg_of_size(21u << 20));        // over the photo limit
  ArchiveContents c = read_archive({root});
  REQUIRE(c.images.size() == 1);
  CHECK(c.images[0].path == root + "/bai_files/anh.jpg");
  CHECK(c.images[0].bytes.size() == (17u << 20));
  REQUIRE(c.images[0].skipped_index < c.skipped.size());
  CHECK(c.skipped[c.images[0].skipped_index].path == root + "/bai_files/anh.jpg");
  CHECK(c.skipped[c.images[0].skipped_index].reason == "not text (JPEG image)");
  CHECK(c.roots == std::vector<std::string>{root});
  bool big_text = false, big_photo = false;
  for (const auto& s : c.skipped) {
    big_text =
        big_text || (s.path == root + "/to.txt" && s.reason.find("per file") != s.reason.npos);
    big_photo = big_photo ||
                (s.path == root + "/qua-lon.jpg" && s.reason.find("per photo") != s.reason.npos);
  }
  CHECK(big_text);
  CHECK(big_photo);
}

TEST_CASE("past the photos' budget, a photo is only skipped, as before") {
  TempDir t;
  write(t.path / "kho/a.jpg", jpeg_of_size(1000));
  write(t.path / "kho/b.jpg", jpeg_of_size(1000));
  ArchiveLimits limits;
  limits.max_image_total_bytes = 1500;
  ArchiveContents c = read_archive({t / "kho"}, limits);
  CHECK(c.images.size() == 1);
  CHECK(c.skipped.size() == 2);
}
