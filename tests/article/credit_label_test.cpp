// A byline whose label credits both the text and the photos ("Tin và ảnh: X", "Bài và ảnh:
// X"): the author is the name alone, as for "Thực hiện: X" (made-up bylines in the forms seen
// on unseen sites, tests/fixtures/real-eval14).
#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/reader.h"
#include "article/text_photo_label.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("credit label: a text-and-photos label comes off the author") {
  CHECK(author_in_byline("Tin và ảnh: Kim Huỳnh") == "Kim Huỳnh");
  CHECK(author_in_byline("Bài và ảnh: Thu Hà") == "Thu Hà");
  CHECK(author_in_byline("Bài, ảnh: Minh Quân") == "Minh Quân");
  CHECK(author_in_byline("Bài ảnh: Lê Hà") == "Lê Hà");
  CHECK(author_in_byline("Tin và ảnh:") == "Tin và ảnh:");  // no name: the line as it is
}

TEST_CASE("credit label: a page signed 'Tin và ảnh: X' has X as its author") {
  std::string title = "Đảng ủy Tổng Công ty tổ chức hội nghị Ban Chấp hành lần thứ 17";
  std::string body =
      "Chiều ngày 17/8/2023, Đảng ủy Tổng Công ty đã tổ chức hội nghị Ban Chấp hành lần "
      "thứ 17, thảo luận báo cáo kết quả hoạt động sáu tháng đầu năm.\n\n"
      "Hội nghị thống nhất chương trình công tác sáu tháng cuối năm của các chi bộ trực "
      "thuộc và đảng bộ bộ phận.\n\n";
  Article a = read_ok(
      InputFile{"bai.txt", title + "\n\n23/08/2023\n\n" + body + "Tin và ảnh: Kim Huỳnh\n"});
  CHECK(a.author == "Kim Huỳnh");
}

TEST_CASE("credit label: the label's grammar gives where the name starts") {
  const std::string line = "Tin,ảnh: Huy Quốc";
  CHECK(line.substr(text_photo_label(line).size) == "Huy Quốc");
  CHECK(text_photo_label("Ảnh, tin - Huy Quốc").size == std::string_view("Ảnh, tin - ").size());
  CHECK(text_photo_label("Bài và ảnh Huy Quốc").size == std::string_view("Bài và ảnh ").size());
  CHECK(text_photo_label("Tin: Huy Quốc").size == 0);  // no photos credited: not this label
  CHECK(text_photo_label("Tin, ảnh:").size == 0);      // no name after it
  // a photo's credit alone, closed by a colon or a semicolon
  CHECK(text_photo_label("Ảnh; Hồng Hà").photos_only);
  CHECK(text_photo_label("Ảnh Hồng Hà").size == 0);
  // the label's words in a sentence: no label, but the line opens with its words
  CHECK(text_photo_label("Tin ảnh về hội nghị").size == 0);
  CHECK(text_photo_label("Tin ảnh về hội nghị").words);
  CHECK_FALSE(text_photo_label("Tin vui về hội nghị").words);
}

TEST_CASE("credit label: the text credited by both its words, 'Tin bài:', with no photo") {
  CHECK(author_in_byline("Tin bài: Hồng Nhung") == "Hồng Nhung");
  CHECK(author_in_byline("Tin, bài, ảnh: Văn Long") == "Văn Long");
  CHECK(looks_like_byline("Bài - tin: Quốc Việt"));
  // no colon after the words: a box's heading or a sentence, no label
  CHECK(text_photo_label("Tin bài đọc nhiều").size == 0);
  CHECK_FALSE(text_photo_label("TIN BÀI ĐỌC NHIỀU").words);
  CHECK(text_photo_label("Tin bài Hồng Nhung").size == 0);
  CHECK(text_photo_label("Tin tin: Hồng Nhung").size == 0);  // one word twice: no label
}

TEST_CASE("credit label: a page signed 'Tin bài: X' under its last paragraph has X as author") {
  std::string title = "Huyện đoàn ra quân dọn vệ sinh kênh mương đầu mùa mưa năm 2024.";
  std::string body =
      "Hưởng ứng tháng thanh niên, Huyện đoàn đã phối hợp với các xã tổ chức ra quân dọn "
      "vệ sinh kênh mương trên địa bàn huyện trong hai ngày cuối tuần.\n"
      "Hơn hai trăm đoàn viên thanh niên đã tham gia, thu gom nhiều tấn rác thải và khơi "
      "thông dòng chảy trước mùa mưa lũ.\n"
      "Đây là hoạt động thường xuyên của tuổi trẻ huyện nhà nhằm góp phần bảo vệ môi trường "
      "và xây dựng nông thôn mới.\n";
  Article a = read_ok(InputFile{"bai.txt", title + "\n" + body + "Tin bài: Hồng Nhung\n"});
  CHECK(a.author == "Hồng Nhung");
  CHECK(a.blocks.back().text.find("Hồng Nhung") == std::string::npos);
}
