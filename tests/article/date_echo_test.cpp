// A page that prints its date twice (article/date_echo.h): a bare date under or over the title,
// and the page's own date line with its time, views, writer or time zone. Every form of the
// page's own line (a time, views, a label, a time zone, brackets), with every form of the second,
// in every place (under the title, over it, under the page's line, over a page's chrome): the
// title, the day, the time and the lead stay the page's. Near misses: a lead opening with the same
// day is the lead; a masthead's clock of another day is no echo of the article's date.
#include "article/date_echo.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/reader.h"
#include "fixtures.h"
#include "made_up_pages.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string& kTitle = kWardMeetingTitle;
const std::string& kLead = kWardMeetingLead;
const std::string& kSecond = kWardMeetingSecond;
const std::string kThird =
    "Phát biểu chỉ đạo, đồng chí Bí thư Đảng ủy phường đề nghị các chi bộ tiếp tục đổi mới nội "
    "dung, phương thức sinh hoạt, nâng cao chất lượng đảng viên trong thời gian tới.";

struct OwnLine {
  std::string line;
  std::string time;  // "" when the line gives none
};

// The page's own date line, as sites print it.
const std::vector<OwnLine> kOwn = {
    {"Thứ Hai, 05/12/2022 | 17:41", "17:41"},
    {"Cập nhật: 17:41 05/12/2022 GMT+7", "17:41"},
    {"05/12/2022 | 604", ""},
    {"(05/12/2022)", ""},
    {"Ngày đăng 05/12/2022 | 17:41 | Lượt xem: 64", "17:41"},
    {"17:41, 05/12/2022", "17:41"},
    {"Thứ Hai, 05/12/2022, 17:41 [GMT+7]", "17:41"},
    {"Đăng ngày 05-12-2022 17:41", "17:41"},
    {"05/12/2022 17:41 Số lượt xem: 545", "17:41"},
    {"Cập nhật lúc 17:41, Thứ Hai, 05/12/2022 (GMT+7)", "17:41"},
    {"Thứ Hai, ngày 05 tháng 12 năm 2022 - 17:41", "17:41"},
};

// The date printed again, bare or with a label.
const std::vector<std::string> kAgain = {"05/12/2022",          "5/12/2022",  "Ngày 05/12/2022",
                                         "Thứ Hai, 05/12/2022", "05.12.2022", "[05/12/2022]"};

std::string page(const std::vector<std::string>& header) {
  std::string s;
  for (const std::string& line : header) s += line + "\n\n";
  return s + kLead + "\n\n" + kSecond + "\n\n" + kThird + "\n";
}

void check_read(const std::string& text, const OwnLine& own) {
  INFO(text);
  Article a = read_text(text);
  CHECK(a.title == kTitle);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2022-12-05");
  CHECK(a.time.value_or("") == own.time);
  CHECK(a.lead == kLead);
}

}  // namespace

TEST_CASE("date echo: the date again under the title, over the page's own date line") {
  for (const OwnLine& own : kOwn)
    for (const std::string& again : kAgain) check_read(page({kTitle, again, own.line}), own);
}

TEST_CASE("date echo: the date again over the title, the page's own date line under it") {
  for (const OwnLine& own : kOwn)
    for (const std::string& again : kAgain) check_read(page({again, kTitle, own.line}), own);
}

TEST_CASE("date echo: the page's own date line over the title, the date again under it") {
  for (const OwnLine& own : kOwn)
    for (const std::string& again : kAgain) check_read(page({own.line, kTitle, again}), own);
}

TEST_CASE("date echo: the date again under the page's own date line") {
  for (const OwnLine& own : kOwn)
    for (const std::string& again : kAgain) check_read(page({kTitle, own.line, again}), own);
}

TEST_CASE("date echo: under a page's menu and breadcrumb, with a view counter between") {
  const std::vector<std::string> chrome = {"Trang chủ | Giới thiệu | Tin tức | Liên hệ",
                                           "Trang chủ › Tin tức › Xây dựng Đảng"};
  for (const OwnLine& own : kOwn) {
    for (const std::string& again : kAgain) {
      std::vector<std::string> below = chrome, above = chrome;
      below.insert(below.end(), {own.line, "1387 Lượt xem", kTitle, again});
      above.insert(above.end(), {own.line, "1387 Lượt xem", again, kTitle});
      check_read(page(below), own);
      check_read(page(above), own);
    }
  }
}

TEST_CASE("date echo: a lead opening with the same day stays the lead") {
  for (const std::string& lead :
       {std::string("Ngày 05/12/2022, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng "
                    "sáu tháng đầu năm và triển khai nhiệm vụ trong thời gian tới."),
        std::string("Ngày 5.12, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu "
                    "tháng đầu năm và triển khai nhiệm vụ trong thời gian tới."),
        std::string("Sáng 05/12/2022, tại hội trường, Huyện ủy tổ chức hội nghị sơ kết công tác "
                    "xây dựng Đảng sáu tháng đầu năm."),
        std::string("05/12/2022 - Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu "
                    "tháng đầu năm và triển khai nhiệm vụ trong thời gian tới.")}) {
    for (const std::string& date :
         {std::string("Thứ Hai, 05/12/2022 | 17:41"), std::string("05/12/2022")}) {
      INFO(date << " / " << lead);
      Article a = read_text(kTitle + "\n\n" + date + "\n\n" + lead + "\n\n" + kSecond + "\n");
      CHECK(a.title == kTitle);
      REQUIRE(a.date);
      CHECK(a.date->iso() == "2022-12-05");
      CHECK(a.lead == lead);
    }
  }
}

TEST_CASE("date echo: a masthead's clock of another day is no echo of the article's date") {
  // the page's clock, the masthead, the article's date line: the article's day and time stay
  Article a = read_text(page({"Thứ Sáu, 19/7/2024", "Ban Tuyên giáo Trung ương",
                              "Thứ Năm, 8/6/2023 14:46'(GMT+7)", kTitle}));
  CHECK(a.title == kTitle);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2023-06-08");
  CHECK(a.time.value_or("") == "14:46");
  CHECK(a.lead == kLead);
}

TEST_CASE("date echo: which lines repeat another's day") {
  std::vector<std::string_view> paras = {"Trang chủ › Tin tức",         "05/12/2022",   kTitle,
                                         "Thứ Hai, 05/12/2022 | 17:41", "Lượt xem: 12", kLead};
  CHECK(echoed_date_lines(paras, 300) == std::vector<std::size_t>{1});
  // a title beside its date is never an echo; another day is none
  std::vector<std::string_view> titled = {"Hội nghị sơ kết công tác xây dựng Đảng | 05/12/2022",
                                          "05/12/2022", "06/12/2022 08:00", kLead};
  CHECK(echoed_date_lines(titled, 300).empty());
}
