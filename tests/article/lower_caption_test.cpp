// A caption typed without its capital (article/lower_caption.h): read as the line would read
// with it, where it stands alone (the paragraph above ends its sentence), between paragraphs
// and as the text's last line; and the lower-case lines that stay text: a sentence broken
// over a blank line, a list's items after a colon, the body's reasoning.
#include "article/lower_caption.h"

#include <catch2/catch.hpp>

#include "article/caption_score.h"
#include "article/closing_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Phường Tân Hòa quán triệt Nghị quyết Hội nghị Trung ương 8";
const std::string kLead =
    "Sáng 25/12, tại hội trường UBND phường Tân Hòa, Đảng ủy phường tổ chức hội nghị nghiên "
    "cứu, học tập, quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng.";
const std::string kBody =
    "Tại hội nghị, các đại biểu được nghe quán triệt những nội dung cơ bản của các nghị quyết, "
    "từ đó vận dụng vào thực tiễn công tác của từng chi bộ, cơ quan, đơn vị trên địa bàn.";
const std::string kBody2 =
    "Hội nghị yêu cầu các chi bộ xây dựng chương trình hành động thực hiện nghị quyết sát với "
    "tình hình thực tế, gắn với nhiệm vụ chính trị của địa phương trong năm tới.";

// The family: who the photo shows typed in lower case, each way a site writes a post after a
// name (spaced and glued dashes, a comma with and without its space), short and long, with
// and without the stop.
const std::vector<std::string> kLowerCaptions = {
    "đồng chí Nguyễn Trung Giang – phó bí thư thường trực,chủ tịch HĐND phường phát biểu tại "
    "hội nghị.",
    "đồng chí Nguyễn Trung Giang - Phó Bí thư Đảng ủy phường phát biểu tại hội nghị",
    "đồng chí Nguyễn Trung Giang-Phó Bí thư Đảng ủy phường phát biểu tại hội nghị.",
    "đồng chí Nguyễn Trung Giang — Phó Bí thư Đảng ủy phường phát biểu tại hội nghị",
    "đồng chí Nguyễn Trung Giang, Phó Bí thư Đảng ủy phường phát biểu tại hội nghị.",
    "đ/c Nguyễn Trung Giang phát biểu tại hội nghị",
    "các đại biểu dự hội nghị.",
    "ông Nguyễn Văn Lợi, Phó Chủ tịch UBND phường trao quà cho các hộ khó khăn",
    "bà Nguyễn Thị Đèo chủ trì hội nghị.",
};

}  // namespace

TEST_CASE("lower caption: capitalised only where the line stands alone") {
  CHECK(capitalised_alone("đồng chí A phát biểu", kBody) == "Đồng chí A phát biểu");
  CHECK(capitalised_alone("đồng chí A phát biểu", "Hội nghị diễn ra sôi nổi!") ==
        "Đồng chí A phát biểu");
  // nothing above, or a sentence broken over the blank line, or a list opened by a colon or
  // a comma: the line continues what stands above, and keeps its lower case
  for (const char* before : {"", "Hội nghị do", "Tham dự có các đồng chí:",
                             "Hội nghị có các đồng chí,", "các đồng chí trong Ban Thường vụ;"})
    CHECK(capitalised_alone("đồng chí A phát biểu", before) == "đồng chí A phát biểu");
  // a line with its capital is as it was
  CHECK(capitalised_alone("Đồng chí A phát biểu", kBody) == "Đồng chí A phát biểu");
}

TEST_CASE("lower caption: between paragraphs, each of the family is a caption") {
  for (const std::string& caption : kLowerCaptions) {
    INFO(caption);
    // the score (its act or its missing stop) and on a page, at the start, middle and end
    Article start = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + "\n\n" + caption +
                                                       "\n\n" + kBody + "\n\n" + kBody2 + "\n"});
    CHECK(captions_in(start) == 1);
    Article middle = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody +
                                                        "\n\n" + caption + "\n\n" + kBody2 + "\n"});
    CHECK(captions_in(middle) == 1);
    // (last, under a paragraph at least twice as long, as any closing caption)
    Article end =
        read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + kBody2 +
                                           " " + kBody + "\n\n" + caption + "\n"});
    CHECK(captions_in(end) == 1);
    // the caption's text is the page's, its lower case kept
    for (const Block& b : middle.blocks)
      if (b.type == BlockType::Caption) CHECK(b.text == caption);
  }
}

TEST_CASE("lower caption: with its credit in each form") {
  for (const char* credit : {" (Ảnh: Minh Anh)", " - Ảnh: Minh Anh", ". Ảnh: Minh Anh"}) {
    INFO(credit);
    const std::string caption =
        std::string("đồng chí Nguyễn Trung Giang phát biểu tại hội nghị") + credit;
    Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" +
                                                   caption + "\n\n" + kBody2 + "\n"});
    CHECK(captions_in(a) == 1);
  }
}

TEST_CASE("lower caption: the lower-case lines that stay text") {
  // the body's sentence in lower case after a stop: its reasoning word, its length
  CHECK_FALSE(reads_as_caption(
      "các đồng chí đã thảo luận sôi nổi về những giải pháp thực hiện nghị quyết.", kBody, kBody2));
  CHECK_FALSE(reads_as_closing_caption("các đồng chí đã thảo luận về giải pháp", kBody));
  // a sentence broken over a blank line: its second half opens in lower case after no stop
  Article broken = read_ok(InputFile{
      "trang.txt",
      kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\nHội nghị đã nghe ý kiến của\n\n" +
          "đồng chí Nguyễn Trung Giang, Phó Bí thư Đảng ủy phường phát biểu\n\n" + kBody2 + "\n"});
  CHECK(captions_in(broken) == 0);
  // a list's items after its colon
  Article list = read_ok(
      InputFile{"trang.txt", kTitle + "\n\n" + kLead + "\n\nTham dự hội nghị có các đồng chí:\n\n" +
                                 "đồng chí Nguyễn Trung Giang, Phó Bí thư Đảng ủy phường;\n\n" +
                                 "đồng chí Lê Văn Hòa, Chủ tịch UBND phường phát biểu\n\n" + kBody +
                                 "\n\n" + kBody2 + "\n"});
  CHECK(captions_in(list) == 0);
  // a real sub-heading and a one-line paragraph keep their places
  Article heading = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody +
                                                       "\n\nnhững kết quả nổi bật trong năm\n\n" +
                                                       kBody2 + "\n"});
  CHECK(captions_in(heading) == 0);
}

TEST_CASE("lower caption: a lower-case letter with no one-letter capital is asked once") {
  // "ΐ" (Greek iota with dialytika and tonos) is lower case and its capital is no one letter:
  // capitalised, the line is the same, and asking again of it never ended (fuzz_docx)
  const std::string line = "ΐảng viên trẻ phường ra quân dọn vệ sinh";
  CHECK(capitalised_alone(line, kBody) == line);
  CHECK_FALSE(reads_as_closing_caption(line, kBody));
  CHECK_FALSE(closes_with_scene(line + ".", kBody));
  CHECK(caption_score(line, kBody, kBody2) >= 0);
}
