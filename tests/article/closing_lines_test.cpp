// Pages of session 37's shapes (made up, shaped as tests/fixtures/real-eval64/ and real-eval65/
// pages): a writer's department after the name ("- Khoa KSNK", "(P. PT&UDTTĐT)"), a rating box
// run on into the comment box's title and a captcha's message, NukeViet's notice on copying, a
// line pointing to a link the text lost ("… tại đây :"), a board signing with a comma after it,
// a short gallery closing the text that retells it, and a caption typed in lower case last.
#include <catch2/catch.hpp>
#include <string>

#include "article/byline_unit.h"
#include "article/link_pointer.h"
#include "article/page_widgets.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

// A lead and two paragraphs of a school's report; `tail` closes the file.
Article report_with(const std::string& tail) {
  return read_text(
      "Trường Tiểu học Hòa Bình tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam\n\n"
      "Sáng ngày 18/11/2023, Trường Tiểu học Hòa Bình tổ chức Lễ kỷ niệm 41 năm Ngày Nhà giáo "
      "Việt Nam với sự tham dự của đông đảo phụ huynh và học sinh toàn trường.\n\n"
      "Tại buổi lễ, các em học sinh đã biểu diễn nhiều tiết mục văn nghệ đặc sắc, dâng tặng "
      "thầy cô những bó hoa tươi thắm và lời chúc tốt đẹp nhất.\n\n"
      "Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong "
      "trào thi đua dạy tốt, học tốt năm học 2022-2023.\n\n" +
      tail);
}

const std::string kLastSentence =
    "Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào "
    "thi đua dạy tốt, học tốt năm học 2022-2023.";

std::size_t captions(const Article& a) {
  std::size_t n = 0;
  for (const Block& b : a.blocks) n += b.type == BlockType::Caption;
  return n;
}

}  // namespace

TEST_CASE("a writer's department after the name is no part of it") {
  CHECK(writer_before_unit("CN Vũ Thị Mai Dung- Khoa KSNK") == "CN Vũ Thị Mai Dung");
  CHECK(writer_before_unit("Thanh Bắc (P. PT&UDTTĐT)") == "Thanh Bắc");
  CHECK(writer_before_unit("Hoàng Lan - Phòng KHTH") == "Hoàng Lan");
  // a second writer whose given name is Khoa, or a department spelled out, stays
  CHECK(writer_before_unit("Minh Anh - Khoa Nam") == "Minh Anh - Khoa Nam");
  CHECK(writer_before_unit("Hoàng Lan (P. Thu)") == "Hoàng Lan (P. Thu)");
  // a second writer after the department is kept (the department is the rest, whole, or none)
  CHECK(writer_before_unit("Nguyễn Văn An - Khoa KSNK; Trần Thị Bình - Phòng KHTH")
            .find("Trần Thị Bình") != std::string_view::npos);
  CHECK(writer_before_unit("Nguyễn Văn An - Khoa KSNK - Trần Thị Bình").find("Trần Thị Bình") !=
        std::string_view::npos);
  Article a = report_with("Lê Thị Hồng Nhung- Khoa KSNK\n");
  CHECK(a.author == "Lê Thị Hồng Nhung");
}

TEST_CASE("a rating box run on into the comment box's title, and its captcha, end the text") {
  CHECK(is_page_widget_line("lượt đánh giá: , trung bình: Bình luận"));
  CHECK(is_page_widget_line("Đánh giá: Bình luận"));
  // what a writer says after a label is no widget's
  CHECK_FALSE(is_page_widget_line("Đánh giá: Bình luận sâu sắc của chuyên gia"));
  CHECK_FALSE(is_page_widget_line("Bình luận"));
  Article a = report_with(
      "Đánh giá:\n\n"
      "lượt đánh giá: , trung bình: Bình luận\n\n\n"
      "Mã xác thực không đúng.\n"
      "  Văn bản mới ban hành\n"
      "  Bản đồ thành phố\n"
      "  Thống kê: 145.055\n"
      "  Online: 38\n");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLastSentence);
}

TEST_CASE("NukeViet's notice on copying is no paragraph") {
  Article a = report_with(
      "Chú ý: Việc đăng lại bài viết trên ở website hoặc các phương tiện truyền thông khác mà "
      "không ghi rõ nguồn http://nukeviet.vn là vi phạm bản quyền\n");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLastSentence);
}

TEST_CASE("a line pointing to a link the text lost is no paragraph") {
  CHECK(is_link_pointer("Bạn đọc xem video minh họa tại đây :"));
  CHECK(is_link_pointer("Tin ảnh (Xin xem thêm tại đây)"));
  CHECK(is_link_pointer("Xem toàn văn Nghị quyết tại đây."));
  CHECK(is_link_pointer("Quý vị có thể tải tài liệu ở đây"));
  // where people came to look, and a verb that only starts as "xem", are sentences
  CHECK_FALSE(is_link_pointer("Hàng nghìn người dân đã đến xem tại đây."));
  CHECK_FALSE(is_link_pointer("Xem xét hồ sơ tại đây"));
  CHECK_FALSE(is_link_pointer("Đoàn đã dâng hương tại đây."));
  CHECK_FALSE(is_link_pointer("Bạn đọc xem video minh họa"));
  CHECK(is_link_pointer("Chi tiết xem tại đây"));
  // what was done there, told (a review's cases): "Chi", "Các", "Toàn" open sentences, a tense
  // or a comma tells, and "vận tải" is no fetching
  CHECK_FALSE(is_link_pointer("Chi bộ đã tổ chức cho đảng viên xem phim tư liệu tại đây."));
  CHECK_FALSE(is_link_pointer("Các em học sinh được nghe giới thiệu về lịch sử tại đây."));
  CHECK_FALSE(is_link_pointer("Toàn thể đoàn viên đã đến dâng hương, xem hiện vật tại đây."));
  CHECK_FALSE(is_link_pointer("Các cụ cao tuổi thường đến đọc sách, báo ở đây."));
  CHECK_FALSE(is_link_pointer("Các phương tiện vận tải hàng hóa đều tập kết tại đây."));
  Article a = report_with("Bạn đọc xem video minh họa tại đây :\n");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLastSentence);
}

TEST_CASE("a board signing with a comma after its name signs the text") {
  Article a = report_with(
      "Tin ảnh (Xin xem thêm tại đây)\n\n"
      "Ban Truyền thông Nhà trường,\n");
  CHECK(a.author == "Ban Truyền thông Nhà trường");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLastSentence);
  // a list's last line under its colon, names parted by commas, signs nothing
  Article listed = report_with(
      "Các em đạt giải nhất cuộc thi gồm:\n\n"
      "Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường,\n");
  CHECK(listed.author.empty());
}

TEST_CASE("two or three lines closing the text that retell it are its photos' captions") {
  Article a = report_with(
      "Các em học sinh biểu diễn tiết mục văn nghệ đặc sắc\n\n"
      "Nhà trường khen thưởng giáo viên có thành tích xuất sắc\n");
  CHECK(captions(a) == 2);
  CHECK(a.blocks.back().type == BlockType::Caption);
  // other posts' titles listed under the text share a few of its words, no more
  Article listed = report_with(
      "Hội thi giáo viên dạy giỏi cấp huyện năm 2023\n\n"
      "Ra quân chiến dịch tình nguyện mùa hè xanh tại xã Hòa Bình\n\n"
      "Đại hội Liên đội nhiệm kỳ mới của trường bạn\n");
  CHECK(captions(listed) == 0);
  // the text's own last lines that lost their stops tell, as sentences do
  Article told = report_with(
      "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng ghi nhận những kết quả mà thầy cô đạt được\n\n"
      "Đồng chí đề nghị thầy cô tiếp tục phát huy thành tích trong năm học mới\n");
  CHECK(captions(told) == 0);
  Article tasks = report_with(
      "Tiếp tục đẩy mạnh phong trào thi đua dạy tốt theo hướng đổi mới\n\n"
      "Phấn đấu có thêm nhiều giáo viên có thành tích xuất sắc trong năm học 2023-2024\n");
  CHECK(captions(tasks) == 0);
}

TEST_CASE("a caption typed in lower case closes the text") {
  // no word of it shows who or an act before a camera: its shape alone tells it
  Article a = report_with("bàn thờ tổ nghề trong ngày lễ truyền thống của trường\n");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().type == BlockType::Caption);
  // words in lower case strung by commas are keywords planted in the page, no caption
  Article planted = report_with("to chuc su kien, cuoi hoi tron goi, dich vu tron goi gia re\n");
  CHECK(captions(planted) == 0);
  // under an ellipsis the sentence goes on in lower case
  Article broken = read_text(
      "Trường Tiểu học Hòa Bình tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam\n\n"
      "Sáng ngày 18/11/2023, Trường Tiểu học Hòa Bình tổ chức Lễ kỷ niệm 41 năm Ngày Nhà giáo "
      "Việt Nam với sự tham dự của đông đảo phụ huynh và học sinh toàn trường.\n\n"
      "Nhân dịp này, nhà trường tổ chức nhiều hoạt động ý nghĩa như thăm hỏi thầy cô giáo "
      "đã nghỉ hưu, tặng quà học sinh nghèo vượt khó, đền ơn đáp nghĩa…\n\n"
      "trên địa bàn toàn xã trong dịp kỷ niệm ngày Nhà giáo Việt Nam\n");
  CHECK(captions(broken) == 0);
  // a board typed in lower case signs, no photo's caption
  Article board = report_with("ban biên tập trang thông tin điện tử nhà trường\n");
  CHECK(captions(board) == 0);
}
