// A photo's caption that is only its credit, alone on a line, with or without the colon
// after the photo word: "Ảnh: Nguyễn Nam", "Ảnh Nguyễn Nam", "(Ảnh Nguyễn Nam)", "- Ảnh
// Nguyễn Nam." (tests/fixtures/real-eval36/ktv-1 printed the one without a colon under its
// lead). The family is written whole: every way of setting the credit, every place the line
// stands, and the lines of the same opening that are no credit.
#include <catch2/catch.hpp>

#include "article/caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Lễ kỷ niệm 43 năm Ngày truyền thống Thanh niên xung phong tỉnh";
const std::string kLead =
    "Sáng 25/4, tại tỉnh Đoàn, Hội Cựu Thanh niên xung phong tỉnh đã tổ chức lễ kỷ niệm 43 năm "
    "Ngày truyền thống Thanh niên xung phong, đồng thời phát động phong trào thi đua năm 2019.";
const std::string kBody =
    "Tại lễ kỷ niệm, các cựu thanh niên xung phong đã cùng nhau ôn lại truyền thống 43 năm cách "
    "mạng vẻ vang của lực lượng thanh niên xung phong trong tỉnh qua các thời kỳ.";
const std::string kBody2 =
    "Phát huy những kết quả đạt được, năm 2019 hội tiếp tục xây dựng tổ chức hội vững mạnh, "
    "đẩy mạnh hoạt động nghĩa tình đồng đội gắn với phong trào thi đua yêu nước.";

// The credit forms a page sets alone on the line, each naming "Nguyễn Nam".
const char* const kCredits[] = {
    "Ảnh: Nguyễn Nam",   "Ảnh Nguyễn Nam",   "Ảnh Nguyễn Nam.",   "Ảnh: Nguyễn Nam.",
    "(Ảnh: Nguyễn Nam)", "(Ảnh Nguyễn Nam)", "- Ảnh: Nguyễn Nam", "- Ảnh Nguyễn Nam",
    "– Ảnh Nguyễn Nam",  "ẢNH: NGUYỄN NAM",  "ẢNH NGUYỄN NAM",    "ảnh Nguyễn Nam",
};

}  // namespace

TEST_CASE("credit alone: every form of a photo's credit on its own line is a caption's credit") {
  for (const char* credit : kCredits) {
    INFO(credit);
    auto c = parse_caption(credit);
    CHECK(c.has_value());
    if (!c) continue;
    CHECK(c->text.empty());
    CHECK((c->credit == "Nguyễn Nam" || c->credit == "NGUYỄN NAM"));
  }
  // an agency's initials, one name, three names
  CHECK(parse_caption("Ảnh TTXVN")->credit == "TTXVN");
  CHECK(parse_caption("Ảnh Hải Long")->credit == "Hải Long");
  CHECK(parse_caption("Ảnh Lê Thị Thu Hà")->credit == "Lê Thị Thu Hà");
}

TEST_CASE("credit alone: under the lead, between paragraphs and last, one caption each") {
  for (const char* credit : kCredits) {
    INFO(credit);
    // under the lead, where the photo of the event stands (ktv-1)
    Article under_lead = read_text(kTitle + "\n" + kLead + "\n" + credit + "\n" + kBody + "\n" +
                                   kBody2 + "\nNhật Quỳnh\n");
    CHECK(captions_in(under_lead) == 1);
    CHECK(under_lead.author == "Nhật Quỳnh");
    CHECK(under_lead.lead.starts_with("Sáng 25/4"));
    // between two paragraphs
    Article middle = read_text(kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + credit + "\n\n" +
                               kBody2 + "\n");
    CHECK(captions_in(middle) == 1);
    CHECK(middle.blocks.back().text == kBody2);
    // under a caption with no credit: the credit is that caption's, one caption
    Article under_caption =
        read_text(kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" +
                  "Đồng chí Bí thư Tỉnh đoàn trao cờ thi đua cho các đơn vị\n\n" + credit + "\n\n" +
                  kBody2 + "\n");
    CHECK(captions_in(under_caption) == 1);
  }
}

TEST_CASE("credit alone: lines opening with the photo word that are no credit stay text") {
  // the word "ảnh hưởng" (influence), in a heading of any case
  CHECK_FALSE(parse_caption("Ảnh hưởng của dịch bệnh"));
  CHECK_FALSE(parse_caption("Ảnh Hưởng Của Dịch Bệnh"));
  CHECK_FALSE(parse_caption("Ảnh hưởng"));
  // a sentence about a photo, a photo's description with a verb
  CHECK_FALSE(parse_caption("Ảnh chụp lại khoảnh khắc đáng nhớ của buổi lễ kỷ niệm năm ấy."));
  CHECK_FALSE(parse_caption("Ảnh Bác Hồ được treo trang trọng giữa hội trường"));
  // more names than a credit holds
  CHECK_FALSE(parse_caption("Ảnh Nguyễn Văn Nam Trần Thị Hoa Lê"));
  Article a = read_text(kTitle + "\n\n" + kLead + "\n\n" + kBody +
                        "\n\nẢnh hưởng của dịch bệnh\n\n" + kBody2 + "\n");
  CHECK(captions_in(a) == 0);
}
