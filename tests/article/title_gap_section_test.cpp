// A section's name before the title on its line, set apart by white space alone (article/
// title_gap_section.h): a family of labels (capitals, sentence case, lower case, one to five
// words) and gaps (two, three, eight spaces, a tab, no-break spaces), with the site's name
// after the title too; then titles whose own words the gap must not cut.
#include "article/title_gap_section.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Hội nghị tổng kết công tác xây dựng Đảng năm 2019";
const std::vector<std::string> kGaps = {"  ", "   ", "        ", "\t", " \t ", "\xC2\xA0\xC2\xA0"};

std::string page(const std::string& title_line, const std::string& menu = "") {
  return menu + title_line +
         "\n\nThứ Ba, 12/03/2019 | 09:45\n\n"
         "Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức hội nghị tổng kết công tác "
         "xây dựng Đảng năm 2019 với sự tham dự của các chi bộ trực thuộc.\n\n"
         "Năm nay, Đảng bộ xã phấn đấu kết nạp thêm mười đảng viên mới.\n\n"
         "Minh Châu\n";
}

Article read_page(const std::string& text) {
  return read_ok(InputFile{"bai.txt", text});
}

bool told(const Article& a, const std::string& label) {
  for (const std::string& w : a.warnings)
    if (w == "the section before the title left out of it: " + label) return true;
  return false;
}

}  // namespace

TEST_CASE("title gap section: a label that names no section, in any case, before any gap") {
  for (const std::string& gap : kGaps) {
    for (std::string label : {"Tin tức", "TIN TỨC", "Tin Tức", "tin tức", "Tin"}) {
      INFO("[" << label << "][" << gap << "]");
      Article a = read_page(page(label + gap + kTitle));
      CHECK(a.title == kTitle);
      CHECK(told(a, label));
      CHECK(a.topic.empty());  // "Tin tức" names nothing: no topic
    }
  }
}

TEST_CASE("title gap section: a label in capitals over a title that is not") {
  for (const std::string& gap : kGaps) {
    for (std::string label : {"XÂY DỰNG ĐẢNG", "THỜI SỰ", "TIN HOẠT ĐỘNG ĐẢNG BỘ",
                              "NGHIÊN CỨU - TRAO ĐỔI", "TIN TRONG TỈNH"}) {
      INFO("[" << label << "][" << gap << "]");
      Article a = read_page(page(label + gap + kTitle));
      CHECK(a.title == kTitle);
      CHECK(a.topic == label);  // a section of its own: the topic
      CHECK(told(a, label));
    }
  }
}

TEST_CASE("title gap section: a label in lower case, or one the page's menu names") {
  for (const std::string& gap : kGaps) {
    INFO("[" << gap << "]");
    // no title opens in lower case
    CHECK(read_page(page("xây dựng đảng" + gap + kTitle)).title == kTitle);
    // the menu above names "Xây dựng Đảng" (alone, or as a step of a breadcrumb or a bar)
    for (std::string menu :
         {"Trang chủ\nXây dựng Đảng\nKinh tế\n\n", "Trang chủ › Xây dựng Đảng\n\n",
          "Kinh tế | Xây dựng Đảng | Văn hóa\n\n"}) {
      Article a = read_page(page("Xây dựng Đảng" + gap + kTitle, menu));
      CHECK(a.title == kTitle);
      CHECK(told(a, "Xây dựng Đảng"));
    }
  }
  // a title that opens with a digit, a quote or a bracket
  for (std::string title : {"544 đảng viên được trao tặng Huy hiệu Đảng đợt 2-9",
                            "“Bữa cơm đoàn kết” tại Ngày hội Đại đoàn kết toàn dân tộc",
                            "(TTV) Phát triển Đảng trong đoàn viên thanh niên"}) {
    INFO(title);
    CHECK(read_page(page("Tin tức  " + title)).title == title);
  }
}

TEST_CASE("title gap section: the label before and the site's name after the title") {
  Article a = read_page(page("THỜI SỰ\t" + kTitle + " - Báo Đà Nẵng"));
  CHECK(a.title == kTitle);
  CHECK(a.topic == "THỜI SỰ");
}

TEST_CASE("title gap section: a title's own words stay whole") {
  const std::vector<std::string> no_lines;
  for (const std::string& gap : kGaps) {
    for (std::string t : {
             "Đảng bộ" + gap + "xã Tân Thịnh tổ chức đại hội",  // lower case after the gap
             "Hội nghị" + gap + "Ban chấp hành Đảng bộ huyện lần thứ 21",  // a typist's slip
             "Bình Xa sẵn sàng cho" + gap + "Đại hội điểm cấp xã",         // a tab for a space
             "CHUẨN BỊ KỸ LƯỠNG" + gap + "CHO NGÀY HỘI TOÀN DÂN",          // capitals over capitals
             "25/12/2023" + gap + "Hội nghị tổng kết công tác Đảng",       // a date, no section
             "Tin tức, sự kiện" + gap + "Hội nghị tổng kết công tác Đảng",  // a comma
             "Tin tức" + gap + "Hội nghị",  // too short for a title after it
             "Tổ chức thành công Đại hội Chi bộ trường" + gap + "THPT Hai Bà Trưng",  // 7 words
             "Tin tức" + gap + "- Hội nghị tổng kết công tác Đảng",  // a dash joins them
             "TIN HOẠT ĐỘNG CỦA ĐẢNG BỘ" + gap + kTitle,             // six words: no section's name
         }) {
      INFO("[" << t << "]");
      CHECK_FALSE(section_before_gap(t, no_lines));
    }
  }
  // "Tin tức mới về …" typed with one space: one title
  const std::string t = "Tin tức mới về Đại hội Đảng bộ tỉnh lần thứ XIX";
  Article a = read_page(page(t));
  CHECK(a.title == t);
  // a title with a double space inside, read whole
  Article b = read_page(page("Hội nghị  Ban chấp hành Đảng bộ huyện lần thứ 21"));
  CHECK(b.title == "Hội nghị Ban chấp hành Đảng bộ huyện lần thứ 21");
}
