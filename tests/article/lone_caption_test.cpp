// Captions with no credit and no marker, told by where they stand and what they say: a line
// between paragraphs that retells the paragraph above after its own opening, a deputy of a
// titled person doing something before the camera, a whole group at a rite, a photo closed by
// the address of the site it came from, and the cut text's last line ending with its stop (a
// scene's sentence, or the event named alone). Each
// with the near-misses that must stay what they are: a subheading, a one-line paragraph, a
// closing sentence.
#include <catch2/catch.hpp>

#include "article/bare_caption.h"
#include "article/closing_caption.h"
#include "article/echo_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ Phòng Hành chính kết nạp đảng viên mới";
const std::string kLead =
    "Chiều 14/3, Chi bộ Phòng Hành chính thuộc Đảng bộ Bệnh viện Đa khoa Hòa Bình tổ chức lễ "
    "kết nạp đảng viên cho quần chúng ưu tú Nguyễn Thị Thanh, một điều dưỡng trẻ có nhiều "
    "đóng góp trong công tác chăm sóc người bệnh.";
const std::string kBody =
    "Năm nay, toàn Đảng bộ Bệnh viện có 12 quần chúng ưu tú được xem xét kết nạp vào Đảng "
    "sau một năm học tập, rèn luyện và phấn đấu tại các khoa, phòng, trong đó có 5 điều "
    "dưỡng trẻ.";
const std::string kMore =
    "Trước đó, các chi bộ đã phối hợp với công đoàn và đoàn thanh niên giới thiệu những quần "
    "chúng ưu tú, bồi dưỡng nhận thức về Đảng và giao nhiệm vụ cụ thể để thử thách, rèn luyện "
    "các em trong công việc chuyên môn hằng ngày.";

Article page(const std::string& body) {
  return read_ok(InputFile{"ket-nap.txt", kTitle + "\n\n" + kLead + "\n\n" + body + "\n"});
}

const Block* block_with(const Article& a, const std::string& text) {
  for (const Block& b : a.blocks)
    if (b.text == text) return &b;
  return nullptr;
}

}  // namespace

TEST_CASE("lone caption: a line retelling the paragraph above after its own opening") {
  // the caption sets the year first, then tells the paragraph's fact in its words
  const std::string retold = "Năm 2025, có 12 quần chúng ưu tú được xem xét kết nạp vào Đảng.";
  Article a = page(kBody + "\n\n" + retold + "\n\n" + kMore);
  REQUIRE(block_with(a, retold));
  CHECK(block_with(a, retold)->type == BlockType::Caption);
  CHECK(captions_in(a) == 1);
  // an opening of four words before the comma is a sentence's clause, not the caption's own
  CHECK_FALSE(echoes_paragraph_before(
      "Tính đến hết năm 2025, có 12 quần chúng ưu tú được xem xét kết nạp vào Đảng.", kBody));
  // a run shorter than eight words may repeat by chance: a one-line paragraph stays one
  const std::string short_run = "Năm 2025, có 12 quần chúng ưu tú đã trưởng thành.";
  Article b = page(kBody + "\n\n" + short_run + "\n\n" + kMore);
  REQUIRE(block_with(b, short_run));
  CHECK(block_with(b, short_run)->type == BlockType::Paragraph);
  CHECK(captions_in(b) == 0);
  // a line retelling nothing of the paragraph above stays a paragraph
  const std::string own = "Năm 2025, chi bộ tiếp tục quan tâm bồi dưỡng quần chúng ưu tú.";
  CHECK(captions_in(page(kBody + "\n\n" + own + "\n\n" + kMore)) == 0);
}

TEST_CASE("lone caption: a deputy of a titled person, doing something before the camera") {
  const std::string deputy =
      "Phó Giám đốc Trung tâm Chính trị huyện Lê Bá An thông qua Quyết định mở lớp bồi dưỡng";
  Article a = page(kBody + "\n\n" + deputy + "\n\n" + kMore);
  REQUIRE(block_with(a, deputy));
  CHECK(block_with(a, deputy)->type == BlockType::Caption);
  // "Phó" before no person's title names no one: the line stays the subheading it is
  const std::string heading = "Phó mặc công tác phát triển đảng viên cho cơ sở";
  Article b = page(kBody + "\n\n" + heading + "\n\n" + kMore);
  REQUIRE(block_with(b, heading));
  CHECK(block_with(b, heading)->type == BlockType::Heading);
  // a deputy in a sentence of the text, with its reasoning word, is no caption
  CHECK(captions_in(page(kBody + "\n\n" +
                         "Phó Giám đốc Trung tâm đã thông qua Quyết định mở lớp bồi dưỡng" +
                         "\n\n" + kMore)) == 0);
}

TEST_CASE("lone caption: the whole group at a rite, the text's last line") {
  const std::string rite = "Toàn thể đảng viên nghiêm trang thực hiện các nghi lễ";
  Article a = page(kBody + "\n\n" + rite);
  REQUIRE(block_with(a, rite));
  CHECK(block_with(a, rite)->type == BlockType::Caption);
  // the whole group told what it must do: the text's
  CHECK(captions_in(page(kBody + "\n\n" + "Toàn thể đảng viên cần giữ gìn phẩm chất")) == 0);
}

TEST_CASE("lone caption: the cut text's last line with its stop, a scene or the event alone") {
  // who the photo shows and an act done before a camera, a stop at its end
  const std::string rite = "Các đồng chí đảng viên thực hiện nghi thức chào cờ, hát Quốc ca.";
  Article a = page(kBody + "\n\n" + rite);
  REQUIRE(block_with(a, rite));
  CHECK(block_with(a, rite)->type == BlockType::Caption);
  CHECK(closes_with_scene(rite, kBody));
  // the event named alone, a phrase with no comma
  const std::string congress = "Đại hội Chi bộ Khoa Hồi sức cấp cứu – Bệnh viện Đa khoa Hòa Bình.";
  CHECK(captions_in(page(kBody + "\n\n" + congress)) == 1);
  // the text's closing sentence opens with the event too, a clause after its comma
  CHECK(captions_in(page(kBody + "\n\n" +
                         "Hội nghị khép lại với tinh thần đoàn kết, quyết tâm hoàn thành nhiệm "
                         "vụ.")) == 0);
  // a closing sentence that tells (a reasoning word), or shows no one
  CHECK(captions_in(
            page(kBody + "\n\n" + "Đại hội đã bầu Ban Chấp hành khóa mới gồm 5 đồng chí.")) == 0);
  CHECK(captions_in(page(kBody + "\n\n" + "Những kết quả bước đầu rất đáng khích lệ.")) == 0);
  // longer than half the sentence above it: the text's own last sentence
  CHECK_FALSE(closes_with_scene(rite, "Buổi lễ diễn ra trang trọng, ấm cúng và đầy ý nghĩa."));
  // an ellipsis is no stop of a caption
  CHECK_FALSE(closes_with_scene("Các đồng chí đảng viên thực hiện nghi thức chào cờ..", kBody));
}

TEST_CASE("lone caption: a photo taken from another site, closed by that site's address") {
  const std::string quote =
      "Theo Chủ tịch Hồ Chí Minh, muốn viết được trong sáng, dễ hiểu phải học cách nói của "
      "quần chúng.";
  Article a = page(kBody + "\n\n" + quote + " Nguồn: truyenhinhnghean.vn\n\n" + kMore);
  REQUIRE(block_with(a, quote));
  CHECK(block_with(a, quote)->type == BlockType::Caption);
  CHECK(block_with(a, quote)->credit == "truyenhinhnghean.vn");
  CHECK(captions_in(a) == 1);
  // a paragraph's figures credited to a source named in words stay the paragraph's
  const std::string figures =
      "Tỷ lệ đảng viên trẻ dưới 30 tuổi tăng lên 18%. Nguồn: Ban Tổ chức Tỉnh ủy";
  CHECK(captions_in(page(kBody + "\n\n" + figures + "\n\n" + kMore)) == 0);
  CHECK_FALSE(web_sourced_caption(figures));
  // a paragraph as long as the text after it is no caption, whatever closes it
  CHECK(captions_in(page(kBody + "\n\n" + kMore + " Nguồn: baochinhphu.vn\n\n" + kBody)) == 0);
}
