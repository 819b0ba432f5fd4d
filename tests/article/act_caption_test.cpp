// Bare captions with a subheading's shape (a short line between paragraphs, no mark, no credit,
// no stop) that name an act before a camera: the text tells the act again in its own sentence,
// or the line stands under another such caption (act_caption.h); and the organisers opening a
// caption as a group at the event does (caption_score.h). Made-up pages in the shape of
// real-eval44/ninhphuoc-1 and iahdrai-1.
#include "article/act_caption.h"

#include <catch2/catch.hpp>

#include "article/caption_score.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Huyện Đoàn Tân Phú tổng kết hội thi tin học trẻ năm 2025";
const std::string kLead =
    "Chiều ngày 15/3, Huyện Đoàn Tân Phú tổ chức lễ tổng kết hội thi tin học trẻ cấp huyện năm "
    "2025 với sự tham gia của 64 thí sinh đến từ 12 trường trung học cơ sở trên địa bàn.";
const std::string kBefore =
    "Trong hai ngày thi, các thí sinh đã hoàn thành phần thi lý thuyết và phần thi thực hành "
    "lập trình, thể hiện kiến thức vững vàng và khả năng vận dụng sáng tạo; Ban giám khảo đánh "
    "giá chất lượng bài thi năm nay cao hơn năm trước ở cả hai bảng.";
const std::string kAfter =
    "Kết quả, hội thi có 24 thí sinh đạt giải, trong đó Trường THCS Lê Lợi dẫn đầu với 5 giải "
    "cá nhân và giải nhất toàn đoàn.";
const std::string kTelling =
    "Nhân dịp này, Huyện Đoàn trao giấy khen cho 4 thí sinh đạt giải nhất và 8 thí sinh đạt "
    "giải nhì, đồng thời tặng quà cho các trường có nhiều thí sinh tham gia.";
const std::string kNewPart =
    "Trong năm 2025, Huyện Đoàn sẽ tiếp tục phối hợp với Phòng Giáo dục và Đào tạo mở các lớp "
    "bồi dưỡng tin học cho đoàn viên, thanh niên ở các xã vùng sâu.";

Article page(const std::string& body) {
  return read_ok(InputFile{"tin-hoc.txt", kTitle + "\n\n" + kLead + "\n\n" + body + "\n"});
}

BlockType type_of(const Article& a, const std::string& text) {
  for (const Block& b : a.blocks)
    if (b.text == text) return b.type;
  FAIL("no block " << text);
  return BlockType::Paragraph;
}

}  // namespace

TEST_CASE("act caption: an act the text tells again, in a short line between paragraphs") {
  const std::string line = "Trao giấy khen cho 4 thí sinh đạt giải nhất";
  Article a = page(kBefore + "\n\n" + line + "\n\n" + kAfter + "\n\n" + kTelling);
  CHECK(type_of(a, line) == BlockType::Caption);
  CHECK(captions_in(a) == 1);
  // no paragraph tells it again, and nothing marks it: a part's heading it stays
  Article b = page(kBefore + "\n\n" + line + "\n\n" + kAfter + "\n\n" + kNewPart);
  CHECK(type_of(b, line) == BlockType::Heading);
  CHECK(captions_in(b) == 0);
}

TEST_CASE("act caption: photos standing together, each with its act") {
  const std::string first = "Trao giấy khen cho 4 thí sinh đạt giải nhất";
  const std::string second = "Trao giấy khen cho 8 thí sinh đạt giải nhì";
  Article a =
      page(kBefore + "\n\n" + first + "\n\n" + second + "\n\n" + kAfter + "\n\n" + kTelling);
  CHECK(type_of(a, first) == BlockType::Caption);
  CHECK(type_of(a, second) == BlockType::Caption);
  CHECK(captions_in(a) == 2);
}

TEST_CASE("act caption: with one final stop, as some sites print a caption, the same") {
  // three photos standing together over a short paragraph, the text telling them after it;
  // each line past the scene rule's short phrase (12 words with one stop, scene_caption.h)
  const std::string first =
      "Ban tổ chức tặng giấy khen cho 4 thí sinh đạt giải nhất tại lễ tổng kết.";
  const std::string second =
      "Ban tổ chức tặng giấy khen cho 8 thí sinh đạt giải nhì tại lễ tổng kết.";
  const std::string third =
      "Ban tổ chức tặng giấy khen cho 12 thí sinh đạt giải ba tại lễ tổng kết.";
  const std::string result =
      "Kết quả, có 24 thí sinh đạt giải, nhiều hơn năm trước 6 thí sinh ở cả hai bảng thi.";
  const std::string telling =
      "Nhân dịp này, Ban tổ chức tặng giấy khen cho 4 thí sinh đạt giải nhất, 8 thí sinh đạt "
      "giải nhì và 12 thí sinh đạt giải ba của hội thi.";
  Article a = page(kBefore + "\n\n" + first + "\n\n" + second + "\n\n" + third + "\n\n" + result +
                   "\n\n" + telling);
  CHECK(type_of(a, first) == BlockType::Caption);
  CHECK(type_of(a, second) == BlockType::Caption);
  CHECK(type_of(a, third) == BlockType::Caption);
  CHECK(captions_in(a) == 3);
  // a sentence with a reasoning word is the text's, told again or not
  const std::string told = "Ban tổ chức đã tặng giấy khen cho 4 thí sinh đạt giải nhất.";
  Article b = page(kBefore + "\n\n" + told + "\n\n" + result + "\n\n" + telling);
  CHECK(type_of(b, told) == BlockType::Paragraph);
}

TEST_CASE("act caption: no act, or who attended, is no such caption") {
  // the text tells it again but it names no act: a topic's heading
  const std::string topic = "Thí sinh đạt giải nhất và giải nhì";
  Article a = page(kBefore + "\n\n" + topic + "\n\n" + kNewPart + "\n\n" + kTelling);
  CHECK(type_of(a, topic) == BlockType::Heading);
  // who attended, as the body lists them (attendance.h)
  const std::string attended = "Tham dự lễ trao giấy khen cho 4 thí sinh có Bí thư Huyện Đoàn";
  Article b = page(kBefore + "\n\n" + attended + "\n\n" + kNewPart + "\n\n" + kTelling);
  CHECK(type_of(b, attended) != BlockType::Caption);
}

TEST_CASE("act caption: the organisers open a caption as a group at the event does") {
  CHECK(shows_who_or_what("Ban tổ chức tặng cờ lưu niệm cho các đội"));
  CHECK(shows_who_or_what("Ban Tổ chức trao giải cho các thí sinh"));
  CHECK_FALSE(shows_who_or_what("Ban tổ chức đã trao giải cho các thí sinh."));  // a sentence
  const std::string line = "Ban tổ chức tặng cờ lưu niệm cho các trường";
  Article a = page(kBefore + "\n\n" + line + "\n\n" + kNewPart);
  CHECK(type_of(a, line) == BlockType::Caption);
}
