// Captions and text as unseen sites lay them out (session 34): a doctor's caption opening with
// degrees; the sapo printed twice over the lead; a youth union named first in a caption; a
// closing sentence under a gallery's label; the title typed again with a typo; photos under
// the lead retelling it (shaped as tests/fixtures/real-eval56/benhvienhanoi-1, songchu-1,
// real-eval57/xanhsachdep-1, camranhairport-1, c0tanan-tanhiep-1). Made-up pages of those
// shapes.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/caption_score.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

std::vector<std::string> captions_of(const Article& a) {
  std::vector<std::string> out;
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption) out.push_back(b.text);
  return out;
}

const std::string kTitle = "Bệnh viện tặng quà cho bệnh nhi nhân dịp Tết Trung thu năm 2024\n";
const std::string kLead =
    "Hòa chung không khí tươi vui của Tết Trung thu, đại diện ban lãnh đạo bệnh viện đã đến thăm "
    "và tặng quà cho các cháu đang điều trị tại bệnh viện, mong các cháu sớm hồi phục sức khỏe và "
    "có một mùa trăng thật nhiều niềm vui.\n";
const std::string kBody =
    "Đây là hoạt động xã hội thường niên của bệnh viện vào mỗi dịp Tết Trung thu, nhằm động viên "
    "tinh thần các em thiếu niên, nhi đồng đang điều trị. Những lời thăm hỏi cùng món quà nhỏ đã "
    "kịp trao tay cho các bệnh nhân nhỏ tuổi.\n";

}  // namespace

TEST_CASE("a caption opening with a doctor's degrees, dotted or not") {
  CHECK(is_degree_word("BS"));
  CHECK(is_degree_word("Bs"));
  CHECK(is_degree_word("GS.TS.BS"));
  CHECK_FALSE(is_degree_word("Bà"));
  for (std::string line : {"Gs Ts Bs Lê Trung Hải tặng quà và động viên cháu Hà Mạnh Hùng",
                           "GS.TS.BS Lê Trung Hải tặng quà và động viên cháu Hà Mạnh Hùng"}) {
    INFO(line);
    CHECK(shows_who_or_what(line));
    Article a = read_text(kTitle + kLead + line + "\n" + kBody);
    CHECK(captions_of(a) == std::vector<std::string>{line});
  }
  // degrees with no name after them name no one
  CHECK_FALSE(shows_who_or_what("TS BS tặng quà và động viên cháu Hà Mạnh Hùng"));
}

TEST_CASE("the sapo printed twice over the lead is the lead, no caption") {
  const std::string sapo =
      "Thực hiện sự chỉ đạo của Thành ủy về việc tăng cường chăm lo đời sống tinh thần người dân "
      "sinh sống ở xã đảo còn nhiều khó khăn về môi trường cây xanh bóng mát và sinh hoạt văn "
      "hóa, công ty đã trao tặng cây xanh cho người dân trên đảo.";
  Article a = read_text("TẶNG CÂY XANH VÀ GHẾ ĐÁ ĐẾN NGƯỜI DÂN XÃ ĐẢO\n" + sapo + "\n         " +
                        sapo + "\n         " + kBody);
  CHECK(a.lead == sapo);
  CHECK(captions_of(a).empty());
  // a short caption printed twice under the title stays the photo's
  const std::string caption = "Lãnh đạo bệnh viện tặng quà cho các cháu.";
  Article photo = read_text(kTitle + caption + "\n" + caption + "\n" + kLead + kBody);
  CHECK(captions_of(photo) == std::vector<std::string>{caption});
}

TEST_CASE("a youth union named first, with no stop, between paragraphs is a caption") {
  const std::string line = "Đoàn TN Công ty ra quân “Ngày Chủ nhật xanh”";
  Article a = read_text(kLead + "\n" + line + "\n\n" + kBody);
  CHECK(captions_of(a) == std::vector<std::string>{line});
}

TEST_CASE("under a gallery's label, a last sentence that looks ahead closes the text") {
  const std::string head = kTitle + kLead + kBody + "Dưới đây là một số hình ảnh của buổi lễ:\n" +
                           "Về tham dự có ông Quách Tuấn Kiệt trao quà cho các em\n";
  Article a = read_text(head +
                        "Mùa trung thu khép lại nhưng chắc chắn các bạn nhỏ sẽ lưu dấu kỷ niệm "
                        "đẹp về một lễ hội đón trăng đầy thú vị.\n");
  CHECK(captions_of(a) ==
        std::vector<std::string>{"Về tham dự có ông Quách Tuấn Kiệt trao quà cho các em"});
  CHECK(a.blocks.back().text.starts_with("Mùa trung thu khép lại"));
  // a photo's caption with its stop, telling what is there, stays a caption
  Article kept = read_text(head + "Các cháu rước đèn ông sao quanh sân bệnh viện.\n");
  CHECK(captions_of(kept).size() == 2);
}

TEST_CASE("the title typed again with a typo, photos under the lead retelling it") {
  const std::string title =
      "Công ty Sông Chu chủ động triển khai công tác đảm bảo tiêu úng năm 2023\n\n";
  const std::string lead =
      "Ngay thời điểm này Công ty Sông Chu đã chủ động triển khai công tác đảm bảo tiêu úng. Công "
      "ty giao các đơn vị trực thuộc kiểm tra thiết bị, vận hành thử các trạm bơm tiêu và nạo vét "
      "các kênh tiêu trên địa bàn.\n\n";
  const std::string photos =
      "Kiểm tra thiết bị, vận hành thử trạm bơm tiêu Đồng Kha\n\n"
      "Kiểm tra thiết bị, vận hành thử trạm bơm Dân Quyền\n\n"
      "Máy của công ty nạo vét kênh tiêu Cầu Đình\n";
  Article a = read_text(
      title + "Công ty Công Chu chủ động triển khai công tác đảm bảo tiêu úng năm 2023\n\n" + lead +
      photos);
  CHECK(a.lead.starts_with("Ngay thời điểm này"));
  CHECK(captions_of(a).size() == 3);
  // two words changed is another line, no repeat of the title
  Article other = read_text(
      title + "Công ty Công Thu chủ động triển khai công tác đảm bảo tiêu úng năm 2023\n\n" + lead +
      photos);
  CHECK_FALSE(other.lead.starts_with("Ngay thời điểm này"));
}
