// fuzz_picture's findings stay fixed: each reproducer (tests/fixtures/fuzz/fuzz_picture/) is
// read as a picture and is not given to stb, or is given without a fault.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "base/jpeg_tables.h"
#include "base/picture.h"
#include "base/picture_scale.h"
#include "base/png_chunks.h"
#include "test_paths.h"

using namespace tuyentap;

namespace {

Picture finding(const std::string& name) {
  std::ifstream in(test_paths::source_dir() + "/tests/fixtures/fuzz/fuzz_picture/" + name,
                   std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  auto picture = read_picture(name, bytes.str());
  REQUIRE(picture);
  return *picture;
}

// Its pixels are taken as not decoding: a cover is refused, a photo kept as it is.
void not_decoded(const Picture& picture) {
  CHECK_FALSE(pixels_decode(picture));
  CHECK_FALSE(scaled_down(picture, 8, 8));
}

}  // namespace

TEST_CASE("picture: a JPEG table of more than 256 codes is refused before stb decodes it") {
  // stb 2.27 wrote past its 257-byte size table (UBSan: index 257 out of bounds).
  Picture picture = finding("dht-over-256-codes.jpg");
  CHECK_FALSE(jpeg_huffman_tables_fit(picture.bytes));
  not_decoded(picture);
}

TEST_CASE("picture: a PNG whose first IDAT chunk is empty is not decoded, without a fault") {
  // stb calls memcpy(NULL, …, 0) on it: the fuzz build's UBSan said so.
  Picture picture = finding("png-empty-first-idat.png");
  CHECK(picture.width == 80);
  not_decoded(picture);
}

TEST_CASE("picture: a PNG chunk longer than the file is not given to stb") {
  // Its IDAT says 654 MB in a file of 1 KB: stb would reserve 1 GB before finding it missing.
  Picture picture = finding("png-idat-says-654mb.png");
  CHECK_FALSE(png_chunks_fit(picture.bytes));
  not_decoded(picture);
}

TEST_CASE("picture: the chunks of a whole PNG fit, those of one cut short do not") {
  std::string png = finding("seed-alpha.png").bytes;
  CHECK(png_chunks_fit(png));
  CHECK_FALSE(png_chunks_fit(png.substr(0, png.size() / 2)));
}
