// Lines of one space alone in a plain-text page (article/text_prepare.cpp step 2): the line of
// text after one learns a photo may have stood there; a page made for the test.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("spacer lines: 400,000 in a run cost a look each, not the run's length each") {
  // Each spacer looked for the next line of text from itself: a run of blank lines, half of
  // them a space alone, took its length squared (100,000 spacers 6 s, these minutes).
  std::string text =
      "Xây dựng Đảng\n\nXã Tân Hòa kết nạp ba đảng viên mới\n\nThứ Ba, 12/03/2019 | 09:45\n\n"
      "Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức lễ kết nạp ba quần chúng ưu tú vào Đảng.\n\n";
  for (int i = 0; i < 400000; ++i) text += " \n\n";
  text +=
      "Niềm vui ngày kết nạp\n\n"
      "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã mong các đảng viên mới tiếp tục rèn "
      "luyện, phấn đấu, xứng đáng với niềm tin của chi bộ và nhân dân trong xã.\n\nMinh Châu\n";
  Article a = read_ok(InputFile{"bai.txt", text});
  REQUIRE(a.blocks.size() >= 2);
  // the short line after the run stood under a photo: its caption (with no spacer above it,
  // a heading)
  CHECK(captions_in(a) == 1);
  CHECK(a.blocks.back().text.ends_with("trong xã."));
}
