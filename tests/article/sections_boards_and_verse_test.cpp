// Pages of session 52's shapes (made up, shaped as tests/fixtures/real-eval94/ and
// real-eval95/ pages): a section run into the title's first printing; a headline in title
// case with its stop; a board's initials between the title and the date line; a bracketed note
// of whose words the text is; a closing sentence over the signature under a gallery's label;
// a "Chùm ảnh …:" gallery; a youth union's volunteer work in a caption; a page opening with a
// quotation of verse; a view counter after the text.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kLead =
    "Nhân kỷ niệm Ngày Quốc tế Phụ nữ 8/3, Công ty đã tổ chức nhiều hoạt động vui tươi, ý nghĩa "
    "dành cho hơn 300 chị em đang công tác tại các văn phòng trên toàn quốc.";
constexpr const char* kBody =
    "Tại buổi gặp mặt, lãnh đạo Công ty đã gửi lời chúc mừng và tặng hoa cho các chị em, ghi "
    "nhận những đóng góp quan trọng của họ trong năm qua.";
constexpr const char* kLast =
    "Các hoạt động đã tạo không khí vui tươi, gắn kết giữa các thành viên trong Công ty và để "
    "lại nhiều ấn tượng tốt đẹp.";

std::string page(const std::string& head) {
  return head + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + kLast + "\n";
}

}  // namespace

TEST_CASE("a section run into the title's first printing is the topic, the title printed alone") {
  const std::string title = "Công ty sôi động ngày Quốc tế Phụ nữ";
  Article a = read_text(page("Tin tức lưu trữ " + title + "\n\n" + title));
  CHECK(a.title == title);
  CHECK(a.topic == "Tin tức lưu trữ");
  CHECK(a.lead == kLead);
  // a field the site files under, or a news kind
  Article f = read_text(page("Thời sự " + title + "\n\n" + title));
  CHECK(f.topic == "Thời sự");
  CHECK(f.title == title);
  // near-miss: five words before the title are no section's name; and the line under a
  // title that is not its end is no second printing
  Article b = read_text(page("Tin tức lưu trữ của Công ty " + title + "\n\n" + title));
  CHECK(b.topic != "Tin tức lưu trữ của Công ty");
  Article c = read_text(page("Tin tức lưu trữ " + title + "\n\nCông ty sôi động"));
  CHECK(c.topic != "Tin tức lưu trữ");
  // near-miss: a title's own verb over its banner's words is no section (the review's)
  const std::string whole = "Hưởng ứng Tuần lễ Quốc gia nước sạch và vệ sinh môi trường";
  Article d = read_text(page(whole + "\n\nTuần lễ Quốc gia nước sạch và vệ sinh môi trường"));
  CHECK(d.title == whole);
  CHECK(d.topic.empty());
}

TEST_CASE("a headline in title case is the title, its stop notwithstanding") {
  const std::string title =
      "BQL Đền Tham Quan Học Hỏi Kinh Nghiệm Trong Công Tác Quản Lý, Bảo Tồn Di Tích.";
  Article a = read_text(page(title));
  CHECK(a.title == title);
  CHECK(a.lead == kLead);
  // near-miss: a sentence in the text's case, its stop at its end, is the lead of an untitled
  // page
  const std::string sentence =
      "Ban quản lý đền đã tham quan học hỏi kinh nghiệm trong công tác quản lý di tích.";
  Article b = read_text(page(sentence));
  CHECK(b.title.empty());
  CHECK(b.lead == sentence);
}

TEST_CASE("a board's initials between the title and the date line sign the page") {
  const std::string title = "Học viện khai giảng năm học 2019 – 2020";
  Article a = read_text(page(title + "\n\nBTT HOCVIEN OFMVN\n2024-05-06 08:01 UTC+7 71"));
  CHECK(a.title == title);
  CHECK(a.author == "BTT HOCVIEN OFMVN");
  CHECK(a.date.has_value());
  Article b = read_text(page(title + "\n\nBTT giáo xứ Phù Lỗ\n2024-05-06 08:01"));
  CHECK(b.author == "BTT giáo xứ Phù Lỗ");
  // near-miss: a section's name there signs nothing
  Article c = read_text(page(title + "\n\nTin hoạt động\n2024-05-06 08:01"));
  CHECK(c.author.empty());
  CHECK(c.title == title);
}

TEST_CASE("a bracketed note of whose words the text is signs nothing and stays in the text") {
  const std::string title = "Thư ngỏ xây dựng nhà thờ";
  const std::string note = "(Lời xác nhận của Mục sư Hội trưởng Nguyễn Hữu Mạc)";
  Article a = read_text(page(title) + "\n" + note + "\n");
  CHECK(a.author.empty());
  CHECK(shows_text(a, "Lời xác nhận của Mục sư"));
  Article b = read_text(page(title) + "\n(Trích điếu văn của Ban Chấp hành Hội Thánh)\n");
  CHECK(b.author.empty());
  // near-miss: a name in brackets signs
  Article c = read_text(page(title) + "\n(Nguyễn Văn An)\n");
  CHECK(c.author == "Nguyễn Văn An");
  // near-miss: a paper a text is taken from is its source, no note; kept whatever it becomes
  Article d = read_text(page(title) + "\n(Trích từ báo Quân đội nhân dân)\n");
  CHECK(shows_text(d, "Quân đội nhân dân"));
}

TEST_CASE("a closing sentence over the signature under a gallery's label is the text's") {
  const std::string closing =
      "Giải bóng đá và Giải chạy là sân chơi thể thao lành mạnh, rèn luyện sức khỏe và tạo tinh "
      "thần gắn kết, góp phần xây dựng Công ty ngày một vững mạnh.";
  Article a = read_text(page("Tin thể thao") + "\nMột số hình ảnh tại chương trình:\n" + closing +
                        "\nPGC Hà Nội\n");
  CHECK(captions_in(a) == 0);
  CHECK(a.author == "PGC Hà Nội");
  CHECK(shows_text(a, "góp phần xây dựng Công ty"));
  // near-miss: a photo's caption under the label stays one
  Article b = read_text(page("Tin thể thao") +
                        "\nMột số hình ảnh tại chương trình:\nBan tổ chức trao cúp cho đội "
                        "bóng Công ty Xăng dầu Khu vực I\nPGC Hà Nội\n");
  CHECK(captions_in(b) == 1);
  // near-miss: a caption showing who does what and what it serves stays one (the review's)
  Article c = read_text(page("Tin thể thao") +
                        "\nMột số hình ảnh tại chương trình:\nCác em học sinh trồng cây xanh, "
                        "góp phần tạo cảnh quan trường học xanh – sạch – đẹp.\nNgọc Ánh\n");
  CHECK(captions_in(c) == 1);
}

TEST_CASE("a set of photos named before its colon heads its captions") {
  const std::string head = "Công ty sôi động ngày Quốc tế Phụ nữ";
  const std::string gallery =
      "\n\nChùm ảnh tưng bừng vui chơi ngày Quốc tế Phụ nữ các văn phòng, Trung tâm của Công ty "
      "trên toàn quốc:\n\nVP Tổng công ty tưng bừng với chuyến du thuyền Hồ Tây\n\nTT Phát "
      "triển sôi nổi với phần thi chống đẩy\n\nVP Cần Thơ hạnh phúc khi nhận được những món quà "
      "bất ngờ\n\nVP Hà Nội với điểm nhấn là trò chơi trang điểm\n";
  Article a = read_text(page(head) + gallery);
  CHECK(captions_in(a) == 4);
  CHECK(caption_reads(a, "VP Cần Thơ hạnh phúc"));
  // near-miss: with no colon the words open a sentence about a set of photos
  Article b = read_text(page(head) +
                        "\n\nChùm ảnh tưng bừng vui chơi ngày Quốc tế Phụ nữ các văn phòng\n\nVP "
                        "Tổng công ty tưng bừng với chuyến du thuyền Hồ Tây\n");
  CHECK(captions_in(b) == 0);
  // near-miss: the set the subject of the writer's sentence, its colon over the text
  Article c = read_text(page(head) +
                        "\n\nChùm ảnh gồm 12 bức, được chụp trong nhiều năm tại các bản vùng "
                        "cao:\n\nMỗi bức ảnh là một câu chuyện về cuộc sống của đồng bào, về "
                        "những đổi thay của quê hương.\n\nTác giả mong muốn người xem thêm yêu "
                        "vùng đất biên cương của Tổ quốc.\n");
  CHECK(captions_in(c) == 0);
}

TEST_CASE("a youth union's volunteer work told in the text and captioned under it") {
  const std::string above =
      "Ngay sau lễ phát động, ĐVTN các xã, thị trấn và đoàn trường học đã ra quân phát quang bụi "
      "rậm, cắt cỏ, góp phần làm đẹp cảnh quan khu di tích tháp Bằng An.";
  const std::string under =
      "Đây là hoạt động ý nghĩa của tuổi trẻ huyện nhằm giáo dục truyền thống, lịch sử, văn hóa "
      "của địa phương đến với thế hệ trẻ, phát huy vai trò của đoàn viên thanh niên.";
  Article a = read_text(std::string("Tuổi trẻ huyện ra quân tháng thanh niên\n\n") + kLead + "\n" +
                        above + "\nĐVTN phát quang bụi rậm\n" + under + "\nMỹ Linh\n");
  CHECK(captions_in(a) == 1);
  CHECK(caption_reads(a, "ĐVTN phát quang bụi rậm"));
  CHECK(a.author == "Mỹ Linh");
  // near-miss: the text above tells no such work; the line heads what follows
  Article b = read_text(std::string("Tuổi trẻ huyện ra quân tháng thanh niên\n\n") + kLead + "\n" +
                        kBody + "\nĐVTN phát quang bụi rậm\n" + under + "\nMỹ Linh\n");
  CHECK(captions_in(b) == 0);
}

TEST_CASE("a page opening with a quotation of verse shows no title, the verse its text") {
  const std::string verse =
      "“Có một nghề bụi phấn bám đầy tay\nNgười ta bảo đó là nghề trong sạch nhất\nCó một nghề "
      "không trồng cây vào đất\nMà mang lại cho Đời đầy trái ngọt hoa tươi”!\n";
  Article a = read_text(verse + kLead + "\n" + kBody + "\n" + kLast + "\n");
  CHECK(a.title.empty());
  CHECK(a.topic.empty());
  CHECK(a.lead == "“Có một nghề bụi phấn bám đầy tay");
  CHECK(shows_text(a, "Người ta bảo đó là nghề trong sạch nhất"));
  CHECK(shows_text(a, "Có một nghề không trồng cây vào đất"));
  CHECK(shows_text(a, "trái ngọt hoa tươi”!"));
  // the stop inside the closing quote, as often
  Article d = read_text(
      "“Có một nghề bụi phấn bám đầy tay\nNgười ta bảo đó là nghề trong sạch "
      "nhất\nCó một nghề không trồng cây vào đất\nMà mang lại cho Đời đầy trái "
      "ngọt hoa tươi.”\n" +
      std::string(kLead) + "\n" + kBody + "\n");
  CHECK(d.title.empty());
  CHECK(d.lead == "“Có một nghề bụi phấn bám đầy tay");
  // near-miss: a quoted title on one line is the title
  Article b = read_text("“Có một nghề bụi phấn bám đầy tay”\n\n" + std::string(kLead) + "\n\n" +
                        kBody + "\n");
  CHECK(b.title == "“Có một nghề bụi phấn bám đầy tay”");
  // near-miss: a poem's title in its verse's metre, the verse unquoted, is the title
  Article c = read_text(
      "Mùa xuân trên quê hương\nĐào hồng nở khắp nơi\nChim hót vang trong nắng\nEm đi học "
      "sớm mai\nLòng vui như ngày hội.\n");
  CHECK(c.title == "Mùa xuân trên quê hương");
  CHECK(c.lead == "Đào hồng nở khắp nơi");
}

TEST_CASE("a view counter named by its words after the text is the page's, no heading") {
  Article a = read_text(page("Lễ kỷ niệm chu niên lần thứ 47") + "\n393 lượt xem\n");
  CHECK_FALSE(shows_text(a, "lượt xem"));
  Article b = read_text(page("Lễ kỷ niệm chu niên lần thứ 47") + "\nLượt xem: 1.204\n");
  CHECK_FALSE(shows_text(b, "Lượt xem"));
  CHECK(shows_text(b, "để lại nhiều ấn tượng tốt đẹp"));
}
