// How unseen sites credit a text (session 32): "Bài viết, hình:" and "Tin, hình ảnh:" as the
// text-and-photos label, a theme's "Viết bởi Admin" under its title, a role's initials before the
// writer's name ("TPT Đội:"), a board's line under a credit, a weather box's words under a
// labelled byline, a board signing over a gallery label with no photos under it (shaped as
// tests/fixtures/real-eval53/giaophanmytho-1, thsp-ctu-1, ptdtnt-dakrlap-1, gxdmhcg-1,
// real-eval52/halongcoal-1). Made-up pages of those shapes.
#include <catch2/catch.hpp>
#include <string>

#include "article/author_shape.h"
#include "article/by_line.h"
#include "article/byline.h"
#include "article/office_byline.h"
#include "article/reader.h"
#include "article/text_photo_label.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kLead =
    "(WGPMT) Vào lúc 09g00 ngày 11.02.2025, Đức Cha Phêrô đã dâng thánh lễ kính Đức Mẹ Lộ Đức "
    "– Ngày Thế giới Bệnh nhân tại Nhà thờ Chánh Toà.\n";
const std::string kBody =
    "Trước khi cử hành thánh lễ, cha sở cùng hai cha phó đã ban Bí tích Giải tội tại chỗ ngồi "
    "cho những bệnh nhân và người cao tuổi.\n"
    "Thánh lễ kết thúc lúc 10g20, Đức Cha đã trao những phần quà cho quý sơ và những người già "
    "ngồi xe lăn.\n";

}  // namespace

TEST_CASE("credit forms: 'bài viết' and 'hình' in the text-and-photos label") {
  CHECK(text_photo_label("Bài viết, hình: Hoài Bão").size ==
        std::string("Bài viết, hình: ").size());
  CHECK(text_photo_label("Tin, hình ảnh: Minh Anh").size > 0);
  CHECK(text_photo_label("Bài viết và ảnh: Minh Anh").size > 0);
  // a photo's credit alone is no writer's: photos_only
  CHECK(text_photo_label("Hình: Minh Anh").photos_only);
  // a sentence opening with the words: no label
  CHECK(text_photo_label("Hình ảnh hoạt động của chi đoàn").size == 0);
  CHECK(opens_with_writer_credit("Bài viết, hình: Hoài Bão"));
}

TEST_CASE("credit forms: a credit under the title is no wrapped half of it") {
  // the title ends on "Bệnh nhân" (the patient, not "nhân" as "on the occasion of"), a board's
  // line under the credit, then the lead: the title whole, the writer named, the board no lead
  Article a = read_text(
      "Có gần 600 bệnh nhân, người cao tuổi tham dự thánh lễ Ngày Thế giới Bệnh nhân\n"
      "Bài viết, hình: Hoài Bão\nBTT Giáo phận\n" +
      kLead + kBody);
  CHECK(a.title == "Có gần 600 bệnh nhân, người cao tuổi tham dự thánh lễ Ngày Thế giới Bệnh nhân");
  CHECK(a.author == "Hoài Bão");
  CHECK(a.lead.find("Vào lúc 09g00") != std::string::npos);
}

TEST_CASE("credit forms: a theme's 'Viết bởi' line names its poster, the site's account no one") {
  CHECK(by_line_name("Viết bởi Admin"));
  CHECK(by_line_name("Đăng bởi admin"));
  CHECK(by_line_name("Được đăng bởi Minh Anh"));
  CHECK(*by_line_name("ĐĂNG BỞI Minh Anh") == "Minh Anh");
  CHECK_FALSE(by_line_name("Viết bởi những người con của quê hương, cuốn sách đã ra đời."));
  CHECK(signs_as_no_one("Admin"));
  CHECK(signs_as_no_one("Quản trị viên"));
  CHECK_FALSE(signs_as_no_one("Adminh Lê"));
  // the title in capitals over it, though it reads as a section's label, is the title
  Article a = read_text(
      "LỄ TRI ÂN - TRƯỞNG THÀNH\nViết bởi Admin\n"
      "Lễ Tri ân – Trưởng thành là hoạt động rất ý nghĩa trong mỗi cuộc đời học sinh, để lại "
      "nhiều cảm xúc trong suốt thời gian thanh xuân tuổi học trò.\n"
      "Năm nay, Trường tổ chức Lễ Tri ân – Trưởng thành vào chủ nhật, ngày 19 tháng 5 năm 2024 "
      "tại hội trường của trường.\n");
  CHECK(a.title == "LỄ TRI ÂN - TRƯỞNG THÀNH");
  CHECK(a.author.empty());
  CHECK(a.topic.empty());
  // the line is told, not lost
  CHECK(has_warning(a, "byline naming the site's account, no writer, left out: Viết bởi Admin"));
}

TEST_CASE("credit forms: a role's initials before the writer's name") {
  CHECK(author_in_byline("TPT Đội: Hoàng Hoa Thúy") == "Hoàng Hoa Thúy");
  CHECK(author_in_byline("GVCN: Lê Minh Thu") == "Lê Minh Thu");
  // a medium's name, a label in words: not a role's initials
  CHECK(author_in_byline("VIDEO: Lê Minh Thu") != "Lê Minh Thu");
  CHECK(author_in_byline("Địa chỉ: Lê Minh Thu") != "Lê Minh Thu");
}

TEST_CASE("credit forms: a line in lower case under a labelled name is none of it") {
  Article a = read_text(
      "Thăm hỏi, tặng quà công nhân có hoàn cảnh khó khăn\n\n"
      "Ngày 22/5, lãnh đạo công ty cùng đại diện các phòng chuyên môn đã đi thăm hỏi và tặng "
      "quà các gia đình công nhân có hoàn cảnh khó khăn.\n\n"
      "Trực tiếp trao quà, đại diện lãnh đạo công ty đã ân cần hỏi thăm tình hình sức khỏe, đời "
      "sống của từng gia đình.\n\n"
      "Tác giả: Hoàng Huy Du\nmây đen u ám\n");
  CHECK(a.author == "Hoàng Huy Du");
  for (const Block& b : a.blocks) CHECK(b.text.find("mây đen") == std::string::npos);
}

TEST_CASE("credit forms: a board signs over a gallery's label with no photos under it") {
  Article a = read_text(
      "Thánh lễ cầu nguyện cho các linh mục qua đời trong đại dịch\n\n"
      "GXĐMHCG: Tối hôm qua, vào lúc 18g00 ngày 23/11, Giáo xứ tổ chức thánh lễ cầu nguyện cho "
      "quý Cha nguyên là chánh xứ đã qua đời trong thời gian dịch bệnh.\n\n"
      "Nguyện xin Chúa cho quý Cha đã qua đời được hưởng phúc chiêm ngưỡng thánh nhan. Thánh lễ "
      "cũng tưởng nhớ đến tất cả anh chị em đã qua đời.\n\n"
      "BTT Giáo xứ\n\nHình ảnh:\n");
  CHECK(a.author == "BTT Giáo xứ");
  CHECK(has_warning(a, "dropped a closing photo heading"));
}

TEST_CASE("credit forms: an office signs in capitals") {
  CHECK(signs_in_capitals("BAN QUẢN LÝ KHU DI TÍCH CỔ LOA"));
  CHECK(signs_in_capitals("HUYỆN ĐOÀN BÌNH LIÊU"));
  CHECK(signs_as_office("Khoa Nghiệp vụ Cơ sở"));
  // a heading in capitals of other words, a line with a colon, a title case name: none
  CHECK_FALSE(signs_in_capitals("TIN LIÊN QUAN"));
  CHECK_FALSE(signs_in_capitals("BAN CHẤP HÀNH: NHIỆM KỲ MỚI"));
  CHECK_FALSE(signs_in_capitals("Ban Quản lý Khu di tích"));
  CHECK_FALSE(signs_as_office("Khoa học công nghệ"));
}
