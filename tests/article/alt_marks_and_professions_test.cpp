// Pages of session 54's shapes (made up, shaped as tests/fixtures/real-eval98/ and
// real-eval99/ pages): a word processor's mark under its own alt text; a day picker's label
// under the text; a heading in capitals closed by a stop under the date line; Joomla's
// particulars naming the editors; a posting line that names what was posted, under the site's
// clock; a short caption under the title printed again; captions that name a person by a
// profession's or a degree's title; a caption placing people where the title would stand.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kTitle = "Công đoàn Công ty tổ chức Tuần lễ áo dài";
constexpr const char* kLead =
    "Nhân kỷ niệm Ngày Quốc tế phụ nữ 8/3, Công đoàn Công ty phát động nữ cán bộ, công nhân viên "
    "mặc áo dài trong tuần lễ từ ngày 1/3 đến ngày 8/3 nhằm tôn vinh trang phục truyền thống.";
constexpr const char* kBody =
    "Với mong muốn bảo tồn, phát huy các giá trị văn hóa truyền thống của trang phục dân tộc, "
    "Công đoàn còn tổ chức nhiều hoạt động tuyên truyền về truyền thống của phụ nữ Việt Nam.";
constexpr const char* kLast =
    "Hoạt động đã tạo không khí vui tươi, phấn khởi, góp phần động viên chị em hăng hái thi đua "
    "lao động sản xuất, hoàn thành tốt nhiệm vụ được giao.";

}  // namespace

TEST_CASE("a word processor's mark under its alt text is left out, the alt text stays a caption") {
  const std::string photos =
      "Một số hình ảnh trong Tuần lễ áo dài tại Công ty.\n\n"
      "A group of women in colorful dresses standing on stairs\n\n"
      "Description automatically generated\n\n"
      "A group of women standing around a table\n\n"
      "Description automatically generated with medium confidence\n\n"
      "Trang Anh\n";
  Article a = read_text(std::string(kTitle) + "\n" + kLead + "\n\n" + kBody + "\n\n" + photos);
  CHECK(a.title == kTitle);
  CHECK(captions_in(a) == 2);
  CHECK(caption_reads(a, "A group of women in colorful dresses"));
  CHECK_FALSE(shows_text(a, "Description automatically generated"));
  CHECK(a.author == "Trang Anh");
  // with no gallery label over it, the alt text over Word's note stands for the photo: its
  // caption, no heading (the review's)
  Article c = read_text(std::string(kTitle) + "\n" + kLead +
                        "\nA group of people standing in front of a stage\nDescription "
                        "automatically generated\n" +
                        kBody + "\n" + kLast + "\n");
  CHECK(captions_in(c) == 1);
  CHECK(caption_reads(c, "A group of people standing"));
  CHECK_FALSE(shows_text(c, "Description automatically"));
  // near-miss: a title that opens with Word's words is no mark (the review's)
  const std::string title = "Description automatically generated: khi máy tính tự viết chú thích";
  Article b = read_text(title + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(b.title == title);
}

TEST_CASE("a page of 400,000 word processor's notes costs a pass, not one look back each") {
  // Each note looked back over every note left out above it for the alt text: 37 s for these
  // 14 MB; the look back now stops three lines up.
  std::string notes;
  for (int i = 0; i < 400000; ++i) notes += "Description automatically generated\n";
  Article a =
      read_text(std::string(kTitle) + "\n\n" + kLead + "\n\n" + notes + "\n" + kLast + "\n");
  CHECK(a.title == kTitle);
  CHECK(shows_text(a, "hoàn thành tốt nhiệm vụ được giao."));
  CHECK_FALSE(shows_text(a, "Description automatically"));
}

TEST_CASE("a day picker's label under the text ends the article") {
  Article a = read_text(std::string(kTitle) + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + kLast +
                        "\n\nCác tin đã đưa ngày:\n");
  CHECK(a.title == kTitle);
  CHECK_FALSE(shows_text(a, "Các tin đã đưa"));
  CHECK(shows_text(a, "hoàn thành tốt nhiệm vụ được giao."));
}

TEST_CASE("a heading in capitals under Joomla's particulars is the title, the editors sign") {
  const std::string title =
      "CÁN BỘ, ĐOÀN VIÊN THAM GIA DIỄU HÀNH, VIẾNG HƯƠNG VÀ LAO ĐỘNG TÌNH NGUYỆN TẠI ĐỀN TƯỞNG "
      "NIỆM TRƯỜNG AN.";
  auto page = [&](const std::string& poster) {
    return "Lần cập nhật cuối lúc Thứ ba, 13 Tháng 7 2021 16:44 Viết bởi " + poster +
           " Thứ sáu, 26 Tháng 3 2021 00:00\n" + title + "\n" + kLead + "\n" + kBody + "\n" +
           kLast + "\n";
  };
  Article a = read_text(page("Ban Biên Tập"));
  CHECK(a.title == title);
  REQUIRE(a.date);
  CHECK(*a.date == Date{2021, 3, 26});
  CHECK(a.author == "Ban Biên Tập");
  CHECK(a.lead == kLead);
  // near-miss: the site's account is no writer, whatever it is called (the review's)
  Article b = read_text(page("Administrator"));
  CHECK(b.title == title);
  CHECK(b.author.empty());
  for (const char* account :
       {"Super User", "quantri", "Ban Quản Trị", "Trường Tiểu học Thạch Trung"})
    CHECK(read_text(page(account)).author.empty());
  CHECK(read_text(page("Nguyễn Thị Thu Hà")).author == "Nguyễn Thị Thu Hà");
  // near-miss: a sentence of the text under the date line, not in capitals, opens an untitled
  // page as before
  Article c = read_text("Thứ sáu, 26/3/2021 08:00\n" + std::string(kLead) + "\n" + kBody + "\n" +
                        kLast + "\n");
  CHECK(c.title.empty());
}

TEST_CASE("a posting line naming what was posted beats the site's clock over it") {
  Article a = read_text(
      "Thứ Bẩy, 23/11/2024 07:39:12 GMT+7\nLượt xem: 7737\n\nTin đăng lúc "
      "15-10-2019\n\n" +
      std::string(kTitle) + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + kLast + "\n\nPhương Lê\n");
  CHECK(a.title == kTitle);
  REQUIRE(a.date);
  CHECK(*a.date == Date{2019, 10, 15});
  CHECK(a.topic.empty());
  CHECK_FALSE(shows_text(a, "Tin đăng lúc"));
  CHECK(a.author == "Phương Lê");
}

TEST_CASE("one short sentence under the title printed again is the photo's caption") {
  auto page = [&](const std::string& line) {
    return std::string(kTitle) + "\n\n" + kLead + "\n" + kTitle + "\n" + line + "\n\n" + kBody +
           "\n\n" + kLast + "\n";
  };
  Article a = read_text(page("Chương trình được người lao động quan tâm."));
  CHECK(a.title == kTitle);
  CHECK(captions_in(a) == 1);
  CHECK(caption_reads(a, "Chương trình được người lao động quan tâm"));
  // near-miss: a sentence that reasons is the text's ("… vì …"), no caption
  Article b = read_text(page("Chương trình được quan tâm vì thiết thực."));
  CHECK(captions_in(b) == 0);
  // near-miss: a count, a year or a clause set off by a comma is the text's fact (the review's)
  CHECK(captions_in(read_text(page("Năm nay, công ty có 12 tổ với 350 công nhân."))) == 0);
  CHECK(captions_in(read_text(page("Công ty được công nhận đạt chuẩn văn hóa năm 2020."))) == 0);
}

TEST_CASE("a caption may name its person by a profession's title, a pen name after it") {
  const std::string caption =
      "Nhà báo Bắc Văn, Vụ trưởng, Phóng viên cao cấp báo Nhân dân giảng viên của khóa tập huấn";
  const std::string told =
      "Trong hai ngày giảng dạy, nhà báo Bắc Văn sẽ chia sẻ các kỹ năng, kiến thức viết về xây "
      "dựng Đảng, mở đầu bài viết bằng câu chuyện về cán bộ, con người cụ thể.";
  Article a = read_text(std::string(kTitle) + "\n\n" + kLead + "\n\n" + caption + "\n" + told +
                        "\n\n" + kLast + "\n");
  CHECK(a.title == kTitle);
  CHECK(captions_in(a) == 1);
  CHECK(caption_reads(a, "Nhà báo Bắc Văn"));
  // near-miss: an interview's speaker label, closed by its colon, is no caption
  Article b =
      read_text(std::string(kTitle) + "\n\n" + kLead +
                "\n\nNhà báo Bắc Văn, Vụ trưởng báo Nhân dân:\n" + told + "\n\n" + kLast + "\n");
  CHECK(captions_in(b) == 0);
}

TEST_CASE("a degree's title, a name and a position where the title stands open an untitled page") {
  const std::string first = "Tiến sỹ Phạm Quốc Chính - Giám đốc Sở KH&CN chủ trì buổi tọa đàm";
  const std::string text =
      "Đây là dịp để Sở KH&CN báo cáo các thành tựu nổi bật trong giai đoạn vừa qua, đưa ra các "
      "giải pháp, nhiệm vụ trọng tâm trong thời gian tới, đồng thời tiếp thu ý kiến tham vấn của "
      "các đồng chí nguyên là lãnh đạo của Sở qua các thời kỳ.";
  const std::string second =
      "Đ/c Hứa Đức Nhị - Nguyên Phó bí thư Tỉnh ủy, nguyên Giám đốc Sở KH&CN phát biểu tại buổi "
      "tọa đàm";
  Article a = read_text(first + "\n" + text + "\n" + second + "\n");
  CHECK(a.title.empty());
  CHECK(captions_in(a) == 2);
  CHECK(caption_reads(a, "Tiến sỹ Phạm Quốc Chính"));
  // near-miss: a headline naming the person and what they received, no position set off
  const std::string headline = "Nhà báo Nguyễn Văn An nhận giải Báo chí quốc gia lần thứ XVII";
  Article b = read_text(headline + "\n" + text + "\n" + kLast + "\n");
  CHECK(b.title == headline);
}

TEST_CASE("a line placing people in the photo where the title stands is the first caption") {
  const std::string first =
      "Bí thư Tỉnh ủy Đào Hồng Lan (thứ 4 từ trái qua) và các đồng chí lãnh đạo trao tặng Huy "
      "hiệu Đảng và chúc mừng các đảng viên phường Tiền An (Ảnh: PV)";
  Article a = read_text(first + "\n\n \n\n" + kLead + "\n\n" + kBody + "\n\n" + kLast + "\n\nMT\n");
  CHECK(a.title.empty());
  CHECK(captions_in(a) == 1);
  CHECK(caption_reads(a, "Bí thư Tỉnh ủy Đào Hồng Lan"));
  CHECK(a.lead == kLead);
  // near-miss: under a date line the page shows its title where it stands
  const std::string dated = "Thứ Sáu, 18/5/2022 09:15\n" + first + "\n\n" + kLead + "\n\n" + kBody +
                            "\n\n" + kLast + "\n";
  CHECK_FALSE(read_text(dated).title.empty());
  // near-miss: a place in brackets in a title places nobody in a photo
  const std::string title = "Trao tặng Huy hiệu Đảng cho đảng viên phường Tiền An (Bắc Ninh)";
  Article b = read_text(title + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(b.title == title);
}
