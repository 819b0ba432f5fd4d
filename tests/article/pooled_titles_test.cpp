// Title shapes drawn from the pooled misses of every learning set (issue 9, session 11), each
// on a small made-up page: a bar of the page's buttons is no title, a line with the page's
// words run into the title is no sentence of the body, a copy that opens at an answer's label
// or a part's heading has no title.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

Article read_text(const std::string& text) {
  return read_ok(InputFile{"trang.txt", text});
}

const std::string kLead =
    "Chiều ngày 12/3, Chi bộ thôn Đông đã tổ chức lễ kết nạp hai đảng viên mới trong không "
    "khí trang nghiêm, với sự tham dự của đại diện Đảng ủy xã và các đảng viên trong chi bộ.";
const std::string kBody =
    kLead + "\n\n" +
    "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố quyết định kết nạp và giao nhiệm vụ cho "
    "các đảng viên mới, mong các đồng chí luôn phấn đấu, rèn luyện và giữ gìn tư cách.\n";

}  // namespace

TEST_CASE("pooled titles: a bar of the page's buttons over a title in capitals is no title") {
  const std::string caps = "HỘI NGHỊ CHI BỘ THÔN ĐÔNG QUÝ III NĂM 2024";
  Article a = read_text(
      "Cổng thông tin điện tử xã Phú Lâm\n\nChế độ ban đêm Xuất PDF In trang\n"
      "+A A -A\n\n" +
      caps + "\n\n" + kBody);
  CHECK(a.title == caps);
  CHECK(a.topic.empty());
  CHECK(a.lead == kLead);
}

TEST_CASE("pooled titles: the page's words run into the title make no body text") {
  // a template's empty field printed "null" before the title, then the title with a stop
  // (a sentence of 13 words: body text by its shape alone)
  const std::string title = "Chi bộ thôn Đông kết nạp hai đảng viên mới cho Đảng bộ xã.";
  Article a = read_text("Xuất bản thông tin\n\nnull " + title +
                        "\n\nChi tiết bài viết Tin tức\n\n" + title + "\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.lead == kLead);
}

TEST_CASE("pooled titles: a copy opening at an answer's label or a part's heading is untitled") {
  Article answer = read_text("Trả lời:\n\n" + kBody);
  CHECK(answer.title.empty());
  CHECK(answer.lead == kLead);
  Article part =
      read_text("1. Lịch sử chi bộ thôn Đông\n\nVề công tác phát triển đảng viên\n\n" + kBody);
  CHECK(part.title.empty());
  CHECK(part.topic.empty());
  CHECK(part.lead == kLead);
  // a sentence that ends with a colon is no label: the text's own
  Article sentence = read_text("Chi bộ thôn Đông kết nạp hai đảng viên mới\n\n" + kBody);
  CHECK(sentence.title == "Chi bộ thôn Đông kết nạp hai đảng viên mới");
}
