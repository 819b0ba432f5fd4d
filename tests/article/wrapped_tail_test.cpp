// A title wrapped by the copy whose second line is Vietnamese typed in bare lower-case ASCII
// ("kinh doanh") is the title's tail, not a photo's bare name (image_lines.h
// wraps_onto_next_line): bench/run-perturb's "title wrapped at its tail" of
// real-eval14/daihoctantrao-1 lost it so. An image's name on its own line stays left out.
#include <catch2/catch.hpp>

#include "article/image_lines.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kLead =
    "Được sự nhất trí của Đảng ủy nhà trường, chiều ngày 10/1/2025, Chi bộ khoa tổ chức Lễ kết "
    "nạp đảng viên mới cho hai quần chúng ưu tú là sinh viên năm thứ ba của khoa.";
const std::string kBody =
    "Tại buổi lễ, các đảng viên mới đã được nghe công bố quyết định kết nạp, đọc lời tuyên thệ "
    "và hứa phấn đấu trở thành người đảng viên tốt, xứng đáng với niềm tin của chi bộ.";

}  // namespace

TEST_CASE("wrapped tail: a line of Vietnamese left open wraps onto the next") {
  CHECK(wraps_onto_next_line("Lễ kết nạp Đảng viên mới khoa Kinh tế và Quản trị"));
  CHECK(wraps_onto_next_line("Hội nghị sơ kết công tác Đảng ở xã Tân Việt"));
  // closed, or no Vietnamese, or nothing
  CHECK_FALSE(wraps_onto_next_line("Lễ kết nạp Đảng viên mới khoa Kinh tế."));
  CHECK_FALSE(wraps_onto_next_line("Phát động cuộc thi “Tìm hiểu về Đảng”"));
  CHECK_FALSE(wraps_onto_next_line("Hội nghị sơ kết công tác Đảng…"));
  CHECK_FALSE(wraps_onto_next_line("Home page"));
  CHECK_FALSE(wraps_onto_next_line("Thứ hai, 10/01/2025"));  // a date line
  CHECK_FALSE(wraps_onto_next_line(""));
}

TEST_CASE("wrapped tail: a title's bare lower-case tail stays the title's") {
  Article a = read_text("Lễ kết nạp Đảng viên mới khoa Kinh tế và Quản trị\nkinh doanh\n\n" +
                        kLead + "\n\n" + kBody + "\n");
  CHECK(a.title == "Lễ kết nạp Đảng viên mới khoa Kinh tế và Quản trị kinh doanh");
  CHECK(a.lead.starts_with("Được sự nhất trí"));
}

TEST_CASE("wrapped tail: an image's bare name on a line of its own is still left out") {
  // a blank line between the title and the name: the photo over the lead
  Article apart = read_text("Lễ kết nạp Đảng viên mới khoa Kinh tế và Quản trị\n\ndien luc\n\n" +
                            kLead + "\n\n" + kBody + "\n");
  CHECK(apart.title == "Lễ kết nạp Đảng viên mới khoa Kinh tế và Quản trị");
  CHECK(apart.lead.starts_with("Được sự nhất trí"));
  CHECK(all_fields(apart).find("dien luc") == std::string::npos);
  // under a closed line: the date line, then the name
  Article dated = read_text(
      "Lễ kết nạp Đảng viên mới khoa Kinh tế và Quản trị\n\nThứ sáu, 10/01/2025\n"
      "anh-1\n\n" +
      kLead + "\n\n" + kBody + "\n");
  CHECK(dated.title == "Lễ kết nạp Đảng viên mới khoa Kinh tế và Quản trị");
  CHECK(all_fields(dated).find("anh-1") == std::string::npos);
}
