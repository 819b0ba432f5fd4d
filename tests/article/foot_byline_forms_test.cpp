// The foot of the page in the forms real-eval43's sites gave it (session 25), on made-up pages:
// a writer's label glued to the last sentence's stop, the compiler's label before the name, a
// unit named alone signing under a gallery's label, a photographer's credit alone under the
// byline, a gallery's label over its captions and the writer's unit under the name.
#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/end_byline_shapes.h"
#include "article/office_byline.h"
#include "article/photo_story.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kHead = "Hội Nông dân xã Tân Phú ra quân làm đường giao thông nông thôn\n\n";
const std::string kLead =
    "Sáng ngày 12/3, Hội Nông dân xã Tân Phú tổ chức ra quân làm đường giao thông nông thôn tại "
    "ấp Phú Hòa với sự tham gia của hơn 80 hội viên.\n\n";
const std::string kBody =
    "Các hội viên đã cùng nhau phát quang bụi rậm, nạo vét mương thoát nước và rải đá mặt đường "
    "dài hơn một cây số, góp phần xây dựng nông thôn mới trên địa bàn xã.";

const Block* last_paragraph(const Article& a) {
  const Block* last = nullptr;
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Paragraph) last = &b;
  return last;
}

}  // namespace

TEST_CASE("foot byline: a writer's label glued to the last sentence's stop signs") {
  std::string_view p =
      "Các hội viên đã cùng nhau rải đá mặt đường dài hơn một cây số.Tin: Lê Thu Hà";
  CHECK(p.substr(glued_labelled_byline(p)) == "Tin: Lê Thu Hà");
  std::string_view spaced =
      "Các hội viên đã cùng nhau rải đá mặt đường dài hơn một cây số. Bài: Lê Hà";
  CHECK(spaced.substr(glued_labelled_byline(spaced)) == "Bài: Lê Hà");
  // after a quotation's stop too: the label tells the byline from the quotation's source
  std::string_view quoted = "Ông nói: “Chúng tôi sẽ làm tiếp”.Tin: Lê Hà";
  CHECK(quoted.substr(glued_labelled_byline(quoted)) == "Tin: Lê Hà");
  // a label inside a sentence, after no stop; no writer's label
  CHECK(glued_labelled_byline("Nội dung gồm các phần như sau, Tin: Lê Hà") ==
        std::string_view::npos);
  CHECK(glued_labelled_byline("Các hội viên đã cùng nhau rải đá mặt đường.Lưu ý: xem thêm") ==
        std::string_view::npos);

  Article a = read_text(kHead + kLead + kBody + "Tin: Lê Thu Hà\n\nẢnh: Kim Thoa\n");
  CHECK(a.author == "Lê Thu Hà");
  REQUIRE(last_paragraph(a) != nullptr);
  CHECK(last_paragraph(a)->text.ends_with("trên địa bàn xã."));
  CHECK(captions_in(a) == 0);  // the photographer's credit is the signature's, no caption
  CHECK(has_warning(a, "photographer named in the byline"));
}

TEST_CASE("foot byline: the compiler's label comes off the name") {
  CHECK(author_in_byline("T/h: Lâm Thu Huyền") == "Lâm Thu Huyền");
  CHECK(author_in_byline("TH: Minh Anh") == "Minh Anh");
  CHECK(author_in_byline("Tổng hợp: Hoàng Yến") == "Hoàng Yến");
  CHECK(author_in_byline("Tổng hợp: Internet").empty());  // compiled from no one named
  CHECK(author_in_byline("T/h: Sưu tầm").empty());
  Article a = read_text(kHead + kLead + kBody + "\n\nT/h: Lâm Thu Huyền\n");
  CHECK(a.author == "Lâm Thu Huyền");
}

TEST_CASE("foot byline: a unit named alone on the last line signs, under a gallery's label too") {
  CHECK(signs_as_unit("Huyện đoàn Tân Phú"));
  CHECK(signs_as_unit("Hội Nông dân xã Tân Phú."));
  CHECK_FALSE(signs_as_unit("Huyện đoàn trao quà cho các em"));  // a caption runs on in lower case
  CHECK_FALSE(signs_as_unit("Nguyễn Văn An"));
  Article a = read_text(kHead + kLead + kBody +
                        "\n\nMột số hình ảnh hội viên ra quân làm đường:\n\nHuyện đoàn Tân Phú\n");
  CHECK(a.author == "Huyện đoàn Tân Phú");
  CHECK(captions_in(a) == 0);
  REQUIRE(last_paragraph(a) != nullptr);
  CHECK(last_paragraph(a)->text.ends_with("trên địa bàn xã."));  // the label with no photo went
}

TEST_CASE("foot byline: a photographer's credit alone under a name is the signature's") {
  Article a = read_text(kHead + kLead + kBody + "\n\nNguyễn Thị Hà\n\nẢnh: Kim Thoa\n");
  CHECK(a.author == "Nguyễn Thị Hà");
  CHECK(captions_in(a) == 0);
  CHECK(has_warning(a, "photographer named in the byline, not the author: Kim Thoa"));
  CHECK(author_in_byline("Nguyễn Thị Hà - Ảnh: Kim Thoa") == "Nguyễn Thị Hà");
  CHECK(author_in_byline("Tin, ảnh: Kim Thoa") == "Kim Thoa");  // a text-and-photos label
}

TEST_CASE(
    "foot byline: a gallery's label over its captions heads them, the unit under the name goes") {
  CHECK(is_gallery_label("Một số hình ảnh tặng quà cho hội viên tại các ấp"));
  CHECK(is_gallery_label("Một số hình ảnh buổi ra quân:"));
  CHECK_FALSE(is_gallery_label("Một số hình ảnh tư liệu được trao tặng bảo tàng tỉnh."));
  // a comma listing what the photos show, after a gallery's opening and before its colon
  // (real-eval50/lienminhhtxyenbai-1); without the colon, a comma is a clause of the text
  CHECK(is_gallery_label("Một số hình ảnh giao cây giống, phân bón:"));
  CHECK_FALSE(is_gallery_label("Một số hình ảnh giao cây giống, phân bón cho các hộ"));
  CHECK_FALSE(is_gallery_label("Hội đã trao cây giống, kèm theo hình ảnh:"));
  const std::string photos =
      "\n\nMột số hình ảnh tặng quà cho hội viên tại các ấp\n\n"
      "Tặng quà cho hội viên ấp Phú Hòa\n\nTặng quà cho hội viên ấp Phú Lợi\n\n"
      "Nguyễn Thị Hà\n\nHuyện hội Tân Phú\n";
  Article a = read_text(kHead + kLead + kBody + photos);
  CHECK(a.author == "Nguyễn Thị Hà");
  CHECK(captions_in(a) == 2);  // neither the label nor the writer's unit
  REQUIRE(last_paragraph(a) != nullptr);
  CHECK(last_paragraph(a)->text.ends_with("trên địa bàn xã."));
  bool headed = false;
  for (const Block& b : a.blocks)
    headed = headed || (b.type == BlockType::Heading && b.text.starts_with("Một số hình ảnh"));
  CHECK(headed);
  // with its colon the label heads them too (the fixtures' convention, settled in session 25)
  Article colon =
      read_text(kHead + kLead + kBody +
                "\n\nMột số hình ảnh tặng quà cho hội viên:\n\n"
                "Tặng quà cho hội viên ấp Phú Hòa\n\nTặng quà cho hội viên ấp Phú Lợi\n");
  REQUIRE(last_paragraph(colon) != nullptr);
  CHECK(last_paragraph(colon)->text.ends_with("trên địa bàn xã."));
  CHECK(captions_in(colon) == 2);
  // a sentence that tells more than the photos' subject is the writer's: a paragraph
  Article clause =
      read_text(kHead + kLead + kBody +
                "\n\nMột số hình ảnh buổi tặng quà, do Hội Nông dân xã tổ chức sáng 12/3 tại "
                "hội trường:\n\n"
                "Tặng quà cho hội viên ấp Phú Hòa\n\nTặng quà cho hội viên ấp Phú Lợi\n");
  REQUIRE(last_paragraph(clause) != nullptr);
  CHECK(last_paragraph(clause)->text.starts_with("Một số hình ảnh buổi tặng quà"));
}

TEST_CASE("gallery: a label left last over nothing but its captions heads them") {
  // a saved table of photos: the captions closing their cells, the photos' markup between,
  // no photo story's run; still the label is the gallery's heading, no paragraph of the text
  Article a = read_text(kHead + kLead + kBody +
                        "\nMột số hình ảnh tại buổi tặng quà:\n![]() |\n"
                        "Đ/c Nguyễn Văn Hùng - Chủ tịch Hội Nông dân xã trao quà cho hội viên |\n"
                        "![]() |\n![]() |\n"
                        "Một số hội viên nhận quà tại buổi lễ |\n");
  REQUIRE(last_paragraph(a) != nullptr);
  INFO(last_paragraph(a)->text);
  CHECK(last_paragraph(a)->text.ends_with("trên địa bàn xã."));
}
