// A plain line's dates and opening words read by hand (article/title_dates.h) against the
// regular expressions they stand for (title_patterns.h), on lines made to try each way of
// each pattern and the places where a way nearly matches.
#include "article/title_dates.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/title_patterns.h"

using namespace tuyentap::title_patterns;

namespace {

// features.py _date_only by the regular expressions (title_features.cpp date_only).
bool date_only_by_rx(const icu::UnicodeString& u) {
  const std::vector<int32_t> starts = date_starts(u);
  if (!date_rx().find_at(u, starts) && !time_rx().find_at(u, starts)) return false;
  if (!only_date_letters(u)) return false;
  icu::UnicodeString rest = date_rx().replace_all(u, " ");
  rest = time_rx().replace_all(rest, " ");
  rest = weekday_rx().replace_all(rest, " ");
  rest = date_word_rx().replace_all(rest, " ");
  return !word_left_rx().find(rest);
}

const std::vector<std::string> kLines = {
    "Thứ Sáu, 1/1/2010 - 17:07",
    "Ngày 21 tháng 1 năm 2010",
    "ngày 5 tháng 12, 2020",
    "Hà Nội, ngày 2 tháng 9 năm 1945",
    "5 tháng 122019",
    "Cập nhật: 10:25 ngày 15/11/2023",
    "Thứ hai, 15.3.21 08h30",
    "Chủ nhật 2023-05-07",
    "Chủ Nhật, 07-05-2023 09:05 GMT+7",
    "Thứ 2, 12/3/2024 | 14:05",
    "thứ 23 tháng 4",
    "CN 12 3 2024",
    "12 3 24",
    "1/2/345 và 24:10, 23h59, 7 giờ 30",
    "Đăng lúc 7h05 - 12/12/2012",
    "Posted 2020-1-2, updated 2020-01-03",
    "Xuất bản: 12/5/2019 (GMT+7)",
    "Thời gian: 1/1/2001",
    "Năm 2020 kỷ niệm 90 năm ngày thành lập Đảng",
    "năm 20201 là năm nào",
    "Sáng nay, Hội nghị Trung ương 15 bế mạc",
    "Vừa qua, Đảng ủy phường tổ chức hội nghị",
    "Vừa  qua có hai dấu cách",
    "Thời gian qua, công tác dân vận có nhiều đổi mới",
    "Những năm qua Đảng bộ đã lãnh đạo",
    "Trongkhi ấy",
    "Đ/c Nguyễn Văn A phát biểu",
    "Đồng chí Trần Văn B",
    "Ông Lê Văn C, Bí thư",
    "Các đồng chí lãnh đạo tỉnh",
    "Lãnh đạo, chỉ đạo",
    "1. Đổi mới phương thức lãnh đạo",
    "12) Mục mười hai",
    "123. Không phải số mục",
    "IV. Phần thứ tư",
    "IIIII. Năm chữ",
    "- Gạch đầu dòng",
    "• Chấm tròn",
    "Đảng bộ đã tổ chức, đang triển khai và sẽ được nhân rộng",
    "Những việc đãlàm",
    "Đại hội lần thứ XIII của Đảng",
    "Thứ trưởng Bộ Công an làm việc",
    "Họp ngày thứ Năm",
    "Giờ G 17 giờ 5",
};

}  // namespace

TEST_CASE("title dates: a plain line read by hand reads as the regular expressions") {
  int plain = 0;
  for (const std::string& line : kLines) {
    INFO(line);
    const icu::UnicodeString u = u16(line);
    const std::vector<int32_t> starts = date_starts(u);
    if (auto d = plain_dates(line)) {
      ++plain;
      CHECK(d->date == date_rx().find_at(u, starts));
      CHECK(d->time == time_rx().find_at(u, starts));
      CHECK(d->short_date == short_date_rx().find_at(u, starts));
      CHECK(d->dates == count_dates(u, starts));
      if (d->date || d->time) CHECK(d->date_only == date_only_by_rx(u));
    }
    if (auto w = plain_words(line)) {
      CHECK(w->weekday == weekday_rx().find(u));
      CHECK(w->da == da_rx().find(u));
      CHECK(w->opener == opener_rx().at_start(u));
      CHECK(w->honorific == honorific_rx().at_start(u));
      CHECK(w->numbered == numbered_rx().at_start(u));
    }
  }
  CHECK(plain == static_cast<int>(kLines.size()));
  // every way is tried: the lines are dates, date lines, openers … as the patterns say
  CHECK(plain_dates("Thứ Sáu, 1/1/2010 - 17:07")->date_only);
  CHECK(plain_dates("Ngày 21 tháng 1 năm 2010")->dates == 1);
  CHECK(plain_words("Đ/c Nguyễn Văn A phát biểu")->honorific);
  CHECK(plain_words("IV. Phần thứ tư")->numbered);
}

TEST_CASE("title dates: a line whose reading is not plain is left to the regular expressions") {
  CHECK_FALSE(plain_dates("Ngày_1/1/2010"));                 // "_" is \w
  CHECK_FALSE(plain_dates("Ngày\u00A01/1/2010"));            // white space other than " "
  CHECK_FALSE(plain_dates("١/١/٢٠١٠"));                      // digits of another script
  CHECK_FALSE(plain_words("Stra\u00DFe 1/1/2010"));          // ß folds to two letters
  CHECK_FALSE(plain_words("nga\u0300y 1/1/2010"));           // a combining mark
  CHECK(plain_dates("Thứ Sáu, 1/1/2010 – 17:07 “Hà Nội”"));  // punctuation is plain
}
