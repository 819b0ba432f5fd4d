// Header rules from real pages of unseen sites (tests/fixtures/real-eval4/), on small made-up
// pages: a series' name above "Bài 2: …", a section line between a leading date line and the
// title, a byline in capitals beside the date, a sapo without its final stop, a title in
// capitals broken over lines, a byline with a military rank.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "article/text_lines.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kLead =
    "Trong những năm qua, Đảng bộ huyện đã lãnh đạo nhân dân phát triển kinh tế, giữ vững "
    "quốc phòng, an ninh và xây dựng hệ thống chính trị ngày càng vững mạnh.\n\n";
const std::string kBody =
    "Các chi bộ đã đổi mới nội dung sinh hoạt, gắn với nhiệm vụ chính trị của địa phương, "
    "nâng cao chất lượng đội ngũ cán bộ, đảng viên.\n";

}  // namespace

TEST_CASE("series header: the series' name above 'Bài 2: …' is the topic, the part the title") {
  const std::string series =
      "Xây dựng tổ chức Đảng trong các doanh nghiệp ngoài khu vực nhà nước tại TP. Cần Thơ";
  Article a = read_ok(InputFile{
      "trang.txt", series + "\n\nBài 2: Tổ chức Đảng mạnh, doanh nghiệp vững\n\n" + kLead + kBody});
  CHECK(a.title == "Bài 2: Tổ chức Đảng mạnh, doanh nghiệp vững");
  CHECK(a.topic == series);
  CHECK(a.lead.starts_with("Trong những năm qua"));
  // without a part's number the long first line stays the title
  Article b = read_ok(InputFile{
      "trang.txt", series + "\n\nTổ chức Đảng mạnh, doanh nghiệp vững\n\n" + kLead + kBody});
  CHECK(b.title == series);
}

TEST_CASE("series header: a date line first, then a section line and the title") {
  const std::string section =
      "Kỷ niệm 80 năm Ngày thành lập Đảng bộ huyện Tân Phú (03-02-1945 – 03-02-2025)";
  const std::string title = "Đảng bộ huyện Tân Phú phát huy truyền thống, đổi mới và phát triển";
  for (std::string date :
       {"Thứ Hai, 03/02/2025, 08:30 (GMT+7)", "TP -Thứ Hai, 03/02/2025, 08:30"}) {
    Article a = read_ok(
        InputFile{"trang.txt", date + "\n" + section + "\n" + title + "\n\n" + kLead + kBody});
    CHECK(a.title == title);
    CHECK(a.topic == section);
    REQUIRE(a.date);
    CHECK(a.date->iso() == "2025-02-03");
    CHECK(a.lead.starts_with("Trong những năm qua"));
  }
}

TEST_CASE("series header: a byline in capitals beside the date under the title") {
  const std::string title = "Đảng bộ huyện Tân Phú hiện đại hóa nền hành chính";
  for (std::string byline : {"MINH AN - TRẦN HÀ", "THU HÀ (thực hiện)"}) {
    Article a = read_ok(
        InputFile{"trang.txt", title + "\n\n" + byline + " 30/04/2016 11:39\n\n" + kLead + kBody});
    CHECK(a.title == title);
    CHECK(a.author == byline);
    CHECK(a.topic.empty());
    REQUIRE(a.date);
    CHECK(a.date->iso() == "2016-04-30");
  }
  // a section in capitals above the title stays the topic
  Article b = read_ok(
      InputFile{"trang.txt", "THỜI SỰ | 30/04/2016 11:39\n\n" + title + "\n\n" + kLead + kBody});
  CHECK(b.topic == "THỜI SỰ");
  CHECK(b.author.empty());
}

TEST_CASE("series header: a sapo without its final stop is no title") {
  const std::string title = "Huyện Tân Phú kết nạp 120 đảng viên mới";
  const std::string sapo =
      "Đến ngày 27-11, Huyện ủy Tân Phú kết nạp 120 đảng viên mới, tăng 5 đảng viên so với năm "
      "2017. Đây là năm có số đảng viên mới cao nhất từ trước đến nay";
  Article a = read_ok(
      InputFile{"trang.txt", title + "\n\n" + sapo +
                                 "\n\nKết nạp đảng viên mới tại chi bộ thôn Đông, xã Phú Lâm\n\n" +
                                 kLead + kBody});
  CHECK(a.title == title);
  CHECK(a.lead == sapo);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(stops_a_sentence_inside(sapo));
  CHECK_FALSE(stops_a_sentence_inside("Xây dựng Đảng tại TP. Hồ Chí Minh và ông A. Nguyễn"));
  CHECK_FALSE(stops_a_sentence_inside("Năm 2017. đây là"));
}

TEST_CASE("series header: a title in capitals broken over lines, a ranked byline with a star") {
  Article a = read_ok(InputFile{"trang.txt",
                                "QUAN ĐIỂM CỦA ĐẢNG VỀ XÂY DỰNG\n\nTRONG CÁN BỘ, ĐẢNG VIÊN\n\n"
                                "Đại tá, PGS, TS Nguyễn Văn An*\n\n" +
                                    kLead + kBody});
  CHECK(a.title == "QUAN ĐIỂM CỦA ĐẢNG VỀ XÂY DỰNG TRONG CÁN BỘ, ĐẢNG VIÊN");
  CHECK(a.author == "Đại tá, PGS, TS Nguyễn Văn An");
  CHECK(a.topic.empty());
  // a section in capitals above a title in capitals stays apart
  Article b = read_ok(
      InputFile{"trang.txt", "XÂY DỰNG ĐẢNG\n\nQUAN ĐIỂM CỦA ĐẢNG VỀ CÁN BỘ\n\n" + kLead + kBody});
  CHECK(b.title == "QUAN ĐIỂM CỦA ĐẢNG VỀ CÁN BỘ");
  CHECK(b.topic == "XÂY DỰNG ĐẢNG");
}
