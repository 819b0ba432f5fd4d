// Pages of session 49's shapes (made up, shaped as tests/fixtures/real-eval88/ and
// real-eval89/ pages): a NukeViet byline naming the site's administration ("Tác giả: Quản trị
// …"); a gallery's label over the writer's name and the body it writes for, with no photo left;
// the date line with the office that posted the page after a dash, closed by a stop, over a
// photo's caption over a lead that opens with its day; a related news box's heading "Các tin
// liên quan" under a gallery's label.
#include <catch2/catch.hpp>
#include <string>

#include "article/author_shape.h"
#include "article/dated_paragraph.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kTitle = "Lễ tưởng niệm các anh hùng liệt sĩ tại Côn Đảo\n\n";
constexpr const char* kText =
    "Sáng ngày 27/3/2025, Bảo tàng tỉnh long trọng tổ chức lễ tưởng niệm các anh hùng liệt sĩ "
    "đã hy sinh tại Côn Đảo, với sự tham dự của đông đảo cán bộ, viên chức.\n\n"
    "Tại buổi lễ, các đại biểu đã cùng nhau ôn lại cuộc đời hoạt động cách mạng của các đồng "
    "chí, những tấm gương sáng ngời về tinh thần yêu nước cho thế hệ hôm nay.\n\n";

}  // namespace

TEST_CASE("a byline naming the site's administration signs as no one") {
  Article a = read_text(std::string(kTitle) + kText +
                        "Tác giả: Quản trị Điều hành Chung\n\nÝ kiến bạn đọc\n");
  CHECK(a.author.empty());
  CHECK_FALSE(shows_text(a, "Quản trị"));
  // the line is told in the report, not lost
  CHECK(has_warning(a, "byline naming the site's account, no writer, left out: Tác giả: Quản trị"));
  CHECK(signs_as_no_one("Quản trị Điều hành Chung"));
  CHECK(signs_as_no_one("Quản trị"));
  // a family name "Quản" with a given name is a writer (near-miss: the word after it)
  CHECK_FALSE(signs_as_no_one("Quản Thị Hoa"));
  Article b = read_text(std::string(kTitle) + kText + "Tác giả: Quản Thị Hoa\n");
  CHECK(b.author == "Quản Thị Hoa");
  // ... and "Trị" with its capital is a given name (the review's "Quản Trị Dũng"); the
  // administration in capitals is the account still
  CHECK_FALSE(signs_as_no_one("Quản Trị Dũng"));
  CHECK(signs_as_no_one("QUẢN TRỊ"));
}

TEST_CASE("a gallery's label over the writer's name and the body it writes for") {
  Article a = read_text(std::string(kTitle) + kText +
                        "Một số hình ảnh tại buổi lễ:\nThu Yến\n"
                        "Bảo tàng – Thư viện tỉnh Bà Rịa – Vũng Tàu\n");
  CHECK(a.author == "Thu Yến");
  CHECK(captions_in(a) == 0);
  CHECK_FALSE(shows_text(a, "Một số hình ảnh"));
  CHECK_FALSE(shows_text(a, "Thư viện tỉnh"));
  // near-miss: under the label, a caption telling what someone does after a name is the
  // gallery's (it runs on in lower case)
  Article b = read_text(std::string(kTitle) + kText +
                        "Một số hình ảnh tại buổi lễ:\nThu Yến\n"
                        "Ban Giám đốc Bảo tàng trao quà cho các em học sinh\n");
  CHECK(caption_reads(b, "Ban Giám đốc Bảo tàng trao quà"));
  // a place's caption under a person's ("Khu di tích Đền Hùng") and a delegate's position under
  // the name names no body: the gallery's captions, as the start read them (the review's)
  Article c = read_text(std::string(kTitle) + kText +
                        "Một số hình ảnh tại buổi lễ:\nLê Thị Hạnh\nKhu di tích Đền Hùng\n");
  CHECK(caption_reads(c, "Khu di tích Đền Hùng"));
  Article d = read_text(std::string(kTitle) + kText +
                        "Một số hình ảnh tại buổi lễ:\nNguyễn Văn Hòa\n"
                        "Phó Bí thư Thường trực Huyện ủy\n");
  CHECK(caption_reads(d, "Phó Bí thư Thường trực Huyện ủy"));
}

TEST_CASE("the date line with the posting office after a dash and a stop") {
  const std::string caption =
      "Vườn cây kinh doanh của Công ty đã được thanh lý năm 2005 để chuẩn bị trồng mới\n\n";
  const std::string text =
      "Ngày 12/6/2006 Công ty CP Cao su Hoà Bình tiến hành buổi lễ ra quân trồng mới.\n"
      "Diện tích trồng mới của Công ty trong năm 2006 khoảng 200 ha, các đội đều có vườn cây "
      "trồng mới.\n";
  // the photo's alt text "alt" over its caption, the lead under it opening with its day
  Article p =
      read_text("Ra quân trồng mới\n\n12-06-2006 - Phòng Kỹ thuật.\n\nalt\n" + caption + text);
  CHECK(p.title == "Ra quân trồng mới");
  CHECK(p.author == "Phòng Kỹ thuật");
  CHECK(caption_reads(p, "Vườn cây kinh doanh"));
  CHECK(p.lead.starts_with("Ngày 12/6/2006"));
  // near-miss: no photo stood over the line (no marker): it is the text's, no caption
  Article q = read_text("Ra quân trồng mới\n\n12-06-2006 - Phòng Kỹ thuật.\n\n" + caption + text);
  CHECK(captions_in(q) == 0);
  // near-miss: a sapo that lost its stop, longer than the short dated sentence under it, is
  // the lead (the review's)
  Article r = read_text(
      "Hội thi giáo viên dạy giỏi cấp huyện\n\nThứ Sáu, 07/06/2024 - 09:45\n\n[image]\n\n"
      "Hội thi năm nay có 85 giáo viên đến từ 20 trường tiểu học trên địa bàn huyện tham gia\n\n"
      "Ngày 8/12, Phòng Giáo dục và Đào tạo khai mạc hội thi.\n\n"
      "Các thầy cô đã trao đổi kinh nghiệm và đổi mới phương pháp giảng dạy trong suốt ba ngày "
      "thi, với nhiều tiết dạy sáng tạo được ban giám khảo đánh giá cao.\n");
  CHECK(r.lead.starts_with("Hội thi năm nay có 85 giáo viên"));
  CHECK(captions_in(r) == 0);
  Article a = read_text(
      "Ra quân trồng mới\n\n12-06-2006 - Phòng Kỹ thuật.\n\n"
      "Ngày 12/6/2006 Công ty CP Cao su Hoà Bình tiến hành buổi lễ ra quân trồng mới trên "
      "diện tích vườn cây đã thanh lý.\n\n"
      "Diện tích trồng mới của Công ty trong năm 2006 khoảng 200 ha, các đội đều có vườn cây "
      "trồng mới.\n");
  CHECK(a.title == "Ra quân trồng mới");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2006-06-12");
  CHECK(a.author == "Phòng Kỹ thuật");
  CHECK(a.topic.empty());
  auto d = dated("12/06/2006 - Văn phòng Công ty");
  REQUIRE(d);
  CHECK(d->byline == "Văn phòng Công ty");
  // near-misses: a section after the date is no office; a sentence after it no date line
  auto section = dated("12/06/2006 - Tin tức sự kiện");
  REQUIRE(section);
  CHECK(section->byline.empty());
  CHECK_FALSE(dated("12/06/2006 - Phòng chống dịch bệnh được các đội triển khai sớm."));
}

TEST_CASE("a related news box's heading under a gallery's label ends the article") {
  Article a = read_text(
      std::string(kTitle) + kText +
      "Một số hình ảnh tại ngày hội:\nCÁC TIN LIÊN QUAN\nĐoàn thăm chiến sĩ tình nguyện hè...\n"
      "Kết nạp Đảng chiến sĩ tình nguyện Kỳ nghỉ hồng mặt trận Vĩnh Long: tải tại đây Mùa "
      "tình nguyện...\n12 July 2022 Xem chi tiết\nSinh hoạt Chủ điểm tháng 10/2021\n"
      "08 November 2021 Xem chi tiết\n");
  CHECK(captions_in(a) == 0);
  CHECK_FALSE(shows_text(a, "Xem chi tiết"));
  CHECK_FALSE(shows_text(a, "Một số hình ảnh"));
  CHECK(a.blocks.back().text.ends_with("thế hệ hôm nay."));
  // near-miss: a how-to's part so named, its paragraphs and the byline under it, is read on
  // (the review's); only the heading's line goes
  Article b = read_text(std::string(kTitle) + kText +
                        "Các tin liên quan\n\n"
                        "Người lao động cần chuẩn bị sổ bảo hiểm xã hội, căn cước công dân và đơn "
                        "đề nghị theo mẫu khi đến làm thủ tục tại cơ quan bảo hiểm.\n\n"
                        "Hồ sơ được tiếp nhận trong giờ hành chính, kết quả trả sau năm ngày làm "
                        "việc kể từ ngày nhận đủ giấy tờ hợp lệ.\n\nĐức Huy\n");
  CHECK(b.author == "Đức Huy");
  CHECK(shows_text(b, "Hồ sơ được tiếp nhận trong giờ hành chính"));
}
