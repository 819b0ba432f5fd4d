// The site's name after a title (article/title_site_name.h): a family of the ways sites print
// it (separators, names, case), and titles whose own dash must stay; then a text page whose
// title line is its <title> line.
#include "article/title_site_name.h"

#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {
const std::string kTitle = "Hội nghị tổng kết công tác xây dựng Đảng năm 2019";
}

TEST_CASE("title site name: a masthead after any separator is cut") {
  for (std::string sep : {" - ", " – ", " — ", " | ", "  -  ", " |  "}) {
    for (std::string name :
         {"Báo Đà Nẵng", "BÁO ĐÀ NẴNG", "Báo điện tử Đảng Cộng sản Việt Nam",
          "Tạp chí Xây dựng Đảng", "Cổng TTĐT huyện Tân Yên",
          "Cổng thông tin điện tử tỉnh Quảng Nam", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM",
          "Trang thông tin điện tử Huyện ủy Yên Định", "Đảng bộ tỉnh Bình Thuận",
          "Đảng bộ Thành phố Hồ Chí Minh", "Tỉnh ủy Bắc Giang", "Huyện uỷ Tân Yên", "baodanang.vn",
          "Đài Phát thanh và Truyền hình Tuyên Quang"}) {
      INFO(sep << name);
      CHECK(without_site_name(kTitle + sep + name) == kTitle);
    }
  }
}

TEST_CASE("title site name: only the last separator is looked at, whatever its kind") {
  // the title's own dash or bar before the masthead's separator stays in the title
  const std::string own = "Hội nghị tổng kết – công tác xây dựng Đảng | năm 2019";
  for (std::string sep : {" - ", " – ", " — ", " | "}) {
    INFO(sep);
    CHECK(without_site_name(own + sep + "Báo Đà Nẵng") == own);
    // a masthead before the title's last separator is not the site's name after the title
    const std::string inner = kTitle + sep + "Báo Đà Nẵng" + " - Xây dựng Đảng vững mạnh";
    CHECK(without_site_name(inner) == inner);
  }
}

TEST_CASE("title site name: a title's own dash stays") {
  for (std::string t : {
           "Hội nghị báo cáo viên - Báo cáo tình hình tháng 10",      // "Báo cáo", a report
           "Kỷ niệm ngày Báo chí Cách mạng - Báo chí đồng hành",      // the press, lower case
           "Đại hội đại biểu - Đảng bộ tỉnh nhiệm kỳ 2020-2025",      // no place named, digits
           "Đại hội đại biểu - Đảng bộ tỉnh Bình Thuận lần thứ XV",   // a sentence goes on
           "Kết nạp đảng viên - Tỉnh ủy Bắc Giang chỉ đạo năm 2024",  // a digit: a sentence
           "Tổng kết năm - Báo Nhân Dân trao giải",                   // a verb after the name
           "Báo chí - Báo Đà Nẵng",                                   // two words before: no title
           "Xây dựng Đảng - Huyện Tân Yên vững mạnh",                 // a place, no masthead
           "Hội nghị tổng kết - Cổng làng văn hóa",                   // "Cổng" alone, a gate
           "Toàn văn phát biểu | Tổng Bí thư Tô Lâm",                 // a person after a bar
       }) {
    INFO(t);
    CHECK(without_site_name(t) == t);
  }
}

TEST_CASE("title site name: a text page's <title> line gives the title without the site") {
  for (std::string name :
       {" - Báo Đà Nẵng", " | Cổng TTĐT huyện Tân Yên", " – Đảng bộ tỉnh Bình Thuận"}) {
    INFO(name);
    const std::string text = kTitle + name +
                             "\n\nThứ Ba, 12/03/2019 | 09:45\n\n"
                             "Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức hội nghị tổng kết công tác "
                             "xây dựng Đảng năm 2019 với sự tham dự của các chi bộ trực thuộc.\n\n"
                             "Năm nay, Đảng bộ xã phấn đấu kết nạp thêm mười đảng viên mới.\n\n"
                             "Minh Châu\n";
    Article a = read_ok(InputFile{"bai.txt", text});
    CHECK(a.title == kTitle);
  }
}

TEST_CASE("title site name: a section or a breadcrumb before the title is cut") {
  for (std::string head : {"Thời sự | ", "THỜI SỰ | ", "Tin tức » ", "Trang chủ » Tin tức » ",
                           "Trang chủ > Xây dựng Đảng > ", "Xây dựng Đảng › ", "Video | "}) {
    // a title opening with a capital, a number, a quote, a bracket
    for (std::string title : {kTitle, std::string("544 đảng viên được trao tặng Huy hiệu Đảng"),
                              std::string("“Bữa cơm đoàn kết” tại Ngày hội Đại đoàn kết"),
                              std::string("\"Dân vận khéo\" ở xã Tân Hòa"),
                              std::string("(TTV) Phát triển Đảng trong đoàn viên thanh niên"),
                              std::string("[Video] Đại hội Đảng bộ tỉnh lần thứ XV")}) {
      INFO(head << title);
      CHECK(without_section_before(head + title) == title);
    }
  }
  for (std::string t : {"Toàn văn phát biểu | Tổng Bí thư Tô Lâm",  // four words: the title's
                        "Video | - 5 điều cần biết",                // a dash after the bar
                        "Thời sự | ba việc",                        // lower case after the bar
                        "Năm 2024 | Hội nghị tổng kết",             // a digit in the step
                        "Hội nghị | Đảng bộ"}) {                    // two words after the bar
    INFO(t);
    CHECK(without_section_before(t) == t);
  }
}

TEST_CASE("title site name: what is cut from the title line is told in the report") {
  const std::string text = "Thời sự | " + kTitle +
                           " - Báo Đà Nẵng\n\nThứ Ba, 12/03/2019 | 09:45\n\n"
                           "Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức hội nghị tổng kết công tác "
                           "xây dựng Đảng năm 2019 với sự tham dự của các chi bộ trực thuộc.\n\n"
                           "Năm nay, Đảng bộ xã phấn đấu kết nạp thêm mười đảng viên mới.\n\n"
                           "Minh Châu\n";
  Article a = read_ok(InputFile{"bai.txt", text});
  CHECK(a.title == kTitle);
  std::string told;
  for (const std::string& w : a.warnings) told += w + "\n";
  CHECK(told.find("Báo Đà Nẵng") != std::string::npos);
  CHECK(told.find("Thời sự") != std::string::npos);
}
