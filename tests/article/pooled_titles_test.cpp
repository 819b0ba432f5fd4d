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

TEST_CASE("pooled titles: a sentence closing on a congress's term is a title, stop or comma") {
  const std::string title = "Chi bộ thôn Đông tổ chức thành công Đại hội, nhiệm kỳ 2025 – 2027.";
  Article a = read_text(title + "\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.lead == kLead);
  // its time set first, it is the sapo
  const std::string sapo =
      "Sáng ngày 10/3/2025, chi bộ thôn Đông tổ chức Đại hội, nhiệm kỳ 2025 – 2027.";
  Article b = read_text(sapo + "\n\n" + kBody);
  CHECK(b.title.empty());
}

TEST_CASE("pooled titles: who attended, or a time set after the opening clause, is no title") {
  const std::string attended =
      "Tham dự buổi lễ có đồng chí Lê Văn Hùng – Bí thư Đảng ủy xã cùng các đảng viên trong chi bộ "
      "và quần chúng ưu tú Trần Thị Mai.";
  Article a = read_text(attended +
                        "\n\nĐược sự giúp đỡ của chi bộ, quần chúng ưu tú Trần Thị Mai "
                        "đã không ngừng phấn đấu, rèn luyện và hoàn thành tốt nhiệm vụ.\n\n" +
                        kBody);
  CHECK(a.title.empty());
  CHECK(a.lead == attended);
  const std::string warrant =
      "Được sự đồng ý của Đảng ủy xã Phú Lâm, chiều nay, ngày 15 tháng 3 năm 2024 chi bộ thôn "
      "Đông tổ chức Đại hội chi bộ lần thứ III nhiệm kỳ 2024-2027";
  Article b = read_text(warrant + "\n\n" + kBody);
  CHECK(b.title.empty());
}

TEST_CASE("pooled titles: a title opening as a slogan over the date line stays the title") {
  const std::string title = "Chào mừng Đại hội đại biểu Đảng bộ xã Phú Lâm lần thứ XX";
  Article a = read_text(title + "\n\n12/03/2024 08:30\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.lead == kLead);
  // a slogan over the page's date line, the title under it: the slogan is the page's
  Article b = read_text(
      "Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng\n\n12/03/2024 08:30\n\n"
      "Chi bộ thôn Đông kết nạp đảng viên mới\n\n" +
      kBody);
  CHECK(b.title == "Chi bộ thôn Đông kết nạp đảng viên mới");
}

TEST_CASE("pooled titles: a page's own line first, the text under it, leaves the page untitled") {
  // a portlet's name where the archive's layout looks for the title (two sites of the pool)
  Article a = read_text("Chi tiết - Xã Phú Lâm\n\n" + kBody);
  CHECK(a.title.empty());
  CHECK(a.lead == kLead);
  CHECK(all_fields(a).find("Chi tiết - Xã Phú Lâm") == std::string::npos);
}
