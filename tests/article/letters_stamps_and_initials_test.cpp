// Pages of session 53's shapes (made up, shaped as tests/fixtures/real-eval96/ and
// real-eval97/ pages): an untitled page opening with its sapo over a teacher's caption; a lead
// opening with an occasion's clause; a writer's label inside the site's; a site's address under
// its banner; initials set apart by a space; a hospital signing its text over a box whose links
// name it; image names in camel case; "đang" in a caption; a title with its day in brackets
// under a slogan; a title closing on a CMS's stamped date under the site's clock; a letter's
// addressees; a customer-care box under the text.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kTitle = "Công đoàn Bệnh viện tổ chức giải bóng chuyền nam";
constexpr const char* kLead =
    "Ngày 28-4, Công đoàn Bệnh viện tổ chức giải bóng chuyền nam chào mừng Tháng Công nhân, thu "
    "hút gần 40 vận động viên là đoàn viên công đoàn và người lao động tham gia.";
constexpr const char* kBody =
    "Giải đấu có 4 đội tham gia trên cơ sở ghép đội từ các khoa, phòng, mỗi đội có từ 6 đến 9 "
    "vận động viên thi đấu vòng tròn tính điểm.";
constexpr const char* kLast =
    "Kết quả, đội bóng chuyền khoa Nội giành giải nhất, đội ghép các phòng chức năng giành giải "
    "nhì và đội khoa Ngoại giành giải ba.";

std::string page(const std::string& head, const std::string& tail = "") {
  return head + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + kLast + "\n" +
         (tail.empty() ? "" : "\n" + tail + "\n");
}

}  // namespace

TEST_CASE("a sapo with no stop over a teacher's caption opens an untitled page") {
  const std::string sapo =
      "Sáng 9/11, tại sân bóng đá Trường THCS Lý Tự Trọng (thành phố Kon Tum), Sở Giáo dục và "
      "Đào tạo tổ chức Lễ khai mạc Giải bóng đá nam chào mừng Ngày Nhà giáo Việt Nam 20/11";
  const std::string caption =
      "Thầy Nguyễn Trọng Thắng – Phó Giám đốc Sở GD&ĐT, Trưởng Ban tổ chức Giải trao cờ lưu "
      "niệm cho các đội";
  Article a = read_text(sapo + "\n" + caption + "\n" + kBody + "\n" + kLast + "\n");
  CHECK(a.title.empty());
  CHECK(a.lead == sapo);
  CHECK(captions_in(a) == 1);
  CHECK(caption_reads(a, "Thầy Nguyễn Trọng Thắng"));
  // near-miss: a teacher's form before no family name is no caption's person ("Cô gái …")
  Article b = read_text(sapo +
                        "\nCô gái nhỏ – Phó Giám đốc Sở GD&ĐT, Trưởng Ban tổ chức Giải "
                        "trao cờ lưu niệm cho các đội\n" +
                        kBody + "\n" + kLast + "\n");
  CHECK_FALSE(caption_reads(b, "Cô gái nhỏ"));
  // near-miss: a title over the same lines stays the title
  Article c = read_text(std::string(kTitle) + "\n\n" + sapo + "\n" + caption + "\n" + kBody + "\n" +
                        kLast + "\n");
  CHECK(c.title == kTitle);
}

TEST_CASE("a sentence opening with the occasion's mood is the lead of an untitled page") {
  const std::string first =
      "Trong không khí vui tươi, phấn khởi Bệnh viện huyện tổ chức thực hiện Đại hội công đoàn "
      "nhiệm kỳ 2017- 2022.";
  Article a = read_text(first + "\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(a.title.empty());
  CHECK(a.lead == first);
  // near-miss: who does what, the term last, is a title with its stop
  const std::string title = "Công đoàn Bệnh viện huyện tổ chức Đại hội nhiệm kỳ 2017- 2022.";
  Article b = read_text(title + "\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(b.title == title);
}

TEST_CASE("the writer's own label inside the site's signs the text with the name alone") {
  Article a = read_text(page(kTitle, "Tác giả bài viết: Tin, ảnh: Bích Thiện"));
  CHECK(a.author == "Bích Thiện");
  // near-miss: the photographer after the writer stays apart
  Article b = read_text(page(kTitle, "Tác giả bài viết: Minh Anh - Ảnh: Thu Hà"));
  CHECK(b.author == "Minh Anh");
}

TEST_CASE("the site's address under its banner names no section") {
  Article a =
      read_text(page("TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH HẬU GIANG\n\n"
                     "https://www.cdchaugiang.org.vn\n\n\n" +
                     std::string(kTitle)));
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK_FALSE(shows_text(a, "https://www.cdchaugiang.org.vn"));
  // near-miss: a section's name there stays the topic
  Article b = read_text(page("Hoạt động công đoàn\n\n" + std::string(kTitle)));
  CHECK(b.topic == "Hoạt động công đoàn");
}

TEST_CASE("initials set apart by a space sign the text") {
  Article a = read_text(page(kTitle, "N. H"));
  CHECK(a.author == "N. H");
  Article b = read_text(page(kTitle, "T. T. H."));
  CHECK(b.author == "T. T. H.");
  // near-miss: a page's button in English still closes the text, signing nothing
  Article c = read_text(page(kTitle, "Back"));
  CHECK(c.author.empty());
}

TEST_CASE("a hospital signing in capitals over a box whose link names it") {
  const std::string hospital = "BỆNH VIỆN ĐA KHOA TỈNH SÓC TRĂNG";
  Article a = read_text(page(kTitle, hospital +
                                         "\nTin cùng chuyên mục:\nDANH SÁCH NGƯỜI THỰC HÀNH "
                                         "KHÁM BỆNH, CHỮA BỆNH TẠI " +
                                         hospital + "\nLỊCH TRỰC TUẦN TỪ NGÀY 18/11/2024"));
  CHECK(a.author == hospital);
  // near-miss: a body line printed again whole as the box's link is the link's
  const std::string link = "Hội nghị tổng kết công tác công đoàn năm 2024 của Bệnh viện";
  Article b = read_text(page(
      kTitle, link + "\nTin cùng chuyên mục:\n" + link + "\nLỊCH TRỰC TUẦN TỪ NGÀY 18/11/2024"));
  CHECK_FALSE(shows_text(b, link));
}

TEST_CASE("image names in camel case mark the photos their captions stand under") {
  Article a =
      read_text(page(kTitle,
                     "congdoanBVDKKVT\n\nTác phẩm Tổ Công đoàn Bệnh viện Đa khoa khu vực\n\n"
                     "congdoanCucHaiQuanAG\n\nTác phẩm Tổ Công đoàn Cục Hải quan tỉnh"));
  CHECK(captions_in(a) == 2);
  CHECK_FALSE(shows_text(a, "congdoan"));
}

TEST_CASE("what goes on as the photo shows it may hold 'đang' in a person's caption") {
  const std::string caption =
      "Đồng chí Dương Khắc Mai tặng quà cho bệnh nhân đang điều trị tại "
      "Bệnh viện Phổi Bình Thuận";
  Article a = read_text(std::string(kTitle) + "\n\n" + kLead + "\n[img]\n" + caption + "\n" +
                        kBody + "\n" + kLast + "\n");
  CHECK(caption_reads(a, "Đồng chí Dương Khắc Mai tặng quà"));
  // near-miss: a past act told under a person's title is the text's
  const std::string told =
      "Đại diện lãnh đạo, Ban chấp hành Công đoàn đã tổ chức chúc mừng và "
      "tặng quà cho các cháu học sinh giỏi";
  Article b = read_text(std::string(kTitle) + "\n\n" + kLead + "\n" + told + "\n" + kBody + "\n" +
                        kLast + "\n");
  CHECK_FALSE(caption_reads(b, "Đại diện lãnh đạo"));
}

TEST_CASE("a title with its day in brackets under the site's slogan keeps its place") {
  Article a =
      read_text(page("Bệnh viện Đa khoa Sa Đéc Ngày mới, Tinh thần mới, Phục vụ mới, "
                     "Đoàn kết mới, Hài lòng mới, Hoàn thành mới\n\nHoạt động Đoàn\n\n"
                     "Chi đoàn Nhi tổ chức làm vệ sinh (16/3/2015)"));
  CHECK(a.title == "Chi đoàn Nhi tổ chức làm vệ sinh");
  REQUIRE(a.date);
  CHECK(*a.date == Date{2015, 3, 16});
  CHECK_FALSE(shows_text(a, "Ngày mới, Tinh thần mới"));
}

TEST_CASE("a title closing on the date a CMS stamped, under the site's clock of a later day") {
  const std::string title = "Công văn Bộ Y tế về tăng cường công tác giám sát bệnh do vi rút Zika";
  Article a = read_text(
      page("Thứ tư, ngày 3 tháng 6 năm 2020 | 18:35:13\nRSS\n\n" + title + " 28/01/2016"));
  CHECK(a.title == title);
  REQUIRE(a.date);
  CHECK(*a.date == Date{2016, 1, 28});
  CHECK(a.topic.empty());  // the feed's button names no section
  // with no date line at all, the stamp is the date too
  Article b = read_text(page(title + " 28/01/2016"));
  CHECK(b.title == title);
  REQUIRE(b.date);
  CHECK(*b.date == Date{2016, 1, 28});
  // near-misses: a day the title marks, after "ngày", is its own; a date line over the title of
  // an earlier day than the stamp stays the date
  const std::string marks = "Hội thi văn nghệ chào mừng kỷ niệm ngày 30/04/1975";
  Article c = read_text(page(marks));
  CHECK(c.title == marks);
  CHECK_FALSE(c.date);
  Article d = read_text(page("Thứ hai, 25/01/2016\n\n" + title + " 28/01/2016"));
  REQUIRE(d.date);
  CHECK(*d.date == Date{2016, 1, 25});
  // near-misses (the review's): an anniversary's day closing its title, whatever word stands
  // before it, under the article's own date line
  const std::string victory = "Kỷ niệm 70 năm Chiến thắng lịch sử Điện Biên Phủ 07/05/1954";
  Article e = read_text(page("Thứ Ba, 07/05/2024\n\n" + victory));
  CHECK(e.title == victory);
  REQUIRE(e.date);
  CHECK(*e.date == Date{2024, 5, 7});
  const std::string holiday = "Thông báo nghỉ lễ kỷ niệm ngày Quốc khánh 02/09/2023";
  Article f = read_text(page(holiday));
  CHECK(f.title == holiday);
  CHECK_FALSE(f.date);
}

TEST_CASE("a letter's addressees are its frame, not its title or its lead") {
  const std::string subject =
      "Công văn V/v thẩm định Dự án tu bổ, tôn tạo di tích chùa Tiên Linh, xã Vạn Phúc";
  Article a =
      read_text(subject + "\n\nKính gửi: Sở Văn hóa, Thể thao và Du lịch thành phố Hà Nội\n\n" +
                kLead + "\n" + kBody + "\n" + kLast +
                "\n\nNơi nhận:\n- Như trên;\n- Bộ trưởng;\n-Lưu: VT, DSVH, NMK.07.\n");
  CHECK(a.title == subject);
  CHECK(a.lead == kLead);
  CHECK_FALSE(shows_text(a, "Kính gửi"));
}

TEST_CASE("a customer-care box under the text is the page's") {
  Article a = read_text(page(kTitle, "Chăm sóc khách hàng\n\n19003301\n\nLịch Khám Đặt lịch hẹn"));
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLast);
  CHECK_FALSE(shows_text(a, "Đặt lịch hẹn"));
  // near-miss (the review's): the same words heading a part of the text stay
  Article b = read_text(page(kTitle,
                             "Chăm sóc khách hàng\n\nBệnh viện thành lập tổ chăm sóc "
                             "khách hàng để hướng dẫn người bệnh làm thủ tục khám chữa "
                             "bệnh nhanh chóng, thuận tiện.\n\nThu Phương"));
  CHECK(shows_text(b, "Chăm sóc khách hàng"));
  CHECK(b.author == "Thu Phương");
}
