// Pages of session 38's shapes (made up, shaped as tests/fixtures/real-eval66/ and real-eval67/
// pages): what a saved page leaves of its links, photos and widgets around a text. A pointer to
// a lost link after an arrow, a theme's posting line closing the text ("Ngày đăng: … người
// đăng …"), a board's byline with its level after a dash, a gallery's announcement whose photos
// were lost, the title printed again in capitals under it, an image's markup glued to a
// sentence, and a street address closing the page.
#include <catch2/catch.hpp>
#include <string>

#include "article/byline_unit.h"
#include "article/image_markup.h"
#include "article/link_pointer.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Trường Tiểu học Hòa Bình tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam";
const std::string kLastSentence =
    "Nhân dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào "
    "thi đua dạy tốt, học tốt năm học 2022-2023.";

// The title, a lead and two paragraphs of a school's report; `tail` closes the file.
std::string report_text(const std::string& tail) {
  return kTitle +
         "\n\n"
         "Sáng ngày 18/11/2023, Trường Tiểu học Hòa Bình tổ chức Lễ kỷ niệm 41 năm Ngày Nhà giáo "
         "Việt Nam với sự tham dự của đông đảo phụ huynh và học sinh toàn trường.\n\n"
         "Tại buổi lễ, các em học sinh đã biểu diễn nhiều tiết mục văn nghệ đặc sắc, dâng tặng "
         "thầy cô những bó hoa tươi thắm và lời chúc tốt đẹp nhất.\n\n" +
         kLastSentence + "\n\n" + tail;
}

Article report_with(const std::string& tail) {
  return read_text(report_text(tail));
}

std::size_t captions(const Article& a) {
  std::size_t n = 0;
  for (const Block& b : a.blocks) n += b.type == BlockType::Caption;
  return n;
}

bool holds_text(const Article& a, const std::string& needle) {
  for (const Block& b : a.blocks)
    if (b.text.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a pointer to a lost link after an arrow is no paragraph") {
  CHECK(is_link_pointer("Thông tin chi tiết về cuộc thi ==> XEM TẠI ĐÂY"));
  CHECK(
      is_link_pointer("----> Xem đầy đủ toàn bộ album Lễ Vu Lan - Chúc Thọ & Dâng Y năm 2019 "
                      "tại ĐÂY"));
  CHECK(is_link_pointer("Toàn văn kế hoạch → Tải về tại đây"));
  // after the arrow it must still invite: a place told, or a label that is a sentence, stays
  CHECK_FALSE(is_link_pointer("Đoàn về thăm khu di tích ==> dâng hương tại đây"));
  CHECK_FALSE(is_link_pointer("Các em đã học tập rất chăm chỉ. ==> Xem tại đây"));
  // a title or a place before the arrow, or a traveller told what a place offers, stays (a
  // review's cases)
  CHECK_FALSE(is_link_pointer("Điểm thi vào lớp 10 Nghệ An năm 2024 ==> Xem tại đây"));
  CHECK_FALSE(is_link_pointer(
      "Tối ngày 1: Cầu Rồng → bạn có thể xem rồng phun lửa và phun nước vào 21 giờ ở đây"));
  CHECK_FALSE(is_link_pointer("Thông tin về sân trường => bạn có thể đọc sách ở đây"));
  Article a = report_with("Thông tin chi tiết về cuộc thi ==> XEM TẠI ĐÂY\n");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLastSentence);
}

TEST_CASE("a theme's posting line closing the text dates it and names its writer") {
  Article a = report_with("Ngày đăng: 13 Tháng Chín, 2023 người đăng Quí Nguyễn\n");
  REQUIRE(a.date.has_value());
  CHECK(a.date->year == 2023);
  CHECK(a.date->month == 9);
  CHECK(a.date->day == 13);
  CHECK(a.author == "Quí Nguyễn");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLastSentence);
  // the poster's signature with his post right above it is the byline, no caption
  Article signed_above = report_with(
      "Quí Nguyễn Thường trực Ban biên tập\n\n"
      "Ngày đăng: 13 Tháng Chín, 2023 người đăng Quí Nguyễn\n");
  CHECK(signed_above.author == "Quí Nguyễn");
  CHECK(captions(signed_above) == 0);
  CHECK_FALSE(holds_text(signed_above, "Thường trực Ban biên tập"));
  // a sentence about the poster right above is the text's, no signature (a review's case)
  Article told_above = report_with(
      "Nguyễn Thị Hoa Hiệu trưởng nhà trường cho biết ngày hội sẽ được tổ chức thường niên.\n\n"
      "Ngày đăng: 18 Tháng Tư, 2024 người đăng Nguyễn Thị Hoa\n");
  CHECK(told_above.author == "Nguyễn Thị Hoa");
  CHECK(holds_text(told_above, "cho biết ngày hội sẽ được tổ chức thường niên."));
  // "người đăng ký" (who registers) opens a sentence, no poster
  Article registered = report_with(
      "Ngày 20/11/2023 người đăng ký tham gia hội thi nộp hồ sơ về văn phòng nhà trường.\n");
  CHECK(registered.author.empty());
  CHECK(holds_text(registered, "người đăng ký tham gia"));
}

TEST_CASE("a board's level after its byline is no second writer") {
  CHECK(writer_before_unit("Ban TTTT – Huyện") == "Ban TTTT");
  CHECK(writer_before_unit("Ban Tuyên giáo - Tỉnh") == "Ban Tuyên giáo");
  // a given name that is no level word stays a second writer's
  CHECK(writer_before_unit("Minh Anh – Huyền") == "Minh Anh – Huyền");
  Article a = report_with("Tác giả bài viết: Ban TTTT – Huyện\n");
  CHECK(a.author == "Ban TTTT");
}

TEST_CASE("a gallery's announcement whose photos were lost closes no text") {
  Article a = report_with(
      "Sau đây là một số hình ảnh được ghi nhận tại buổi lễ.\n\n"
      "Hồng Anh\n");
  CHECK(a.author == "Hồng Anh");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLastSentence);
  Article colon = report_with("Một số hình ảnh của buổi lễ kính chia sẻ đến quý thầy cô:\n");
  REQUIRE_FALSE(colon.blocks.empty());
  CHECK(colon.blocks.back().text == kLastSentence);
  // with its captions under it the announcement stays, over them
  Article shown = report_with(
      "Sau đây là một số hình ảnh được ghi nhận tại buổi lễ:\n\n"
      "Các em học sinh biểu diễn văn nghệ chào mừng\n\n"
      "Thầy Hiệu trưởng trao giấy khen cho giáo viên\n");
  CHECK(holds_text(shown, "Sau đây là một số hình ảnh"));
  // "chuẩn bị" (prepare) is no passive's "bị": a label over photos the page lost
  Article prepared = report_with("MỘT SỐ HÌNH ẢNH CHUẨN BỊ CHO HỘI THI\n");
  REQUIRE_FALSE(prepared.blocks.empty());
  CHECK(prepared.blocks.back().text == kLastSentence);
  // "hình ảnh" in a figure of speech, with what was done, is the text's (a review's case)
  Article figurative = report_with(
      "Một số hình ảnh bình dị của làng quê như cánh đồng lúa chín, con trâu, cây đa đã được "
      "các em thể hiện thật sinh động.\n");
  CHECK(holds_text(figurative, "đã được các em thể hiện thật sinh động."));
  // a paragraph that tells more than the announcement is the text's
  Article told = report_with(
      "Buổi lễ kết thúc trong không khí vui tươi. Sau đây là một số hình ảnh của buổi lễ.\n");
  CHECK(holds_text(told, "Buổi lễ kết thúc trong không khí vui tươi."));
}

TEST_CASE("the title printed again in capitals under it is no section over a title") {
  Article a = read_text(
      "Thứ Năm, 2 tháng 8, 2012\n\n"
      "Lễ giỗ lần thứ 153 hai thánh tử đạo tại Giáo xứ Cù Lao Giêng\n\n"
      "LỄ GIỖ LẦN THỨ 153 HAI THÁNH TỬ ĐẠO TẠI GIÁO XỨ CÙ LAO GIÊNG\n\n"
      "Sáng thứ ba, ngày 31 tháng 7 năm 2012, Đức Cha tới thăm giáo xứ Cù Lao Giêng để cử hành "
      "lễ giỗ lần thứ 153 hai thánh tử đạo.\n\n"
      "Trong bài giảng, Đức Cha khuyên nhủ mọi người hãy làm chứng cho Chúa bằng chính những "
      "chọn lựa của mình.\n");
  CHECK(a.title == "Lễ giỗ lần thứ 153 hai thánh tử đạo tại Giáo xứ Cù Lao Giêng");
  CHECK(a.topic.empty());
}

TEST_CASE("an image's markup glued after a sentence is no part of it") {
  const std::string sentence = "Đến dự có các cháu học sinh.";
  CHECK(image_markup_after_sentence(sentence + "![]()") == sentence.size());
  CHECK(image_markup_after_sentence(sentence + " ![](anh-1.jpg) <img src=\"a.jpg\">") ==
        sentence.size());
  // markup inside the sentence, or after no stop, is left to the rules for whole lines
  CHECK(image_markup_after_sentence("Ảnh ![]() đẹp.") == 0);
  CHECK(image_markup_after_sentence("Các cháu học sinh ![]()") == 0);
  // only the last opening after a stop can start the markup that closes the line: a line of
  // thousands of unclosed images after stops is tried once (a review found each tried cost its
  // length squared, 43 s for 1 MB)
  std::string many;
  for (int i = 0; i < 20000; ++i) many += ". <image>";
  CHECK(image_markup_after_sentence(many) == 0);
  std::string closed;
  for (int i = 0; i < 20000; ++i) closed += ".![a](b)x";
  CHECK(image_markup_after_sentence(closed + ".![a](b)") == closed.size() + 1);
  const std::string page = report_text("");  // ends with the last sentence and two newlines
  Article glued = read_text(page.substr(0, page.size() - 2) + "![]()\n");
  REQUIRE_FALSE(glued.blocks.empty());
  CHECK(glued.blocks.back().text == kLastSentence);
}

TEST_CASE("a street address closing the page is its footer") {
  Article a = report_with("Trường Tiểu học Hòa Bình 37 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội |\n");
  CHECK(captions(a) == 0);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLastSentence);
  // the text's own addresses stand in no layout cell: a venue under its label, a list of
  // places (a review's cases)
  Article venue = report_with("Địa điểm: Nhà hát Lớn Hà Nội 1 Tràng Tiền, Hoàn Kiếm, Hà Nội\n");
  CHECK(holds_text(venue, "Địa điểm: Nhà hát Lớn Hà Nội"));
  Article places = report_with(
      "Người dân có thể đến các địa chỉ sau:\n\n"
      "- Điểm tiêm số 1: 70 Nguyễn Chí Thanh, Đống Đa, Hà Nội\n\n"
      "- Điểm tiêm số 2: 15 Trần Phú, Hà Đông, Hà Nội\n");
  CHECK(holds_text(places, "15 Trần Phú, Hà Đông, Hà Nội"));
  // a caption that tells where, in lower case words, stays a caption's business
  Article told =
      report_with("Các em học sinh tham quan di tích tại số 5 phố Lê Lợi, phường 1, Hà Nội\n");
  CHECK(holds_text(told, "tham quan di tích"));
}

TEST_CASE("a school portal's menu and a widget's leftovers close no text") {
  Article a = report_with("Danh sách lớp\n");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLastSentence);
  Article widget = read_text("Xem với cỡ chữAA\n\nlabel\n\n" + report_text(""));
  CHECK(widget.title == kTitle);
  CHECK(widget.topic.empty());
}

TEST_CASE("a portal's name over a page that shows no title is no title") {
  const std::string body =
      "Sáng ngày 18/11/2023, Trường Tiểu học Hòa Bình tổ chức Lễ kỷ niệm 41 năm Ngày Nhà giáo "
      "Việt Nam với sự tham dự của đông đảo phụ huynh và học sinh toàn trường.\n\n" +
      kLastSentence + "\n";
  Article a = read_text("Cổng thông tin điện tử Kiên Giang\n\n" + body);
  CHECK(a.title.empty());
  CHECK_FALSE(holds_text(a, "Cổng thông tin điện tử"));
  // the portal's launch, told, is a title
  Article launch = read_text("Cổng thông tin điện tử huyện chính thức đi vào hoạt động\n\n" + body);
  CHECK(launch.title == "Cổng thông tin điện tử huyện chính thức đi vào hoạt động");
}
