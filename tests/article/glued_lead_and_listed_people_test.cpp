// Pages of session 55's shapes (made up, shaped as tests/fixtures/real-eval100/ and
// real-eval101/ pages): a title in ordinary case glued to a lead that opens with its time; the
// title printed again where the photos stood with its quotation marks typed another way; the
// people a photo shows listed by name with an ellipsis, under a byline of initials; the text
// between a title the scorer moved up and a caption the rules had taken for it; a date's label
// alone over the date.
#include <catch2/catch.hpp>
#include <string>

#include "article/bare_caption.h"
#include "article/capitals_title_glue.h"
#include "article/reader.h"
#include "article/title_repeat.h"
#include "fixtures.h"
#include "text/normalize.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kLead =
    "Ngày 12 tháng 3 năm 2014, trong chuyến thăm và làm việc tại tỉnh, đồng chí Bí thư Tỉnh ủy "
    "đã đến thăm, động viên cán bộ, công nhân đang thi công công trình cầu Bến Thủy 2.";
constexpr const char* kBody =
    "Tại công trường, đồng chí Bí thư Tỉnh ủy đã nghe lãnh đạo Công ty báo cáo tiến độ thi công, "
    "những khó khăn, vướng mắc trong việc giải phóng mặt bằng và cung ứng vật tư.";
constexpr const char* kLast =
    "Đồng chí yêu cầu Công ty tập trung nhân lực, máy móc, bảo đảm an toàn lao động và chất lượng "
    "công trình, phấn đấu hoàn thành đúng tiến độ đã đề ra.";

}  // namespace

TEST_CASE("a title in ordinary case glued to a lead that opens with its time is split there") {
  const std::string title = "Bí thư Tỉnh ủy thăm công trường cầu Bến Thủy 2";
  Article a = read_text(title + kLead + "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(a.title == title);
  CHECK(a.lead == kLead);
  // glued after a small letter, the lead opening with its part of the day
  const std::string small = "Công đoàn Công ty tổ chức hội thao chào mừng ngày thành lập";
  CHECK(dated_lead_seam(small + "Sáng 5/3, hơn 200 đoàn viên công đoàn đã tham gia các môn thi "
                                "đấu bóng đá, kéo co") == small.size());
  // near-misses: a brand in mixed case is followed by no time; a sentence is no title; a lead
  // of a few words is none
  CHECK_FALSE(
      dated_lead_seam("Khách hàng của VPBank nhận quà tri ân trong tháng 3 năm 2024 "
                      "tại chi nhánh Hà Tĩnh"));
  CHECK_FALSE(
      dated_lead_seam("Công ty đã hoàn thành kế hoạch. Thi công cầu số 2Ngày 5/3 các "
                      "đội đã tập trung thi công hạng mục mố trụ cầu"));
  CHECK_FALSE(dated_lead_seam("Bí thư Tỉnh ủy thăm công trường cầu Bến Thủy 2Ngày 12/3"));
  // near-misses (the review's): a given name that is a time word, glued after the family's,
  // and a name's own words after the seam ("Ngày hội"), are no lead's time
  CHECK_FALSE(
      dated_lead_seam("Đồng chí Trần ThịSáng, Phó Bí thư Thường trực Huyện ủy làm việc "
                      "với Đảng ủy xã về công tác xây dựng Đảng"));
  CHECK_FALSE(
      dated_lead_seam("Cuộc thi “Thiết kế logo Festival hoa ĐàLạtNgày hội Xuân” thu hút "
                      "hơn 300 bài dự thi của học sinh, sinh viên"));
  const std::string named =
      "Theo ông Nguyễn VănNăm, Chủ tịch UBND xã Tân Hòa, năm nay xã đã "
      "hoàn thành 12 trên 19 tiêu chí nông thôn mới.";
  Article b = read_text(title + "\n\n" + named + "\n\n" + kBody + "\n\n" + kLast + "\n");
  CHECK(b.title == title);
  CHECK(shows_text(b, "Theo ông Nguyễn VănNăm, Chủ tịch"));
}

TEST_CASE("the title printed again with straight quotation marks where each photo stood") {
  const std::string title = "Đoàn Thanh niên Công ty ra quân “Ngày Chủ nhật xanh”";
  const std::string again = "Đoàn Thanh niên Công ty ra quân \"Ngày Chủ nhật xanh\"";
  CHECK(repeats_title(again, fold_for_match(title)) == TitleRepeat::Alone);
  CHECK(repeats_title(again + ".", fold_for_match(title)) == TitleRepeat::Stopped);
  const std::string page = title + "\n\n" + kLead + "\n\n" + again + "\n\n" + kBody + "\n\n" +
                           again + "\n\n" + kLast + "\n\n" + again + "\n\n" + kBody + "\n";
  Article a = read_text(page);
  CHECK(a.title == title);
  CHECK(captions_in(a) == 0);
  CHECK_FALSE(shows_text(a, again));
  // near-miss: other words after the title's are another line, not the title again
  CHECK(repeats_title(again + " tại khu dân cư", fold_for_match(title)) == TitleRepeat::No);
  // near-miss: a print view opening at its first photo, its captions alike in their first words
  // but each its own, still reads untitled
  const std::string first =
      "Đồng chí Bí thư Tỉnh ủy thăm hỏi, động viên cán bộ, công nhân thi công cầu Bến Thủy 2";
  Article b = read_text(
      first + "\n\n" + kBody + "\n\n" +
      "Đồng chí Bí thư Tỉnh ủy thăm hỏi, động viên công nhân vận hành máy đóng cọc\n\n" + kLast +
      "\n\n" + "Đồng chí Bí thư Tỉnh ủy thăm hỏi, động viên cán bộ kỹ thuật của Công ty\n\n" +
      kBody + "\n");
  CHECK(b.title.empty());
}

TEST_CASE("the people a photo shows, listed with an ellipsis, under a byline of initials") {
  const std::string title = "Họp Ban Chấp hành Hội Văn học nghệ thuật tỉnh";
  const std::string names = "Xuân Khóa Hoàng, Vương Trọng, Trần Đình Tuấn, …";
  Article a = read_text(title + "\n\n" + kLead + "\n" + kBody + "\nMT\n" + names + "\n");
  CHECK(a.title == title);
  CHECK(a.author == "MT");
  CHECK(captions_in(a) == 1);
  CHECK(caption_reads(a, "Xuân Khóa Hoàng, Vương Trọng"));
  CHECK(lists_people_shown("Nguyễn Văn An, Trần Thị Bình, Lê Minh Châu..."));
  // near-misses: writers named whole (no ellipsis), two names, a name with a position, a list of
  // what a sentence names
  CHECK_FALSE(lists_people_shown("Xuân Khóa Hoàng, Vương Trọng, Trần Đình Tuấn"));
  CHECK_FALSE(lists_people_shown("Xuân Khóa Hoàng, Vương Trọng, …"));
  CHECK_FALSE(lists_people_shown("Xuân Khóa Hoàng, Chủ tịch Hội, Vương Trọng, Trần Đình Tuấn, …"));
  CHECK_FALSE(lists_people_shown("Tham dự có Xuân Khóa Hoàng, Vương Trọng, Trần Đình Tuấn, …"));
  // near-miss: places' names, of two words each (the review's)
  CHECK_FALSE(lists_people_shown("Quảng Ninh, Hải Phòng, Thái Bình, Nam Định, …"));
  // near-miss: a list the line above announces with its colon is the text's
  Article b = read_text(title + "\n\n" + kLead + "\n\nCác hội viên được khen thưởng gồm:\n\n" +
                        names + "\n\n" + kLast + "\n");
  CHECK(captions_in(b) == 0);
  // near-miss: a list announced in words, with no colon (the review's)
  Article c = read_text(title + "\n\n" + kLead +
                        "\n\nNhững học sinh đạt giải nhất được tuyên dương gồm các em\n\n" + names +
                        "\n\n" + kLast + "\n");
  CHECK(captions_in(c) == 0);
}

TEST_CASE("the text between the scorer's title and a caption the rules took for it is kept") {
  const std::string title =
      "Giao quyền điều hành Trung tâm Nghiên cứu Giống cây trồng cho đồng chí Lê Văn Hòa";
  const std::string lead =
      "Chiều nay, ngày 12 tháng 5 năm 2019, Giám đốc Viện GS. TS Nguyễn Văn Hải đã trao Quyết "
      "định giao phụ trách điều hành Trung tâm Nghiên cứu Giống cây trồng cho TS. Lê Văn Hòa, "
      "sau khi Giám đốc Trung tâm PGS. TS Hà Thị Lan được điều động lên Bộ công tác từ ngày 1 "
      "tháng 6 năm 2019";
  const std::string last =
      "Cuối cùng, thay mặt Trung tâm Nghiên cứu Giống cây trồng, đồng chí Lê Văn Hòa đã đứng lên "
      "cảm ơn Ban Giám đốc Viện về việc đề bạt này và hứa sẽ cùng toàn thể cán bộ viên chức của "
      "Trung tâm đoàn kết, nỗ lực để hoàn thành các công việc được giao.";
  Article a = read_text(
      title + "\n\n" + lead + "\n\n" +
      "Thay mặt Phòng Tổ chức Hành chính Viện, đồng chí Nguyễn Bá Tiến đã đọc Quyết định này\n\n"
      "GS. TS Nguyễn Văn Hải, Giám đốc Viện đã lên tặng hoa cho TS. Lê Văn Hòa, Phó Giám đốc phụ "
      "trách điều hành Trung tâm\n\n"
      "PGS. TS Hà Thị Lan lên tặng hoa cho TS. Lê Văn Hòa và có lời dặn dò chuyển giao Trung "
      "tâm Nghiên cứu Giống cây trồng\n\n" +
      last + "\n\n \n\nShare\n");
  CHECK(a.title == title);
  CHECK(a.lead == lead);
  CHECK(shows_text(a, "đồng chí Nguyễn Bá Tiến đã đọc Quyết định này"));
  CHECK(shows_text(a, "GS. TS Nguyễn Văn Hải, Giám đốc Viện đã lên tặng hoa"));
  CHECK(shows_text(a, "hoàn thành các công việc được giao."));
}

TEST_CASE("a date's label alone over the date is no section") {
  const std::string title =
      "LỄ TRAO QUYẾT ĐỊNH THÀNH LẬP TRUNG TÂM PHÁT TRIỂN VĂN HÓA ĐỌC VÀ HỌC TẬP SUỐT ĐỜI";
  const std::string lead =
      "Ngày 31 tháng 3 vừa qua, Chủ tịch Hội đồng Quản lý Quỹ đã kí quyết định thành lập, công "
      "nhận Quy chế Tổ chức và Hoạt động Trung tâm Phát triển Văn hóa đọc và Học tập suốt đời.";
  for (const char* label : {"Ngày đăng", "Cập nhật", "Ngày đăng:"}) {
    Article a = read_text(title + "\n\n" + label + "\n\n02/04/2021\n\n" + lead + "\n\n" + kBody +
                          "\n\n" + kLast + "\n");
    CHECK(a.title == title);
    CHECK(a.topic.empty());
    REQUIRE(a.date);
    CHECK(*a.date == Date{2021, 4, 2});
    CHECK_FALSE(shows_text(a, label));
  }
  // one line a paragraph, and a label of the site's own words with no colon (the review's:
  // the label had been the title, the title the topic)
  const std::string school = "Trường THPT Lê Hồng Phong tổ chức lễ trưởng thành Đoàn";
  for (const char* label : {"Ngày đăng", "Ngày đăng tin", "Ngày ban hành", "Cập nhật lần cuối"}) {
    Article b = read_text(school + "\n" + label + "\n02/04/2021\n" + lead + "\n" + kBody + "\n" +
                          kLast + "\n");
    CHECK(b.title == school);
    CHECK(b.topic.empty());
    REQUIRE(b.date);
    CHECK(*b.date == Date{2021, 4, 2});
  }
  // near-miss: a section over a date line stays the topic
  Article c = read_text("Tin hoạt động\n" + school + "\n02/04/2021\n" + lead + "\n" + kBody + "\n" +
                        kLast + "\n");
  CHECK(c.title == school);
  CHECK(c.topic == "Tin hoạt động");
}

TEST_CASE("a page part's name under the page's <title> line is no title over the date line") {
  const std::string title = "Trà Vinh : Tham gia Hội Caritas Việt Nam";
  const std::string page = title + " - Báo Đà Nẵng\nSidebar\n\nThứ Hai 22.07.2024\n\n" + title +
                           "\n\n" + kLead + "\n\n" + kBody + "\n";
  Article a = read_text(page);
  CHECK(a.title == title);
  CHECK(a.lead == kLead);
  REQUIRE(a.date);
  CHECK(*a.date == Date{2024, 7, 22});
  CHECK_FALSE(shows_text(a, "Sidebar"));
}
