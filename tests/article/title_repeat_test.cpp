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

namespace {

const std::string kRepeatTitle = "Chi bộ Trường THCS Hòa Bình đại hội nhiệm kỳ 2025-2027";
const std::string kRepeatLead =
    "Chiều 15/1, Chi bộ Trường THCS Hòa Bình tổ chức Đại hội chi bộ nhiệm kỳ 2025-2027 với sự "
    "tham dự của 21 đảng viên và đại diện Đảng ủy xã, theo đúng kế hoạch của cấp ủy cấp trên.";
const std::string kRepeatBody =
    "Nhiệm kỳ qua, chi bộ lãnh đạo nhà trường hoàn thành tốt nhiệm vụ năm học, tỷ lệ học sinh "
    "khá giỏi tăng qua từng năm, đội ngũ giáo viên đạt chuẩn và trên chuẩn chiếm hơn chín mươi "
    "phần trăm; công tác phát triển đảng viên được quan tâm, kết nạp được bốn quần chúng ưu tú, "
    "vượt chỉ tiêu nghị quyết đề ra.";

Article read_after_repeat(const std::string& line) {
  return read_ok(InputFile{"dai-hoi.txt", kRepeatTitle + "\n\n15/01/2025 16:30\n\n" + kRepeatLead +
                                              "\n\n" + kRepeatTitle + "\n\n" + line + "\n\n" +
                                              kRepeatBody + "\n\nMinh Châu\n"});
}

}  // namespace

TEST_CASE("title repeats: under the title alone again, only a caption's words make a caption") {
  // a photo's alt text: the scene under it is its caption
  Article a = read_after_repeat("Các đại biểu biểu quyết thông qua nghị quyết đại hội");
  CHECK(captions_in(a) == 1);
  // a sentence of the text (a reasoning word) stays a paragraph
  Article b = read_after_repeat(
      "Đại hội đã bầu chi ủy gồm 3 đồng chí và bầu đồng chí Hiệu trưởng giữ chức Bí thư.");
  CHECK(captions_in(b) == 0);
  // the title set over a part, then the part's heading: no scene's words
  Article c = read_after_repeat("Tiếp xúc đối thoại định kỳ");
  CHECK(captions_in(c) == 0);
  // the title with a photo's number is a placeholder: the line under it stays its caption
  Article d = read_ok(
      InputFile{"dai-hoi.txt", kRepeatTitle + "\n\n15/01/2025 16:30\n\n" + kRepeatLead + "\n\n" +
                                   kRepeatTitle + " - 1\n\nMột góc sân trường ngày khai giảng\n\n" +
                                   kRepeatBody + "\n\nMinh Châu\n"});
  CHECK(captions_in(d) == 1);
}
