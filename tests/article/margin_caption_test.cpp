// A caption the page set off the body's margin (article/margin_caption.h): the place is the
// sign, whatever the line says; pages made for the test after the shapes of
// tests/fixtures/real-eval31/mnbinhminh-1, real-eval32/quanha-bachthong-1 (far right) and
// real-eval34/tinhdoan-tayninh-1 (left of indented paragraphs).
#include "article/margin_caption.h"

#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPad(60, ' ');

const std::string kLead =
    "Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức lớp bồi dưỡng chuyên đề năm 2024 cho toàn thể cán "
    "bộ, đảng viên trong xã.\n\n";
const std::string kBody =
    "Tại lớp học, các đồng chí được nghe giới thiệu những nội dung cơ bản của chuyên đề, liên "
    "hệ với công việc hằng ngày của mỗi người ở cơ sở.\n\n";

}  // namespace

TEST_CASE("margin caption: a clause pushed far right is the photo's caption, not the byline") {
  // Last line of a cut text, no credit, no stop: by its words alone it signed the page.
  Article a = read_ok(
      InputFile{"bai.txt", kLead + kBody + kPad + "CB, GV nghe giảng về tư tưởng Hồ Chí Minh\n"});
  CHECK(captions_in(a) == 1);
  CHECK(a.author.empty());
  // the same line at the margin: no sign of a photo (the byline's reading stays as it was)
  Article flat =
      read_ok(InputFile{"bai.txt", kLead + kBody + "CB, GV nghe giảng về tư tưởng Hồ Chí Minh\n"});
  CHECK(captions_in(flat) == 0);
}

TEST_CASE("margin caption: photos standing together, one line each, between paragraphs") {
  Article a =
      read_ok(InputFile{"bai.txt", kLead + kPad + "Tổ bầu cử số 1 (Khuổi Thiêu – Cốc Xả)\n" + kPad +
                                       "  Tổ bầu cử số 2 (Nà Cà – Đoàn Kết)\n\n" + kBody});
  CHECK(captions_in(a) == 2);
  CHECK(a.blocks.back().type == BlockType::Paragraph);
}

TEST_CASE("margin caption: a signature pushed right stays the byline") {
  Article a = read_ok(InputFile{"bai.txt", kLead + kBody + kPad + "Thanh Tâm\n"});
  CHECK(captions_in(a) == 0);
  CHECK(a.author == "Thanh Tâm");
  Article cv = read_ok(InputFile{"bai.txt", kLead + kBody + kPad + "CTV- Nguyễn Thơm\n"});
  CHECK(captions_in(cv) == 0);
}

TEST_CASE("margin caption: only a line far from the page's own margin, after the body begins") {
  std::vector<std::string> lines = {"Tiêu đề căn giữa của trang web xã",
                                    "Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức lớp bồi dưỡng chuyên đề "
                                    "năm 2024 cho toàn thể cán bộ, đảng viên.",
                                    "Các đồng chí nghe giảng chuyên đề", "Các đại biểu dự lớp học"};
  std::vector<PhotoHint> hints(lines.size(), PhotoHint::None);
  // the header's centred line stays the header's; a line 30 columns in is far from the
  // sentences' margin of 0, one 10 columns in is not
  hint_off_margin_lines(lines, {40, 0, 30, 10}, hints);
  CHECK(hints == std::vector<PhotoHint>{PhotoHint::None, PhotoHint::None, PhotoHint::OffMargin,
                                        PhotoHint::None});
  // a page indenting every line by 30 columns sets none apart
  std::vector<PhotoHint> same(lines.size(), PhotoHint::None);
  hint_off_margin_lines(lines, {30, 30, 30, 30}, same);
  CHECK(same == std::vector<PhotoHint>(lines.size(), PhotoHint::None));
}

TEST_CASE("margin caption: a line at the edge between indented paragraphs is a caption") {
  // No act or opening a wording rule knows: by its words, a subheading. (The page this
  // comes from, real-eval34/tinhdoan-tayninh-1, opens it with "Chi đoàn", which the caption
  // score now knows as it knows "Chi bộ"; the line here keeps no such opening.)
  const std::string in(7, ' ');
  const std::string line = "Cơ quan Tỉnh đoàn tổng kết ống tre Bác Hồ năm 2018\n\n";
  Article a = read_ok(InputFile{"bai.txt", in + kLead + in + kBody + line + in + kBody + "KH\n"});
  CHECK(captions_in(a) == 1);
  CHECK(a.author == "KH");
  // on a page that indents nothing, the same line is the subheading it reads as
  Article flat = read_ok(InputFile{"bai.txt", kLead + kBody + line + kBody + "KH\n"});
  CHECK(captions_in(flat) == 0);
}

TEST_CASE("margin caption: the page's boxes at the edge past the text's last sentence are none") {
  // A page indenting its paragraphs, no byline (or one the reader missed), then the site's
  // boxes at the page's edge: their titles name nothing a photo shows.
  const std::string in(5, ' ');
  const std::string boxes = "Tin mới đăng\n\nXem nhiều nhất\n";
  Article a = read_ok(InputFile{"bai.txt", in + kLead + in + kBody + boxes});
  CHECK(captions_in(a) == 0);
  // a caption there, under the last sentence, names the photo's scene: it stays one
  Article photo =
      read_ok(InputFile{"bai.txt", in + kLead + in + kBody +
                                       "Các đại biểu tham dự lớp bồi dưỡng chụp ảnh lưu niệm\n"});
  CHECK(captions_in(photo) == 1);
  // and a line at the edge between indented paragraphs still needs no such words
  const std::string line = "Chi đoàn cơ quan Tỉnh đoàn tổng kết ống tre Bác Hồ năm 2018\n\n";
  Article between = read_ok(InputFile{"bai.txt", in + kLead + in + kBody + line + in + kBody});
  CHECK(captions_in(between) == 1);
}
