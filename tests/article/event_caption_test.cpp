// A caption naming the event the lead reports (article/event_caption.h): the event's name
// alone, with its stop, between longer paragraphs.
#include "article/event_caption.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Nông dân Tân Lạc thi đua sản xuất, kinh doanh giỏi";
const std::string kLead =
    "Sáng 20/12, Hội Nông dân huyện Tân Lạc tổ chức Hội nghị tổng kết công tác Hội và phong "
    "trào nông dân năm 2024, triển khai phương hướng, nhiệm vụ năm 2025 với sự tham dự của "
    "hơn 120 đại biểu.";
const std::string kBody =
    "Năm qua, các cấp Hội trong huyện tập trung tuyên truyền, vận động hội viên phát triển "
    "kinh tế, chuyển đổi cơ cấu cây trồng, vật nuôi; phong trào nông dân sản xuất, kinh doanh "
    "giỏi có hơn 3.000 hộ đăng ký, trong đó nhiều hộ đạt danh hiệu các cấp.";
const std::string kBody2 =
    "Hội nghị đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong phong trào "
    "thi đua năm 2024, đồng thời phát động thi đua thực hiện thắng lợi nhiệm vụ năm 2025 của "
    "tổ chức Hội trên địa bàn huyện.";

Article read_page(const std::string& line) {
  return read_ok(InputFile{"tong-ket.txt", kTitle + "\n\n" + kLead + "\n\n" + line + "\n\n" +
                                               kBody + "\n\n" + kBody2 + "\n"});
}

}  // namespace

TEST_CASE("event caption: the lead's event named alone with its stop is the hall's caption") {
  const std::string hall =
      "Hội nghị tổng kết công tác Hội và phong trào nông dân huyện Tân Lạc năm 2024.";
  Article a = read_page(hall);
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == hall);  // kept in the book, as the caption
  CHECK(a.blocks[1].text == kBody);
}

TEST_CASE("event caption: the body's sentences about the event stay text") {
  // no stop: a subheading's shape
  CHECK(captions_in(read_page("Hội nghị tổng kết công tác Hội và phong trào nông dân")) == 0);
  // a reasoning word: it tells what the conference did
  CHECK(captions_in(read_page("Hội nghị tổng kết công tác Hội đã thống nhất các chỉ tiêu.")) == 0);
  // an event the lead does not name
  CHECK(captions_in(read_page("Hội nghị giao ban các chi hội trong huyện được duy trì đều đặn "
                              "vào tuần đầu của mỗi tháng.")) == 0);
  // no longer than the paragraphs around it
  CHECK_FALSE(names_lead_event("Hội nghị tổng kết công tác Hội và phong trào nông dân năm 2024.",
                               "Buổi sáng ngắn.", kBody, LeadEventRuns(kLead, kTitle)));
}

TEST_CASE("event caption: the event's name then what it did is a sentence") {
  // the lead echoes "Hội nghị tổng kết công tác Hội"; what follows tells what it did
  CHECK(captions_in(read_page("Hội nghị tổng kết công tác Hội bầu bổ sung 2 ủy viên.")) == 0);
  // what follows only goes on naming it: still the hall's caption
  CHECK(captions_in(read_page(
            "Hội nghị tổng kết công tác Hội và phong trào nông dân huyện Tân Lạc năm 2024.")) == 1);
}

TEST_CASE("event caption: a congress or a committee named with its term alone is a caption") {
  // no stop, as a subheading has none: the term closing the name tells the photo
  const std::string committee = "Ban Chấp hành Hội Nông dân huyện Tân Lạc nhiệm kỳ 2023 - 2028";
  Article a = read_page(committee);
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == committee);
  CHECK(captions_in(read_page("Đại hội đại biểu Hội Nông dân huyện Tân Lạc lần thứ XI")) == 1);
  CHECK(names_termed_event("Đại hội Chi bộ Phòng Kinh tế nhiệm kỳ 2025–2027"));
  // a part's heading on the term's goals, or a name with more after its term, stays
  CHECK_FALSE(names_termed_event("Phương hướng, nhiệm vụ nhiệm kỳ 2023 - 2028"));
  CHECK_FALSE(
      names_termed_event("Đại hội Hội Nông dân huyện nhiệm kỳ 2023 - 2028 thành công tốt đẹp"));
  CHECK_FALSE(names_termed_event("Đại hội Hội Nông dân huyện nhiệm kỳ 2023 - 2028."));
  CHECK_FALSE(names_termed_event("Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2023 - 2028"));
}

TEST_CASE("event caption: the term's span with any dash, set apart or glued") {
  for (std::string_view dash : {"-", "–", "—", "−"}) {
    for (std::string_view space : {"", " "}) {
      std::string span =
          "2017" + std::string(space) + std::string(dash) + std::string(space) + "2020";
      CHECK(names_termed_event("Đại hội Chi bộ Vụ Thông tin nhiệm kỳ " + span));
      // near misses stay: more after the term, a stop
      CHECK_FALSE(names_termed_event("Đại hội Chi bộ nhiệm kỳ " + span + " thành công tốt đẹp"));
      CHECK_FALSE(names_termed_event("Đại hội Chi bộ nhiệm kỳ " + span + "."));
    }
  }
  CHECK_FALSE(names_termed_event("Đại hội Chi bộ Vụ Thông tin nhiệm kỳ 2017 — 2020 — 2023"));
  CHECK_FALSE(names_termed_event("Đại hội Chi bộ Vụ Thông tin nhiệm kỳ 2017 * 2020"));
}
