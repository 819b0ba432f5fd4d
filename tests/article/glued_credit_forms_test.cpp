// A caption glued to the paragraph after it by its credit (article/glued_credit.h), in each way
// sites write the credit's label: "Ảnh:", "Ảnh :", "ẢNH:", in brackets "(Ảnh: X)" closed or
// not, after a dash; the credit's last name glued to the next sentence or its bracket closed
// against it. And the near-misses: a credit alone, "ảnh:" in a sentence, a label glued to the
// word before it.
#include <catch2/catch.hpp>

#include "article/glued_credit.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kCaption = "Lãnh đạo Tổng công ty và Giám đốc các đơn vị chụp hình lưu niệm.";
const std::string kBody =
    "Hội nghị đã được nghe đồng chí Tô Đại Phong, Phó Trưởng Ban Tuyên giáo Thành ủy quán triệt "
    "những nội dung cơ bản của nghị quyết và thảo luận nhiệm vụ cuối năm.";

}  // namespace

TEST_CASE("glued credit forms: each label, the name glued to the next sentence") {
  for (const char* label : {" Ảnh: ", " Ảnh : ", " ẢNH: ", " Ảnh:", " ẢNH : ", " (Ảnh: ", " (ẢNH: ",
                            " - Ảnh: ", " – Ảnh: ", " — Ảnh: ", " -Ảnh: "}) {
    for (const char* name : {"Chi Lan", "Minh An", "Nguyễn Văn Hải", "Hải"}) {
      const std::string glued = kCaption + label + name + kBody;
      INFO(glued);
      auto end = glued_credit_end(glued);
      REQUIRE(end);
      CHECK(glued.substr(*end) == kBody);
    }
  }
}

TEST_CASE("glued credit forms: a bracket closed against the next sentence") {
  for (const char* label : {" (Ảnh: ", " (Ảnh : ", " (ẢNH: ", " (Ảnh:"}) {
    for (const char* close : {")", ") ", ")."}) {
      const std::string glued = kCaption + label + "Chi Lan" + close + kBody;
      INFO(glued);
      auto end = glued_credit_end(glued);
      REQUIRE(end);
      CHECK(glued.substr(*end) == kBody);
    }
  }
}

TEST_CASE("glued credit forms: on a page, the caption and the paragraph apart") {
  const std::string title = "Đảng ủy Tổng công ty quán triệt nghị quyết";
  const std::string lead =
      "Sáng 12/7, Đảng ủy Tổng công ty tổ chức hội nghị học tập, quán triệt nghị quyết cho cán "
      "bộ chủ chốt của các đơn vị trực thuộc, với hơn 200 đảng viên tham dự.";
  for (const char* label : {" Ảnh : ", " ẢNH: ", " (Ảnh: "}) {
    const std::string glued = kCaption + label + "Chi Lan" + kBody;
    INFO(glued);
    Article a = read_ok(
        InputFile{"trang.txt", title + "\n\n" + lead + "\n\n" + glued + "\n\n" + kBody + "\n"});
    CHECK(captions_in(a) == 1);
    bool split = false;
    for (const Block& b : a.blocks)
      split = split || (b.type == BlockType::Paragraph && b.text == kBody);
    CHECK(split);
  }
}

TEST_CASE("glued credit forms: the near-misses") {
  // a credit alone, with nothing glued; a person's name before a spaced sentence
  for (const char* label : {" Ảnh : ", " ẢNH: ", " (Ảnh: "}) {
    CHECK_FALSE(glued_credit_end(kCaption + label + "Chi Lan"));
    CHECK_FALSE(glued_credit_end(kCaption + label + "Chi Lan " + kBody));
  }
  // "ảnh:" inside a sentence, a label glued to the word before it
  CHECK_FALSE(
      glued_credit_end("Đơn vị đã gửi ba tấm ảnh: Chi LanHội nghị đã được nghe báo cáo kết "
                       "quả thực hiện công tác trong năm qua và thảo luận nhiệm vụ."));
  CHECK_FALSE(
      glued_credit_end("Bộ sưu tậpẢnh: Chi LanHội nghị đã được nghe báo cáo kết quả thực "
                       "hiện công tác trong năm qua và thảo luận nhiệm vụ."));
}
