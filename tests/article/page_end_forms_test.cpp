// The article's end in forms that school and office portals print (session 21, from the
// learning pages of session 20's unseen sites): a signature set apart by runs of a mark, an
// office signing in brackets, a source's label on the writer's line, the site's copyright and
// its builder in the footer (a photo's credit with the sign is no notice), a closing caption of a
// souvenir photo, a page's button ending a photo story; and above the end, a line telling two
// sentences that is no caption retelling the title, a caption in brackets over the lead. Each with
// its near misses.
#include <catch2/catch.hpp>
#include <string>

#include "article/end_byline_shapes.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi đoàn trường tổ chức ngày hội thiếu nhi\n\n";
const std::string kLead =
    "Sáng 1/6, Chi đoàn trường mầm non Hoa Sen phối hợp với Ban đại diện cha mẹ học sinh tổ "
    "chức ngày hội cho các cháu với nhiều trò chơi dân gian và tiết mục văn nghệ.\n\n";
const std::string kBody =
    "Các cháu được tham gia kéo co, nhảy bao bố, ném vòng và nhận những phần quà ý nghĩa do "
    "các nhà hảo tâm trong phường trao tặng nhân dịp ngày hội.\n\n";
const std::string kLast =
    "Ngày hội khép lại trong niềm vui của các cháu và sự phấn khởi của các bậc phụ huynh.";

Article read_end(const std::string& end) {
  return read_ok(InputFile{"ngay-hoi.txt", kTitle + kLead + kBody + kLast + "\n\n" + end});
}

}  // namespace

TEST_CASE("page end forms: a signature set apart by runs of a mark signs") {
  for (std::string line : {"===== Lê Thị Hoa=====", "===== Lê Thị Hoa =====", "-- Lê Thị Hoa --",
                           "***Lê Thị Hoa***"}) {
    INFO(line);
    Article a = read_end(line + "\n");
    CHECK(a.author == "Lê Thị Hoa");
    REQUIRE(!a.blocks.empty());
    CHECK(a.blocks.back().text == kLast);
  }
  CHECK(without_frame("===== Lê Thị Hoa=====") == "Lê Thị Hoa");
  // one mark on a side, marks that differ, a line of marks alone: no frame
  for (std::string line : {"=Lê Thị Hoa=", "== Lê Thị Hoa --", "=====", "-- Lê Thị Hoa"})
    CHECK(without_frame(line) == line);
  // a framed line that is no byline stays no byline
  Article box = read_end("===== Các bài viết đã đăng trong chuyên mục =====\n");
  CHECK(box.author.empty());
}

TEST_CASE("page end forms: an office signing in brackets loses them") {
  CHECK(read_end("(Phòng Trưng bày – Tuyên truyền)\n").author == "Phòng Trưng bày – Tuyên truyền");
  CHECK(read_end("(Ban Tuyên giáo Huyện ủy)\n").author == "Ban Tuyên giáo Huyện ủy");
  CHECK(read_end("(Phòng Trưng bày-Tuyên truyền)\n").author == "Phòng Trưng bày-Tuyên truyền");
  CHECK(read_end("(Lê Thị Hoa)\n").author == "Lê Thị Hoa");  // a name, as before
  // a sentence in brackets is no office's signature
  CHECK(read_end("(Đồng chí Bí thư Chi đoàn trao quà cho các cháu)\n").author.empty());
}

TEST_CASE("page end forms: a source's label on the writer's line ends the name") {
  CHECK(read_end("Tác giả: Lê Thị Hoa Nguồn: Chi đoàn trường (Cung cấp ảnh)\n").author ==
        "Lê Thị Hoa");
  CHECK(read_end("Lê Thị Hoa Nguồn: Chi đoàn trường\n").author == "Lê Thị Hoa");
  CHECK(read_end("Tác giả: Lê Thị Hoa\n").author == "Lê Thị Hoa");
  // a source's credit alone names no writer
  CHECK(read_end("Nguồn: Chi đoàn trường\n").author.empty());
}

TEST_CASE("page end forms: the site's copyright and builder are its footer") {
  Article a = read_end(
      "Tác giả: Lê Thị Hoa\n2018 © Trường Mầm non Hoa Sen\nĐịa chỉ: Phường 3, thành phố Sóc "
      "Trăng\nThiết kế bởi VNPT Sóc Trăng\n");
  CHECK(a.author == "Lê Thị Hoa");
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks.back().text == kLast);
  // with no byline above them, the footer is no paragraph either
  Article b = read_end("Copyright © 2020 Trường Mầm non Hoa Sen\nDesigned by VNPT\n");
  REQUIRE(!b.blocks.empty());
  CHECK(b.blocks.back().text == kLast);
  // a sentence of the text that names the sign and goes on stays
  Article c = read_ok(InputFile{
      "ngay-hoi.txt", kTitle + kLead + kBody +
                          "Bản quyền các tiết mục © thuộc về nhà trường. Các cháu đã biểu "
                          "diễn trọn vẹn và được phụ huynh khen ngợi suốt buổi chiều.\n"});
  CHECK(c.blocks.back().text.ends_with("suốt buổi chiều."));
}

TEST_CASE("page end forms: a photo's credit with the copyright sign is a caption") {
  // the last photo's caption, its credit with the sign, over the byline: kept, credited
  for (std::string line : {"Các cháu nhận quà của nhà trường (Ảnh: © Minh Anh)",
                           "Các cháu nhận quà của nhà trường. Ảnh: © Minh Anh"}) {
    INFO(line);
    Article a = read_end(line + "\n\nLê Thị Hoa\n");
    CHECK(a.author == "Lê Thị Hoa");
    CHECK(captions_in(a) == 1);
    REQUIRE(!a.blocks.empty());
    CHECK(a.blocks.back().type == BlockType::Caption);
    CHECK(a.blocks.back().credit == "© Minh Anh");
  }
  // the site's notice under the byline is still its footer
  Article b = read_end("Lê Thị Hoa\n© 2024 Trường Mầm non Hoa Sen\n");
  CHECK(b.author == "Lê Thị Hoa");
  CHECK(captions_in(b) == 0);
  CHECK(b.blocks.back().text == kLast);
}

TEST_CASE("page end forms: a souvenir photo's caption closes the text") {
  Article a =
      read_end("Đồng chí Nguyễn Văn Sơn nhận quyết định và chụp hình lưu niệm cùng Chi bộ\n");
  CHECK(captions_in(a) == 1);
  CHECK(a.blocks.back().type == BlockType::Caption);
  // a part's heading left last by a cut names no act before a camera
  Article b = read_end("Phương hướng nhiệm vụ trong thời gian tới\n");
  CHECK(captions_in(b) == 0);
}

TEST_CASE("page end forms: a page's button ends a photo story under the byline") {
  Article a =
      read_ok(InputFile{"ngay-hoi.txt", kTitle + kLead + kBody +
                                            "Sau đây là một số hình ảnh của ngày hội:\n\n"
                                            "Lê Thị Hoa\nTop\nBạn không thể gửi bình luận liên "
                                            "tục. Xin hãy đợi\n60 giây nữa.\n"});
  CHECK(a.author == "Lê Thị Hoa");
  CHECK(captions_in(a) == 0);
  // the story's captions before the button stay
  Article b = read_ok(InputFile{
      "ngay-hoi.txt", kTitle + kLead + kBody +
                          "Sau đây là một số hình ảnh của ngày hội:\n\nCác cháu biểu diễn văn "
                          "nghệ chào mừng ngày hội\n\nLê Thị Hoa\nCác cháu nhận quà từ các nhà "
                          "hảo tâm\nTop\n"});
  CHECK(b.author == "Lê Thị Hoa");
  CHECK(captions_in(b) == 2);
}

TEST_CASE("page end forms: two sentences that retell the title are the text's") {
  const std::string title = "Ngày hội thiếu nhi toàn trường\n\n";
  const std::string twice =
      "Hưởng ứng ngày hội thiếu nhi 1/6. Trường mầm non Hoa Sen tổ chức cho trẻ toàn trường "
      "đón ngày hội thiếu nhi.";
  Article a = read_ok(InputFile{"ngay-hoi.txt", title + kLead + twice + "\n\n" + kBody + kLast});
  CHECK(captions_in(a) == 0);
  // one clause that retells it is a photo's caption
  Article b = read_ok(InputFile{
      "ngay-hoi.txt", title + kLead +
                          "Các cháu vui ngày hội thiếu nhi toàn trường tại sân trường\n\n" + kBody +
                          kLast});
  CHECK(captions_in(b) == 1);
}

TEST_CASE("page end forms: a caption in brackets over the lead is the lead photo's") {
  Article a = read_ok(InputFile{
      "ngay-hoi.txt",
      kTitle + "01/06/2024\n\n(Đồng chí Bí thư Chi đoàn phát biểu khai mạc ngày hội)\n\n" + kLead +
          kBody + kLast});
  CHECK(captions_in(a) == 1);
  CHECK(a.lead.starts_with("Sáng 1/6"));
  // an editor's note in brackets over the text is no caption
  Article b = read_ok(InputFile{
      "ngay-hoi.txt", kTitle + "01/06/2024\n\n(Tít do Tòa soạn đặt)\n\n" + kLead + kBody + kLast});
  CHECK(captions_in(b) == 0);
}

TEST_CASE("page end forms: a place in brackets after the writer's name comes off") {
  // the page names the place after a place noun: where the story happened, not a second writer
  const std::string lead =
      "Sáng 1/6, Chi đoàn trường mầm non Hoa Sen huyện Củ Chi phối hợp với Ban đại diện cha mẹ "
      "học sinh tổ chức ngày hội cho các cháu với nhiều trò chơi dân gian.\n\n";
  auto read = [&](const std::string& byline) {
    return read_ok(InputFile{"ngay-hoi.txt", kTitle + lead + kBody + kLast + "\n\n" + byline});
  };
  CHECK(read("Tin, ảnh: Huy Quốc (Củ Chi)\n").author == "Huy Quốc");
  CHECK(read("Huy Quốc – Củ Chi\n").author == "Huy Quốc");
  // a name the page does not give as a place stays: a second writer, perhaps
  CHECK(read("Tin, ảnh: Huy Quốc (Tấn Hữu)\n").author == "Huy Quốc (Tấn Hữu)");
}
