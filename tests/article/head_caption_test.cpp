// Captions where the photo stands at the article's head or at its cut end, each told by the
// page's arrangement rather than by a phrase: the hall's view between the date line and the
// lead, the lead photo's caption between a sapo and the text that tells the sapo again, a
// caption that retells the sapo it stands under, one broken in two at a blank line, a
// numbered photo ("Ảnh 1. …"), a photo credited to the paper it came from ("Ảnh nguồn GLO."),
// and the last line under an image marker where the stored text was cut. Each with the
// near-misses that must stay what they are.
#include <catch2/catch.hpp>

#include "article/caption.h"
#include "article/echo_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ Phòng Hành chính tổ chức hội nghị học tập Nghị quyết";
const std::string kLead =
    "Chiều 14/3, Chi bộ Phòng Hành chính thuộc Đảng bộ Bệnh viện Đa khoa Hòa Bình tổ chức hội "
    "nghị học tập, quán triệt Nghị quyết Hội nghị Trung ương cho toàn thể đảng viên và quần "
    "chúng ưu tú của chi bộ.";
const std::string kBody =
    "Tại hội nghị, các đảng viên đã nghe giới thiệu những nội dung cơ bản, cốt lõi của Nghị "
    "quyết và thảo luận về cách đưa Nghị quyết vào công việc chuyên môn hằng ngày của phòng.";
const std::string kMore =
    "Kết thúc hội nghị, mỗi đảng viên viết bản thu hoạch và đăng ký kế hoạch hành động cụ thể "
    "để thực hiện Nghị quyết trong năm, gắn với nhiệm vụ chăm sóc người bệnh của phòng.";

Article page(const std::string& body) {
  return read_ok(InputFile{"hoi-nghi.txt", kTitle + "\n\n14/03/2025\n\n" + body + "\n"});
}

const Block* first_caption(const Article& a) {
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption) return &b;
  return nullptr;
}

}  // namespace

TEST_CASE("head caption: a numbered photo's caption and a photo credited to its source") {
  // "Ảnh 1." at the line's start numbers the photo: the rest is its caption
  auto numbered = parse_caption("Ảnh 1. Đồng chí Nguyễn Văn Hùng phát biểu tại hội nghị.");
  REQUIRE(numbered);
  CHECK(numbered->text == "Đồng chí Nguyễn Văn Hùng phát biểu tại hội nghị.");
  auto credited = parse_caption("Ảnh 2. Các đại biểu dự hội nghị. Ảnh: Hà An");
  REQUIRE(credited);
  CHECK(credited->text == "Các đại biểu dự hội nghị.");
  CHECK(credited->credit == "Hà An");
  // a CMS's alt text ends with the number: no label there, as before
  CHECK_FALSE(parse_caption("Tôn vinh điển hình học tập và làm theo - Ảnh 1."));
  // no number, or no capital after it: no caption
  CHECK_FALSE(parse_caption("Ảnh hưởng của dịch bệnh. Kinh tế xã giảm mạnh."));
  CHECK_FALSE(parse_caption("Ảnh 1. và ảnh 2 cho thấy điều đó."));
  // "… Ảnh nguồn GLO.": the paper the photo was taken from, after the caption's text
  auto sourced = parse_caption(
      "Đại hội Câu lạc bộ Cựu chiến binh sản xuất kinh doanh giỏi lần thứ II. Ảnh nguồn GLO.");
  REQUIRE(sourced);
  CHECK(sourced->text == "Đại hội Câu lạc bộ Cựu chiến binh sản xuất kinh doanh giỏi lần thứ II.");
  CHECK(sourced->credit == "nguồn GLO");
  // a sentence that speaks of a source after a photo word is none
  CHECK_FALSE(parse_caption("Xã đã có nhiều hình ảnh nguồn lực mới cho phát triển kinh tế."));
}

TEST_CASE("head caption: a video still's file name marks a photo, its frame's dots and all") {
  const std::string caption =
      "Ông Nguyễn Quốc Thành, Thường trực ban công tác cộng đồng ĐSQ VN tại CH Séc";
  Article a = page(kLead + "\n\n" + kBody + "\n\nDEMO DIEM TIN 24H.00_35_41_18.Still027.jpg\n\n" +
                   caption + "\n\n" + kMore);
  CHECK(captions_in(a) == 1);
  CHECK(all_fields(a).find("Still027") == std::string::npos);  // the file name is gone
  REQUIRE(first_caption(a));
  CHECK(first_caption(a)->text == caption);
  // a sentence that names a file keeps its stop's space: text, not a marker
  Article b = page(kLead + "\n\n" + kBody + "\n\nXem thêm. Tài liệu kèm theo tep.jpg\n\n" + kMore);
  CHECK(all_fields(b).find("tep.jpg") != std::string::npos);
}
