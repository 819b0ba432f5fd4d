// Bare captions with a subheading's shape (no credit, no stop, a short line between
// paragraphs), told from subheadings by the text around them and by what they show: the
// paragraph under the line points back past it (the text runs on across a photo), and a
// scene's words the lists had lacked (laying flowers, a Youth Union cell at an act).
#include "article/interrupted_text.h"

#include <catch2/catch.hpp>

#include "article/caption.h"
#include "article/caption_score.h"
#include "article/scene_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Xã Tân Hòa tổ chức lễ mừng thọ người cao tuổi năm 2025";
const std::string kLead =
    "Sáng ngày 12/4/2025, Ủy ban nhân dân xã Tân Hòa tổ chức lễ mừng thọ cho 120 cụ ông, cụ bà "
    "tròn 70, 75, 80, 85, 90 tuổi và trên 100 tuổi, nhằm tôn vinh truyền thống kính lão của "
    "dân tộc.";
const std::string kBefore =
    "Phát biểu tại buổi lễ, ông Trần Văn Bình, Chủ tịch UBND xã ôn lại ý nghĩa của lễ mừng thọ "
    "và chúc các cụ luôn mạnh khỏe, sống vui, sống khỏe, là tấm gương sáng cho con cháu noi "
    "theo.";
const std::string kAfterPointingBack =
    "Nhân dịp này, Đảng ủy, HĐND, UBND, MTTQ xã và Hội Người cao tuổi xã đã tặng giấy mừng thọ "
    "và mỗi cụ một phần quà trị giá 300.000 đồng.";
const std::string kAfterNewPart =
    "Trong năm 2024, Hội Người cao tuổi xã đã vận động hội viên tham gia các câu lạc bộ dưỡng "
    "sinh, văn nghệ và phát triển kinh tế gia đình, góp phần xây dựng nông thôn mới.";

Article page(const std::string& body) {
  return read_ok(InputFile{"mung-tho.txt", kTitle + "\n\n" + kLead + "\n\n" + body + "\n"});
}

const Block* block_with(const Article& a, const std::string& text) {
  for (const Block& b : a.blocks)
    if (b.text == text) return &b;
  return nullptr;
}

}  // namespace

TEST_CASE("interrupted text: a short line the paragraph under it points back past is a caption") {
  const std::string line = "Các cụ cao tuổi dự lễ mừng thọ";
  Article a = page(kBefore + "\n\n" + line + "\n\n" + kAfterPointingBack);
  REQUIRE(block_with(a, line));
  CHECK(block_with(a, line)->type == BlockType::Caption);
  CHECK(captions_in(a) == 1);
  // the same line over a paragraph that starts afresh heads that part
  Article b = page(kBefore + "\n\n" + line + "\n\n" + kAfterNewPart);
  REQUIRE(block_with(b, line));
  CHECK(block_with(b, line)->type == BlockType::Heading);
  CHECK(captions_in(b) == 0);
}

TEST_CASE("interrupted text: an opening phrase closed on a demonstrative points back") {
  CHECK(points_back_past("Thông qua hoạt động này, Bảo tàng mong muốn góp phần …"));
  CHECK(points_back_past("Tại buổi lễ này, Chi bộ được xếp loại hoàn thành tốt nhiệm vụ."));
  CHECK(points_back_past("Nhân dịp này Đảng ủy xã tặng quà cho các cụ."));
  // "đó" sets a time or a cause, and "Tuy nhiên" turns: a part may open so under its heading
  CHECK_FALSE(points_back_past("Trước đó, các chi bộ đã giới thiệu quần chúng ưu tú."));
  CHECK_FALSE(points_back_past("Tuy nhiên, trên thực tế, thông tin này là sai sự thật."));
  CHECK_FALSE(points_back_past("Thời gian qua, công tác tuyên truyền có nhiều đổi mới."));
  CHECK_FALSE(points_back_past("Liên quan đến sự việc trên, chiều 28/9, ông X cho biết …"));
  // a demonstrative past the opening phrase's six words opens nothing that points back
  CHECK_FALSE(points_back_past(
      "Trong suốt những năm tháng gian khổ và hào hùng đó, quân và dân ta đã chiến đấu …"));
  const std::string ribbon = "Cắt băng khai mạc trưng bày";
  Article a = page(kBefore + "\n\n" + ribbon + "\n\n" +
                   "Thông qua hoạt động này, Ban tổ chức mong muốn góp phần giúp người dân, "
                   "nhất là thế hệ trẻ hiểu rõ hơn truyền thống quê hương và các bậc cao niên.");
  REQUIRE(block_with(a, ribbon));
  CHECK(block_with(a, ribbon)->type == BlockType::Caption);
}

TEST_CASE("interrupted text: a line under a paragraph left open by a semicolon is a caption") {
  const std::string open =
      "Tại phiên trù bị, Đại hội đã thông qua chương trình, nội quy, quy chế làm việc; các báo "
      "cáo chính trị, báo cáo kiểm điểm của Ban Chấp hành nhiệm kỳ qua;";
  const std::string line = "Pa nô chào mừng Đại hội Đảng bộ xã Tân Hòa";
  Article a = page(open + "\n\n" + line + "\n\n" + kAfterNewPart);
  REQUIRE(block_with(a, line));
  CHECK(block_with(a, line)->type == BlockType::Caption);
  // under a paragraph that closes its sentence, the same line heads the part after it
  Article b = page(kBefore + "\n\n" + line + "\n\n" + kAfterNewPart);
  REQUIRE(block_with(b, line));
  CHECK(block_with(b, line)->type == BlockType::Heading);
  CHECK(leaves_sentence_open("… một số nội dung cơ bản của quy chế bầu cử trong Đảng; "));
  CHECK_FALSE(leaves_sentence_open("… một số nội dung cơ bản của quy chế bầu cử trong Đảng."));
}

TEST_CASE("interrupted text: a line that reasons or heads a numbered part stays a heading") {
  // a reasoning word (đã, là …): the text's own line, not a photo's
  CHECK_FALSE(interrupts_text("Công tác chăm sóc người cao tuổi đã có nhiều chuyển biến", kBefore,
                              kAfterPointingBack));
  CHECK_FALSE(interrupts_text("2. Công tác chăm sóc người cao tuổi", kBefore, kAfterPointingBack));
  // a line as long as half the paragraph under it is no caption set in the text's run
  CHECK_FALSE(interrupts_text(
      "Các cụ cao tuổi cùng con cháu và cán bộ xã dự lễ mừng thọ tại hội trường Ủy ban nhân "
      "dân xã Tân Hòa năm 2025",
      kBefore, kAfterPointingBack));
}

TEST_CASE("scene words: laying flowers is an act before a camera") {
  CHECK(describes_photo_scene("Đoàn công tác dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh"));
  CHECK(describes_photo_scene("Đồng chí Bí thư Huyện ủy dâng hoa tại Đài tưởng niệm liệt sĩ"));
  // opening the line, with no place named, it may head a part
  CHECK_FALSE(describes_photo_scene("Dâng hoa tưởng niệm các anh hùng liệt sĩ"));
}

TEST_CASE("caption score: a Youth Union cell opens a caption as a Party cell does") {
  const std::string before =
      "Chiều ngày 22/3/2025, Chi đoàn Công an huyện tổ chức thăm hỏi và tặng quà cho các gia "
      "đình có hoàn cảnh khó khăn tại ấp 3, xã Tân Phú.";
  const std::string after =
      "Cùng ngày, Chi đoàn tham gia buổi họp mặt cán bộ Đoàn qua các thời kỳ tại hội trường Ủy "
      "ban nhân dân huyện, ôn lại truyền thống vẻ vang của Đoàn TNCS Hồ Chí Minh và trao đổi "
      "kinh nghiệm công tác Đoàn trong tình hình mới của địa phương.";
  CHECK(
      reads_as_caption("Chi đoàn Công an huyện tặng quà cho 02 gia đình khó khăn", before, after));
  // with no act, the missing stop makes its second cue: the line of a cell at its work
  // between longer paragraphs (real-eval34/tinhdoan-tayninh-1, in any wrapping)
  CHECK(reads_as_caption("Chi đoàn cơ quan Tỉnh đoàn tổng kết ống tre Bác Hồ năm 2025", before,
                         after));
  // the cell named at no act, where the paragraph after it ends with its stop too: body text
  CHECK_FALSE(
      reads_as_caption("Chi đoàn Công an huyện luôn đi đầu trong phong trào.", before, after));
}

TEST_CASE("photographer's credit: alone under the writer's labelled credit it signs, no caption") {
  const std::string text = kTitle + "\n\n" + kLead + "\n\n" + kBefore + "\n\n";
  Article a = read_ok(InputFile{"a.txt", text + "Bài: Huỳnh Luân\n\nẢnh: Hồng Nhị\n"});
  CHECK(a.author == "Huỳnh Luân");
  CHECK(captions_in(a) == 0);
  // told as on one line ("Bài: X - Ảnh: Y"), no chrome left out
  CHECK(has_warning(a, "photographer named in the byline, not the author: Hồng Nhị"));
  for (const std::string& w : a.warnings) CHECK(w.find("site chrome") == std::string::npos);
  CHECK(is_credit_alone("Ảnh: Hồng Nhị"));
  CHECK_FALSE(is_credit_alone("Lễ mừng thọ. Ảnh: Hồng Nhị"));
  CHECK_FALSE(is_credit_alone("Bài: Huỳnh Luân"));
}
