// The end byline in forms the learning pages did not show and unseen sites print (session 24,
// bench/README.md "What unseen sites break"): a signature framed by runs of a mark whatever its
// inside holds, under a gallery's heading; and its near misses.
#include <catch2/catch.hpp>
#include <string>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Hội Nông dân xã ra quân làm đường giao thông nông thôn\n\n";
const std::string kLead =
    "Sáng 14/3, Hội Nông dân xã Tân Hòa phối hợp với các chi hội ra quân làm mới hơn hai cây số "
    "đường bê tông nội đồng, giúp bà con vận chuyển lúa thuận tiện hơn trong mùa thu hoạch.\n\n";
const std::string kBody =
    "Hơn 200 hội viên đã tham gia đóng góp ngày công, vật liệu và kinh phí để hoàn thành tuyến "
    "đường trước mùa mưa, nhiều hộ dân hiến đất mở rộng lòng đường.\n\n";
const std::string kLast = "Dự kiến tuyến đường sẽ được bàn giao cho nhân dân vào cuối tháng 4.";

Article read_end(const std::string& end) {
  return read_ok(InputFile{"lam-duong.txt", kTitle + kLead + kBody + kLast + "\n\n" + end});
}

}  // namespace

TEST_CASE("unseen end byline: a framed signature under a gallery's heading is no caption") {
  // "Một số hình ảnh …" over short lines reads as a photo story's captions (photo_story.h); a
  // line framed by marks is a signature set apart, never a caption
  for (std::string frame :
       {"===== Trần Văn Tâm=====", "-- Trần Văn Tâm --", "*** Trần Văn Tâm ***"}) {
    INFO(frame);
    Article a = read_end("Một số hình ảnh buổi ra quân\n\n" + frame + "\n");
    CHECK(a.author == "Trần Văn Tâm");
    for (const Block& b : a.blocks) CHECK(b.text.find("Trần Văn Tâm") == std::string::npos);
  }
}

TEST_CASE("unseen end byline: the frame comes off whatever shape its inside has") {
  // a name with its unit glued (no mark between): read once the frame is off
  CHECK(read_end("===== Trần Văn Tâm Trung tâm Văn hóa=====\nChia sẻ\nIn bài\n").author ==
        "Trần Văn Tâm");
  // a framed box heading stays no byline
  CHECK(read_end("===== Các tin đã đưa ngày =====\n").author.empty());
}
