// What a caption quotes is a name, read as one word by the caption rules (quoted_name.h):
// tests/fixtures/real-site38/ubmttq.camau.gov.vn/mttqcamau-1's caption under the lead quotes a
// movement's name of fourteen words, which took it past the scene rule's 30 words. Both ways:
// a scene whose quotation holds a reasoning word, an act, a comma or a question mark is still a
// scene; a sentence whose only act is inside a quotation is no scene.
#include "article/quoted_name.h"

#include <catch2/catch.hpp>

#include "article/caption_score.h"
#include "article/scene_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("quoted name: each closed quotation is one word, an open one is left") {
  CHECK(quotes_as_names("Trao giải cuộc thi “Tìm hiểu về Đảng” tại xã") ==
        "Trao giải cuộc thi “Tên” tại xã");
  CHECK(quotes_as_names("Phong trào \"vì an ninh Tổ quốc\" và \"Dân vận khéo\".") ==
        "Phong trào “Tên” và “Tên”.");
  // left open, or empty: as printed
  CHECK(quotes_as_names("Cuộc vận động “Toàn dân đoàn kết") == "Cuộc vận động “Toàn dân đoàn kết");
  CHECK(quotes_as_names("Chiều cao 5\" của bảng") == "Chiều cao 5\" của bảng");
  CHECK(quotes_as_names("Tên gọi \"\" trống") == "Tên gọi \"\" trống");
  CHECK(quotes_as_names("Không có ngoặc kép") == "Không có ngoặc kép");
  // a dash or an ellipsis shares the quotation mark's first byte: no mark
  CHECK(quotes_as_names("Hội nghị – tổng kết… “Dân vận khéo” nhé") ==
        "Hội nghị – tổng kết… “Tên” nhé");
  CHECK(quotes_as_names("“A” “B” và “C") == "“Tên” “Tên” và “C");
}

TEST_CASE("quoted name: a long line of marks left open is read in one pass") {
  // 200,000 opening marks and no closing one: one search for the close, not one per mark
  std::string open;
  for (int i = 0; i < 200000; ++i) open += "“a";
  CHECK(quotes_as_names(open) == open);
  std::string straight(200000, '"');
  straight.insert(0, "x");
  CHECK(quotes_as_names(straight) == straight);  // every pair empty: no name
}

TEST_CASE("quoted name: a scene quoting a long name, a reason or a question is a scene") {
  // past 30 words with the name's, 17 with it as one word
  CHECK(describes_photo_scene(
      "Bàn giao bảng tuyên truyền cuộc vận động \"Toàn dân đoàn kết xây dựng đời sống văn hóa ở "
      "khu dân cư\" cho đại diện các huyện, thành phố Vĩnh Long."));
  // a reasoning word inside the name ("vì", "để"), a question mark, a comma
  CHECK(describes_photo_scene(
      "Đồng chí Bí thư Huyện ủy trao giải cho các đội thi “Vì nhân dân phục vụ” tại xã Tân An"));
  CHECK(describes_photo_scene(
      "Đồng chí Bí thư Huyện ủy trao giải cuộc thi “Bạn biết gì về Đảng?” tại xã Tân An"));
  CHECK(describes_photo_scene(
      "Đồng chí Bí thư Huyện ủy trao giải cuộc thi “Sống, học tập và làm theo lời Bác” tại xã "
      "Tân An"));
  // the caption score reads the name so too
  CHECK(is_caption_shaped("Đồng chí Chủ tịch xã trao giải cuộc thi “Để Đảng mãi mãi trường tồn”"));
}

TEST_CASE("quoted name: an act or a place only inside the quotation makes no scene") {
  // the act is the programme's name: the line tells what the programme did
  CHECK_FALSE(describes_photo_scene("Chương trình “Trao yêu thương tại xã Tân An” năm nay"));
  CHECK_FALSE(
      describes_photo_scene("Nhiều hoạt động “Chúc mừng đồng chí Bí thư” được các chi đoàn"));
  // a reasoning word outside the quotation still makes a sentence
  CHECK_FALSE(describes_photo_scene(
      "Đồng chí Bí thư Huyện ủy đã trao giải cuộc thi “Tìm hiểu về Đảng” tại xã Tân An"));
  // the same lines without quotes: the words are the line's own
  CHECK(describes_photo_scene("Chương trình trao quà tại xã Tân An năm nay"));
}

TEST_CASE("quoted name: a long quoted name under the lead makes the line a caption on a page") {
  const std::string title = "Trao bảng tuyên truyền cuộc vận động cho các huyện";
  const std::string lead =
      "Sáng ngày 15/4/2023, Ủy ban MTTQ tỉnh phối hợp với Viễn thông tỉnh tổ chức lễ bàn giao "
      "500 tấm bảng tuyên truyền cuộc vận động cho Ủy ban MTTQ các huyện, thành phố.";
  const std::string caption =
      "Bàn giao bảng tuyên truyền cuộc vận động \"Toàn dân đoàn kết xây dựng đời sống văn hóa ở "
      "khu dân cư\" cho đại diện các huyện, thành phố Vĩnh Long.";
  const std::string body =
      "Tại buổi lễ, Phó Chủ tịch Ủy ban MTTQ tỉnh ghi nhận và biểu dương những đóng góp tích cực "
      "của Viễn thông tỉnh trong công tác an sinh xã hội trên địa bàn trong những năm qua.";
  const std::string body2 =
      "Dịp này, Ban Thường trực Ủy ban MTTQ tỉnh cũng trao 200 suất quà cho các hộ nghèo, hộ có "
      "hoàn cảnh khó khăn của các xã vùng sâu, vùng xa trong tỉnh.";
  Article a =
      read_text(title + "\n\n" + lead + "\n\n" + caption + "\n\n" + body + "\n\n" + body2 + "\n");
  CHECK(captions_in(a) == 1);
  // a paragraph quoting a name stays a paragraph: it reasons ("nhằm") outside the quotation
  Article prose = read_text(
      title + "\n\n" + lead + "\n\n" +
      "Cuộc vận động \"Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư\" được triển "
      "khai nhằm nâng cao đời sống tinh thần của nhân dân.\n\n" +
      body + "\n\n" + body2 + "\n");
  CHECK(captions_in(prose) == 0);
}
