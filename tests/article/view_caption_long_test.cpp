// The view of the hall named at length, no stop: "Quang cảnh Hội nghị đối thoại với đại biểu
// Nhân dân năm 2024 tại phường Tràng Minh" (15 words, tests/fixtures/real-eval29/
// danvanhaiphong-1), a photo's caption as "Quang cảnh hội nghị" is. A view names the event or
// the place it shows, however long; a subheading opening so ("Toàn cảnh bức tranh kinh tế …")
// names neither. The family: 3, 15 and 29 words, "Quang cảnh" and "Toàn cảnh" in any case, a
// stop or none, under the lead, between paragraphs and last; near-misses: no event nor place,
// a comma joining a clause, a reasoning word, 31 words.
#include <catch2/catch.hpp>

#include "article/scene_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Phường Tràng Minh đối thoại với đại biểu Nhân dân năm 2024";
const std::string kLead =
    "Chiều ngày 01/10/2024, Đảng ủy, Ủy ban nhân dân phường Tràng Minh tổ chức Hội nghị đối "
    "thoại giữa đồng chí Bí thư, Chủ tịch UBND phường với đại biểu Nhân dân năm 2024.";
const std::string kBody =
    "Tại Hội nghị, đại biểu Nhân dân phường Tràng Minh bày tỏ các ý kiến quan tâm đến một số "
    "chủ trương, chính sách đã và sẽ ban hành, đặc biệt là các vấn đề có liên quan trực tiếp "
    "đến quyền lợi của người dân trên địa bàn phường.";

const char* const kViews[] = {
    "Quang cảnh Hội nghị",
    "Quang cảnh Hội nghị đối thoại với đại biểu Nhân dân năm 2024 tại phường Tràng Minh",
    "Toàn cảnh Hội nghị đối thoại với đại biểu Nhân dân năm 2024 tại phường Tràng Minh",
    "Quang cảnh Hội nghị đối thoại với đại biểu Nhân dân năm 2024 tại phường Tràng Minh.",
    "Quang cảnh Hội nghị đối thoại giữa đồng chí Bí thư và Chủ tịch UBND phường với đại biểu "
    "Nhân dân năm 2024 tại hội trường phường Tràng Minh",  // 29 words
};

}  // namespace

TEST_CASE("long view: the hall's view named at length is a caption") {
  for (const char* view : kViews) {
    INFO(view);
    CHECK(describes_photo_scene(view));
    Article under = read_text(kTitle + "\n\n" + kLead + "\n\n" + view + "\n\n" + kBody + "\n");
    CHECK(captions_in(under) == 1);
    Article middle = read_text(kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + view + "\n\n" +
                               kBody + " Hội nghị kết thúc lúc 17 giờ.\n");
    CHECK(captions_in(middle) == 1);
    Article last = read_text(kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + view + "\n");
    CHECK(captions_in(last) == 1);
  }
}

TEST_CASE("long view: what opens with a view's words and is no photo's stays") {
  // no event, no place: a subheading
  CHECK_FALSE(describes_photo_scene("Toàn cảnh bức tranh kinh tế của ấp năm qua"));
  CHECK_FALSE(describes_photo_scene(
      "Toàn cảnh bức tranh kinh tế xã hội và đời sống của bà con nhân dân trong ấp qua một năm "
      "nhiều khó khăn"));
  // a comma joining a clause, a reasoning word
  CHECK_FALSE(describes_photo_scene(
      "Quang cảnh Hội nghị đối thoại năm 2024, nhiều ý kiến của cử tri được giải đáp thỏa đáng"));
  CHECK_FALSE(
      describes_photo_scene("Quang cảnh Hội nghị đối thoại năm 2024 đã thu hút sự quan tâm của "
                            "người dân phường Tràng Minh"));
  // 31 words (the bound is a scene's, scene_caption.h)
  CHECK_FALSE(describes_photo_scene(
      "Quang cảnh Hội nghị đối thoại giữa đồng chí Bí thư Đảng ủy và Chủ tịch UBND phường với "
      "đại biểu Nhân dân năm 2024 tại hội trường phường Tràng Minh"));
}
