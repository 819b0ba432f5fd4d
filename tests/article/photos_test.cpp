// article/photos.h and caption_note.h: where a page's photo is looked for, what a caption
// without its photo becomes.
#include "article/photos.h"

#include <catch2/catch.hpp>

#include "article/caption_note.h"

using namespace tuyentap;

TEST_CASE("photo_path: relative, saved-page folder, site root, addresses") {
  std::vector<std::string> roots = {"kho", "arch.zip"};
  CHECK(photo_path("kho/2019/bai.html", "bai_files/anh%201.jpg?v=2", roots) ==
        "kho/2019/bai_files/anh 1.jpg");
  CHECK(photo_path("kho/2019/bai.html", "../anh/a.png", roots) == "kho/anh/a.png");
  CHECK(photo_path("kho/2019/bai.html", "/uploads/a.jpg", roots) == "kho/uploads/a.jpg");
  CHECK(photo_path("arch.zip!2019/bai.html", "/uploads/a.jpg", roots) == "arch.zip!uploads/a.jpg");
  CHECK(photo_path("arch.zip!2019/bai.html", "http://site.vn/uploads/a.jpg#x", roots) ==
        "arch.zip!uploads/a.jpg");
  CHECK(photo_path("kho/bai.html", "..\\..\\etc\\passwd", roots).empty());  // above the root
  CHECK(photo_path("kho/bai.html", "data:image/png;base64,AAAA", roots).empty());
}

TEST_CASE("attach_photos: a photo found is the caption's, its file no longer skipped") {
  ArchiveContents archive;
  archive.roots = {"kho"};
  // A 1×1 PNG header is enough: read_picture reads the size from IHDR.
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0", 29);
  archive.skipped.push_back({"kho/x.txt", "empty file"});
  archive.skipped.push_back({"kho/bai_files/a.png", "not text (PNG image)"});
  archive.skipped.push_back({"kho/khac.png", "not text (PNG image)"});
  archive.images.push_back({"kho/bai_files/a.png", png, 1});
  archive.images.push_back({"kho/khac.png", png, 2});
  Article a;
  a.file = "kho/bai.html";
  Block found{BlockType::Caption, "Quang cảnh", "T.L", {"bai_files/a.png", nullptr}};
  Block lost{BlockType::Caption, "Đại biểu", "", {"bai_files/b.png", nullptr}};
  a.blocks = {found, lost};
  std::vector<std::variant<Article, NotAnArticle>> articles{a};
  PhotoCounts counts = attach_photos(archive, articles);
  CHECK(counts.found == 1);
  CHECK(counts.missing == 1);
  const Article& got = std::get<Article>(articles[0]);
  REQUIRE(got.blocks[0].photo.picture);
  CHECK(got.blocks[0].photo.picture->width == 1);
  CHECK(!got.blocks[1].photo.picture);
  REQUIRE(got.warnings.size() == 1);
  CHECK(got.warnings[0].starts_with("photo missing: bai_files/b.png"));
  REQUIRE(archive.skipped.size() == 2);
  CHECK(archive.skipped[1].path == "kho/khac.png");
  CHECK(archive.images.empty());
}

TEST_CASE("captions without a photo: a note, dropped, or a photo story's text") {
  Article a;
  a.blocks = {{BlockType::Paragraph, "Đoạn văn.", "", {}},
              {BlockType::Caption, "Quang cảnh hội nghị.", "T.L", {}}};
  CHECK(caption_note(a.blocks[1]) == "[Ảnh: Quang cảnh hội nghị — T.L]");
  CHECK(caption_role(a, a.blocks[1], CaptionsWithoutPhoto::Note) == CaptionRole::Note);
  CHECK(caption_role(a, a.blocks[1], CaptionsWithoutPhoto::Drop) == CaptionRole::Drop);
  CHECK(article_plain_text(a) == "Đoạn văn. [Ảnh: Quang cảnh hội nghị — T.L]");
  CHECK(article_plain_text(a, CaptionsWithoutPhoto::Drop) == "Đoạn văn.");
  CHECK(captions_without_photo(a) == 1);

  Article story;
  story.blocks = {{BlockType::Caption, "Sáng sớm trên cánh đồng.", "", {}},
                  {BlockType::Caption, "Bà con gặt lúa.", "V.T", {}}};
  CHECK(is_photo_story(story));
  CHECK(caption_role(story, story.blocks[1], CaptionsWithoutPhoto::Drop) == CaptionRole::Body);
  CHECK(article_plain_text(story) == "Sáng sớm trên cánh đồng. Bà con gặt lúa. Ảnh: V.T");
  CHECK(captions_without_photo(story) == 0);
}
