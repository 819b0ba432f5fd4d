// Pages of session 51's shapes (made up, shaped as tests/fixtures/real-eval92/ and
// real-eval93/ pages): a breadcrumb with slashes ending in a long title printed again under
// it; a board's initials joined by a hyphen in the byline; a photo of an act at a school
// between paragraphs; a share row with its label glued on; a link framed "» tại đây «"; a
// closing line that tells the hour the event starts; a name signing over the text and under
// it; a notice's letterhead with no motto, signed by a chaplain.
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kLead =
    "Sáng ngày 14/3/2022, Hiệp hội Thủy sản tỉnh tổ chức hội nghị tổng kết công tác năm 2021 và "
    "triển khai nhiệm vụ năm 2022 với sự tham dự của hơn 80 hội viên.";
constexpr const char* kBody =
    "Tại hội nghị, các đại biểu đã thảo luận, đóng góp nhiều ý kiến thiết thực cho phương hướng "
    "hoạt động của Hiệp hội trong năm tới.";
constexpr const char* kLast =
    "Dịp này, Hiệp hội đã khen thưởng 12 tập thể và 25 cá nhân có thành tích xuất sắc trong "
    "phong trào thi đua năm 2021.";

}  // namespace

TEST_CASE("a breadcrumb with slashes ending in a long title gives the title and its section") {
  const std::string title =
      "Hiệp hội Thủy sản tỉnh (FAS) trở thành hội viên của Liên minh Nghề cá Bền vững Quốc tế "
      "(International Sustainable Fisheries Alliance – ISFA) từ năm 2022.";
  Article a = read_text("Trang chủ / Tin nổi bật / " + title + "\n\n" + title + "\n\n" + kLead +
                        "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(a.title == title);
  CHECK(a.topic == "Tin nổi bật");
  CHECK(a.lead == kLead);
  CHECK(captions_in(a) == 0);
  CHECK_FALSE(shows_text(a, "Trang chủ /"));
  // with arrows, however long the title
  Article b = read_text("Trang chủ > Tin nổi bật > " + title + "\n\n" + title + "\n\n" + kLead +
                        "\n\n" + kBody + "\n");
  CHECK(b.title == title);
  CHECK(b.topic == "Tin nổi bật");
  // near-miss: one step before the title with a slash may be a title's own ("Đợt 1 / …"):
  // the line is not taken for a breadcrumb
  Article c =
      read_text("Đợt 1 / " + title + "\n\n" + title + "\n\n" + kLead + "\n\n" + kBody + "\n");
  CHECK(c.topic != "Đợt 1");
  // a date line between the breadcrumb and the title: the title with its stop is still the
  // title, not the lead (the review's)
  Article d = read_text("Trang chủ / Tin tức / Thủy sản / " + title + "\n\n12/04/2024 14:30\n\n" +
                        title + "\n\n" + kLead + "\n\n" + kBody + "\n");
  CHECK(d.title == title);
  CHECK(d.topic == "Thủy sản");
  CHECK(d.lead == kLead);
}

TEST_CASE("a board's initials joined by a hyphen stay in the byline whole") {
  const std::string page = std::string("Hội nghị tổng kết công tác năm 2021\n\n") + kLead + "\n\n" +
                           kBody + "\n\n" + kLast + "\n\n";
  CHECK(read_text(page + "Ban TT-TT Hiệp hội Thủy sản tỉnh\n").author ==
        "Ban TT-TT Hiệp hội Thủy sản tỉnh");
  CHECK(read_text(page + "Phòng GD-ĐT huyện Yên Sơn\n").author == "Phòng GD-ĐT huyện Yên Sơn");
  // near-miss: a name glued to its newsroom's role by a hyphen is still cut there
  CHECK(read_text(page + "Thu Hà-PV\n").author == "Thu Hà");
  CHECK(read_text(page + "T.HÀ-PV\n").author == "T.HÀ");
  // initials opening the byline are the writer's, whatever unit follows them
  CHECK(read_text(page + "KH-TTVH\n").author == "KH");
}

TEST_CASE("the photo of an act at a school between paragraphs is its caption") {
  const std::string caption =
      "Hình ảnh sinh hoạt truyền thống tại trường THCS Tân Phước, xã Tân Phước";
  Article a =
      read_text(std::string(kLead) + "\n\n" + caption + "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(caption_reads(a, caption));
  CHECK(captions_in(a) == 1);
  // near-miss: a figurative heading names no act at a school, a commune or a yard
  const std::string heading = "Hình ảnh người lính trong lòng nhân dân";
  Article b =
      read_text(std::string(kLead) + "\n\n" + heading + "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(captions_in(b) == 0);
  CHECK(shows_text(b, heading));
  // near-miss: a sentence going on in small letters after the school names no place
  const std::string sentence =
      "Hình ảnh người thầy tại trường làng vẫn in đậm trong tâm trí bao thế hệ học trò";
  Article c =
      read_text(std::string(kLead) + "\n\n" + sentence + "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(captions_in(c) == 0);
}

TEST_CASE("a share row with its label glued on is the page's chrome") {
  const std::string page =
      std::string("Hội nghị tổng kết công tác năm 2021\n\n") + kLead + "\n\n" + kBody + "\n\n";
  Article a = read_text(page + "Chia sẻFacebook! Twitter! Zingme!\n");
  CHECK(captions_in(a) == 0);
  CHECK_FALSE(shows_text(a, "Zingme"));
  Article b = read_text(page + "Chia sẻ: Facebook\n");
  CHECK_FALSE(shows_text(b, "Chia sẻ"));
  // near-miss: a sentence sharing news on a page of the association is the text's
  Article c = read_text(page + "Chia sẻ Facebook của Hiệp hội với các hội viên.\n");
  CHECK(shows_text(c, "Chia sẻ Facebook của Hiệp hội"));
}

TEST_CASE("a line closing on a framed 'tại đây' is a link's pointer, left out") {
  const std::string page =
      std::string("Khóa tu mùa hè tại thiền viện\n\n") + kLead + "\n\n" + kBody + "\n\n";
  Article a = read_text(page + "BBT xin giới thiệu chùm ảnh: » tại đây «\n");
  CHECK(captions_in(a) == 0);
  CHECK_FALSE(shows_text(a, "giới thiệu chùm"));
  Article b = read_text(page + "Mời quý vị xem toàn bộ hình ảnh [tại đây]\n");
  CHECK_FALSE(shows_text(b, "toàn bộ hình ảnh"));
  // near-miss: a sentence telling what was done there stays
  Article c = read_text(page + "Các đoàn viên đã trồng 200 cây xanh » tại đây «\n");
  CHECK(shows_text(c, "trồng 200 cây xanh"));
  // near-miss: a sentence's clauses before the frame: the deadline stays
  Article d = read_text(page + "Hạn nộp hồ sơ đến hết ngày 30/6/2024, mẫu đơn [tại đây]\n");
  CHECK(shows_text(d, "Hạn nộp hồ sơ"));
}

TEST_CASE("a closing line that tells the hour the event starts is the text's, no caption") {
  const std::string title = "Lễ phát động Tháng hành động vì môi trường – Hội Liên hiệp Thanh niên";
  const std::string closing =
      "Lễ phát động “Tháng hành động vì môi trường” diễn ra lúc 07g30 ngày 5/6/2021 tại Sân "
      "vận động huyện.";
  Article a = read_text(title + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + closing + "\n");
  CHECK(captions_in(a) == 0);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == closing);
  // near-miss: the same line naming no hour retells the title under the text: a caption
  const std::string scene = "Lễ phát động “Tháng hành động vì môi trường” tại Sân vận động huyện.";
  Article b = read_text(title + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + scene + "\n");
  CHECK(captions_in(b) == 1);
  // near-miss: a photo's caption names the hour of what it shows, not when the event is held
  const std::string hour = "Quang cảnh lễ chào cờ tại trụ sở UBND tỉnh lúc 7h sáng.";
  Article c = read_text(title + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + hour + "\n");
  CHECK(caption_reads(c, hour));
}

TEST_CASE("a name printed over the text and again under it signs it: no title") {
  const std::string text = std::string(kLead) + "\n\n" + kBody + "\n\n" + kLast + "\n\n";
  Article a = read_text("VAFA\n\n" + text + "VAFA\n");
  CHECK(a.title.empty());
  CHECK(a.author == "VAFA");
  CHECK(a.lead == kLead);
  // near-miss: a short title over the text, another name signing under it
  Article b = read_text("Tổng kết năm 2021\n\n" + text + "Minh Anh\n");
  CHECK(b.title == "Tổng kết năm 2021");
  CHECK(b.author == "Minh Anh");
  // near-miss: a poem's one-word title printed again under it is its title
  Article c = read_text("Mẹ\n\n" + text + "Mẹ\n");
  CHECK(c.title == "Mẹ");
}

TEST_CASE(
    "a notice's letterhead with no motto: the kind and subject its title, the chaplain's "
    "name its author") {
  const std::string subject = "V/v: Hoãn tổ chức “Trại huấn luyện Huynh trưởng” năm 2025";
  const std::string notice =
      "THÔNG BÁO " + subject +
      "\n\nthông báo xứ đoàn\n\nGIÁO PHẬN BẮC NINH\n\nXỨ ĐOÀN TNTT "
      "PHAOLO HẠNH\n\nBắc Ninh, ngày 15 tháng 8 năm 2025\n\nTHÔNG BÁO\n\n" +
      subject +
      "\n\nKính thưa quý Huynh trưởng, Dự trưởng và phụ huynh,\n\n"
      "Do thời tiết diễn biến phức tạp trong những ngày tới, Ban Điều hành xứ đoàn quyết định "
      "hoãn tổ chức trại huấn luyện đến thời gian thích hợp hơn.\n\n"
      "Rất mong quý Huynh trưởng và các em thông cảm, tiếp tục giữ tinh thần hăng say phục vụ "
      "trong các sinh hoạt của xứ đoàn.\n\nXin kính chào.\n\nTUYÊN ÚY XỨ ĐOÀN\n\n"
      "Phaolo Trần Văn Hiếu\n";
  Article a = read_text(notice);
  CHECK(a.title == "THÔNG BÁO " + subject);
  REQUIRE(a.date.has_value());
  CHECK(a.date->year == 2025);
  CHECK(a.date->month == 8);
  CHECK(a.date->day == 15);
  CHECK(a.author == "Phaolo Trần Văn Hiếu");
  CHECK(a.topic.empty());
  CHECK_FALSE(shows_text(a, "Kính thưa"));
  CHECK_FALSE(shows_text(a, "GIÁO PHẬN"));
  // near-miss: a page's own title and text over the notice it quotes keep their header
  const std::string page_title = "Xứ đoàn Phaolo Hạnh thông báo hoãn trại huấn luyện";
  Article b = read_text(page_title +
                        "\n\nVăn phòng xứ đoàn xin gửi đến cộng đoàn thông báo về "
                        "trại huấn luyện năm nay.\n\n" +
                        notice.substr(notice.find("GIÁO PHẬN")));
  CHECK(b.title == page_title);
}

TEST_CASE("a notice's addressees ending on 'trực thuộc' keep the text under them") {
  // the review's: "trực thuộc" was taken for a word leading into the next line, the two
  // paragraphs were joined, and the document's frame left the text out with the addressees
  const std::string first = "Thực hiện chương trình công tác năm 2024.";
  Article a = read_text(
      "HỘI NÔNG DÂN HUYỆN CẦN ĐƯỚC\n\nBAN THƯỜNG VỤ\n\nCần Đước, ngày 03 tháng 12 năm 2024\n\n"
      "THÔNG BÁO\n\nVề việc tổ chức Hội nghị tổng kết năm 2024\n\nKính gửi: Các cơ sở Hội trực "
      "thuộc\n\n" +
      first +
      "\n\nThành phần tham dự gồm Chủ tịch, Phó Chủ tịch Hội Nông dân các xã, thị trấn. Đề nghị "
      "các "
      "cơ sở Hội cử đại biểu dự đầy đủ, đúng giờ.\n\nTM. BAN THƯỜNG VỤ\n\nCHỦ TỊCH\n\nTrần Văn "
      "Lâm\n");
  CHECK(a.title == "THÔNG BÁO Về việc tổ chức Hội nghị tổng kết năm 2024");
  CHECK(a.lead == first);
  CHECK_FALSE(shows_text(a, "Kính gửi"));
}
