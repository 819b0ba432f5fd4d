// article/photo_pixels.h: photos judged by the pixels their header declares, before any is
// decoded — one photo over 50 Mpx, and the build's budget of pixels to decode. The photos are
// PNG headers alone (read_picture reads the size from IHDR): a few bytes may declare a huge
// picture, which is the point.
#include "article/photo_pixels.h"

#include <catch2/catch.hpp>

#include "article/caption_note.h"
#include "article/photos.h"

using namespace tuyentap;

namespace {

std::string png_header(std::uint32_t w, std::uint32_t h) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\0\0\0\0\0\x08\x02\0\0\0", 29);
  for (int i = 0; i < 4; ++i) {
    png[16 + i] = static_cast<char>(w >> (24 - 8 * i));
    png[20 + i] = static_cast<char>(h >> (24 - 8 * i));
  }
  return png;
}

Block caption(const std::string& ref) {
  return Block{BlockType::Caption, "Quang cảnh hội nghị.", "T.L", {ref, nullptr}};
}

}  // namespace

TEST_CASE("a photo whose header declares over 50 Mpx is refused before it is decoded") {
  ArchiveContents archive;
  archive.roots = {"kho"};
  archive.skipped.push_back({"kho/lon.png", "not text (PNG image)"});
  archive.skipped.push_back({"kho/vua.png", "not text (PNG image)"});
  archive.images.push_back({"kho/lon.png", png_header(10000, 6000), 0});  // 60 Mpx in 29 bytes
  archive.images.push_back({"kho/vua.png", png_header(8000, 6000), 1});   // 48 Mpx: within
  Article a;
  a.file = "kho/bai.html";
  a.blocks = {{BlockType::Paragraph, "Đoạn văn.", "", {}}, caption("lon.png"), caption("vua.png")};
  std::vector<std::variant<Article, NotAnArticle>> articles{a};
  PhotoCounts counts = attach_photos(archive, articles);
  CHECK(counts.found == 1);
  CHECK(counts.missing == 0);
  const Article& got = std::get<Article>(articles[0]);
  CHECK(!got.blocks[1].photo.picture);
  CHECK(got.blocks[1].photo.ref.empty());  // let go: not counted as missing
  CHECK(caption_role(got, got.blocks[1], CaptionsWithoutPhoto::Note) == CaptionRole::Note);
  REQUIRE(got.blocks[2].photo.picture);
  REQUIRE(got.warnings.size() == 1);
  CHECK(got.warnings[0] ==
        "photo too large: lon.png (10000 × 6000 pixels; the limit is 50 Mpx a photo: make it "
        "smaller)");
  // the refused photo's file stays among the files left out, as one no article shows
  REQUIRE(archive.skipped.size() == 1);
  CHECK(archive.skipped[0].path == "kho/lon.png");
}

TEST_CASE("the photos to be made smaller share a budget of pixels, small ones cost nothing") {
  Article a;
  a.file = "kho/bai.docx";
  PixelBudget budget(100'000'000);  // 100 Mpx
  auto shown = [&](std::uint32_t w, std::uint32_t h) {
    Block b = caption("word/media/a.png");
    b.photo.picture = std::make_shared<const Picture>(*read_picture("a.png", png_header(w, h)));
    budget.keep_or_refuse(b, a);
    return b.photo.picture != nullptr;
  };
  CHECK(shown(6000, 8000));   // 48 Mpx
  CHECK(shown(1600, 1200));   // shown as it is in the EPUB: not counted
  CHECK(shown(8000, 6000));   // 96 Mpx so far
  CHECK(!shown(2001, 2000));  // 4.002 Mpx more would pass 100 Mpx
  CHECK(shown(1000, 1600));   // still free
  REQUIRE(a.warnings.size() == 1);
  CHECK(a.warnings[0] ==
        "photo too large: word/media/a.png (the photos to be made smaller pass 100 Mpx together: "
        "make them smaller before the build)");
}

TEST_CASE("the default budget: 4,000 Mpx, then photos of 48 Mpx are refused") {
  ArchiveContents archive;
  archive.roots = {"kho"};
  archive.images.push_back({"kho/a.png", png_header(8000, 6000), 0});
  archive.skipped.push_back({"kho/a.png", "not text (PNG image)"});
  Article a;
  a.file = "kho/bai.html";
  a.blocks.push_back({BlockType::Paragraph, "Đoạn văn.", "", {}});
  for (int i = 0; i < 90; ++i) a.blocks.push_back(caption("a.png"));
  std::vector<std::variant<Article, NotAnArticle>> articles{a};
  PhotoCounts counts = attach_photos(archive, articles);
  CHECK(counts.found == 83);  // 83 × 48 Mpx = 3,984 Mpx
  CHECK(std::get<Article>(articles[0]).warnings.size() == 7);
}
