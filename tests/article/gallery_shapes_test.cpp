// Galleries as unseen sites print them (session 32): a caption printed once per photo, a run
// of captions that goes on to the text's end, a church's or a pagoda's people at an act, groups
// listed with commas (shaped as tests/fixtures/real-eval53/nhathieunhitphcm-1, real-eval52/
// thanhcoloa-1, real-eval53/giaophanmytho-1, tuoitrethudaumot-1). Made-up pages of those shapes.
#include <catch2/catch.hpp>
#include <string>

#include "article/caption_score.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kLead =
    "Sáng ngày 4 tháng 7 năm 2023, Nhà thiếu nhi quận phối hợp với Trung tâm văn hóa quận tổ "
    "chức khai mạc Liên hoan thiếu nhi hè năm 2023 với sự tham gia của nhiều đội văn nghệ.\n\n";
const std::string kBody =
    "Liên hoan nhằm tạo sân chơi bổ ích, lành mạnh cho thiếu nhi trong dịp hè, nâng cao chất "
    "lượng phong trào văn hóa văn nghệ của các phường trên địa bàn quận.\n\n"
    "Liên hoan diễn ra trong hai ngày 4 và 5 tháng 7 năm 2023 tại Nhà thiếu nhi quận.\n\n";

std::size_t count_of(const Article& a, BlockType type, const std::string& text) {
  std::size_t n = 0;
  for (const Block& b : a.blocks) n += b.type == type && b.text == text ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("gallery: one caption printed under each of its photos is each photo's caption") {
  const std::string caption =
      "Liên hoan văn nghệ Thiếu nhi hè năm 2023 - Nhà Thiếu nhi Quận Bình Thạnh";
  std::string page = "Liên hoan thiếu nhi hè năm 2023\n\n" + kLead + kBody;
  for (int i = 0; i < 5; ++i) page += caption + "\n\n";
  Article a = read_text(page + "Khoa Nghiệp vụ Cơ sở\n");
  CHECK(count_of(a, BlockType::Caption, caption) == 5);
  // the office signs whole, though a person's name reads in its first two words
  CHECK(a.author == "Khoa Nghiệp vụ Cơ sở");
  // twice is still one photo's alt text and caption (text_prepare.h): one caption
  std::string twice = "Liên hoan thiếu nhi hè năm 2023\n\n" + kLead + kBody;
  twice += caption + "\n\n" + caption + "\n\n" +
           "Liên hoan kết thúc vào chiều ngày 5 tháng 7 với "
           "lễ trao giải cho các đội đạt thành tích cao.\n";
  Article b = read_text(twice);
  CHECK(count_of(b, BlockType::Caption, caption) == 1);
}

TEST_CASE("gallery: a run of captions closing the text goes on to its end") {
  const std::string page =
      "Kỷ niệm ngày Ngô Quyền xưng vương và định đô tại Cổ Loa\n\nNgày 13 tháng 04 Năm 2022\n\n"
      "Ngô Quyền với chiến công đánh bại quân Nam Hán trong trận Bạch Đằng năm 938, mở ra một "
      "thời kì độc lập lâu dài cho đất nước.\n\n"
      "Để tỏ lòng thành kính, tưởng nhớ vị vua đầu tiên, khu di tích tổ chức chuỗi hoạt động kỷ "
      "niệm với nhiều nghi lễ truyền thống và các hoạt động văn hóa đặc sắc.\n\n"
      "Dâng hương tại đền thờ Ngô Quyền\n\nDâng hương tại lăng Ngô Quyền\n\n"
      "Dâng hương tại am Mỵ Châu\n\nBiểu diễn múa rối nước\n\nChương trình văn nghệ kỷ niệm\n\n"
      "BAN QUẢN LÝ KHU DI TÍCH CỔ LOA\n";
  Article a = read_text(page);
  CHECK(captions_in(a) == 5);
  CHECK(count_of(a, BlockType::Heading, "Biểu diễn múa rối nước") == 0);
  // an office signing in capitals on the text's last line
  CHECK(a.author == "BAN QUẢN LÝ KHU DI TÍCH CỔ LOA");
  // one caption above is no gallery: the short lines under it stay as they were read
  const std::string one =
      "Kỷ niệm ngày Ngô Quyền xưng vương\n\nNgày 13 tháng 04 Năm 2022\n\n"
      "Ngô Quyền với chiến công đánh bại quân Nam Hán trong trận Bạch Đằng năm 938, mở ra một "
      "thời kì độc lập lâu dài cho đất nước.\n\n"
      "Dâng hương tại đền thờ Ngô Quyền\n\n"
      "Để tỏ lòng thành kính, khu di tích tổ chức chuỗi hoạt động kỷ niệm với nhiều nghi lễ "
      "truyền thống.\n\nBiểu diễn múa rối nước\n\nChương trình văn nghệ kỷ niệm\n";
  Article b = read_text(one);
  CHECK(count_of(b, BlockType::Caption, "Chương trình văn nghệ kỷ niệm") == 0);
}

TEST_CASE("gallery: a church's and a pagoda's people at an act open a caption") {
  const std::string before =
      "Sau bài giảng lễ, Đức Cha và quý cha đã cử hành nghi thức xức dầu cho các bệnh nhân và "
      "người cao tuổi. Sau lời nguyện hiệp lễ, cộng đoàn đọc kinh cầu nguyện cho nhau.";
  const std::string after =
      "Thánh lễ kết thúc lúc 10g20, Đức Cha đã trao những phần quà cho quý sơ và những người "
      "già ngồi xe lăn. Quý cha và ban mục vụ giáo xứ đã lần lượt trao quà cho các bệnh nhân.";
  CHECK(reads_as_caption("Đức Cha Phêrô xức dầu bệnh nhân cho các bệnh nhân và người cao tuổi",
                         before, after));
  CHECK(reads_as_caption("Hòa thượng Thích Minh Thiện trao quà cho các hộ nghèo", before, after));
  CHECK(reads_as_caption("Quý cha đồng tế thánh lễ tạ ơn", before, after));
  // the same words as a sentence of the text: a reasoning word rules it out
  CHECK_FALSE(
      reads_as_caption("Đức Cha Phêrô là vị chủ chăn của giáo phận từ năm 2009", before, after));
}

TEST_CASE("gallery: groups listed with commas open a caption as the first of them does") {
  const std::string before =
      "Sáng ngày 20/5/2017 tại công viên phường, Đoàn phường tổ chức Lễ phát động Tháng công "
      "nhân Việt Nam và Tuần lễ Thanh niên công nhân với nhiều hoạt động thiết thực.";
  const std::string after =
      "Tại buổi ra quân có 63 đoàn viên, hội viên và học sinh tham gia dọn dẹp vệ sinh, xóa "
      "quảng cáo sai quy định, đồng thời tuyên truyền cho bà con nhân dân có ý thức giữ gìn "
      "vệ sinh môi trường.";
  CHECK(shows_who_or_what("Đoàn viên, hội viên và học sinh tham gia ra quân dọn dẹp vệ sinh"));
  CHECK(reads_as_caption("Đoàn viên, hội viên và học sinh tham gia ra quân dọn dẹp vệ sinh", before,
                         after));
  // a time that opens the line is the body's, comma or none
  CHECK(opens_with_time("Sáng, chiều các ngày trong tuần đoàn viên trực tại điểm"));
  CHECK(opens_with_time("Từ ngày 7/5 đến 8/5 tỉnh tổ chức kiểm tra"));
  CHECK_FALSE(opens_with_time("Đoàn viên, hội viên và học sinh tham gia"));
}
