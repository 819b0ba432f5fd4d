// Pages of session 57's shapes (made up, shaped as tests/fixtures/real-eval104/ and
// real-eval105/ pages): a school's report closing on its place and day; a writer's label with
// no colon; a long credit of text and photos; a gallery's label saying "vừa qua"; a title
// printed twice with its stop; the tab's title naming the school first; a reply link closing
// the page; slug alt texts over captions; a long sentence greeting an occasion; a title retold
// with more words under a date line; the title again in capitals opening the text.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kLead =
    "Hưởng ứng kỉ niệm ngày giải phóng miền Nam, thống nhất đất nước 30/4 và Quốc tế Lao động "
    "1/5, Liên đội Trường Tiểu học Hồng Phong đã có nhiều hoạt động sôi nổi, ý nghĩa.";
constexpr const char* kBody =
    "Các chi đội, các chùm sao đều tích cực, nỗ lực trong các hoạt động ngoại khóa, hoạt động "
    "giữa giờ, các giờ sinh hoạt Đội và sinh hoạt Sao theo đúng chủ điểm của tháng.";
constexpr const char* kLast =
    "Đón đoàn kiểm tra chéo nền nếp công tác Đội, Liên đội được đoàn kiểm tra đánh giá cao về "
    "nội dung và hình thức sinh hoạt của các chi đội.";

std::string page(const std::string& head, const std::string& tail) {
  return head + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + kLast + "\n\n" + tail;
}

}  // namespace

TEST_CASE("a report closing on its place and day names no writer, and a label with no colon") {
  const std::string title = "Hoạt động Đội hướng tới kỉ niệm ngày giải phóng miền Nam";
  // "Trác Văn", a commune, opens with a family name: the place, the day, no author
  Article a = read_text(page(title, "Trác Văn, ngày 25 tháng 4 năm 2015.\n"));
  REQUIRE(a.date);
  CHECK(a.date->year == 2015);
  CHECK(a.date->month == 4);
  CHECK(a.date->day == 25);
  CHECK(a.author.empty());
  CHECK_FALSE(shows_text(a, "Trác Văn,"));
  // the writer's label alone, no colon, over the name under the place and day
  Article b = read_text(
      page(title, "Trác Văn, ngày 25 tháng 4 năm 2015.\n\nNgười Viết\n\nNguyễn Thị Thanh Tầm\n"));
  CHECK(b.author == "Nguyễn Thị Thanh Tầm");
  CHECK_FALSE(shows_text(b, "Người Viết"));
  // near-misses (the review's): a writer's dated byline keeps its writer, in figures or in the
  // documents' words when the name ends on a given name or is a full name
  CHECK(read_text(page(title, "Nguyễn Văn An, 25/4/2015\n")).author == "Nguyễn Văn An");
  CHECK(read_text(page(title, "Trần Minh Hoàng, ngày 14 tháng 2 năm 2024.\n")).author ==
        "Trần Minh Hoàng");
}

TEST_CASE("a long credit of text and photos signs, and a gallery's label saying 'vừa qua'") {
  const std::string title = "BỮA CƠM CÔNG ĐOÀN 2024 CỦA CÔNG ĐOÀN TRƯỜNG ĐẠI HỌC";
  Article a = read_text(page(title,
                             "Một số hình ảnh của Bữa cơm Công đoàn trường diễn ra trong 3 ngày "
                             "vừa qua:\n\nẢnh và Bài viết: Công đoàn trường Đại học Kinh tế Quốc "
                             "dân\n"));
  CHECK(a.author == "Công đoàn trường Đại học Kinh tế Quốc dân");
  CHECK(captions_in(a) == 0);
  CHECK_FALSE(shows_text(a, "Một số hình ảnh"));
  // near-miss: "vừa" before a verb tells what the photos did, the writer's sentence stays
  Article b = read_text(page(title,
                             "Một số hình ảnh tư liệu vừa được trao tặng bảo tàng tỉnh.\n\nẢnh và "
                             "Bài viết: Công đoàn trường Đại học Kinh tế Quốc dân\n"));
  CHECK(shows_text(b, "vừa được trao tặng"));
}

TEST_CASE("a title printed twice keeps its stop, a caption printed twice stays a caption") {
  const std::string title = "Cảm xúc bồi hồi ngày TRỞ LẠI TRƯỜNG XƯA.";
  Article a = read_text(page(title + "\n\n" + title, ""));
  CHECK(a.title == title);
  CHECK(captions_in(a) == 0);
  // printed once, a sentence with its stop over the lead is no title the page vouches for
  CHECK(read_text(page(title, "")).title.empty());
  // near-miss: a photo's alt text and caption over the text, who it shows first
  const std::string caption = "Đồng chí Nguyễn Văn Nam phát biểu tại hội nghị.";
  Article b = read_text(page(caption + "\n\n" + caption, ""));
  CHECK(b.title.empty());
  CHECK(caption_reads(b, "Đồng chí Nguyễn Văn Nam"));
  const std::string scene = "Lãnh đạo huyện trao giấy khen cho các tập thể có thành tích xuất sắc.";
  CHECK(read_text(page(scene + "\n\n" + scene, "")).title.empty());
}

TEST_CASE("the tab's title names the school before the page's title") {
  const std::string title = "HOẠT ĐỘNG SINH HOẠT CHUYÊN MÔN CỤM TRƯỜNG";
  Article a = read_text(page("Trường THCS Ngô Gia Tự – " + title + "\n\n" + title, "Trả lời\n"));
  CHECK(a.title == title);
  CHECK_FALSE(shows_text(a, "Ngô Gia Tự –"));
  // the reply link closing the page is the comment list's
  CHECK_FALSE(shows_text(a, "Trả lời"));
  CHECK(captions_in(a) == 0);
  // near-miss: a title and its subtitle over the title's first part again, in capitals
  Article b = read_text(
      page("Tư tưởng Hồ Chí Minh về đoàn kết trong Đảng - Kim chỉ nam trong xây dựng, chỉnh đốn "
           "Đảng\nTƯ TƯỞNG HỒ CHÍ MINH VỀ ĐOÀN KẾT TRONG ĐẢNG",
           ""));
  CHECK(b.title ==
        "Tư tưởng Hồ Chí Minh về đoàn kết trong Đảng - Kim chỉ nam trong xây dựng, chỉnh đốn Đảng");
}

TEST_CASE("slug alt texts mark the photos: the title over the first, each caption under one") {
  Article a = read_text(
      "image banner\n\nLễ cúng tổ tiên của người dân tộc Lô Lô Đen xã Lũng Cú\n\nanh tin bai\n\n"
      "Tiết mục văn nghệ truyền thống của đồng bào Lô Lô Đen\n\n"
      "Lễ cúng thường gồm 3 phần chính: Lễ hiến tế, Lễ tưởng nhớ và Lễ tiễn đưa tổ tiên.\n\n"
      "Phần Hội được diễn ra với những điệu nhảy, múa, trò chơi dân gian đặc sắc và biểu diễn "
      "trống đồng của đồng bào.\n\nanh tin bai\n\n"
      "Đại biểu, người dân và du khách tham dự lễ khai mạc\n\n"
      "Sự kiện là dịp để đồng bào Lô Lô hướng về cội nguồn, gắn kết cộng đồng và quảng bá bản "
      "sắc văn hóa của dân tộc.\n\nThu Huệ\n");
  CHECK(a.title == "Lễ cúng tổ tiên của người dân tộc Lô Lô Đen xã Lũng Cú");
  CHECK(a.topic.empty());
  CHECK(captions_in(a) == 2);
  CHECK(caption_reads(a, "Tiết mục văn nghệ"));
  CHECK(a.lead.starts_with("Lễ cúng thường gồm"));
  CHECK_FALSE(shows_text(a, "anh tin bai"));
}

TEST_CASE("a long sentence greeting an occasion is the lead of a page that shows no title") {
  Article a = read_text(
      "Chào mừng kỷ niệm 113 năm ngày Quốc tế Phụ nữ (8/3/1910 – 8/3/2023) và 77 năm ngày Thể "
      "thao Việt Nam, trong 2 ngày 27 và 28/2, Hội LHPN huyện Lạc Dương phối hợp với Trung tâm "
      "Văn hóa - Thể thao huyện tổ chức giải bóng chuyền hơi nữ năm 2023.\n"
      "Các đội thi đấu sôi nổi\n"
      "Tham gia giải có hơn 100 vận động viên thuộc 8 đội đến từ các xã, thị trấn, các cơ quan, "
      "đơn vị và đoàn thể huyện, chia thành 2 bảng thi đấu vòng tròn.\n"
      "Theo Hội LHPN huyện, giải nhằm hưởng ứng Cuộc vận động toàn dân rèn luyện thân thể theo "
      "gương Bác Hồ vĩ đại giai đoạn 2021 - 2030.\nTUẤN HƯƠNG\n");
  CHECK(a.title.empty());
  CHECK(a.lead.starts_with("Chào mừng kỷ niệm 113 năm"));
  CHECK(captions_in(a) == 1);
  CHECK(caption_reads(a, "Các đội thi đấu sôi nổi"));
  CHECK(a.author == "TUẤN HƯƠNG");
  // near-misses (the review's): a heading naming the teams over the results stays a heading
  Article h = read_text(page("Giải bóng chuyền hơi nữ huyện năm 2023",
                             "Các đội đạt giải\n\nGiải Nhất thuộc về đội xã Đạ Sar, giải Nhì "
                             "thuộc về đội thị trấn Lạc Dương và giải Ba thuộc về đội xã Lát.\n"));
  CHECK_FALSE(caption_reads(h, "Các đội đạt giải"));
  // a banner's exhortation with its stop, telling no day, over the title stays a banner
  Article k = read_text(page(
      "Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam, Đảng bộ và nhân dân huyện "
      "Tân Yên thi đua lập thành tích, quyết tâm hoàn thành thắng lợi các chỉ tiêu kinh tế, xã "
      "hội năm 2024.\n\nHuyện Tân Yên tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng",
      ""));
  CHECK(k.title == "Huyện Tân Yên tổ chức lễ kỷ niệm 94 năm Ngày thành lập Đảng");
  // a banner's slogan over the title stays out of the text
  Article b =
      read_text(page("Chào mừng kỷ niệm 95 năm ngày thành lập Đảng\n\nHội thi tìm hiểu "
                     "lịch sử Đảng bộ huyện năm 2025",
                     ""));
  CHECK(b.title == "Hội thi tìm hiểu lịch sử Đảng bộ huyện năm 2025");
}

TEST_CASE("a title retold with more words under the date line is the title over its sapo") {
  const std::string title = "Sinh hoạt chuyên môn cụm 4 năm học 2021-2022 thành công tốt đẹp";
  const std::string sapo =
      "Sinh hoạt chuyên môn cụm 4 năm học 2021-2022 được tổ chức tại trường PTDTBT THCS Lý Tự "
      "Trọng thành công tốt đẹp";
  Article a = read_text(page("Thứ Hai, 04/10/2021 - 08:13\n\n" + title + "\n\n" + sapo, ""));
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK(a.lead == sapo);
  // near-misses (the review's): a series going on after its name is the section over the title
  const std::string series = "Phát triển kinh tế tập thể";
  const std::string headline = "Phát triển kinh tế tập thể gắn với hỗ trợ phụ nữ khởi nghiệp";
  Article s = read_text(page("Thứ Năm, 18/04/2024 - 08:13\n\n" + series + "\n\n" + headline, ""));
  CHECK(s.title == headline);
  // a section over a title under the date line stays the section
  Article b = read_text(page("Thứ Hai, 04/10/2021 - 08:13\n\nTin hoạt động\n\n" + title, ""));
  CHECK(b.title == title);
  CHECK(b.topic == "Tin hoạt động");
}

TEST_CASE("the title again in capitals opening the text is the header's, no heading") {
  const std::string title =
      "Hoạt động Đội hướng tới kỉ niệm ngày giải phóng Miền Nam thống nhất đất nước 30/4";
  Article a = read_text(page(
      title +
          "\n\nHOẠT ĐỘNG ĐỘI HƯỚNG TỚI KỈ NIỆM NGÀY GIẢI PHÓNG MIỀN NAM, THỐNG NHẤT ĐẤT NƯỚC 30/04",
      ""));
  CHECK(a.title == title);
  CHECK_FALSE(shows_text(a, "HOẠT ĐỘNG ĐỘI"));
  // near-miss: a heading in capitals that says more than the title is the article's own
  Article b = read_text(page(title + "\n\nHOẠT ĐỘNG ĐỘI HƯỚNG TỚI KỈ NIỆM NGÀY GIẢI PHÓNG MIỀN NAM "
                                     "VÀ NGÀY SINH NHẬT BÁC",
                             ""));
  CHECK(shows_text(b, "VÀ NGÀY SINH NHẬT BÁC"));
}
