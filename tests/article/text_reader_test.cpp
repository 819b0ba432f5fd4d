#include <catch2/catch.hpp>

#include "article/reader.h"
#include "article/text_prepare.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("the archive's article format: every field in its place") {
  Article a = read_ok(fixture("standard.txt"));
  CHECK(a.file == "articles/standard.txt");
  CHECK(a.encoding == "UTF-8");
  CHECK(a.topic == "Xây dựng Đảng");
  CHECK(a.title == "Huyện Tân Phước: Nâng cao chất lượng sinh hoạt chi bộ ở nông thôn");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-03-12");
  CHECK(a.time == "09:45");
  CHECK(a.lead.rfind("Những năm qua, Đảng bộ huyện Tân Phước", 0) == 0);
  REQUIRE(a.blocks.size() == 5);
  CHECK(a.blocks[0].type == BlockType::Paragraph);
  CHECK(a.blocks[0].text.rfind("Theo Ban Thường vụ (BTV) Huyện ủy", 0) == 0);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[1].text == "Đồng chí Bí thư Huyện ủy dự sinh hoạt chi bộ ấp Mỹ Lợi.");
  CHECK(a.blocks[1].credit == "T.L");
  CHECK(a.blocks[2].type == BlockType::Heading);
  CHECK(a.blocks[2].text == "Đổi mới cách điều hành buổi sinh hoạt");
  CHECK(a.blocks[3].type == BlockType::Paragraph);
  CHECK(a.blocks[4].type == BlockType::Paragraph);
  CHECK(a.blocks[4].text.rfind("Ủy ban nhân dân (UBND)", 0) == 0);
  CHECK(a.author == "Minh Châu");
  // nothing uncertain; the comment box, poll and weather under the byline are counted
  CHECK(a.warnings == std::vector<std::string>{site_chrome_warning(SiteChrome{5, 0, 0, 0})});
  CHECK(a.id.size() == 12);
}

TEST_CASE("the site's trailing chrome is in no field") {
  for (const char* name : {"standard.txt", "no-kicker.txt", "no-date-no-byline.txt", "variants.txt",
                           "kicker-binh-luan.txt"}) {
    Article a = read_ok(fixture(name));
    std::string all = all_fields(a);
    INFO(name << ":\n" << all);
    for (const char* chrome :
         {"Viết bình luận", "thăm dò", "THÔNG TIN CẦN BIẾT", "Trời nhiều mây", "Tin liên quan",
          "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15", "Chia sẻ", "In bài", "Bản quyền", "©",
          "Bình luận (2)", "Ý kiến của bạn đọc"}) {
      CHECK(all.find(chrome) == std::string::npos);
    }
  }
}

TEST_CASE("a missing kicker, a dashed date and a source byline") {
  Article a = read_ok(fixture("no-kicker.txt"));
  CHECK(a.topic.empty());
  CHECK(a.title == "Đảng ủy xã Long Hòa tổng kết công tác kiểm tra, giám sát năm 2018");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-01-28");
  CHECK(a.time == "15:27");
  CHECK(a.lead.rfind("Sáng 28/1, Đảng ủy xã Long Hòa", 0) == 0);
  CHECK(a.blocks.size() == 2);
  CHECK(a.author == "Theo báo Hậu Giang");
  CHECK(has_warning(a, "no topic line"));
  CHECK_FALSE(has_warning(a, "no byline"));
}

TEST_CASE("no date line and no byline are warnings, not failures") {
  Article a = read_ok(fixture("no-date-no-byline.txt"));
  CHECK(a.topic == "Học tập và làm theo Bác");
  CHECK(a.title == "Chi bộ khu phố 2 làm theo lời Bác về tiết kiệm");
  CHECK_FALSE(a.date);
  CHECK_FALSE(a.time);
  CHECK(a.lead.rfind("Từ đầu năm", 0) == 0);
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text.rfind("Mỗi đảng viên đăng ký", 0) == 0);
  CHECK(a.author.empty());
  CHECK(has_warning(a, "no date line"));
  CHECK(has_warning(a, "no byline"));
}

TEST_CASE("a date line with a date that does not exist is named, the header read around it") {
  for (const std::string date : {"31/02/2019", "00/00/0000", "28/01/9999"}) {
    INFO(date);
    Article a = read_ok(
        InputFile{"bai.txt", "Xây dựng Đảng\nChi bộ ấp 3 sinh hoạt chuyên đề\nThứ Hai, " + date +
                                 " | 15:27\n\nChi bộ ấp 3 vừa tổ chức sinh hoạt chuyên đề "
                                 "về đạo đức cách mạng.\n\nNgười viết\n"});
    CHECK(a.topic == "Xây dựng Đảng");
    CHECK(a.title == "Chi bộ ấp 3 sinh hoạt chuyên đề");
    CHECK_FALSE(a.date);
    CHECK(has_warning(a, "the date line gives a date that does not exist: " + date));
    CHECK_FALSE(has_warning(a, "no date line"));
    CHECK(a.lead.rfind("Chi bộ ấp 3 vừa", 0) == 0);  // the date line is not the lead
  }
}

TEST_CASE("worded date, caption credit forms, byline with a role, copyright lines") {
  Article a = read_ok(fixture("variants.txt"));
  CHECK(a.topic == "Dân vận");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-06-05");
  CHECK_FALSE(a.time);
  REQUIRE(a.blocks.size() == 5);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == "Cán bộ xã tiếp dân tại bộ phận một cửa");
  CHECK(a.blocks[0].credit == "Quang Huy");
  CHECK(a.blocks[1].type == BlockType::Paragraph);
  CHECK(a.blocks[2].type == BlockType::Caption);
  CHECK(a.blocks[2].text == "Buổi đối thoại giữa lãnh đạo xã với nông dân.");
  CHECK(a.blocks[2].credit == "NGỌC LAN");
  CHECK(a.blocks[3].type == BlockType::Caption);
  CHECK(a.blocks[3].text == "Một góc trụ sở Ủy ban nhân dân xã (Ảnh minh họa)");
  CHECK(a.blocks[3].credit.empty());
  CHECK(a.blocks[4].type == BlockType::Paragraph);
  CHECK(a.author == "Hoàng Uyên (tổng hợp)");
}

TEST_CASE("a section named like chrome stays the topic") {
  Article a = read_ok(fixture("kicker-binh-luan.txt"));
  CHECK(a.topic == "Bình luận");
  CHECK(a.title == "Giữ vững kỷ luật, kỷ cương trong Đảng");
  CHECK(a.time == "08:00");
  CHECK(a.blocks.size() == 1);
  CHECK(a.author == "Nhóm PV");
}

TEST_CASE("hard-wrapped lines without blank lines are rejoined into paragraphs") {
  Article a = read_ok(fixture("wrapped.txt"));
  CHECK(a.topic == "Kiểm tra, giám sát");
  CHECK(a.title == "Ủy ban Kiểm tra Thị ủy giám sát việc kê khai tài sản");
  CHECK(a.date->iso() == "2019-10-16");
  CHECK(a.lead ==
        "Ủy ban Kiểm tra Thị ủy vừa hoàn thành đợt giám sát việc kê khai tài sản, thu nhập của "
        "cán bộ thuộc diện Ban Thường vụ quản lý.");
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text.find("kê khai đúng thời hạn") != std::string::npos);
  CHECK(a.author == "Thu Hà");
}

TEST_CASE("a file that is one giant paragraph still reads, with a warning") {
  Article a = read_ok(fixture("giant-paragraph.txt"));
  CHECK(a.title.empty());  // the page shows no title line: read untitled (untitled_page.h)
  CHECK(a.lead.rfind("Tiến tới Đại hội Đảng các cấp Chiều 14/5", 0) == 0);
  CHECK(a.lead.find("khách quan, dân chủ và công tâm.") != std::string::npos);
  CHECK(has_warning(a, "no title line"));
  CHECK(has_warning(a, "no date line"));
}

TEST_CASE("files that are not articles say why") {
  CHECK(not_article_reason(fixture("title-only.txt")) == "only a title, no article text");
  CHECK(not_article_reason(fixture("chrome-only.txt")) == "no text after removing site chrome");
  CHECK(not_article_reason(InputFile{"a.txt", ""}) == "empty file");
  CHECK(not_article_reason(InputFile{"a.txt", " \r\n\t\n\n"}) == "empty file");
}

TEST_CASE("many blank lines, tabs and trailing spaces change nothing") {
  InputFile tidy = fixture("standard.txt");
  std::string messy;
  for (char c : tidy.bytes) {
    if (c == '\n') {
      messy += " \t \n\n\n";
    } else if (c == ' ') {
      messy += "  ";
    } else {
      messy += c;
    }
  }
  Article a = read_ok(tidy), b = read_ok(InputFile{"messy.txt", messy});
  CHECK(b.title == a.title);
  CHECK(b.lead == a.lead);
  REQUIRE(b.blocks.size() == a.blocks.size());
  for (size_t i = 0; i < a.blocks.size(); ++i) {
    CHECK(b.blocks[i].type == a.blocks[i].type);
    CHECK(b.blocks[i].text == a.blocks[i].text);
  }
  CHECK(b.author == a.author);
  CHECK(b.id == a.id);
}

namespace {

// Sibling pages of a made-up site: the site's lines (`chrome`), learned from the folder, stand
// between the date line and the title when `clock`, above the date line when not.
std::string dated_page(std::size_t i, bool clock) {
  const std::string n = std::to_string(i + 1);
  const std::string date = "Thứ Hai, 0" + n + "/11/2021 04:5" + n + " PM\n";
  const std::string chrome = "CỔNG THÔNG TIN AN THẠNH\nẤn phẩm mới\nBản tin nội bộ\n";
  return (clock ? date + chrome : chrome + date) + "Chi bộ ấp " + n +
         " kết nạp đảng viên mới\n\nChi bộ ấp " + n +
         " vừa tổ chức lễ kết nạp quần chúng ưu tú vào Đảng, nâng tổng số đảng viên lên " +
         "hơn hai mươi người.\n\nCác đảng viên mới của chi bộ ấp " + n +
         " đều là đoàn viên tích cực trong phong trào thanh niên ở địa phương.\n";
}

}  // namespace

TEST_CASE("the site's clock over a block of chrome is not the article's date") {
  // The page's clock, the site's lines (learned from the folder), then the title: the date is
  // the time the page was served, and the article shows none. Over the site's lines, right
  // over the title, the same date line is the article's.
  for (bool clock : {true, false}) {
    std::vector<InputFile> files =
        numbered_files("dong-ho", 6, "txt", [&](std::size_t i) { return dated_page(i, clock); });
    ReadResults r = read_archive_articles(files);
    REQUIRE(r.learned.size() == 1);
    for (std::size_t i = 0; i < files.size(); ++i) {
      const Article& a = article_at(r, i);
      INFO("clock: " << clock << ", " << files[i].path << ":\n" << all_fields(a));
      CHECK(a.title == "Chi bộ ấp " + std::to_string(i + 1) + " kết nạp đảng viên mới");
      CHECK(a.date.has_value() == !clock);
      CHECK(has_warning(a, "no date line") == clock);
      // the clock is told with the header's chrome, not lost
      CHECK(has_warning(a, "site chrome left out: "));
    }
  }
}

TEST_CASE("a date line over the title with only its topic between stays the article's") {
  Article a = read_text(
      "Thứ Hai, 15/11/2021 16:59\n"
      "Xây dựng Đảng\n"
      "Đảng bộ xã Long Hòa kết nạp đảng viên mới\n\n"
      "Đảng bộ xã Long Hòa vừa tổ chức lễ kết nạp ba quần chúng ưu tú vào Đảng, nâng tổng số "
      "đảng viên lên hơn một trăm người.\n\n"
      "Các đảng viên mới đều là đoàn viên tích cực, có nhiều đóng góp cho phong trào thanh niên "
      "ở địa phương.\n");
  CHECK(a.title == "Đảng bộ xã Long Hòa kết nạp đảng viên mới");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2021-11-15");
}
