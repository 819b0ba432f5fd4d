// Classes of page header that unseen pages called for (real-eval10/11/12), each on a small
// made-up page: a date in brackets closing the title's line.
#include <catch2/catch.hpp>

#include "article/reader.h"
#include "article/untitled_page.h"
#include "article/writer_unit.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ thôn Đông tổ chức lễ kết nạp đảng viên mới tại nhà văn hóa";
const std::string kBody =
    "Chiều ngày 12/3, Chi bộ thôn Đông đã tổ chức lễ kết nạp hai đảng viên mới trong không "
    "khí trang nghiêm, với sự tham dự của đại diện Đảng ủy xã và các đảng viên trong chi bộ.\n\n"
    "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố quyết định kết nạp và giao nhiệm vụ cho "
    "các đảng viên mới, mong các đồng chí luôn phấn đấu, rèn luyện và giữ gìn tư cách.\n";

}  // namespace

TEST_CASE("header classes: a date in brackets closing the title's line is the date") {
  Article a = read_text(kTitle + " (12/03/2019)\n\n" + kBody);
  CHECK(a.title == kTitle);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-03-12");
  Article square = read_text(kTitle + " [12/03/2019]\n\n" + kBody);
  CHECK(square.title == kTitle);
  REQUIRE(square.date);
  // a bracketed date inside the title, or one that is no whole date, stays in the title
  std::string inside = "Kỷ niệm ngày (30/4/1975) giải phóng miền Nam tại thôn Đông";
  Article in = read_text(inside + "\n\n" + kBody);
  CHECK(in.title == inside);
  CHECK_FALSE(in.date);
  std::string span = kTitle + " (2015 - 2020)";
  Article years = read_text(span + "\n\n" + kBody);
  CHECK(years.title == span);
}

TEST_CASE("header classes: a quotation cut short over 'name - time date' is the title") {
  std::string title = "\"Xây dựng chi bộ trong sạch, vững mạnh, đoàn kết, gương mẫu...\"";
  std::string sapo =
      "\"Xây dựng chi bộ trong sạch, vững mạnh, đoàn kết, gương mẫu, gắn bó với nhân dân\" là "
      "chủ đề của đại hội lần này.\n";
  Article a = read_text("Quảng cáo phân bón hữu cơ\n\n" + title +
                        "\n\nLê Minh - 09:15 12/03/2019 "
                        "GMT+7\n" +
                        sapo + "\n" + kBody);
  CHECK(a.title == title);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-03-12");
  CHECK(a.time == "09:15");
  CHECK(a.author == "Lê Minh");
  // the same quotation as the body's first paragraph, no date line under it, stays text
  Article text = read_text(kTitle + "\n\n" + title + "\n\n" + kBody);
  CHECK(text.title == kTitle);
}

TEST_CASE("header classes: the article's heading in capitals is not the page's title") {
  std::string page_title = "Công tác dân vận của chi bộ";
  Article a =
      read_text(page_title + "\n\ndanvan\n\nLỊCH SỬ CÔNG TÁC DÂN VẬN XÃ PHÚ LÂM\n\n" + kBody);
  CHECK(a.title == page_title);
  CHECK(a.topic.empty());
  CHECK(all_fields(a).find("danvan") == std::string::npos);
  // alone, the heading in capitals stays the title
  Article alone = read_text("Tin tức\n\nLỊCH SỬ CÔNG TÁC DÂN VẬN XÃ PHÚ LÂM\n\n" + kBody);
  CHECK(alone.title == "LỊCH SỬ CÔNG TÁC DÂN VẬN XÃ PHÚ LÂM");
}

TEST_CASE("header classes: a long first line setting its time first is the sapo, not a title") {
  std::string sapo =
      "Ngày 12/3/2019 tại nhà văn hóa thôn Đông Chi bộ thôn Đông tổ chức lễ kết nạp hai đảng "
      "viên mới, nhiệm kỳ 2015 - 2020";
  Article a = read_text(sapo + "\n\n" + kBody);
  CHECK(a.title.empty());
  CHECK(all_fields(a).find("Ngày 12/3/2019 tại") != std::string::npos);  // kept as text
  // a short title that opens with the date stays the title
  std::string dated_title = "Ngày 12/3: Chi bộ thôn Đông kết nạp đảng viên mới";
  Article t = read_text(dated_title + "\n\n" + kBody);
  CHECK(t.title == dated_title);
}

TEST_CASE("header classes: a portlet's 'Chi tiết - <site>' heading is no topic") {
  Article a = read_text("Chi tiết - Xã Phú Lâm\n\n" + kTitle + "\n\n" + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  Article verb = read_text("Chi tiết hóa nghị quyết\n\n" + kTitle + "\n\n" + kBody);
  CHECK(verb.topic == "Chi tiết hóa nghị quyết");
}

TEST_CASE("header classes: a social network's machine alt text is no caption") {
  Article a = read_text(kTitle + "\n\n" + kBody +
                        "\nCó thể là hình ảnh về 5 người, mọi người đang đứng và trong nhà\n"
                        "Không có mô tả ảnh.\n");
  CHECK(captions_in(a) == 0);
  CHECK(all_fields(a).find("mọi người đang đứng") == std::string::npos);
}

TEST_CASE("header classes: a menu's item above the title is no topic, as it is no title") {
  // the one list of the page's own lines (page_line.h) serves the title and the topic alike
  Article item = read_text("- Văn hóa xã hội\n\n" + kTitle + "\n\n" + kBody);
  CHECK(item.title == kTitle);
  CHECK(item.topic.empty());
  Article bar = read_text("Tiếng Việt | English\n\n" + kTitle + "\n\n" + kBody);
  CHECK(bar.title == kTitle);
  CHECK(bar.topic.empty());
  Article section = read_text("Xây dựng Đảng\n\n" + kTitle + "\n\n12/03/2024 08:30\n\n" + kBody);
  CHECK(section.topic == "Xây dựng Đảng");
}

TEST_CASE("header classes: the summary over the date line and again under it is no title") {
  // the title, the summary, the date line, the summary again as the first paragraph (a
  // company's page, shaped as real-eval50/vnsteel-1): the line over the title is the title
  const std::string title = "Người lao động có quà Tết sớm";
  const std::string sapo =
      "Vừa qua, Công đoàn Tổng công ty đã trao quà Tết cho người lao động của các công ty thành "
      "viên có hoàn cảnh khó khăn.";
  Article a = read_text(title + "\n\n" + sapo + "\n\n08/01/2020 15:29\n\n" + sapo + "\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK(a.lead == sapo);
  // printed once, the sentence over the date line is the title the page set with a stop
  Article once = read_text(title + "\n\n" + sapo + "\n\n08/01/2020 15:29\n\n" + kBody);
  CHECK(once.title == sapo);
}

TEST_CASE("header classes: a unit named by its level alone is the site's section, no title") {
  CHECK(names_unit_of_its_place("Hội Nông dân tỉnh"));
  CHECK(names_unit_of_its_place("Ban Tuyên giáo huyện"));
  // a place named, a headline's verb, a word that is no level: a title
  CHECK_FALSE(names_unit_of_its_place("Hội Nông dân tỉnh Hòa Bình"));
  CHECK_FALSE(names_unit_of_its_place("Hội Nông dân giúp nông dân thoát nghèo"));
  CHECK_FALSE(names_unit_of_its_place("Chi bộ thôn Đông"));
  Article a = read_text("Hội Nông dân tỉnh\n\n" + kBody + "\nBích Ngọc - Hội Nông dân tỉnh\n");
  CHECK(a.title.empty());
  CHECK(a.topic == "Hội Nông dân tỉnh");
  CHECK(a.author == "Bích Ngọc");
  CHECK(a.lead.rfind("Chiều ngày 12/3", 0) == 0);
}

TEST_CASE("header classes: a title that opens with its day, which the lead retells, is the title") {
  const std::string title =
      "Ngày 28/7/2017, HĐND thành phố Đà Nẵng ban hành Nghị quyết sắp xếp tổ dân phố trên địa "
      "bàn thành phố Đà Nẵng";
  const std::string lead =
      "Ngày 28/7/2017, HĐND thành phố Đà Nẵng thông báo ban hành Nghị quyết số 108/NQ-HĐND về việc "
      "sắp "
      "xếp các tổ dân phố, theo đó toàn thành phố sau khi sắp xếp lại có 2.784 tổ dân phố.";
  CHECK(is_dated_title_retold(title, lead));
  // the sapo printed again whole, or a paragraph that goes on from it: no title
  CHECK_FALSE(is_dated_title_retold(title, title + ", giảm 2.965 tổ dân phố."));
  CHECK_FALSE(is_dated_title_retold(title, "Theo đó, toàn thành phố có 2.784 tổ dân phố."));
  CHECK_FALSE(is_dated_title_retold(title + ".", lead));  // a sentence with its stop
  Article a = read_text(title + "\n\n" + lead + "\n");
  CHECK(a.title == title);
  CHECK(a.lead == lead);
  // the same line over a paragraph that does not retell it is a sapo whose stop was left out
  Article sapo = read_text(title +
                           "\n\nTheo đó, mỗi tổ dân phố có 01 tổ trưởng và 01 tổ phó "
                           "chịu trách nhiệm điều hành hoạt động của tổ theo quy định.\n");
  CHECK(sapo.title.empty());
}
