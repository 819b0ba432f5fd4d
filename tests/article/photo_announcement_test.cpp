// announces_photos looks for "ảnh" only in sentences that may hold it before folding them
// (article/photo_story.cpp): it still finds the word in capitals and with the hook above
// apart from its letter (decomposed text), as folding does.
#include <catch2/catch.hpp>

#include "article/photo_story.h"

using namespace tuyentap;

TEST_CASE("photo story: an announcement in capitals or decomposed is still one") {
  CHECK(announces_photos("MỘT SỐ HÌNH ẢNH TẠI HỘI NGHỊ:"));
  CHECK(announces_photos("Một số hình a\u0309nh tại hội nghị:"));  // NFD: a, then the hook
  CHECK(announces_photos("Dưới đây là một số A\u0309NH của phóng viên."));
  CHECK_FALSE(announces_photos("Một số hình vẽ tại hội nghị:"));
  CHECK_FALSE(announces_photos("Dưới đây là một số ý kiến của anh An."));
}
