// A caption's stop that says nothing (article/short_stop.h): a site that closes its photos'
// captions with a full stop prints the same shapes as one that does not, and where the line
// stands, short between (or under) paragraphs of several sentences, it is still the caption.
#include "article/short_stop.h"

#include <catch2/catch.hpp>

#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Hội Cựu chiến binh xã Tân Hòa tổng kết công tác năm";
const std::string kLead =
    "Sáng 20/12, Hội Cựu chiến binh xã Tân Hòa tổ chức hội nghị tổng kết công tác Hội năm "
    "nay và triển khai phương hướng, nhiệm vụ năm tới, với sự tham dự của lãnh đạo Đảng ủy, "
    "chính quyền xã và hơn 80 hội viên đến từ các chi hội trong toàn xã.";
const std::string kBody =
    "Trong năm qua, Hội đã vận động hội viên tích cực tham gia phát triển kinh tế gia đình, "
    "giúp nhau xóa đói giảm nghèo; nhiều hội viên trở thành chủ trang trại, tạo việc làm cho "
    "hàng chục lao động địa phương. Hội cũng phối hợp tổ chức nhiều buổi nói chuyện truyền "
    "thống cho đoàn viên thanh niên và học sinh trên địa bàn.";
const std::string kMore =
    "Hội nghị đã thống nhất các chỉ tiêu chủ yếu cho năm tới, trong đó tập trung nâng cao chất "
    "lượng sinh hoạt chi hội, phát triển hội viên mới, hỗ trợ hội viên có hoàn cảnh khó khăn "
    "và tiếp tục tham gia xây dựng Đảng, chính quyền vững mạnh ở cơ sở.";

Article between(const std::string& line) {
  return read_ok(InputFile{"cuu-chien-binh.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" +
                                                     line + "\n\n" + kMore + "\n"});
}

Article last(const std::string& line) {
  return read_ok(InputFile{"cuu-chien-binh.txt",
                           kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + line + "\n"});
}

}  // namespace

TEST_CASE("short stop: the stop of a short line among long paragraphs says nothing") {
  CHECK(stop_says_nothing("Đoàn chủ tịch điều hành hội nghị.", kBody, kMore));
  CHECK(stop_says_nothing("Đoàn chủ tịch điều hành hội nghị.", kBody, ""));  // the last line
  // no stop, or another mark, or an ellipsis's dots: not this rule's
  CHECK_FALSE(stop_says_nothing("Đoàn chủ tịch điều hành hội nghị", kBody, kMore));
  CHECK_FALSE(stop_says_nothing("Đoàn chủ tịch điều hành hội nghị..", kBody, kMore));
  // more than a third as long as the paragraph after it
  CHECK_FALSE(stop_says_nothing(
      "Đoàn chủ tịch gồm các đồng chí trong Thường trực Hội điều hành hội nghị tổng kết.", kBody,
      "Hội nghị đã thống nhất các chỉ tiêu chủ yếu cho năm tới và bầu bổ sung ủy viên."));
}

TEST_CASE("short stop: a caption with its stop between paragraphs is a caption") {
  // who the photo shows, no act a list holds: the missing stop was the caption's own cue
  Article a = between("Đoàn chủ tịch điều hành hội nghị.");
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[1].text == "Đoàn chủ tịch điều hành hội nghị.");  // the stop stays
  CHECK(captions_in(between("Các cá nhân nhận giấy khen tại hội nghị.")) == 1);
  // a short sentence about someone names no scene: its stop counts
  CHECK(captions_in(between("Lãnh đạo xã luôn sâu sát với cơ sở.")) == 0);
}

TEST_CASE("short stop: a caption with its stop under the last sentence is a caption") {
  CHECK(captions_in(last("Đoàn chủ tịch điều hành hội nghị.")) == 1);
  CHECK(captions_in(last("Các cá nhân nhận giấy khen tại hội nghị.")) == 1);
}

TEST_CASE("short stop: the text's own short last sentence stays a paragraph") {
  // a clause after a comma: the text's closing sentence
  CHECK(captions_in(last("Hội nghị khép lại với tinh thần đoàn kết, quyết tâm cao.")) == 0);
  // who attended
  CHECK(captions_in(last("Tham dự hội nghị có đại diện Đảng ủy xã.")) == 0);
  // a reasoning word
  CHECK(captions_in(last("Các hội viên đã thống nhất cao.")) == 0);
}
