// Pages of session 48's shapes (made up, shaped as tests/fixtures/real-eval86/ and
// real-eval87/ pages): a title with its stop over a school portal's empty counter and its
// read-aloud button, or under the site's banner over a one-clause lead that retells it; a
// byline in capitals naming the writer's department and group; "T/g:" before the writer; a
// comment link and a social box's heading after the text; a CMS's "no photo yet" where the
// photo stood; the site's address in the masthead where a kicker would stand.
#include <catch2/catch.hpp>
#include <string>

#include "article/byline.h"
#include "article/header_lines.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kLongLead =
    "Với lực lượng cán bộ trẻ và đầy nhiệt huyết, phần lớn các bạn đều là sinh viên giỏi tốt "
    "nghiệp những trường uy tín trên cả nước. Đây cũng là điểm thuận lợi trong việc thực hiện "
    "chủ trương tự chủ của đơn vị trong những năm tới.\n\n";
constexpr const char* kText =
    "Hơn 200 đoàn viên, hội viên và người dân đã tham gia thu gom rác thải, phát quang bụi rậm, "
    "khơi thông cống rãnh và kiểm tra các vật dụng chứa nước quanh nhà.\n\n"
    "Trạm Y tế phường đề nghị các hộ gia đình tiếp tục duy trì việc làm sạch nhà cửa hằng tuần, "
    "để cùng chính quyền phòng chống dịch bệnh đạt hiệu quả cao nhất.\n\n";

}  // namespace

TEST_CASE("a title with its stop over an empty view counter and a read-aloud button") {
  const std::string lead =
      "Hòa chung không khí vui Tết Trung thu trên khắp cả nước, chiều ngày 04/10/2023, Liên đội "
      "trường đã tổ chức chương trình “Vui Tết Trung thu” cho các em học sinh.\n\n";
  Article a = read_text(
      "Vui Tết Trung thu cho các em học sinh, các cháu thiếu niên nhi đồng.\n\nLượt xem:\n\n"
      "Đọc bài viết\n\n" +
      lead + kText);
  CHECK(a.title == "Vui Tết Trung thu cho các em học sinh, các cháu thiếu niên nhi đồng.");
  CHECK(a.lead.starts_with("Hòa chung không khí"));  // the title's line before
  CHECK_FALSE(shows_text(a, "Lượt xem"));
  // a sentence that tells its act ("đã"): over the counter, the title all the same; over the
  // button alone, no counter, the text's first sentence
  const std::string told = "Liên đội trường đã tổ chức vui Tết Trung thu cho các em học sinh.\n\n";
  Article b = read_text(told + "Lượt xem:\n\nĐọc bài viết\n\n" + lead + kText);
  CHECK(b.title.starts_with("Liên đội trường đã tổ chức"));
  Article c = read_text(told + "Đọc bài viết\n\n" + lead + kText);
  CHECK(c.title.empty());
}

TEST_CASE("a title with its stop over a one-clause lead that retells it") {
  const std::string page =
      "image banner\n"
      "Chi bộ trường THPT Lê Lợi nơi rèn luyện quần chúng ưu tú trở thành đảng viên.\n"
      "Chi bộ trường THPT Lê Lợi luôn hoàn thành chỉ tiêu kết nạp đảng viên mới mỗi năm.\n\n"
      "Đảng viên mới tuyên thệ \n"
      "Chi bộ trường THPT Lê Lợi trong nhiều năm qua luôn hoàn thành tốt vai trò lãnh đạo toàn "
      "diện nhà trường và đạt danh hiệu trong sạch vững mạnh. Các đảng viên mới đều phát huy tốt "
      "vai trò tiên phong, gương mẫu trong công tác.\n\n"
      "Tác giả bài viết: Trần Quang Minh\n";
  Article a = read_text(page);
  CHECK(a.title.starts_with("Chi bộ trường THPT Lê Lợi nơi rèn luyện"));   // untitled before
  CHECK(a.lead.starts_with("Chi bộ trường THPT Lê Lợi luôn hoàn thành"));  // a caption before
  CHECK(captions_in(a) == 1);
  CHECK(caption_reads(a, "Đảng viên mới tuyên thệ"));
  CHECK(a.author == "Trần Quang Minh");
  // in the text, "logo" stands for the article's photo of a logo: its caption under it stays one
  Article l =
      read_text(std::string("Công bố bộ nhận diện thương hiệu mới của nhà trường\n\n") +
                "Ngày 14/11/2024\n\n" + kLongLead + "logo\n\n" +
                "Logo mới của trường được thiết kế với hình ảnh cuốn sách và ngọn đuốc\n\n" +
                kText + "Đức Huy\n");
  CHECK(caption_reads(l, "Logo mới của trường"));
  // a photo story's second caption retelling its first with most of its words (a review's probe)
  Article c = read_text(
      "Lãnh đạo huyện thăm hỏi gia đình chính sách tại xã Tân Phú.\n\n"
      "Lãnh đạo huyện thăm hỏi gia đình chính sách tại xã Long Hựu.\n\n" +
      std::string(kLongLead) + kText + "Thanh Tâm\n");
  CHECK(c.title.empty());
  // a photo story: its first caption retold by the next, and another caption further down
  Article b = read_text(
      "Ban Chấp hành Hội Phụ nữ phường ra mắt đại hội.\n\n"
      "Ban Chấp hành Hội Phụ nữ phường gồm 15 đồng chí.\n\n" +
      std::string(kText) + "Các đại biểu dự đại hội.\n\n" + kText);
  CHECK(b.title.empty());
}

TEST_CASE("a byline in capitals names the writer, then the department and the group") {
  CHECK(author_in_byline("BÁ HIỆP – TRUYỀN THÔNG NỘI BỘ – TẬP ĐOÀN SEN TÀI THU") == "BÁ HIỆP");
  // two writers in capitals stay two writers
  CHECK(author_in_byline("HỒNG NĂM - TRUNG THỰC") == "HỒNG NĂM - TRUNG THỰC");
  // a portrait's caption: a position between the dashes, no department
  CHECK_FALSE(looks_like_byline("Ông Trần Văn Nam – Chủ tịch HĐQT – Công ty CP Dược Hậu Giang"));
  Article a =
      read_text(std::string("Hội thao chào mừng 40 năm thành lập bệnh viện\n\n") + kLongLead +
                kText + "BÁ HIỆP – TRUYỀN THÔNG NỘI BỘ – TẬP ĐOÀN SEN TÀI THU\n");
  CHECK(a.author == "BÁ HIỆP");  // no byline before
}

TEST_CASE("T/g: before the writer's name is the writer's label") {
  CHECK(author_in_byline("T/g: K. T. Thủy") == "K. T. Thủy");
  Article a = read_text(std::string("Viện Nghiên cứu Da giày thăm Viện Công nghiệp thực phẩm\n\n") +
                        kLongLead + kText + "– T/g: K. T. Thủy –\n\nShare on facebook\n");
  CHECK(a.author == "K. T. Thủy");  // "T/g: K. T. Thủy" before
  // "thời gian" shortened the same way, before a number: an exam's length, no writer
  CHECK_FALSE(looks_like_byline("T/g: 90 phút"));
}

TEST_CASE("a comment link and a social box's heading after the text are the page's") {
  Article a = read_text(std::string("Nghị quyết hội nghị Ban Thường vụ Hội tháng 3\n\n") +
                        kLongLead + kText + " GỬI Ý KIẾN\n");
  CHECK(a.author.empty());  // "GỬI Ý KIẾN" before, a name in capitals
  CHECK_FALSE(shows_text(a, "GỬI Ý KIẾN"));
  // the same words heading a consultation's part: the line goes, its text under it stays
  Article c = read_text(std::string("Lấy ý kiến nhân dân về dự thảo quy hoạch\n\n") + kLongLead +
                        "Gửi ý kiến\n\n" + kText + "Ngọc Lan\n");
  CHECK(shows_text(c, "Trạm Y tế phường đề nghị"));
  CHECK(c.author == "Ngọc Lan");
  const std::string gallery =
      "Một số hình ảnh tại buổi Lễ:\nToàn cảnh lễ kết nạp\nĐồng chí Nguyễn Thị Vàng tuyên thệ.\n"
      "Đ/c Nguyễn Thị Miễn - Phó bí thư chi bộ chúc mừng đảng viên mới\n";
  Article b = read_text(std::string("Lễ kết nạp đảng viên mới\n\n") + kLongLead + kText + gallery +
                        "Chúng tôi trên mạng xã hội\n");
  CHECK_FALSE(caption_reads(b, "Chúng tôi trên mạng xã hội"));  // a fourth caption before
  CHECK(caption_reads(b, "Toàn cảnh lễ kết nạp"));
}

TEST_CASE("a CMS's no-photo-yet line where the photo stood is no lead") {
  Article a =
      read_text(std::string("Viện Vật liệu xây dựng: Tạo sức bật vượt khó khăn\n\n") +
                "Ngày 05/02/2021 03:42\n\nChưa có ảnh\n\n" + kLongLead + kText + "Hoàng Anh\n");
  CHECK(a.lead.starts_with("Với lực lượng cán bộ trẻ"));  // "Chưa có ảnh" before
  CHECK_FALSE(shows_text(a, "Chưa có ảnh"));
  // no photo stood there: a part's heading under the line is no caption
  Article c = read_text(std::string("Viện Vật liệu xây dựng: Tạo sức bật vượt khó khăn\n\n") +
                        "Ngày 05/02/2021 03:42\n\n" + kLongLead + "Chưa có ảnh\n\n" +
                        "Kết quả nổi bật\n\n" + kText);
  CHECK(captions_in(c) == 0);
  // the words inside a sentence are the sentence's
  Article b =
      read_text(std::string("Viện Vật liệu xây dựng: Tạo sức bật vượt khó khăn\n\n") +
                "Ngày 05/02/2021 03:42\n\n" + kLongLead +
                "Phòng thí nghiệm mới chưa có ảnh giới thiệu trên trang của viện.\n\n" + kText);
  CHECK(shows_text(b, "chưa có ảnh giới thiệu"));
}

TEST_CASE("the site's address after its name in the masthead is no topic") {
  CHECK(
      is_phone_line("Huyện Đoàn Cẩm Xuyên - Hà Tĩnh | Địa chỉ:Tổ dân số 13 - thị trấn Cẩm Xuyên"));
  CHECK_FALSE(is_phone_line("Hội nghị | Đại hội"));
  CHECK_FALSE(is_phone_line("Công an phường | Địa bàn an toàn"));
  CHECK_FALSE(is_phone_line("Xã hội | Địa chỉ nhân đạo"));  // a charity column's breadcrumb
  Article a = read_text(
      "Huyện Đoàn Cẩm Xuyên - Đoàn Thanh Niên | Địa chỉ:Tổ dân số 13 - thị trấn Cẩm Xuyên\n"
      "Sôi nổi các hoạt động Kỷ niệm Ngày Nhà giáo Việt Nam 20/11\n"
      "Thứ bảy - 19/11/2022 21:23\n" +
      std::string(kLongLead) + kText);
  CHECK(a.topic.empty());  // the masthead's line before
  CHECK(a.title == "Sôi nổi các hoạt động Kỷ niệm Ngày Nhà giáo Việt Nam 20/11");
}
