// Pages of session 39's shapes (made up, shaped as tests/fixtures/real-eval68/ and real-eval69/
// pages): a caption in round brackets with its photo word inside, a newsroom's role glued after
// the last sentence, a notice posted with no letterhead (its kind and number first, its place,
// day and priest's signature last), and the photos' label "Hình ảnh …" on a scene under the
// lead, which is no related link's title.
#include <catch2/catch.hpp>
#include <string>

#include "article/caption.h"
#include "article/reader.h"
#include "article/scene_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

std::size_t captions(const Article& a) {
  std::size_t n = 0;
  for (const Block& b : a.blocks) n += b.type == BlockType::Caption;
  return n;
}

bool holds_text(const Article& a, const std::string& needle) {
  if (a.lead.find(needle) != std::string::npos) return true;
  for (const Block& b : a.blocks)
    if (b.text.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a caption in round brackets with its photo word inside is a caption, not the lead") {
  auto inner = parse_caption("( Ảnh: Các hội viên tại trụ sở Hội Luật gia huyện Gia Lâm)");
  REQUIRE(inner);
  CHECK(inner->text == "Các hội viên tại trụ sở Hội Luật gia huyện Gia Lâm");
  auto credit = parse_caption("(Ảnh: Minh Hà)");
  REQUIRE(credit);
  CHECK(credit->credit == "Minh Hà");
  CHECK(credit->text.empty());
  // a sentence in brackets that mentions a photo is no caption of its own
  CHECK_FALSE(parse_caption("(Xem thêm ảnh ở cuối bài viết)"));

  Article a = read_text(
      "NGÀY TRUYỀN THỐNG HỘI LUẬT GIA HUYỆN GIA LÂM\n\n"
      "12/3/2019\n\n"
      "( Ảnh: Các hội viên tại trụ sở Hội Luật gia huyện Gia Lâm)\n\n"
      "Năm 1990, Hội Luật gia huyện Gia Lâm được thành lập theo quyết định của Ủy ban nhân dân "
      "huyện. Từ đó đến nay, Hội luôn làm tốt công tác tư vấn pháp luật cho nhân dân.\n\n"
      "Hằng năm, Hội tổ chức nhiều buổi tuyên truyền pháp luật tại các xã, thị trấn trên địa "
      "bàn huyện.\n");
  CHECK(a.title == "NGÀY TRUYỀN THỐNG HỘI LUẬT GIA HUYỆN GIA LÂM");
  CHECK(a.lead.starts_with("Năm 1990, Hội Luật gia"));
  CHECK(captions(a) == 1);
}

TEST_CASE("a newsroom's role glued after the last sentence signs the text") {
  Article a = read_text(
      "Đoàn cán bộ Viện Văn hóa nghệ thuật đến thăm tỉnh Hà Giang\n\n"
      "20/10/2009\n\n"
      "Từ ngày 15 đến ngày 18 tháng 10 năm 2009, đoàn cán bộ của Viện gồm năm người đã đến "
      "thăm và làm việc với Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang.\n\n"
      "Hai bên đã trao đổi về công tác sưu tầm dân ca của các dân tộc trong tỉnh, chuẩn bị cho "
      "hội thảo khoa học dự kiến tổ chức vào năm 2010. PV.\n"
      "Các tin đã đưa ngày:\n");
  CHECK(a.author == "PV");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("vào năm 2010."));
  CHECK_FALSE(holds_text(a, "Các tin đã đưa"));
}

TEST_CASE("a writer named under the title outranks a newsroom's role glued at the end") {
  Article a = read_text(
      "Khánh thành nhà văn hóa thôn Đông Sơn\n"
      "Cập nhật lúc 08:30 ngày 15/09/2008\n"
      "Tác giả: Trần Minh Đức\n"
      "Sáng 14/9, UBND xã Hòa Bình tổ chức lễ khánh thành và đưa vào sử dụng nhà văn hóa thôn "
      "Đông Sơn với tổng kinh phí hơn 1,2 tỷ đồng.\n"
      "Công trình được khởi công từ tháng 3/2008, gồm hội trường 200 chỗ ngồi, sân khấu và khu "
      "vui chơi cho thiếu nhi.\n"
      "Dự kiến, xã sẽ tiếp tục xây dựng thêm 2 nhà văn hóa thôn vào Quý III năm 2008. PV.\n");
  CHECK(a.author == "Trần Minh Đức");
  // the role inside a sentence is the text's
  Article b = read_text(
      "Người dân phấn khởi đón nước sạch\n\n15/09/2008\n\n"
      "Sáng 14/9, xã Hòa Bình đưa công trình cấp nước sạch vào sử dụng cho 500 hộ dân.\n\n"
      "Ông Nguyễn Văn Hùng, người dân thôn Đông, chia sẻ niềm vui với PV.\n");
  CHECK(b.author.empty());
  CHECK(holds_text(b, "chia sẻ niềm vui với PV."));
}

TEST_CASE("a notice with no letterhead: its kind and subject the title, its priest the signer") {
  Article a = read_text(
      "THÔNG BÁO\n"
      "(Số 02/T05.2024)\n"
      "V/v. THÁNH LỄ BAN BÍ TÍCH THÊM SỨC TẠI GIÁO XỨ\n\n"
      "Kính gửi: Quý ông bà và anh chị em giáo dân Giáo xứ Phú Hòa.\n\n"
      "Kính thưa anh chị em,\n"
      "Hằng năm, Giáo xứ tổ chức Thánh lễ ban Bí tích Thêm sức cho các em thiếu nhi đã hoàn "
      "thành chương trình giáo lý.\n"
      "Năm nay, Đức Cha sẽ chủ sự Thánh lễ vào lúc 8g00, Chúa Nhật, ngày 12 tháng 5 năm 2024, "
      "tại nhà thờ Giáo xứ.\n\n"
      "Xin chân thành cảm ơn và kính mời.\n\n\n"
      "Phú Hòa, ngày 02 tháng 05 năm 2024\n"
      "Văn Phòng Giáo Xứ\n"
      "Lm. Giuse Trần Văn Minh\n");
  CHECK(a.title == "THÔNG BÁO V/v. THÁNH LỄ BAN BÍ TÍCH THÊM SỨC TẠI GIÁO XỨ");
  CHECK(a.author == "Lm. Giuse Trần Văn Minh");
  REQUIRE(a.date);
  CHECK(a.date->year == 2024);
  CHECK(a.date->month == 5);
  CHECK(a.date->day == 2);
  CHECK(a.lead.starts_with("Hằng năm, Giáo xứ"));
  CHECK(a.topic.empty());
  CHECK_FALSE(holds_text(a, "Kính gửi"));
  CHECK_FALSE(holds_text(a, "Số 02/T05.2024"));
}

TEST_CASE("a plan's schedule or a sentence after its kind is no notice's frame") {
  // "Về việc này, …" is a sentence, no subject: the kind stays alone over the text
  Article a = read_text(
      "KẾ HOẠCH\n"
      "Về việc này, Ban Chấp hành Đoàn xã đã thống nhất tổ chức chương trình Trung thu cho thiếu "
      "nhi tại nhà văn hóa các thôn.\n"
      "Chương trình gồm các phần rước đèn, phá cỗ và trao quà cho các em có hoàn cảnh khó khăn.\n"
      "Mỗi thôn được giao tổ chức ít nhất một điểm vui chơi cho thiếu nhi.\n");
  CHECK(a.title.find("Về việc này") == std::string::npos);
  CHECK(holds_text(a, "Về việc này, Ban Chấp hành Đoàn xã"));
  // a day in a schedule's line ("Đợt 1: Sân vận động huyện, ngày …") is no signature's: the
  // lines under it stay, and the plan is not dated by it
  Article b = read_text(
      "KẾ HOẠCH\n"
      "Về việc tổ chức Giải bóng đá thiếu niên huyện năm 2024\n\n"
      "Nhằm đẩy mạnh phong trào thể dục thể thao trong thiếu niên, Phòng Văn hóa huyện xây dựng "
      "kế hoạch tổ chức giải bóng đá thiếu niên năm 2024 như sau.\n"
      "Đối tượng tham gia: Học sinh các trường THCS trên địa bàn huyện, sinh năm 2010 đến 2012.\n"
      "Lịch thi đấu dự kiến được chia thành hai đợt:\n"
      "Đợt 1: Sân vận động huyện, ngày 12 tháng 4 năm 2024\n"
      "Đợt 2: Sân trường THCS Yên Trấn, ngày 19 tháng 4 năm 2024\n"
      "Chung kết và trao giải vào sáng Chủ nhật cùng tuần.\n");
  CHECK(b.title == "KẾ HOẠCH Về việc tổ chức Giải bóng đá thiếu niên huyện năm 2024");
  CHECK_FALSE(b.date);
  CHECK(holds_text(b, "Đợt 2: Sân trường THCS Yên Trấn"));
  CHECK(holds_text(b, "Chung kết và trao giải"));
}

TEST_CASE("the photos' label on a scene under the lead is a caption, no related link") {
  CHECK(labels_photo_scene(
      "Hình ảnh đoàn viên công đoàn Ban quản lý rừng tham gia hưởng ứng Ngày Môi trường thế giới"));
  CHECK(labels_photo_scene(
      "Hình ảnh đoàn viên thanh niên tham gia dọn vệ sinh, trồng cây xanh tại trụ sở"));
  // a gallery's headline names its event, and a sentence says something of the image
  CHECK_FALSE(labels_photo_scene("Hình ảnh Đại hội Đảng bộ xã Tân Phú lần thứ XV"));
  CHECK_FALSE(labels_photo_scene(
      "Hình ảnh người chiến sĩ tham gia chống lũ đã in sâu trong lòng nhân dân."));
  // a long sentence whose stop the page lost (over 40 words), or two sentences, is no label
  CHECK_FALSE(labels_photo_scene(
      "Hình ảnh các chiến sĩ công an tham gia giúp dân dọn dẹp nhà cửa sau cơn bão số 3 vừa "
      "qua tại các xã vùng trũng của huyện khiến nhiều người dân đi đường dừng lại và cảm động "
      "không nói nên lời trước tấm lòng của những người lính"));
  CHECK_FALSE(labels_photo_scene(
      "Hình ảnh đoàn viên tham gia hiến máu. Mỗi người một đơn vị máu. Tất cả vì người bệnh"));

  Article a = read_text(
      "Ban quản lý rừng phòng hộ Hòn Đất hưởng ứng Ngày Môi trường thế giới năm 2024\n\n"
      "(08:30 | 10/06/2024)\n\n"
      "Thực hiện kế hoạch của Sở Nông nghiệp và Phát triển nông thôn, Ban quản lý rừng phòng hộ "
      "Hòn Đất đã tổ chức các hoạt động hưởng ứng Ngày Môi trường thế giới năm 2024.\n\n"
      "Hình ảnh đoàn viên công đoàn Ban quản lý rừng tham gia hưởng ứng Ngày Môi trường thế "
      "giới\n\n"
      "Hình ảnh đoàn viên thanh niên tham gia dọn vệ sinh, trồng cây xanh tại trụ sở\n\n"
      "Ngoài ra, hằng tháng đoàn viên công đoàn và thanh niên của Ban đều tham gia dọn vệ sinh "
      "cơ quan và trồng cây xanh quanh trụ sở làm việc.\n");
  CHECK(captions(a) == 2);
  CHECK(holds_text(a, "trồng cây xanh tại trụ sở"));
  CHECK(a.blocks.back().text.starts_with("Ngoài ra, hằng tháng"));
  // one such line alone between paragraphs is left to the other caption rules, which take no
  // sentence: a figurative line that lost its stop stays the text's
  Article b = read_text(
      "Chiến sĩ biên phòng giúp dân sau lũ\n\n10/10/2024\n\n"
      "Sau lũ, cán bộ chiến sĩ Đồn Biên phòng Sín Chải đã giúp nhân dân dọn dẹp nhà cửa.\n\n"
      "Hình ảnh người lính biên phòng tham gia giúp dân luôn in đậm trong lòng đồng bào\n\n"
      "Đồn cũng trao 100 suất quà cho các hộ bị thiệt hại nặng trong đợt lũ vừa qua.\n");
  CHECK(captions(b) == 0);
}
