// The page's footer after the article's last sentence (article/page_footer.h), on small
// made-up pages: the site's address alone, a bar of links glued on one line.
#include "article/page_footer.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Xã Tân Hòa kết nạp 12 đoàn viên mới tại khu di tích lịch sử";
const std::string kLead =
    "Sáng 12/3, Đoàn xã Tân Hòa tổ chức lễ kết nạp đoàn viên mới tại khu di tích lịch sử "
    "của xã, với sự tham dự của đông đảo đoàn viên, thanh niên.\n\n";
const std::string kLast =
    "Lễ kết nạp góp phần giáo dục truyền thống cách mạng cho thế hệ trẻ của xã nhà./.\n\n";

}  // namespace

TEST_CASE("page footer: a web address alone") {
  CHECK(is_web_address("tanhoa.example.gov.vn"));
  CHECK(is_web_address("www.tinhdoan.vn/"));
  CHECK(is_web_address("https://example.vn/bai-viet-123.htm"));
  CHECK_FALSE(is_web_address("Theo example.vn"));
  CHECK_FALSE(is_web_address("Nguyễn Văn A."));
  CHECK_FALSE(is_web_address("3.5"));
  CHECK_FALSE(is_web_address("a..vn"));
}

TEST_CASE("page footer: the site's address and a bar of links after the last sentence") {
  Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kLast +
                                                 "tanhoa.example.gov.vn\n\nIn trang Lên trên "
                                                 "Quay lại\n\nTrang chủ Sơ đồ site Liên hệ\n"});
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("xã nhà./."));
  CHECK(a.author.empty());
  // a line that names one link among words of its own stays
  Article b = read_ok(
      InputFile{"trang.txt", kTitle + "\n\n" + kLead + kLast + "Trang chủ của Đoàn xã\n\n"});
  CHECK(b.blocks.back().text == "Trang chủ của Đoàn xã");
}

TEST_CASE("page footer: a comment form ends the article, its heading with it") {
  for (std::string form :
       {"Gửi phản hồi\n\nĐịa chỉ email của bạn sẽ không được công bố.\n\nHọ tên *\n",
        "Để lại một bình luận Hủy trả lời\n\nBình luận *\n",
        "Viết trả lời\n\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc "
        "được đánh dấu *\n"}) {
    Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kLast + form});
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks.back().text.ends_with("xã nhà./."));
  }
  // a writer's name above the form stays the byline
  Article b = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kLast +
                                                 "Minh Tâm\n\nEmail của bạn sẽ không được hiển "
                                                 "thị công khai.\n"});
  CHECK(b.author == "Minh Tâm");
}

TEST_CASE("page footer: a portal's footer under its name in capitals, whoever answers for it") {
  // a district portal's footer (real-eval44/iahdrai-1's shape): the site's name in capitals,
  // then the office and the people who answer for the site, each line closed by its stop
  const std::string footer =
      "TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TÂN HÒA - TỈNH KON TUM\n\n"
      "Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Hòa.\n\n"
      "Người chịu trách nhiệm chính: (Ông) Nguyễn Văn An - Phó Chủ tịch UBND huyện Tân Hòa.\n\n"
      "Tổ trưởng tổ biên tập: (Ông) Trần Văn Bình - Phó Trưởng phòng Văn hóa huyện Tân Hòa.\n";
  Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kLast + footer});
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("xã nhà./."));
  CHECK(a.author.empty());
  // a writer's name in capitals over the footer stays the byline
  Article b = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kLast +
                                                 "NGUYỄN MINH TÂM\n\nCơ quan chủ quản: Ủy ban "
                                                 "nhân dân huyện Tân Hòa.\n"});
  CHECK(b.blocks.back().text.ends_with("xã nhà./."));
  CHECK_FALSE(b.author.empty());
  // so does a writer's name framed by marks, in capitals, over the footer
  Article f = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kLast +
                                                 "===== HOÀI NHÂN=====\n\nCơ quan chủ quản: Ủy "
                                                 "ban nhân dân huyện Tân Hòa.\n"});
  CHECK(f.author == "HOÀI NHÂN");
  // a sentence of the text opening with the same words, without the label's colon, stays
  Article c = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + kLast +
                       "Người chịu trách nhiệm chính trong việc này là Ban Chấp hành Đoàn xã.\n"});
  CHECK(c.blocks.back().text.starts_with("Người chịu trách nhiệm chính trong"));
}

TEST_CASE("page footer: a writer's label closing the page with no name under it") {
  // the CMS's empty byline field (real-eval32/quanha-bachthong-1): a label of no one
  Article a = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + kLast + "                        Tác giả:\n"});
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("xã nhà./."));
  CHECK(a.author.empty());
  CHECK(all_fields(a).find("Tác giả") == std::string::npos);
  // with the name on the next line, the two are the byline
  Article b =
      read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kLast + "Tác giả:\n\nMinh Tâm\n"});
  CHECK(b.author == "Minh Tâm");
}
