// A photo's caption where an untitled page's title would stand, told by its shape
// (article/addressed_caption.h: a person addressed, named, then their position; article/
// cell_caption.h: a table's cell closed with " |"; untitled_page.h: a photo's label alone,
// "Ảnh minh họa"; text_header.cpp: under a date line, the text's first paragraph over it), on
// small made-up pages: the page is read untitled, the line its first caption, the text under it
// the lead.
#include <catch2/catch.hpp>

#include "article/addressed_caption.h"
#include "article/cell_caption.h"
#include "article/reader.h"
#include "article/untitled_page.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kLead =
    "Nhân dịp Tết Nguyên đán, Ban Thường vụ Huyện ủy đã tổ chức các đoàn đi thăm hỏi, tặng quà "
    "cho các gia đình chính sách và hộ nghèo trên địa bàn các xã, thị trấn.";
const std::string kBody =
    "Mỗi suất quà gồm tiền mặt và nhu yếu phẩm, trị giá 500 nghìn đồng, được trao tận tay các "
    "hộ gia đình trước ngày 25 tháng Chạp.";

}  // namespace

TEST_CASE("untitled caption: a person addressed, named, then their position, is the photo's") {
  const std::string caption =
      "Bà Lê Thị Hoa – Phó Chủ tịch UBND huyện tặng quà cho gia đình chính sách xã Tân Lập";
  Article a = read_ok(InputFile{"bai.txt", caption + "\n" + kLead + "\n" + kBody + "\nThu Hà\n"});
  CHECK(a.title.empty());
  CHECK(a.lead == kLead);
  CHECK(captions_in(a) == 1);
  CHECK(a.author == "Thu Hà");
  // glued dash and an abbreviated position, wrapped over two lines
  Article b = read_ok(InputFile{"bai.txt",
                                "Đ/c Trần Văn Bình-HUV, Bí thư Đảng ủy xã\nvà đ/c Ngô Thị Lan, "
                                "Chủ tịch UBND xã trao quà cho hộ nghèo\n" +
                                    kLead + "\n" + kBody + "\n"});
  CHECK(b.title.empty());
  CHECK(captions_in(b) == 1);
  // with the stop a caption may close with, retold by the lead as a stopped title would be
  const std::string retold = "Ông Lê Văn Hải – Phó Chủ tịch UBND huyện chúc mừng Lễ Giáng sinh.";
  Article s = read_ok(InputFile{
      "bai.txt", retold +
                     "\nĐoàn đã đến thăm các giáo xứ trên địa bàn huyện. Tại đây, ông Lê Văn "
                     "Hải – Phó Chủ tịch UBND huyện chúc mừng Lễ Giáng sinh và thông tin "
                     "tình hình kinh tế - xã hội của huyện.\n" +
                     kBody + "\n"});
  CHECK(s.title.empty());
  CHECK(captions_in(s) == 1);
  CHECK(names_person_then_position("Ông Nguyễn Văn An, Chủ tịch UBND xã phát biểu"));
  CHECK(names_person_then_position("Đồng chí Phạm Minh Tuấn - Bí thư Huyện ủy trao quà"));
  // a headline names the office first, or addresses no one: the title stays
  CHECK_FALSE(names_person_then_position("Đồng chí Trưởng ban Dân vận Tỉnh ủy thăm, tặng quà"));
  CHECK_FALSE(names_person_then_position("Bí thư Huyện ủy Nguyễn Văn An thăm, tặng quà"));
  CHECK_FALSE(names_person_then_position("Ông Nguyễn Văn An – người thầy của làng"));
  CHECK_FALSE(names_person_then_position("Bà con xã Tân Lập, Bí thư chi bộ thôn dự lễ"));
  // a leader's words quoted after a colon: an interview's title, no caption
  CHECK_FALSE(is_addressed_caption(
      "Ông Nguyễn Văn An, Bí thư Huyện ủy: Trao quà tận tay người nghèo là việc cần làm"));
  const std::string title = "Phó Chủ tịch UBND huyện Lê Thị Hoa tặng quà cho gia đình chính sách";
  Article c = read_ok(InputFile{"bai.txt", title + "\n" + kLead + "\n" + kBody + "\n"});
  CHECK(c.title == title);
  // over the date line it is the title, whatever its words
  Article d = read_ok(
      InputFile{"bai.txt", caption + "\nNgày đăng: 20/01/2024\n" + kLead + "\n" + kBody + "\n"});
  CHECK(d.title == caption);
}

TEST_CASE("untitled caption: a line closing a table's cell where the title stands is a caption") {
  const std::string cell = "Các em thiếu nhi rước đèn trong đêm hội trăng rằm |";
  Article a = read_ok(InputFile{"bai.txt", cell + "\n" + kLead + "\n" + kBody + "\nThu Hà\n"});
  CHECK(a.title.empty());
  CHECK(a.lead == kLead);
  REQUIRE(captions_in(a) == 1);
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption)
      CHECK(b.text == "Các em thiếu nhi rước đèn trong đêm hội trăng rằm");
  // a page that sets its sentences in cells too: the bar says nothing of a caption
  const std::vector<Paragraph> cells = {Paragraph{kLead + " |", PhotoHint::None},
                                        Paragraph{kBody + " |", PhotoHint::None}};
  CHECK_FALSE(is_cell_caption_opening(cell, cells));
  CHECK(is_cell_caption_opening(cell, {Paragraph{kLead, PhotoHint::None}}));
  CHECK_FALSE(is_cell_caption_opening("|", {}));
}

TEST_CASE(
    "untitled caption: under a date line the text's first paragraph, then a caption, no title") {
  // a page stored from under its title: the date line, a lead longer than any title (over 60
  // words), the photo's caption
  const std::string lead =
      "Thực hiện kế hoạch của Ban Thường vụ Huyện ủy về chuẩn bị và tổ chức đại hội đảng bộ các "
      "cấp nhiệm kỳ 2020-2025, trên cơ sở đề nghị của các cấp ủy trực thuộc, Ban Thường vụ Huyện "
      "ủy đã thống nhất thời gian tổ chức đại hội điểm cấp cơ sở đối với 15 đảng bộ; trong đó, có "
      "5 đảng bộ bầu trực tiếp bí thư cấp ủy tại đại hội.";
  const std::string caption = "Ảnh minh họa";
  Article a = read_ok(InputFile{"bai.txt", "Ngày đăng: 07/01/2020 19:59\n" + lead + "\n \n" +
                                               caption + "\n \n" + kBody + "\n"});
  CHECK(a.title.empty());
  CHECK(a.lead == lead);
  CHECK(captions_in(a) == 1);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2020-01-07");
  // a line plainly no title under the date line still stands over the title
  const std::string title = "Hội nghị tổng kết công tác Hội năm 2023";
  Article b = read_ok(InputFile{
      "bai.txt", "07/01/2024\nHội nông dân:\n" + title + "\n" + kLead + "\n" + kBody + "\n"});
  CHECK(b.title == title);
}

TEST_CASE("untitled caption: a photo's label alone ('Ảnh minh họa') where the title stands") {
  // the date line, the illustration's label, the lead: no title shown
  for (const std::string label : {"Ảnh minh họa", "Ảnh chụp màn hình"}) {
    Article a = read_ok(InputFile{
        "bai.txt", "Ngày cập nhật 25/04/2017\n" + label + "\n" + kLead + "\n" + kBody + "\n"});
    CHECK(a.title.empty());
    CHECK(a.lead == kLead);
    CHECK(captions_in(a) == 1);
  }
  CHECK(is_untitled_opening("Ảnh minh họa"));
  CHECK(is_untitled_opening("(Ảnh minh họa)"));
  // a title that opens with the word for "photo" names its subject
  CHECK_FALSE(is_untitled_opening("Ảnh hưởng của mạng xã hội đến giới trẻ"));
  CHECK_FALSE(is_untitled_opening("Triển lãm ảnh về biển đảo quê hương"));
}
