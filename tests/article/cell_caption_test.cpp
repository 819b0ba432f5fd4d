// A photo's caption in a table's cell (" |" after it, as a text browser closes a cell) with no
// image marker left above it (article/text_blocks.cpp hinted_caption): a page made for the
// test after the shape of tests/fixtures/real-eval34/baoapbac-1.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kHead =
    "Sở Giáo dục và Đào tạo họp mặt kỷ niệm Ngày Nhà giáo Việt Nam\n"
    "Chiều 20-11, Sở Giáo dục và Đào tạo tỉnh tổ chức họp mặt kỷ niệm 41 năm Ngày Nhà giáo "
    "Việt Nam với sự tham dự của nhiều thế hệ nhà giáo.\n";
const std::string kPara1 =
    "Tại buổi họp mặt, lãnh đạo Sở ôn lại truyền thống vẻ vang của ngành Giáo dục trong 41 năm "
    "qua và nêu những thành tựu nổi bật mà ngành đã đạt được.\n";
const std::string kPara2 =
    "Buổi họp mặt diễn ra trong không khí ấm áp, trang trọng, là dịp để các nhà giáo lão thành "
    "cùng nhau ôn lại kỷ niệm xưa.\n";

}  // namespace

TEST_CASE("cell caption: a short line closing a table's cell between paragraphs is a caption") {
  // The second has no act a scene rule knows and ends ". |": without the cell, a heading.
  Article a = read_ok(InputFile{
      "bai.txt", kHead + "Ban Giám đốc Sở tặng hoa nguyên lãnh đạo sở qua các thời kỳ. |\n" +
                     kPara1 + "Cài hoa tri ân thầy, cô giáo. |\n" + kPara2});
  REQUIRE(captions_in(a) == 2);
  CHECK(a.blocks.back().type == BlockType::Paragraph);
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption) CHECK_FALSE(b.text.ends_with("|"));
}

TEST_CASE("cell caption: a page whose sentences stand in cells gives no caption by the bar") {
  auto cell = [](std::string s) { return s.substr(0, s.size() - 1) + " |\n"; };
  Article a = read_ok(InputFile{
      "bai.txt", kHead + cell(kPara1) + "Cài hoa tri ân thầy, cô giáo. |\n" + cell(kPara2)});
  CHECK(captions_in(a) == 0);
}

TEST_CASE("cell caption: a caption over the lead, read by its scene, loses the cell's bar too") {
  // under the title and its date line: the lead photo's caption, in its cell, over the sapo
  Article a =
      read_ok(InputFile{"bai.txt",
                        "Sở Giáo dục và Đào tạo họp mặt kỷ niệm Ngày Nhà giáo Việt Nam\n20.11.2024 "
                        "09:15\n|\nĐồng chí Giám đốc Sở phát biểu tại buổi họp mặt |\n" +
                            kHead.substr(kHead.find('\n') + 1) + kPara1 + kPara2});
  REQUIRE(captions_in(a) == 1);
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption)
      CHECK(b.text == "Đồng chí Giám đốc Sở phát biểu tại buổi họp mặt");
}

TEST_CASE("cell caption: over the lead, a line closing a cell with no scene in it is a caption") {
  // real-eval46/laocaiedu-1's shape: the date, the title, the photo's empty cell, then its
  // caption in the cell under it, saying what was built (no act a scene rule knows), over
  // the text, whose sentences stand in no cell: no sapo closes a cell
  const std::string caption = "6 phòng học mới được bàn giao cho Trường Tiểu học Na Hối 1.";
  Article a = read_ok(InputFile{"bai.txt",
                                "06/09/2018\nBắc Hà: Đưa vào sử dụng 32 phòng học trước năm học "
                                "mới\n |\n" +
                                    caption + " |\n" + kPara1 + kPara2});
  CHECK(a.title == "Bắc Hà: Đưa vào sử dụng 32 phòng học trước năm học mới");
  REQUIRE(captions_in(a) == 1);
  CHECK(a.blocks.front().type == BlockType::Caption);
  CHECK(a.blocks.front().text == caption);
  CHECK(a.lead.starts_with("Tại buổi họp mặt"));
  // with nothing of the text under it, the line is what the text has: it stays the lead
  Article b = read_ok(InputFile{"bai.txt",
                                "06/09/2018\nBắc Hà: Đưa vào sử dụng 32 phòng học trước năm học "
                                "mới\n |\n" +
                                    caption + " |\n"});
  CHECK(captions_in(b) == 0);
}
