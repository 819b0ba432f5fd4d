// The cover picture: a PNG decoded, a JPEG passed through, drawn in the box layout gave.
#include <array>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <sstream>

#include "base/error.h"
#include "base/picture.h"
#include "pdf/pdf.h"
#include "pdf_test_support.h"

using namespace tuyentap;
using namespace tuyentap::test;

namespace {

// A one-page book: the picture in a box, a line of text under it.
LaidOutBook book_with_image(const std::string& bytes) {
  LaidOutBook b;
  b.fonts = {test_font("NotoSerif-Regular.ttf", "NotoSerif-Regular")};
  b.pages.resize(1);
  auto picture = std::make_shared<const Picture>(read_picture("cover", bytes).value());
  b.pages[0].images.push_back({picture, 100, 200, 300, 150});  // a 2:1 box, top-left origin
  b.pages[0].runs.push_back(shape_run("NotoSerif-Regular.ttf", 0, 12, 100, 400, "Bìa sách"));
  return b;
}

// The RGB of the pixel at (x, y) points (top-left origin) of page 1 rendered at 72 dpi.
std::array<int, 3> pixel_at(const std::string& pdf, const std::string& scratch, int x, int y) {
  run_command("pdftoppm -r 72 -f 1 -l 1 -singlefile " + pdf + " " + scratch);
  std::ifstream in(scratch + ".ppm", std::ios::binary);
  std::string magic;
  int w = 0, h = 0, max = 0;
  in >> magic >> w >> h >> max;
  in.get();
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t at =
      (static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)) * 3;
  if (magic != "P6" || at + 2 >= data.size()) return {-1, -1, -1};
  return {static_cast<unsigned char>(data[at]), static_cast<unsigned char>(data[at + 1]),
          static_cast<unsigned char>(data[at + 2])};
}

}  // namespace

TEST_CASE("a PNG cover is embedded and drawn in its box, over nothing else") {
  Scratch tmp;
  write_file(tmp.path("p.pdf"), write_pdf(book_with_image(solid_png(40, 20, 200, 30, 30))));
  CHECK(run_command("qpdf --check " + tmp.path("p.pdf")).exit_code == 0);
  CommandResult list = run_command("pdfimages -list " + tmp.path("p.pdf"));
  INFO(list.output);
  CHECK(list.output.find("   40    20  rgb") != std::string::npos);
  auto inside = pixel_at(tmp.path("p.pdf"), tmp.path("r"), 250, 275);  // the box's centre
  CHECK(inside[0] > 150);
  CHECK(inside[1] < 80);
  auto outside = pixel_at(tmp.path("p.pdf"), tmp.path("r"), 250, 190);  // just above it
  CHECK(outside[0] > 240);
  CHECK(outside[1] > 240);
  CommandResult text = run_command("pdftotext -enc UTF-8 " + tmp.path("p.pdf") + " -");
  CHECK(fold_space(text.output) == "Bìa sách");  // the text still reads back
}

TEST_CASE("a JPEG cover goes in as it is (DCTDecode), drawn in its box") {
  Scratch tmp;
  // A real JPEG: the PNG book rendered by poppler.
  write_file(tmp.path("p.pdf"), write_pdf(book_with_image(solid_png(40, 20, 30, 30, 200))));
  REQUIRE(
      run_command("pdftoppm -jpeg -r 20 -singlefile " + tmp.path("p.pdf") + " " + tmp.path("cover"))
          .exit_code == 0);
  std::ifstream jf(tmp.path("cover.jpg"), std::ios::binary);
  std::string jpeg((std::istreambuf_iterator<char>(jf)), std::istreambuf_iterator<char>());
  REQUIRE(jpeg.size() > 100);
  write_file(tmp.path("j.pdf"), write_pdf(book_with_image(jpeg)));
  CHECK(run_command("qpdf --check " + tmp.path("j.pdf")).exit_code == 0);
  CommandResult list = run_command("pdfimages -list " + tmp.path("j.pdf"));
  INFO(list.output);
  CHECK(list.output.find("jpeg") != std::string::npos);
  // passthrough: the file's bytes are in the PDF unchanged
  std::ifstream pf(tmp.path("j.pdf"), std::ios::binary);
  std::string pdf((std::istreambuf_iterator<char>(pf)), std::istreambuf_iterator<char>());
  CHECK(pdf.find(jpeg) != std::string::npos);
  CHECK(write_pdf(book_with_image(jpeg)) == write_pdf(book_with_image(jpeg)));  // deterministic
}

TEST_CASE("a picture whose header is sound but whose body is broken is an Error naming it") {
  std::string png = solid_png(40, 20, 200, 30, 30);
  png.replace(png.find("IDAT") + 4, 8, "ruined!!");  // pixels that no longer inflate
  try {
    write_pdf(book_with_image(png));
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.file() == "cover");
  }
}
