// A page's section name on the sapo's line, set apart by a run of spaces (article/
// glued_section.h): the topic, and the lead without it.
#include "article/glued_section.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kSapo =
    "ĐTN: Nhân kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh, sáng ngày 14/5, Thành đoàn đã tổ chức lễ "
    "kết nạp đảng viên mới cho các đoàn viên ưu tú là học sinh, sinh viên của thành phố.";
const std::string kBody =
    "Tại buổi lễ, các đảng viên mới đã hứa sẽ luôn phấn đấu, rèn luyện, giữ gìn phẩm chất của "
    "người đảng viên và tiếp tục là tấm gương cho các bạn đoàn viên trong nhà trường.\n";

std::string page(const std::string& sapo_line) {
  return "Kết nạp Đảng viên cho đoàn viên ưu tú là học sinh, sinh viên\n\n12:41 14/05/2023\n\n" +
         sapo_line + "\n\n" + kBody;
}

}  // namespace

TEST_CASE("glued section: a section name before the sapo, a run of spaces between") {
  Article a = read_ok(InputFile{"a.txt", page("Nhịp sống trẻ   " + kSapo)});
  CHECK(a.topic == "Nhịp sống trẻ");
  CHECK(a.lead == kSapo);
  // one space is the sapo's own text
  Article b = read_ok(InputFile{"a.txt", page("Nhịp sống trẻ " + kSapo)});
  CHECK(b.topic.empty());
  CHECK(b.lead.starts_with("Nhịp sống trẻ ĐTN:"));
}

TEST_CASE("glued section: only a short name before body text") {
  CHECK(section_glued_to("Nhịp sống trẻ   " + kSapo) == "Nhịp sống trẻ");
  // a sentence before the gap, or a short line after it, is no section and no sapo
  CHECK_FALSE(section_glued_to("Tin vắn trong ngày.   " + kSapo));
  CHECK_FALSE(section_glued_to("Trang chủ    Tin tức    Hoạt động"));
  CHECK_FALSE(section_glued_to(kSapo));
}

TEST_CASE("glued section: a place's name before the sapo is no section") {
  const std::string lead =
      "Sáng 14/5, tại Huế, Tỉnh đoàn tổ chức lễ kết nạp đảng viên mới cho "
      "các đoàn viên ưu tú là học sinh, sinh viên của tỉnh.";
  CHECK_FALSE(section_glued_to("Đồng Tháp   " + kSapo));
  CHECK_FALSE(section_glued_to("Bà Rịa Vũng Tàu   " + kSapo));
  CHECK_FALSE(section_glued_to("Huế   " + lead));  // one word the sapo names again
  CHECK(section_glued_to("Video   " + lead) == "Video");
  CHECK(section_glued_to("Xây dựng Đảng   " + kSapo) == "Xây dựng Đảng");
  Article a = read_ok(InputFile{"a.txt", page("Hà Nội   " + kSapo)});
  CHECK(a.topic.empty());
}
