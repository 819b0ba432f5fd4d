// base/picture_scale.h: photos made smaller in their own format, never enlarged.
#include "base/picture_scale.h"

#include <stb/stb_image_write.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace tuyentap;

namespace {

void append(void* out, void* data, int size) {
  static_cast<std::string*>(out)->append(static_cast<const char*>(data),
                                         static_cast<std::size_t>(size));
}

Picture encoded(int w, int h, int comp, bool png) {
  std::vector<unsigned char> px(static_cast<std::size_t>(w) * h * comp, 200);
  std::string bytes;
  if (png)
    stbi_write_png_to_func(append, &bytes, w, h, comp, px.data(), w * comp);
  else
    stbi_write_jpg_to_func(append, &bytes, w, h, comp, px.data(), 90);
  auto p = read_picture("test", bytes);
  REQUIRE(p);
  return *p;
}

}  // namespace

TEST_CASE("a photo over the limit is made smaller in its own format, aspect kept") {
  Picture jpeg = encoded(2000, 1000, 3, false);
  auto small = scaled_to_long_side(jpeg, 1600);
  REQUIRE(small);
  CHECK(small->kind == Picture::Jpeg);
  CHECK(small->width == 1600);
  CHECK(small->height == 800);

  Picture png = encoded(300, 600, 4, true);  // with transparency
  auto smaller = scaled_down(png, 100, 100);
  REQUIRE(smaller);
  CHECK(smaller->kind == Picture::Png);
  CHECK(smaller->width == 50);
  CHECK(smaller->height == 100);
}

TEST_CASE("a photo within the limit, or one that cannot be decoded, is left as it is") {
  CHECK(!scaled_to_long_side(encoded(800, 600, 3, false), 1600));
  Picture broken = encoded(2000, 1000, 3, false);
  broken.bytes.resize(broken.bytes.size() / 3);  // the header survives, the pixels do not all
  auto r =
      scaled_to_long_side(broken, 100);  // stb may decode a truncated JPEG: no crash either way
  if (r) CHECK(r->width == 100);
  Picture junk = broken;
  junk.bytes = std::string(junk.bytes.substr(0, 200)) + std::string(100, '\0');
  CHECK_NOTHROW(scaled_to_long_side(junk, 100));
}
