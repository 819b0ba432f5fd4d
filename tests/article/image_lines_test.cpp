// Lines a page keeps where a photo stood (article/image_lines.h): a converter's markdown
// image, alone or in a table's cell, and an image's bare name, on made-up pages.
#include "article/image_lines.h"

#include <catch2/catch.hpp>

#include "article/image_markup.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Đảng bộ xã Tân Phú tổ chức đại hội nhiệm kỳ 2025-2030";
const std::string kLead =
    "Sáng 12/5, Đảng bộ xã Tân Phú tổ chức đại hội đại biểu lần thứ XV, nhiệm kỳ 2025-2030 với "
    "sự tham dự của 120 đảng viên ưu tú đại diện cho gần 400 đảng viên toàn Đảng bộ.\n\n";
const std::string kBody =
    "Đại hội đã thảo luận, thông qua báo cáo chính trị, đề ra phương hướng, nhiệm vụ nhiệm kỳ "
    "mới và bầu Ban Chấp hành Đảng bộ xã khóa XV gồm 15 đồng chí, bầu đoàn đại biểu đi dự đại "
    "hội Đảng bộ huyện.\n\n";
const std::string kClosing =
    "Phát biểu bế mạc, đồng chí Bí thư Đảng ủy xã đề nghị cấp ủy khóa mới sớm xây dựng chương "
    "trình hành động, đưa nghị quyết đại hội vào cuộc sống ở từng chi bộ thôn.\n\n";

bool in_text(const Article& a, std::string_view s) {
  if (a.title.find(s) != std::string::npos || a.lead.find(s) != std::string::npos) return true;
  for (const Block& b : a.blocks)
    if (b.text.find(s) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("image lines: a markdown image in a table makes the cell under it its caption") {
  Article a = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + kBody + "![](dai-hoi-1.jpg) |\n" +
                       "Ban Chấp hành Đảng bộ xã khóa mới ra mắt đại hội. |\n\n" + kBody});
  CHECK_FALSE(in_text(a, "dai-hoi-1.jpg"));
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[1].text == "Ban Chấp hành Đảng bộ xã khóa mới ra mắt đại hội.");
  // the cell is the caption at the text's end too (a stored text cut after it), however long
  const std::string cell =
      "Ban Chấp hành Đảng bộ xã khóa mới và đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ huyện "
      "Tân Phú lần thứ XX, nhiệm kỳ 2025-2030 ra mắt đại hội.";
  Article b = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + kBody + "![](dai-hoi-1.jpg) |\n" + cell + " |\n"});
  CHECK(captions_in(b) == 1);
  REQUIRE_FALSE(b.blocks.empty());
  CHECK(b.blocks.back().text == cell);
}

TEST_CASE("image lines: an image's bare name in lower-case ASCII") {
  CHECK(is_bare_image_name("dai hoi"));
  CHECK(is_bare_image_name("daihoi"));
  CHECK(is_bare_image_name("dai hoi2"));
  CHECK(is_bare_image_name("anh_1"));
  CHECK(is_bare_image_name("chi-bo-3"));
  CHECK_FALSE(is_bare_image_name("Đại hội"));
  CHECK_FALSE(is_bare_image_name("Dai hoi"));
  CHECK_FALSE(is_bare_image_name("www.tanphu.vn"));
  CHECK_FALSE(is_bare_image_name("dai hoi chi bo"));
  CHECK_FALSE(is_bare_image_name("2025"));
}

TEST_CASE("image lines: an image's bare name between paragraphs is dropped") {
  Article a =
      read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + "dai hoi\n\n" + kBody +
                                         "dai hoi2\n\n \n\n" + kClosing + "Nguyễn Văn An\n"});
  CHECK_FALSE(in_text(a, "dai hoi"));
  CHECK(captions_in(a) == 0);
  CHECK(a.lead.starts_with("Sáng 12/5"));
  CHECK(a.blocks.size() == 2);
}

TEST_CASE("image lines: an image's bare name right above the lead goes too") {
  Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\nanh dai hoi\n\n" + kLead + kBody});
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("Sáng 12/5"));
  CHECK_FALSE(in_text(a, "anh dai hoi"));
}

TEST_CASE("image lines: a camera's or a chat app's name for a photo is machine text") {
  CHECK(is_photo_file_stem("IMG_1234"));
  CHECK(is_photo_file_stem("DSC01234"));
  CHECK(is_photo_file_stem("DSCF0021 DSCF0022"));
  CHECK(is_photo_file_stem("z4123456789012_0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
  // a word of a sentence, an office's initials, a short number: no name
  CHECK_FALSE(is_photo_file_stem("IMG"));
  CHECK_FALSE(is_photo_file_stem("DSC 12"));
  CHECK_FALSE(is_photo_file_stem("IMGX1234"));
  // between paragraphs the names leave the text, are told among the photo's leftovers, and
  // the line under them is the photo's caption
  Article a =
      read_ok(InputFile{"dai-hoi.txt", kTitle + "\n\n" + kLead +
                                           "IMG_2041\n\nĐại biểu biểu quyết thông qua Nghị "
                                           "quyết Đại hội\n\n" +
                                           kBody + "DSC01234 DSC01235 DSC01236\n\n" + kClosing});
  CHECK_FALSE(in_text(a, "IMG_2041"));
  CHECK_FALSE(in_text(a, "DSC01234"));
  CHECK(captions_in(a) == 1);
  bool told = false;
  for (const std::string& w : a.warnings)
    told = told || w.starts_with("photo leftovers left out: 2 lines");
  CHECK(told);
}

TEST_CASE("image lines: a camera's prefix set apart and a short mixed name are machine text") {
  // "IMG 0227" over its caption (real-eval53/tuoitrebactramy-1), "QB2w" where a photo stood
  // (real-eval52/dalieunghean-1)
  CHECK(is_photo_file_stem("IMG 0227"));
  CHECK(is_photo_file_stem("DSC 01234 DSC 01235"));
  CHECK(is_photo_file_stem("QB2w"));
  CHECK(is_photo_file_stem("anh3b"));
  // the codes a text prints keep their digits last or after a hyphen; a short number after the
  // prefix, a prefix alone, a long product code: none
  CHECK_FALSE(is_photo_file_stem("COVID19"));
  CHECK_FALSE(is_photo_file_stem("G20"));
  CHECK_FALSE(is_photo_file_stem("Covid-19"));
  CHECK_FALSE(is_photo_file_stem("IMG 12"));
  CHECK_FALSE(is_photo_file_stem("IMG 0227 Hội nghị"));
  CHECK_FALSE(is_photo_file_stem("ABCDEFGH1234XYZ"));
  // the names leave the page: the line under one is its photo's caption, none is the title
  Article a =
      read_ok(InputFile{"da-lieu.txt",
                        "QB2w\n\nTừ ngày 7/5 đến 8/5 tỉnh Quảng Bình tổ chức kiểm tra loại trừ "
                        "bệnh phong quy mô cấp huyện theo 4 tiêu chí của Bộ Y tế.\n\n"
                        "Giám sát kiểm tra có bác sĩ của Bệnh viện Da liễu Trung ương, Bệnh viện "
                        "Phong và Da liễu Quỳnh Lập và một số đơn vị Da liễu tỉnh bạn cùng tham dự "
                        "các buổi làm việc tại các huyện trong tỉnh.\n\n"
                        "Tất cả các xã có bệnh nhân đều được kiểm tra, các huyện đều đạt loại xuất "
                        "sắc.\n\nQB1w\n\nQB3w\n"});
  CHECK(a.title.empty());
  CHECK(a.author.empty());
  CHECK_FALSE(in_text(a, "QB2w"));
  CHECK_FALSE(in_text(a, "QB1w"));
  // over the lead, a sentence that opens with its time and ends with a stop is the lead the
  // photo stood over, no caption
  CHECK(a.lead.starts_with("Từ ngày 7/5 đến 8/5"));
  CHECK(captions_in(a) == 0);
}
