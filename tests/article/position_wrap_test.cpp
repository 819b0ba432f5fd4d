// A caption broken at the dash before a person's position: "Đồng chí Nguyễn Thị Hậu - Bí thư
// Đảng ủy phường và đồng chí Vũ Khắc Hào" / "- Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ
// trì Hội nghị" (tests/fixtures/real-eval29/danvanhaiphong-1): the second line goes on with the
// name the first ended on, one caption. The family: the dash as "-", "–", "—", with its space
// or glued; the name after "đồng chí", "Đ/c", "ông", "bà"; short and long; under the lead and
// between paragraphs; and the near-misses that stay apart (a list under a colon or a sentence,
// a line ending with no name, no position after the dash, a blank line between).
#include "article/position_wrap.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kLead =
    "Chiều ngày 01/10/2024, Đảng ủy, Ủy ban nhân dân phường Tràng Minh tổ chức Hội nghị đối "
    "thoại giữa đồng chí Bí thư, Chủ tịch UBND phường với đại biểu Nhân dân năm 2024.";
const std::string kBody =
    "Tại Hội nghị, đại biểu Nhân dân phường Tràng Minh bày tỏ các ý kiến quan tâm đến một số "
    "chủ trương, chính sách đã và sẽ ban hành, đặc biệt là các vấn đề có liên quan trực tiếp "
    "đến quyền lợi của người dân trên địa bàn phường.";

}  // namespace

TEST_CASE("position wrap: a name's position on the next line after a dash goes on with it") {
  for (const std::string first : {"Đồng chí Nguyễn Thị Hậu - Bí thư Đảng ủy phường và đồng chí "
                                  "Vũ Khắc Hào",
                                  "Đ/c Vũ Khắc Hào", "Ông Vũ Khắc Hào", "Bà Nguyễn Thị Hậu"}) {
    for (const std::string dash : {"- ", "– ", "— ", "-"}) {
      const std::string second = dash + "Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ trì Hội nghị";
      INFO(first << " / " << second);
      CHECK(continues_with_position(first, second));
      // under the lead, one caption whole
      Article a = read_text(kLead + "\n" + first + "\n" + second + "\n" + kBody + "\n");
      CHECK(captions_in(a) == 1);
      bool whole = false;
      for (const Block& b : a.blocks)
        whole = whole || (b.type == BlockType::Caption && b.text.starts_with(first) &&
                          b.text.ends_with("chủ trì Hội nghị"));
      CHECK(whole);
      // between paragraphs
      Article m = read_text(kLead + "\n" + kBody + "\n" + first + "\n" + second + "\n" + kBody +
                            " Hội nghị kết thúc lúc 17 giờ.\n");
      CHECK(captions_in(m) == 1);
    }
  }
}

TEST_CASE("position wrap: lines that stay apart") {
  const std::string second = "- Phó Bí thư Đảng ủy, Chủ tịch UBND phường";
  // a list under a colon or under a sentence
  CHECK_FALSE(continues_with_position("Thành phần gồm có các đồng chí:", second));
  CHECK_FALSE(continues_with_position("Tham dự có đồng chí Vũ Khắc Hào.", second));
  // the line above ends with no name
  CHECK_FALSE(continues_with_position("Các đại biểu dự Hội nghị", second));
  CHECK_FALSE(continues_with_position("Đồng chí Vũ Khắc Hào phát biểu", second));
  // a name with no form of address: a writer's byline over a list, a place
  CHECK_FALSE(continues_with_position("Vũ Khắc Hào", second));
  // no position after the dash: a list's item
  CHECK_FALSE(
      continues_with_position("Đồng chí Vũ Khắc Hào", "- Thăm hỏi các gia đình chính sách"));
  CHECK_FALSE(continues_with_position("Đồng chí Vũ Khắc Hào", "Phó Bí thư Đảng ủy phường"));
  // a blank line between: two blocks
  Article a = read_text(kLead + "\n\n" + kBody + "\n\nĐồng chí Vũ Khắc Hào\n\n" + second +
                        " phát biểu\n\n" + kBody + "\n");
  for (const Block& b : a.blocks) CHECK_FALSE(b.text.starts_with("Đồng chí Vũ Khắc Hào -"));
}
