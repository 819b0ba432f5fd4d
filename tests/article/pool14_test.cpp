// Kinds of miss pooled from the pages of sites no rule was made from (real-eval29 … 31 and
// real-site31, held out in session 13; bench/README.md "Session 14"), each on a small made-up
// page: the mechanism, not the page's words.
#include <catch2/catch.hpp>

#include "article/bare_caption.h"
#include "article/echo_caption.h"
#include "article/image_lines.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kQuestion =
    "Phóng viên: Thưa ông, công tác xây dựng Đảng ở cơ sở trong những năm qua đã đạt được "
    "những kết quả nổi bật nào, và đâu là những bài học kinh nghiệm cần rút ra cho nhiệm kỳ "
    "tới?\n\n";
const std::string kAnswer =
    "Trong những năm qua, các tổ chức cơ sở đảng đã được củng cố, kiện toàn; chất lượng sinh "
    "hoạt chi bộ được nâng lên rõ rệt, đội ngũ đảng viên ngày càng vững vàng về bản lĩnh chính "
    "trị.\n\n";

}  // namespace

TEST_CASE("pool14: one long lower-case word is machine text, even in the header") {
  CHECK(is_long_machine_word("leftcenterrightdel"));
  CHECK(is_long_machine_word("daihoidangbo_2020"));
  CHECK_FALSE(is_long_machine_word("ubkt"));             // a site's abbreviation
  CHECK_FALSE(is_long_machine_word("dai hoi dang bo"));  // words: an image name, not one word
  CHECK_FALSE(is_long_machine_word("Leftcenterrightdel"));
}

TEST_CASE(
    "pool14: an image toolbar's text over the opening photo is no title, the line under "
    "it is the photo's caption") {
  Article a = read_text(
      "leftcenterrightdel\nTS. Nguyễn Văn An, nguyên Phó Viện trưởng Viện kiểm sát nhân dân "
      "tỉnh.\n\n" +
      kQuestion + kAnswer);
  CHECK(a.title.empty());
  CHECK(all_fields(a).find("leftcenterrightdel") == std::string::npos);
  CHECK(captions_in(a) == 1);
  CHECK(a.lead.rfind("Phóng viên:", 0) == 0);
  CHECK(has_warning(a, "photo leftovers left out: 1 lines"));
}

TEST_CASE(
    "pool14: a short line in lower case where the title stands is the opening photo's "
    "alt text, no title") {
  const std::string body =
      "Các đại biểu và Chi ủy Chi bộ Văn phòng Công đoàn, Đoàn Thanh niên Bộ Tài chính nhiệm kỳ "
      "2020 - 2022. Ảnh: Đức Minh\n\n"
      "Tại đại hội, Bí thư Chi bộ đã báo cáo tổng kết hoạt động của chi bộ trong nhiệm kỳ qua, "
      "nêu rõ những kết quả đạt được và những hạn chế cần khắc phục.\n\n"
      "Theo đó, trong nhiệm kỳ vừa qua, chi bộ đã hoàn thành xuất sắc, toàn diện các nhiệm vụ mà "
      "Nghị quyết đại hội chi bộ đề ra.\n\n"
      "Đại hội đã thành công tốt đẹp và bầu ra Chi ủy, Bí thư, Phó Bí thư Chi bộ nhiệm kỳ mới.\n\n"
      "Đức Minh\n";
  Article a = read_text("đại hội chi bộ\n\n" + body);
  CHECK(a.title.empty());
  CHECK(a.topic.empty());
  CHECK(has_warning(a, "photo leftovers left out: 1 lines"));
  CHECK(captions_in(a) == 1);
  CHECK(a.lead.rfind("Tại đại hội", 0) == 0);
  CHECK(a.author == "Đức Minh");
  // a title written as pages write it, with a capital, stays the title
  Article titled = read_text("Đại hội chi bộ Văn phòng thành công tốt đẹp\n\n" + body);
  CHECK(titled.title == "Đại hội chi bộ Văn phòng thành công tốt đẹp");
}

TEST_CASE("pool14: a person placed '(phải)' or '(trái)' in brackets is in a photo's caption") {
  CHECK(names_photo_position("Đồng chí Dương Quốc Toàn (phải) trao quà cho đoàn viên"));
  CHECK(names_photo_position("Bà Bùi Thị Ngọc (trái) tặng hoa chúc mừng Đại hội"));
  CHECK_FALSE(names_photo_position("Cánh đồng ở bờ (tả) và bờ (hữu) sông Hồng"));
  const std::string lead =
      "Sáng ngày 16/4/2022, Chi đoàn Ngân hàng Hợp tác xã chi nhánh Trà Vinh tổ chức Đại hội "
      "đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027 với sự tham dự của 25 đoàn viên.\n";
  const std::string caption =
      "Đồng chí Dương Quốc Toàn (phải) – Phó Bí thư Đoàn khối và đồng chí Bùi Thị Xuân Ngọc "
      "(trái) – Bí thư Chi bộ, Phó Giám đốc Ngân hàng tặng hoa chúc mừng Đại hội\n";
  const std::string body =
      "Đại hội vinh dự đón tiếp đồng chí Dương Quốc Toàn, Phó Bí thư Đoàn khối các cơ quan và "
      "doanh nghiệp tỉnh đến dự và chỉ đạo Đại hội; đồng chí Bùi Thị Xuân Ngọc, Bí thư Chi bộ "
      "đến dự và phát biểu chỉ đạo.\n";
  Article a = read_text(lead + caption + body + "Lãnh đạo chụp ảnh lưu niệm\n");
  CHECK(captions_in(a) == 2);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.front().type == BlockType::Caption);
}

TEST_CASE(
    "pool14: a line that retells a stretch of the paragraph above it is the photo's "
    "caption") {
  CHECK(echoes_paragraph_before(
      "Trước cờ Tổ quốc, quần chúng ưu tú Nguyễn Thế Tuấn đã đọc lời tuyên thệ",
      "Trong giờ phút thiêng liêng của buổi lễ, trước cờ Tổ quốc, quần chúng ưu tú Nguyễn Thế "
      "Tuấn đã đọc lời tuyên thệ và hứa phấn đấu suốt đời."));
  // the paragraph's own start repeated is a title's or a heading's echo, no caption
  CHECK_FALSE(echoes_paragraph_before("Trong giờ phút thiêng liêng của buổi lễ kết nạp",
                                      "Trong giờ phút thiêng liêng của buổi lễ kết nạp, trước cờ "
                                      "Tổ quốc, quần chúng ưu tú đã đọc lời tuyên thệ."));
  CHECK_FALSE(echoes_paragraph_before("đã đọc lời tuyên thệ",
                                      "Trước cờ Tổ quốc, quần chúng ưu tú đã đọc lời tuyên thệ."));
  const std::string lead =
      "Sáng 12/9, Đoàn trường Đại học Vinh tổ chức lễ kết nạp đảng viên mới cho quần chúng ưu tú "
      "Nguyễn Thế Tuấn, sinh viên Khoa Giáo dục quốc phòng.\n\n";
  const std::string told =
      "Trong giờ phút thiêng liêng của buổi lễ kết nạp, trước cờ Tổ quốc, cờ Đảng và chân dung "
      "Chủ tịch Hồ Chí Minh, quần chúng ưu tú Nguyễn Thế Tuấn đã đọc lời tuyên thệ, hứa phấn đấu "
      "suốt đời vì lý tưởng của Đảng.\n\n";
  const std::string echo =
      " Trước cờ Tổ quốc, cờ Đảng và chân dung Chủ tịch Hồ Chí Minh, quần chúng ưu tú Nguyễn Thế "
      "Tuấn đã đọc lời tuyên thệ\n\n";
  const std::string after =
      "Phát biểu tại buổi lễ, đồng chí Phó Giám đốc Trung tâm chúc mừng và bày tỏ sự tin tưởng "
      "vào thế hệ trẻ là những người kế tục sự nghiệp cách mạng của Đảng.\n";
  const std::string middle =
      "Với những thành tích nổi bật trong học tập và công tác Đoàn, quần chúng ưu tú Nguyễn Thế "
      "Tuấn được chi bộ tin tưởng giới thiệu và xem xét kết nạp vào Đảng.\n\n";
  Article a = read_text(lead + middle + told + echo + after);
  CHECK(captions_in(a) == 1);
}
