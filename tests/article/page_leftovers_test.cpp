// What a page leaves around the text that unseen sites print in other words (session 32): a row
// of share buttons glued together, a box of the newest posts, "Bài viết khác" over other
// articles' titles, a photo's alt text that is the title and the photo's number in brackets
// (shaped as tests/fixtures/real-eval53/phatgiaodanang-1, real-eval52/thannammau-1). Made-up
// pages of those shapes.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/page_widgets.h"
#include "article/photo_placeholder.h"
#include "article/reader.h"
#include "article/share_buttons.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Đội tuyển công ty đạt giải cao tại giải kéo co của tập đoàn";
const std::string kLead =
    "Nhằm phát huy tinh thần đoàn kết, rèn luyện sức khỏe, công đoàn tập đoàn tổ chức giải kéo "
    "co cho công nhân các đơn vị trong tháng công nhân năm 2017.\n\n";
const std::string kBody =
    "Tham gia thi đấu có 20 đoàn vận động viên với hai nội dung nam và nữ ở các hạng cân, đội "
    "tuyển công ty đạt giải nhì nội dung nam và giải ba nội dung nữ.\n\n";

bool in_book(const Article& a, const std::string& s) {
  if (a.title.find(s) != std::string::npos || a.lead.find(s) != std::string::npos) return true;
  for (const Block& b : a.blocks)
    if (b.text.find(s) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("page leftovers: a row of share buttons, spaced, barred or glued") {
  CHECK(is_share_buttons_line("Facebookmail"));
  CHECK(is_share_buttons_line("Facebook Twitter Email"));
  CHECK(is_share_buttons_line("Facebook | Zalo | In"));
  CHECK(is_share_buttons_line("Like • Share"));
  CHECK(is_page_widget_line("FacebookTwitterZalo"));
  // one name alone is the markers'; a name in a sentence, a name and a word: text
  CHECK_FALSE(is_share_buttons_line("Facebook"));
  CHECK_FALSE(is_share_buttons_line("Facebook và Zalo của xã"));
  CHECK_FALSE(is_share_buttons_line("Facebook fanpage"));
  CHECK_FALSE(is_share_buttons_line("Mail 2024"));
  Article a = read_text(kTitle + "\n\nFacebookmail\n\n" + kLead + kBody);
  CHECK(a.lead.starts_with("Nhằm phát huy"));
  CHECK_FALSE(in_book(a, "Facebookmail"));
}

TEST_CASE("page leftovers: the newest posts' box and other articles end the text") {
  for (std::string box : {"Bài mới đăng", "Bài viết khác", "BÀI MỚI"}) {
    Article a = read_text(kTitle + "\n\n" + kLead + kBody + box +
                          "\n\nCông đoàn tập đoàn tổng kết phong trào thi đua năm 2017\n\n"
                          "Tin tức - Sự kiện\n");
    CHECK_FALSE(in_book(a, "tổng kết phong trào"));
    CHECK_FALSE(in_book(a, "Tin tức - Sự kiện"));
    CHECK(a.blocks.back().text.starts_with("Tham gia thi đấu"));
  }
}

TEST_CASE("page leftovers: the title and a photo's number in brackets is the photo's alt text") {
  const std::vector<std::string> lines = {kTitle, "", kTitle + " (1)"};
  PlaceholderWords words(lines);
  CHECK(is_photo_placeholder(kTitle + " (1)", words));
  CHECK(is_photo_placeholder(kTitle + " (12).", words));
  // words that stand as no line, a count of four digits, a note in brackets: none
  CHECK_FALSE(is_photo_placeholder("Đội tuyển công ty đạt giải ba tại giải kéo co (1)", words));
  CHECK_FALSE(is_photo_placeholder(kTitle + " (2017)", words));
  CHECK_FALSE(is_photo_placeholder(kTitle + " (ảnh)", words));
  Article a = read_text(kTitle + "\n\nThu, 22/06/2017\n\n" + kLead + kTitle + " (1)\n\n" + kBody);
  CHECK(captions_in(a) == 0);
  CHECK_FALSE(in_book(a, "(1)"));
}
