// The user's cover picture on the cover page, and the document's author named once.
#include <catch2/catch.hpp>
#include <memory>

#include "base/picture.h"
#include "gen.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;

namespace {

// Only the headers matter to layout: a PNG signature and IHDR, a JPEG's SOF0.
std::string png_header(std::uint32_t w, std::uint32_t h) {
  std::string s = "\x89PNG\r\n\x1a\n";
  s += std::string("\0\0\0\x0dIHDR", 8);
  for (std::uint32_t v : {w, h})
    for (int i = 3; i >= 0; --i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
  s += std::string("\x08\x02\0\0\0\0\0\0\0", 9);  // depth, colour type …, CRC (unchecked)
  return s;
}

std::string jpeg_header(int w, int h) {
  std::string s("\xFF\xD8", 2);
  s += std::string("\xFF\xE0\x00\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 18);  // APP0, skipped
  s += std::string("\xFF\xC0\x00\x11\x08", 5);
  s.push_back(static_cast<char>(h >> 8));
  s.push_back(static_cast<char>(h & 0xFF));
  s.push_back(static_cast<char>(w >> 8));
  s.push_back(static_cast<char>(w & 0xFF));
  s += std::string("\x03\x01\x22\0\x02\x11\x01\x03\x11\x01", 10);
  return s;
}

std::shared_ptr<const Picture> picture(const std::string& bytes) {
  return std::make_shared<const Picture>(read_picture("cover.jpg", bytes).value());
}

}  // namespace

TEST_CASE("image headers give the pixel size of a PNG and a JPEG, and nothing else") {
  auto p = read_picture("a.png", png_header(640, 480));
  REQUIRE(p);
  CHECK(p->kind == Picture::Png);
  CHECK(p->width == 640);
  CHECK(p->height == 480);
  CHECK(std::string(p->media_type()) == "image/png");
  auto j = read_picture("b.jpg", jpeg_header(300, 900));
  REQUIRE(j);
  CHECK(j->kind == Picture::Jpeg);
  CHECK(j->width == 300);
  CHECK(j->height == 900);
  CHECK(j->components == 3);
  CHECK(j->bytes == jpeg_header(300, 900));
  CHECK_FALSE(read_picture("c.png", "không phải ảnh"));
  CHECK_FALSE(read_picture("d.jpg", ""));
  CHECK_FALSE(read_picture("e.jpg", jpeg_header(300, 900).substr(0, 24)));  // cut in the frame
  CHECK_FALSE(read_picture("f.png", png_header(0, 480)));                   // no pixels
}

TEST_CASE("the user's cover picture fills the cover page inside the margins, centred") {
  PrintStyle s = load_print_style("official");
  const float pt = 72.0f / 25.4f;
  const float left = s.margin_left_mm * pt, right = (s.page_width_mm - s.margin_right_mm) * pt;
  const float top = s.margin_top_mm * pt, bottom = (s.page_height_mm - s.margin_bottom_mm) * pt;
  for (auto [w, h] : {std::pair{2000, 1000}, std::pair{500, 2000}}) {
    INFO(w << "x" << h);
    std::shared_ptr<const Picture> jpg = picture(jpeg_header(w, h));
    Book b = testgen::book(1, 2, 2);
    LayoutResult r = layout_book(present(b, jpg), s, 0);
    CHECK(r.problems.empty());
    const Page& cover = r.book.pages.at(0);
    REQUIRE(cover.images.size() == 1);
    CHECK(cover.runs.empty());  // the picture is the cover: no generated title over it
    const Image& img = cover.images[0];
    CHECK(img.picture == jpg);
    CHECK(img.w / img.h == Approx(static_cast<float>(w) / static_cast<float>(h)));
    CHECK(img.x >= left - 0.01f);
    CHECK(img.x + img.w <= right + 0.01f);
    CHECK(img.y >= top - 0.01f);
    CHECK(img.y + img.h <= bottom + 0.01f);
    // as large as fits: it touches the margins on one axis, and is centred on both
    bool fills =
        std::abs(img.w - (right - left)) < 0.01f || std::abs(img.h - (bottom - top)) < 0.01f;
    CHECK(fills);
    CHECK(img.x - left == Approx(right - img.x - img.w).margin(0.01));
    CHECK(img.y - top == Approx(bottom - img.y - img.h).margin(0.01));
    for (std::size_t p = 1; p < r.book.pages.size(); ++p) CHECK(r.book.pages[p].images.empty());
  }
}

TEST_CASE("without a cover picture the cover is generated from the title") {
  Book b = testgen::book(1, 2, 2);
  LayoutResult r = layout_book(present(b), load_print_style("official"), 0);
  CHECK(r.book.pages.at(0).images.empty());
  CHECK_FALSE(r.book.pages.at(0).runs.empty());  // the generated cover's title
}

TEST_CASE("the document's author names a publisher that is also the editor once") {
  PrintStyle s = load_print_style("official");
  Book b = testgen::book(1, 1, 1);
  b.meta.publisher = "Ban Tuyên giáo Tỉnh ủy";
  b.meta.editor = "ban tuyên giáo tỉnh uỷ";  // other case, other tone placement: the same body
  CHECK(layout_book(present(b), s, 0).book.info.author == "Ban Tuyên giáo Tỉnh ủy");
  b.meta.editor = "Nguyễn Thị Hồng";
  CHECK(layout_book(present(b), s, 0).book.info.author ==
        "Ban Tuyên giáo Tỉnh ủy; Nguyễn Thị Hồng");
  b.meta.publisher = "";
  CHECK(layout_book(present(b), s, 0).book.info.author == "Nguyễn Thị Hồng");
}
