// Header shapes drawn from the pooled misses of every learning set (issue 9, session 12), each
// on a small made-up page: the upper of two lines that plainly is the better title is no
// kicker, a report's first sentence opening with its day is no title, a relative age with the
// source's address, a logo's alt text and the font-size widget's default button are the
// page's, a place before ", ngày" is a print view's, "Đăng vào" introduces a date line.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "article/title_score.h"
#include "fixtures.h"
#include "text/date_line.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kLead =
    "Chiều ngày 12/3, Chi bộ thôn Đông đã tổ chức lễ kết nạp hai đảng viên mới trong không "
    "khí trang nghiêm, với sự tham dự của đại diện Đảng ủy xã và các đảng viên trong chi bộ.";
const std::string kSecond =
    "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố quyết định kết nạp và giao nhiệm vụ cho "
    "các đảng viên mới, mong các đồng chí luôn phấn đấu, rèn luyện và giữ gìn tư cách.";
const std::string kBody = kLead + "\n\n" + kSecond + "\n";

}  // namespace

TEST_CASE("pooled headers: a title printed twice over a sentence ending in a colon is no kicker") {
  const std::string title = "Thủ tục chuyển sinh hoạt đảng";
  const std::string colon =
      "Theo hướng dẫn của Ban Tổ chức Trung ương, đảng viên chuyển sinh hoạt đảng cần làm "
      "các bước sau:";
  Article a = read_text(title + "\n\n" + title + "\n\n" + colon + "\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("Theo hướng dẫn"));
}

TEST_CASE("pooled headers: a title in capitals over a long sapo without its stop is no kicker") {
  const std::string title = "CHI BỘ THÔN ĐÔNG KẾT NẠP ĐẢNG VIÊN MỚI";
  const std::string sapo =
      "Sau thời gian phấn đấu và được sự giúp đỡ của chi bộ, quần chúng Trần Thị Mai, cán bộ "
      "phụ trách công tác văn hóa của thôn Đông, đã được kết nạp vào Đảng trong buổi lễ tổ "
      "chức tại nhà văn hóa thôn";
  Article a = read_text(title + "\n" + sapo + "\n" + kLead + "\n" + kSecond + "\n");
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("Sau thời gian phấn đấu"));
  // a kicker in capitals over a title of a usual length stays the kicker
  Article kicker =
      read_text("XÂY DỰNG ĐẢNG\n\nChi bộ thôn Đông kết nạp hai đảng viên mới\n\n" + kBody);
  CHECK(kicker.topic == "XÂY DỰNG ĐẢNG");
  CHECK(kicker.title == "Chi bộ thôn Đông kết nạp hai đảng viên mới");
}

TEST_CASE("pooled headers: a reader's question under the title is the lead") {
  const std::string title = "Chuyển đảng chính thức";
  const std::string question =
      "Bạn đọc Nguyễn Văn Bình hỏi: Đảng viên dự bị bị ốm dài ngày có được xét chuyển đảng "
      "chính thức đúng hạn không?";
  Article a = read_text(title + "\n\n" + question + "\n\nTrả lời\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK(a.lead == question);
  CHECK(is_asked_question(question));
  CHECK_FALSE(is_asked_question("Vì sao phải đổi mới phương thức lãnh đạo của Đảng?"));
}

TEST_CASE("pooled headers: a report's first sentence opening with its day is no title") {
  const std::string sapo =
      "Ngày 12/3/2024, Chi bộ thôn Đông đã tổ chức lễ kết nạp hai đảng viên mới cho Đảng bộ xã";
  Article a = read_text(sapo + "\n\n" + sapo + ". " + kLead + "\n\n" + kSecond + "\n");
  CHECK(a.title.empty());
  CHECK(a.lead.starts_with("Ngày 12/3/2024, Chi bộ thôn Đông"));
  // a quoted banner opening so over the title: the title under it
  const std::string title = "Chi bộ thôn Đông kết nạp hai đảng viên mới";
  Article banner = read_text(
      "\"Ngày 20/5/2024, cử tri cả xã đi bầu trưởng thôn nhiệm kỳ mới trong không khí dân chủ\"\n" +
      title + "\n" + kLead + "\n\n" + kSecond + "\n");
  CHECK(banner.title == title);
  CHECK(banner.lead == kLead);
  CHECK(opens_with_dated_clause("Sáng 15-01, tại hội trường xã, Đảng ủy tổ chức hội nghị"));
  CHECK_FALSE(opens_with_dated_clause("Ngày 3/2: kỷ niệm ngày thành lập Đảng"));
  CHECK_FALSE(opens_with_dated_clause("Kỷ niệm 94 năm, ngày 3/2/1930"));
}

TEST_CASE("pooled headers: a relative age with the source's address is the page's") {
  const std::string title = "Thành lập chi bộ thôn Đông trực thuộc Đảng bộ xã";
  Article a = read_text("Logo Tin Nhanh Thôn Đông\n\n" + title + "\n\n" + title +
                        "\n\n2 tuần trước www.tinthondong.vn\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.topic.empty());  // a logo's alt text names no section
  CHECK(a.lead == kLead);
}

TEST_CASE("pooled headers: the font-size widget's default button under the date line") {
  const std::string title = "Chi bộ thôn Đông kết nạp hai đảng viên mới";
  Article a = read_text("Thứ 2, Ngày 06/05/2024 -\n\n" + title +
                        "\nNgày đăng: 04/05/2024 10:15\nMặc định Cỡ chữ\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.lead == kLead);
}

TEST_CASE("pooled headers: \"Đăng vào\" introduces a date line") {
  auto dt = parse_date_line("Đăng vào 15/10/2020");
  REQUIRE(dt);
  CHECK(dt->date.iso() == "2020-10-15");
}

TEST_CASE("pooled headers: a visitors' box or a breadcrumb's label names no section") {
  const std::string title = "Chi bộ thôn Đông kết nạp hai đảng viên mới";
  for (std::string box : {"Thống kê truy cập", "You are here"}) {
    Article a = read_text(box + "\n\n" + title + "\n\n" + kBody);
    CHECK(a.title == title);
    CHECK(a.topic.empty());
  }
}

TEST_CASE("pooled headers: a print view's place before its date is no title") {
  Article a = read_text("Phú Lâm, ngày 14 tháng 05 năm 2024\n\n" + kBody);
  CHECK(a.title.empty());
  CHECK(a.lead == kLead);
}

TEST_CASE("pooled headers: a line printed twice over a page title is a photo's, not the title") {
  const std::string caption = "Đại hội Chi bộ thôn Đông nhiệm kỳ 2025 - 2027 thành công tốt đẹp";
  const std::string title = "Chi bộ thôn Đông kết nạp hai đảng viên mới, lan tỏa niềm tin";
  Article a = read_text(caption + "\n\n" + caption + "\n\n" + title + "\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK(a.lead == kLead);
  // a title printed twice, the lead under it
  Article twice = read_text(title + "\n\n" + title + "\n\n" + kBody);
  CHECK(twice.title == title);
  CHECK(twice.lead == kLead);
}

TEST_CASE("pooled headers: a question of a title's length under a kicker stays the title") {
  const std::string kicker = "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh";
  const std::string question = "“Làm thế nào để chi bộ thôn Đông giữ vững vai trò hạt nhân?\"";
  Article a = read_text(kicker + "\n\n" + question + "\n\n" + kBody);
  CHECK(a.topic == kicker);
  CHECK(a.title == question);
  CHECK(a.lead == kLead);
}
