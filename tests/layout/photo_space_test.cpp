// The white around a photo on the page, as a reader sees it.
#include <catch2/catch.hpp>

#include "../tiny_png.h"
#include "gen.h"
#include "layout/layout.h"
#include "load/load.h"

using namespace tuyentap;

TEST_CASE("a photo right under the lead has the space a photo has under a paragraph") {
  for (const char* name : {"official", "book", "pocket"}) {
    INFO(name);
    const PrintStyle style = load_print_style(name);
    Book book = testgen::book(1, 2, 3);
    Article& a = book.chapters[0].articles[1];
    a.lead = "Sáng 8/1, Tỉnh ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2018.";
    Block photo;
    photo.type = BlockType::Caption;
    photo.text = "Quang cảnh hội nghị";
    photo.photo.picture = test::tiny_png("photo.png");
    a.blocks.insert(a.blocks.begin(), photo);
    const LayoutResult r = layout_book(present(book), style, 1546300800);
    int found = 0;
    for (const Page& p : r.book.pages) {
      for (const Image& img : p.images) {
        if (!img.photo) continue;
        ++found;
        // the lead's last line: the lowest baseline above the photo
        float last = 0, size = 0;
        for (const TextRun& run : p.runs)
          if (run.node >= 0 && run.y < img.y && run.y > last) {
            last = run.y;
            size = run.size;
          }
        REQUIRE(last > 0);
        const float descent = 0.25f * size;  // below the baseline, letters reach about this far
        const float white = img.y - last - descent;
        INFO("white above the photo: " << white << " pt, at " << img.y);
        CHECK(white >= style.body_size);  // a line's worth, as TeX's \intextsep
      }
    }
    CHECK(found == 1);
  }
}
