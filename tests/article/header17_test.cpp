// Session 17's header shapes, each on a small made-up page, with the near misses that must not
// match: a date line's label in a site's own words ("Ngày đăng tin:"), a date line glued to the
// lead after such a label, a bulleted date line, a template's empty field name glued to the date
// ("author25/01/2025"), the page's link to print it after the date ("… PM In bài"), the list of
// sections a post is filed under between its title and its date, and a meeting's view ("Toàn
// cảnh cuộc họp") under the date, the lead after it. And the byline's: "Tin" before an office's
// initials, the lead's agency in brackets alone over it, an office and the place it serves after
// the writer's name, a byline with its date closing the text.
#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/glued_date.h"
#include "article/header_lines.h"
#include "article/header_shapes.h"
#include "article/lead_prefix.h"
#include "article/reader.h"
#include "article/scene_caption.h"
#include "fixtures.h"
#include "text/date_line.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Họp ban tổ chức Lễ kỷ niệm 55 năm ngày thành lập Viện kiểm sát";
const std::string kLead =
    "Tại cuộc họp, đại diện Ban tổ chức báo cáo việc triển khai thực hiện kế hoạch tổ chức Lễ kỷ "
    "niệm 55 năm ngày thành lập Viện kiểm sát nhân dân và Đại hội thi đua yêu nước lần thứ V.";
const std::string kSecond =
    "Theo kế hoạch, buổi lễ sẽ được tổ chức vào ngày 23/7/2015 tại Trung tâm Hội nghị Quốc gia, "
    "truyền hình trực tuyến tại gần 800 điểm cầu của Viện kiểm sát các cấp trong toàn quốc.";
const std::string kText = kLead + "\n\n" + kSecond + "\n";

std::string iso(const Article& a) {
  return (a.date ? a.date->iso() : "none") + " " + a.time.value_or("-");
}

}  // namespace

TEST_CASE("header17: a labelled date line in a site's own words is the date") {
  Article a =
      read_text("Tin tức - Sự kiện\n\n" + kTitle + "\n\nNgày đăng tin: 18/05/2015\n\n" + kText);
  CHECK(a.title == kTitle);
  CHECK(iso(a) == "2015-05-18 -");
  CHECK(a.topic == "Tin tức - Sự kiện");
  CHECK(a.lead == kLead);
  // near miss: a section named "Ngày …" with its own words after the date is no date line
  Article b =
      read_text(kTitle + "\n\nNgày hội đại đoàn kết: 18/11/2020 tại khu dân cư số 3\n\n" + kText);
  CHECK(iso(b) == "none -");
}

TEST_CASE("header17: a labelled date line glued to the lead is cut from it") {
  const std::string label = "Ngày đăng: 01/08/2022";
  const std::string lead =
      "Ngày 01/8/2022, đoàn Phật giáo tỉnh do Đại đức Thích Viên Như làm trưởng đoàn đã đến chúc "
      "mừng Ban Tôn giáo tỉnh nhân dịp kỷ niệm Ngày truyền thống của Ngành.";
  CHECK(glued_date_end(label + lead) == label.size());
  CHECK(glued_date_end("Thứ Hai, 01/08/2022 10:05Hà Nội tổ chức hội nghị") ==
        std::string("Thứ Hai, 01/08/2022 10:05").size());
  // no date line before the glue: a title's words, a sentence's day
  CHECK_FALSE(glued_date_end("Kỷ niệm 01/08/2022Ngày truyền thống của Ngành"));
  CHECK_FALSE(glued_date_end("Sáng 01/08/2022Đoàn đến chúc mừng Ban Tôn giáo"));
  Article a = read_text(kTitle + "\n" + label + lead + "\n" + kSecond + "\n");
  CHECK(a.title == kTitle);
  CHECK(iso(a) == "2022-08-01 -");
  CHECK(a.lead == lead);
}

TEST_CASE("header17: a bulleted date line under the title is the date, no link dropped") {
  Article a = read_text(kTitle + "\n\n •  11:13 thứ hai ngày 07/03/2005\n" + kText);
  CHECK(a.title == kTitle);
  CHECK(iso(a) == "2005-03-07 11:13");
  CHECK(a.lead == kLead);
  // near miss: a bulleted link alone under the text is still no paragraph
  Article b = read_text(kTitle + "\n\n07/03/2005\n\n" + kText +
                        "\n• Xem thêm các bài viết cùng chuyên mục\n");
  for (const Block& block : b.blocks) CHECK(block.text.find("Xem thêm") == std::string::npos);
}

TEST_CASE("header17: a template's empty field name glued to the date line") {
  CHECK(parse_date_line("author25/01/2025 13:20").has_value());
  CHECK(parse_date_line("posted25/01/2025").has_value());
  // near misses: too short for a field's name, a word of the text after the date, a name
  CHECK_FALSE(parse_date_line("ab25/01/2025 13:20").has_value());
  CHECK_FALSE(parse_date_line("author25/01/2025 Hội nghị").has_value());
  CHECK_FALSE(parse_date_line("Author25/01/2025").has_value());
  // the line under the title opens in lower case, yet is the date line, not the title's end
  const std::string title = "Bà con người Việt tại TTTM Sapa, Praha, CH Séc vui Tết cộng đồng";
  Article a = read_text(title + "\nTin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG\n" +
                        "author25/01/2025 13:20\n\n" + kText);
  CHECK(a.title == title);
  CHECK(iso(a) == "2025-01-25 13:20");
  CHECK(a.topic.empty());
  CHECK(a.lead == kLead);
}

TEST_CASE("header17: the sections a post is filed under, between its title and its date") {
  CHECK(is_section_list("Tin nổi bật, Người Việt tại Séc, CỘNG ĐỒNG"));
  CHECK(is_section_list("Thời sự, Xây dựng Đảng"));
  // near misses: a title's clauses, a place then an act, one section, a sentence
  CHECK_FALSE(is_section_list("Hà Nội, TP HCM tăng cường phòng chống dịch bệnh"));
  CHECK_FALSE(is_section_list("Xây dựng Đảng"));
  CHECK_FALSE(is_section_list("Đoàn kết, Kỷ cương."));
  CHECK_FALSE(is_section_list("Học tập, làm theo Bác"));
  // a kicker over its title stays a kicker: the lower line is no list of sections
  Article a = read_text(
      "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n\nHuyện Hồng Dân: Lan "
      "tỏa việc học tập và làm theo Bác\n\nThứ Hai, 05/12/2022 | 17:41\n\n" +
      kText);
  CHECK(a.title == "Huyện Hồng Dân: Lan tỏa việc học tập và làm theo Bác");
  CHECK(a.topic == "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh");
}

TEST_CASE("header17: the page's link to print it after the date line") {
  const std::string title =
      "Đoàn đại biểu tỉnh đi dự Đại hội đại biểu toàn quốc Mặt trận Tổ quốc Việt Nam lần thứ IX.";
  Article a = read_text(title + "\nNgày đưa:  20/09/2019 01:44:30 PM In bài\n\n" + kText);
  CHECK(a.title == title);
  CHECK(iso(a) == "2019-09-20 13:44");
  CHECK(a.lead == kLead);
}

TEST_CASE("header17: a meeting's view under the date line is a caption, the lead after it") {
  CHECK(describes_photo_scene("Toàn cảnh cuộc họp"));
  // near miss: the same opening naming no event stays a subheading's
  CHECK_FALSE(describes_photo_scene("Toàn cảnh bức tranh kinh tế của ấp năm qua"));
  Article a = read_text("Tin tức - Sự kiện\n\n" + kTitle + "\n\nNgày đăng tin: 18/05/2015\n \n" +
                        "Toàn cảnh cuộc họp\n \n" + kText);
  CHECK(captions_in(a) == 1);
  CHECK(a.lead == kLead);
}

TEST_CASE("header17: 'Tin' or 'Bài' before an office's initials, the colon lost") {
  CHECK(author_in_byline("Tin HCMUS") == "HCMUS");
  CHECK(author_in_byline("Bài VKSND") == "VKSND");
  // near misses: before a name the word may be the name's own; a longer line is no credit
  CHECK(author_in_byline("Tin Minh Anh") == "Tin Minh Anh");
  CHECK(author_in_byline("Tin HCMUS TP HCM") == "Tin HCMUS TP HCM");
  Article a = read_text(kTitle + "\n\n18/05/2015\n\n" + kText + "\nTin HCMUS\n");
  CHECK(a.author == "HCMUS");
}

TEST_CASE("header17: the lead's agency alone in brackets over it is the source, no writer") {
  CHECK(source_line("(kiemsat.vn)") == "kiemsat.vn");
  CHECK(source_line("(TTXVN)") == "TTXVN");
  // near misses: a writer's name in brackets, a place in capitals, words
  CHECK_FALSE(source_line("(Thanh Huyền)"));
  CHECK_FALSE(source_line("(HUẾ)"));
  CHECK_FALSE(source_line("(kiemsat.vn đưa tin)"));
  Article a = read_text(kTitle + "\n\n14/07/2020 14:07\n\n(kiemsat.vn)\n" + kText);
  CHECK(a.author.empty());
  CHECK(a.source.site == "kiemsat.vn");
  CHECK(a.lead == kLead);
}

TEST_CASE("header17: an office's initials and the place it serves after the writer's name") {
  CHECK(author_in_byline("Hoàng Hiệp – VKSND tỉnh Yên Bái") == "Hoàng Hiệp");
  CHECK(author_in_byline("Minh Thư - UBND xã Đông Hòa") == "Minh Thư");
  // near misses: a second writer; a word in capitals Vietnamese spells (a name) before a place
  CHECK(author_in_byline("Kim Tiến – Tấn Hữu") == "Kim Tiến – Tấn Hữu");
  CHECK(author_in_byline("Thu Hà – NGỌC xã Đông Hòa") == "Thu Hà – NGỌC xã Đông Hòa");
}

TEST_CASE("header17: a byline with its date closing the text, the chrome under it counted") {
  const std::string related = "Khánh thành công trình lưới điện thông minh tại đặc khu Côn Đảo";
  Article a =
      read_text(kTitle + "\n\n21/03/2022 - 10:45 (GMT+7)\n\n" + kText +
                "\nXuân Tiến 21/03/2022 - 10:45 (GMT+7)\n\n" + related + "\n\n" + related + "\n");
  CHECK(a.author == "Xuân Tiến");
  for (const Block& b : a.blocks) CHECK(b.text != related);
  // the related title printed twice: both its lines are told
  CHECK(has_warning(a, "site chrome left out: 2 lines (after the byline)"));
  // near miss: an update's date alone is no byline
  Article b = read_text(kTitle + "\n\n21/03/2022\n\n" + kText + "\nCập nhật 22/03/2022 - 08:00\n");
  CHECK(b.author.empty());
}

TEST_CASE("header17: a tool on the article under its title is the page's, no title") {
  CHECK(is_page_part_name("Đánh giá bài viết"));
  CHECK(is_page_part_name("Chia sẻ bài viết"));
  CHECK(is_page_part_name("Đọc bài viết"));
  // near misses: a title about writing, "bài viết" alone, a longer line naming articles
  CHECK_FALSE(is_page_part_name("Cuộc thi viết về Đảng"));
  CHECK_FALSE(is_page_part_name("Bài viết"));
  CHECK_FALSE(is_page_part_name("Trao giải cuộc thi chính luận bài viết"));
  const std::string title = "Giao nhận quân năm 2024";
  Article a = read_text(title + "\n\nĐánh giá bài viết\n\n" + kText);
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK(a.lead == kLead);
  // near miss: a lead opening with a dash under the title stays the lead
  Article b = read_text(title + "\n\n- " + kLead + "\n\n" + kSecond + "\n");
  CHECK(b.title == title);
  CHECK(b.lead.find("Tại cuộc họp") != std::string::npos);
}

TEST_CASE("header17: a menu printed one item a line in capitals over the body gives no title") {
  Article a = read_text(
      "TRANG CHỦ\nGIỚI THIỆU\nCÔNG TÁC GIÁO DỤC\n3 PHONG TRÀO\nXÂY DỰNG ĐOÀN\n\n" + kText);
  CHECK(a.title.empty());
  CHECK(a.lead == kLead);
  // near miss: a kicker and a short title in capitals over the body stay the header
  Article b = read_text("XÂY DỰNG ĐOÀN\n\nĐẠI HỘI CHI ĐOÀN\n\n" + kText);
  CHECK(b.title == "ĐẠI HỘI CHI ĐOÀN");
}
