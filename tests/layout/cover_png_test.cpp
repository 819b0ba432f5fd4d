// cover_png: the typographic cover as pixels, the same bytes on every run.
#include <zlib.h>

#include <catch2/catch.hpp>

#include "base/picture.h"
#include "gen.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;

namespace {

// The gray pixels of an 8-bit gray, non-interlaced PNG (what cover_png writes).
std::vector<unsigned char> pixels(const std::string& png, int w, int h) {
  std::string idat;
  for (std::size_t at = 8; at + 8 <= png.size();) {
    std::uint32_t len = 0;
    for (int i = 0; i < 4; ++i) len = len << 8 | static_cast<unsigned char>(png[at + i]);
    if (png.compare(at + 4, 4, "IDAT") == 0) idat += png.substr(at + 8, len);
    at += 12 + len;
  }
  std::vector<unsigned char> raw(static_cast<std::size_t>((w + 1) * h));
  uLongf n = raw.size();
  REQUIRE(uncompress(raw.data(), &n, reinterpret_cast<const Bytef*>(idat.data()), idat.size()) ==
          Z_OK);
  // Undo the row filters (None, Sub, Up, Average, Paeth).
  std::vector<unsigned char> out(static_cast<std::size_t>(w * h));
  for (int y = 0; y < h; ++y) {
    int f = raw[static_cast<std::size_t>(y * (w + 1))];
    for (int x = 0; x < w; ++x) {
      int v = raw[static_cast<std::size_t>(y * (w + 1) + 1 + x)];
      int a = x ? out[static_cast<std::size_t>(y * w + x - 1)] : 0;
      int b = y ? out[static_cast<std::size_t>((y - 1) * w + x)] : 0;
      int c = x && y ? out[static_cast<std::size_t>((y - 1) * w + x - 1)] : 0;
      int p = a + b - c, pa = std::abs(p - a), pb = std::abs(p - b), pc = std::abs(p - c);
      int pred = f == 1   ? a
                 : f == 2 ? b
                 : f == 3 ? (a + b) / 2
                 : f == 4 ? (pa <= pb && pa <= pc ? a
                             : pb <= pc           ? b
                                                  : c)
                          : 0;
      out[static_cast<std::size_t>(y * w + x)] = static_cast<unsigned char>((v + pred) & 0xFF);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the drawn cover is a gray PNG of the size asked, its band black, the same bytes twice") {
  Book book = testgen::book(1, 1, 1);
  PrintStyle style = load_print_style("book");
  Picture a = cover_png(present(book), style, 400, 640);
  Picture b = cover_png(present(book), style, 400, 640);
  CHECK(a.bytes == b.bytes);
  auto read = read_picture("cover.png", a.bytes);
  REQUIRE(read);
  CHECK(read->width == 400);
  CHECK(read->height == 640);

  std::vector<unsigned char> px = pixels(a.bytes, 400, 640);
  auto at = [&](int x, int y) { return px[static_cast<std::size_t>(y * 400 + x)]; };
  CHECK(at(2, 2) == 255);    // white paper in the corner
  CHECK(at(2, 280) == 0);    // the band bleeds off the left edge …
  CHECK(at(397, 280) == 0);  // … and the right
  // the title, in white, is drawn inside the band: white pixels in its middle rows
  int white_in_band = 0;
  for (int y = 230; y < 330; ++y)
    for (int x = 40; x < 360; ++x) white_in_band += at(x, y) > 200;
  CHECK(white_in_band > 500);
  // and black text under it: the period and the place and year
  int dark_below = 0;
  for (int y = 440; y < 640; ++y)
    for (int x = 0; x < 400; ++x) dark_below += at(x, y) < 80;
  CHECK(dark_below > 100);
}
