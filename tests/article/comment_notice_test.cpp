// A comment form's notice in a plain-text page (article/comment_form.h): the article ends at
// it only when it is the whole line and stands after the article's text; pages made for the
// test.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kHeader =
    "Xây dựng Đảng\n\nXã Tân Hòa kết nạp ba đảng viên mới\n\nThứ Ba, 12/03/2019 | 09:45\n\n";
const std::string kBody =
    "Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức lễ kết nạp ba quần chúng ưu tú vào Đảng, đều là "
    "những đoàn viên tích cực trong lao động, sản xuất.\n\n"
    "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy xã mong các đảng viên mới tiếp tục rèn "
    "luyện, phấn đấu, xứng đáng với niềm tin của chi bộ và nhân dân.\n\n"
    "Năm nay, Đảng bộ xã phấn đấu kết nạp thêm mười đảng viên mới, chú trọng đoàn viên thanh "
    "niên, người lao động giỏi ở các thôn, ấp.\n\n";

}  // namespace

TEST_CASE("comment notice: right under the date line, only the line is chrome") {
  Article a = read_text(kHeader + "Để lại bình luận\n\n" + kBody + "Minh Châu\n");
  CHECK(all_fields(a).find("Để lại bình luận") == std::string::npos);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("ở các thôn, ấp."));
}

TEST_CASE("comment notice: a body line opening with its words is the article's") {
  Article a = read_text(kHeader + kBody +
                        "Để lại bình luận trên trang cá nhân, nhiều bạn trẻ bày tỏ niềm tự hào "
                        "khi được đứng vào hàng ngũ của Đảng.\n\n"
                        "Chi bộ sẽ tiếp tục theo dõi, giúp đỡ các đảng viên mới.\n\nMinh Châu\n");
  CHECK(all_fields(a).find("bạn trẻ bày tỏ") != std::string::npos);
  CHECK(a.author == "Minh Châu");
}

TEST_CASE("comment notice: a byline just above the form is the author, not its heading") {
  Article a = read_text(kHeader + kBody +
                        "Theo báo Nhân dân\n\nĐể lại bình luận\n\n"
                        "Email của bạn sẽ không được hiển thị công khai.\n");
  CHECK(all_fields(a).find("Nhân dân") != std::string::npos);
  CHECK(all_fields(a).find("Email") == std::string::npos);
}

TEST_CASE("comment notice: 80,000 notices before the body cost each a look, not the text's") {
  // Each notice above the body used to count the body lines from the article's start again:
  // 1.2 MB of them took four minutes (found in review); now the count moves on with the line.
  std::string text = kHeader;
  for (int i = 0; i < 80000; ++i) text += "Leave a reply\n\nTin\n\n";
  Article a = read_text(text + kBody + "Minh Châu\n");
  CHECK(all_fields(a).find("Leave a reply") == std::string::npos);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("ở các thôn, ấp."));
}
