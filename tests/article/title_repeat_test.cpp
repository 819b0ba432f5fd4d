// The title printed again in the body (a photo's alt text, a related box's link): the text
// reader drops each repeat (article/text_reader.cpp clean_body_start); a page made for the test.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("title repeats: 60,000 repeats are dropped in one pass, not one erase each") {
  // Each repeat was erased from the body's vector, moving every paragraph after it: 60,000
  // repeats among 120,000 paragraphs took seconds, a 16 MB page minutes; the kept paragraphs
  // now move down once.
  const std::string title = "Xã Tân Hòa kết nạp ba đảng viên mới";
  std::string text = "Xây dựng Đảng\n\n" + title + "\n\nThứ Ba, 12/03/2019 | 09:45\n\n";
  text += "Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức lễ kết nạp ba quần chúng ưu tú vào Đảng.\n\n";
  for (int i = 0; i < 60000; ++i)
    text += title + "\n\nChi bộ họp lần " + std::to_string(i) + ".\n\n";
  text += "Năm nay, Đảng bộ xã phấn đấu kết nạp thêm mười đảng viên mới.\n\nMinh Châu\n";
  Article a = read_ok(InputFile{"bai.txt", text});
  CHECK(a.title == title);
  std::size_t repeats = 0, meetings = 0;
  for (const Block& b : a.blocks) {
    repeats += b.text == title;
    meetings += b.text.starts_with("Chi bộ họp lần ");
  }
  CHECK(repeats == 0);
  CHECK(meetings == 60000);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("mười đảng viên mới."));
}
