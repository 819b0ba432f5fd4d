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

TEST_CASE("head caption: the hall's view between the date line and the lead is its caption") {
  Article a = page("Toàn cảnh cuộc họp\n\n" + kLead + "\n\n" + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.lead == kLead);  // the caption is not the lead
  REQUIRE(first_caption(a));
  CHECK(first_caption(a)->text == "Toàn cảnh cuộc họp");
  // a lead that opens with the same words is a sentence of its own length: it stays the lead
  const std::string view_lead =
      "Toàn cảnh bức tranh kinh tế của xã trong năm qua cho thấy nhiều chuyển biến tích cực, "
      "thu nhập bình quân của người dân tăng so với cùng kỳ.";
  Article b = page(view_lead + "\n\n" + kBody);
  CHECK(b.lead == view_lead);
  CHECK(captions_in(b) == 0);
}

TEST_CASE("head caption: between a sapo and the text that tells it again stands the photo") {
  const std::string caption =
      "Kết nạp đảng viên mới là cán bộ, hội viên tại Chi bộ Phòng Hành chính";
  Article a = page(kLead + "\n\n" + caption + "\n\n" + kLead + " " + kBody + "\n\n" + kMore);
  CHECK(a.lead == kLead);
  REQUIRE(first_caption(a));
  CHECK(first_caption(a)->text == caption);
  // the same line over a paragraph that does not tell the sapo again is no caption: a
  // subheading may stand there
  Article b = page(kLead + "\n\n" + caption + "\n\n" + kBody + "\n\n" + kMore);
  CHECK(captions_in(b) == 0);
  // only a run of eight words opening both is a repeat
  CHECK(repeats_lead_opening(kLead + " " + kBody, kLead));
  CHECK_FALSE(repeats_lead_opening("Chiều 14/3, Chi bộ Phòng Tài vụ họp thường kỳ.", kLead));
  CHECK_FALSE(repeats_lead_opening(kBody, kLead));
}

TEST_CASE("head caption: a line under the lead that retells it, with its stop, is its photo's") {
  const std::string lead =
      "Chiều 9/8, Hội Nông dân xã Hàm Hiệp tổ chức lễ ra mắt tổ hội nghề nghiệp Hoa và cây cảnh "
      "thôn Xuân Điền, gồm 10 hội viên, do ông Nguyễn Hữu Dương làm tổ trưởng.";
  const std::string retold = "Tổ hội nghề nghiệp Hoa và cây cảnh thôn Xuân Điền.";
  Article a = page(lead + "\n\n" + retold + "\n\n" + kBody + "\n\n" + kMore);
  CHECK(a.lead == lead);
  REQUIRE(first_caption(a));
  CHECK(first_caption(a)->text == retold);
  // with no stop it may be a part's heading the sapo previewed: not a caption
  Article b = page(lead + "\n\n" + "Tổ hội nghề nghiệp Hoa và cây cảnh thôn Xuân Điền" + "\n\n" +
                   kBody + "\n\n" + kMore);
  CHECK(captions_in(b) == 0);
}

TEST_CASE("head caption: a caption broken in two at a blank line is one caption") {
  const std::string first = "Đồng chí Nguyễn Văn Hùng, nguyên Trưởng ban Tuyên giáo Thành ủy";
  const std::string second = "trực tiếp truyền đạt nội dung của Nghị quyết.";
  Article a = page(kLead + "\n\n" + kBody + "\n\n" + first + "\n\n" + second + "\n\n" + kMore);
  CHECK(captions_in(a) == 1);
  REQUIRE(first_caption(a));
  CHECK(first_caption(a)->text == first + " " + second);
  CHECK(a.blocks.back().text == kMore);
  // two halves that together show no one and no act stay the text's
  Article b = page(kLead + "\n\n" + kBody + "\n\n" + "Những kết quả bước đầu trong công tác" +
                   "\n\n" + "phát triển đảng viên của chi bộ năm nay." + "\n\n" + kMore);
  CHECK(captions_in(b) == 0);
}

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

TEST_CASE("head caption: the body's last line under a photo's marker is its caption") {
  // the CMS's placeholder ("<title> ảnh 1") over a name, then the byline: the photo closed
  // the text, and nothing but the byline follows its caption
  const std::string portrait = "GS-TS Hoàng Chí Bảo";
  Article a =
      page(kLead + "\n\n" + kBody + "\n\n" + kTitle + " ảnh 1\n\n" + portrait + "\n\nThu Hà");
  CHECK(a.author == "Thu Hà");
  CHECK(captions_in(a) == 1);
  CHECK(a.blocks.back().type == BlockType::Caption);
  CHECK(a.blocks.back().text == portrait);
  // a cut sentence of the text there stays a paragraph: a sentence ends inside it
  Article b = page(kLead + "\n\n" + kBody + "\n\n" + kTitle + " ảnh 1\n\n" +
                   "Hội nghị kết thúc lúc 11 giờ. Các đảng viên về lại phòng để tiếp tục");
  CHECK(captions_in(b) == 0);
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

TEST_CASE("head caption: a long caption over the sapo, past the scene rule's length") {
  // Who the photo shows, two people with their posts, at an act, no stop: 39 words, over a
  // sapo of twice as many (the scene rule reads up to 30 words).
  const std::string caption =
      "Đồng chí Nguyễn Văn An - Huyện ủy viên, Bí thư Đảng ủy xã và đồng chí Trần Văn Bình - "
      "Phó Bí thư Đảng ủy, Chủ tịch UBND xã trao quà cho các cháu thiếu nhi có hoàn cảnh khó "
      "khăn trên địa bàn xã";
  const std::string sapo = kLead + " " + kBody + " " + kMore;
  Article a = page(caption + "\n\n" + sapo + "\n\n" + kBody);
  CHECK(a.lead == sapo);
  REQUIRE(first_caption(a));
  CHECK(first_caption(a)->text == caption);
  // with its stop it is a sentence: the lead
  Article stop = page(caption + ".\n\n" + sapo + "\n\n" + kBody);
  CHECK(stop.lead == caption + ".");
  // over a paragraph less than twice as long, it may be a sapo that lost its stop
  Article near = page(caption + "\n\n" + kBody + "\n\n" + kMore);
  CHECK(near.lead == caption);
  CHECK(captions_in(near) == 0);
  // naming people with no act, it is no photo's caption either
  const std::string deck =
      "Đồng chí Nguyễn Văn An - Huyện ủy viên, Bí thư Đảng ủy xã và đồng chí Trần Văn Bình - "
      "Phó Bí thư Đảng ủy, Chủ tịch UBND xã cùng các cháu thiếu nhi có hoàn cảnh khó khăn "
      "trên địa bàn xã";
  Article no_act = page(deck + "\n\n" + sapo + "\n\n" + kBody);
  CHECK(no_act.lead == deck);
}
