// The page's own lines where a topic or a lead would stand (article/header_lines.h,
// text_header.h), on made-up lines and pages: a masthead's contacts with an e-mail address or
// a second contact after the number; a tool on the article ("Đọc bài viết"); a view
// count and a button right under the title are the header's, and the lead is the text's.
#include <catch2/catch.hpp>

#include "article/header_lines.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ Trường Tiểu học An Bình kết nạp đảng viên mới";
const std::string kLead =
    "Sáng 12/3/2024, Chi bộ Trường Tiểu học An Bình tổ chức lễ kết nạp đảng viên mới cho hai "
    "quần chúng ưu tú là giáo viên của trường, với sự tham dự của toàn thể đảng viên chi bộ.";
const std::string kSecond =
    "Tại buổi lễ, các đồng chí đảng viên mới đã đọc lời tuyên thệ, hứa phấn đấu suốt đời vì "
    "lý tưởng của Đảng, không ngừng học tập, rèn luyện để hoàn thành tốt nhiệm vụ được giao.";

}  // namespace

TEST_CASE("page own lines: a masthead's contacts") {
  CHECK(is_phone_line("Tổng đài: 0243 8356 700 | Email: toasoan@baoabc.vn"));
  CHECK(is_phone_line("Đường dây nóng: 0237 3721150, Fax: 0237 3721151"));
  CHECK(is_phone_line("Email: toasoan@baoabc.vn"));
  // a time of day is no label, an '@' with no domain no address
  CHECK_FALSE(is_phone_line("16:30 10-04-2018 | :974"));
  CHECK_FALSE(is_phone_line("Lúc 16:30, 10 - 04 - 2018"));
  CHECK_FALSE(is_phone_line("Hội nghị giao ban @ huyện An Bình"));
  CHECK_FALSE(is_phone_line("Góp ý qua hộp thư gopy@anbinh.gov.vn của Đảng ủy xã"));
  CHECK_FALSE(is_phone_line("Năm 2024: 1.234.567 lượt người tham gia, cao nhất từ trước đến nay"));
}

TEST_CASE("page own lines: a tool on the article is the page's, a title about an article not") {
  CHECK(is_article_tool("Đọc bài viết"));
  CHECK(is_article_tool("Đánh giá bài viết"));
  CHECK(is_article_tool("In bài viết"));
  CHECK(is_page_actions_bar("In trang Quay lại"));
  CHECK_FALSE(is_page_actions_bar("Chia sẻ"));
  CHECK_FALSE(is_article_tool("Đọc bài viết của đồng chí Tổng Bí thư"));
  CHECK_FALSE(is_article_tool("Cuộc thi viết về gương người tốt trong bài viết"));
}

TEST_CASE("page own lines: a count and a button under the title are no lead") {
  for (std::string under : {"128\n\nĐánh giá bài viết", "Lượt xem:\n\nĐọc bài viết"}) {
    CAPTURE(under);
    Article a = read_ok(
        InputFile{"a.txt", kTitle + "\n\n" + under + "\n\n" + kLead + "\n\n" + kSecond + "\n"});
    CHECK(a.title == kTitle);
    CHECK(a.lead == kLead);
  }
  // a contact line over the title is no topic
  Article b = read_ok(InputFile{"b.txt", "Tổng đài: 0243 8356 700 | Email: toasoan@baoabc.vn\n\n" +
                                             kTitle + "\n\n" + kLead + "\n\n" + kSecond + "\n"});
  CHECK(b.topic.empty());
  CHECK(b.title == kTitle);
}
