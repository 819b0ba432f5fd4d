#include <catch2/catch.hpp>

#include "text/date_line.h"
#include "text/english_calendar.h"

using namespace tuyentap;

namespace {

// "2019-01-28 15:27", "2019-01-28 -", or "none" for a line that is not a date line.
std::string parsed(std::string_view line) {
  auto dt = parse_date_line(line);
  if (!dt) return "none";
  return dt->date.iso() + " " + dt->time.value_or("-");
}

}  // namespace

TEST_CASE("date lines as the archive writes them") {
  CHECK(parsed("Thứ Hai, 28/01/2019 | 15:27") == "2019-01-28 15:27");
  CHECK(parsed("Chủ Nhật, 03/02/2019 | 08:05") == "2019-02-03 08:05");
  CHECK(parsed("Chủ nhật, 3/2/2019 - 08:05") == "2019-02-03 08:05");
  CHECK(parsed("28/01/2019") == "2019-01-28 -");
  CHECK(parsed("28-01-2019 15:27") == "2019-01-28 15:27");
  CHECK(parsed("Ngày 28 tháng 1 năm 2019") == "2019-01-28 -");
  CHECK(parsed("2019-01-28") == "2019-01-28 -");
  CHECK(parsed("3/2/2019") == "2019-02-03 -");
  CHECK(parsed("Thứ Sáu, 15/03/2019, 15h27") == "2019-03-15 15:27");
  CHECK(parsed("Thứ Năm, ngày 7 tháng 11 năm 2019 - 9:05") == "2019-11-07 09:05");
  CHECK(parsed("Thứ Bảy, 28.12.2019 | 23:59") == "2019-12-28 23:59");
  CHECK(parsed("Cập nhật: 15:27 28/01/2019 (GMT+7)") == "2019-01-28 15:27");
}

TEST_CASE("worded date lines without the word \"năm\" before the year") {
  CHECK(parsed("Thứ hai, 26 Tháng 10 2020 14:49") == "2020-10-26 14:49");
  CHECK(parsed("5 tháng 3 2021") == "2021-03-05 -");
  // Blogger's Vietnamese dates: a comma before the year
  CHECK(parsed("Thứ Ba, 4 tháng 10, 2016") == "2016-10-04 -");
  CHECK(parsed("Thứ Ba, 4 tháng 10, 16") == "none");
  // the same checks as with "năm": a month or a day that does not exist, a short year
  CHECK(parsed("Thứ hai, 31 Tháng 2 2020 14:49") == "none");
  CHECK(parsed("26 Tháng 13 2020") == "none");
  CHECK(parsed("26 Tháng 10 20") == "none");
  CHECK(impossible_date_line("30 Tháng 2 2020") == "30/02/2020");
}

TEST_CASE("date lines with the month in words, and the masthead's clock so written") {
  CHECK(parsed("23 Tháng Bảy, 2024") == "2024-07-23 -");
  CHECK(parsed("5 tháng Mười Hai 2021 08:30") == "2021-12-05 08:30");
  CHECK(parsed("01 THÁNG GIÊNG, 2021") == "2021-01-01 -");
  CHECK(parsed("Ngày 14 tháng Mười năm 2023") == "2023-10-14 -");
  CHECK(parsed("3 tháng Mười Một năm 2023") == "2023-11-03 -");
  CHECK(parsed("30 tháng Năm 2023") == "2023-05-30 -");
  CHECK(parsed("12 tháng Chạp 2023") == "2023-12-12 -");
  // a weekday before it: the clock a theme prints in the masthead, the day the page was served
  for (std::string_view clock : {"Thứ Ba, 23 Tháng Bảy, 2024", "Chủ nhật, 5 tháng Mười Hai 2021",
                                 "THỨ SÁU, 01 THÁNG GIÊNG, 2021", "Thứ Năm 14 Tháng Mười 2023"}) {
    INFO(clock);
    CHECK(is_clock_in_words(clock));
    CHECK(parsed(clock) == "none");
  }
  // near misses: the month in digits (an article's stamp, weekday or not), a month in words with
  // no year or a short one, a month that is no month's name, a sentence naming a month
  CHECK(parsed("Thứ hai, 07 Tháng 8 2017 14:51") == "2017-08-07 14:51");
  CHECK_FALSE(is_clock_in_words("Thứ hai, 07 Tháng 8 2017 14:51"));
  CHECK_FALSE(is_clock_in_words("Thứ Ba, 23 Tháng Bảy"));
  // the time first, as a theme stamps a post ("<time> @ <date>"): the article's date line
  CHECK(parsed("02:26 CH @ Thứ Tư - 05 Tháng Bảy, 2023") == "2023-07-05 14:26");
  CHECK_FALSE(is_clock_in_words("02:26 CH @ Thứ Tư - 05 Tháng Bảy, 2023"));
  CHECK(is_clock_in_words("Thứ Tư, 05 Tháng Bảy, 2023 14:26"));
  CHECK(parsed("23 Tháng Bảy, 24") == "none");
  CHECK(parsed("23 Tháng Thanh niên 2024") == "none");
  CHECK(parsed("Tháng Bảy năm 2024 nhớ ơn") == "none");
  CHECK(impossible_date_line("31 tháng Hai 2021") == "31/02/2021");
  // nor is the clock cut at its comma into a section and a date, beside a section or alone
  CHECK_FALSE(split_date_line("Thứ Ba, 23 Tháng Bảy, 2024"));
  CHECK_FALSE(split_date_line("Xây dựng Đảng | Thứ Ba, 23 Tháng Bảy, 2024"));
  auto dated = split_date_line("Xây dựng Đảng | 23 Tháng Bảy, 2024");
  REQUIRE(dated);
  CHECK(dated->when.date.iso() == "2024-07-23");
  CHECK(dated->rest == "Xây dựng Đảng");
}

TEST_CASE("date lines in any case, decomposed, with tabs and trailing spaces") {
  CHECK(parsed("THỨ HAI, 28/01/2019 | 15:27") == "2019-01-28 15:27");
  CHECK(parsed("  Thứ Tư,\t30/01/2019   |  10:00  ") == "2019-01-30 10:00");
  // "Thứ Ba" with the letters and marks decomposed (NFD)
  CHECK(parsed("Thu\xCC\x9B\xCC\x81 Ba, 29/01/2019") == "2019-01-29 -");
  CHECK(parsed("chủ nhật 27/01/2019") == "2019-01-27 -");
}

TEST_CASE("date: a paragraph that mentions a date is not a date line") {
  CHECK(parsed("Ngày 28/01/2019, Thành ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng.") ==
        "none");
  CHECK(parsed("Hội nghị diễn ra ngày 28/01/2019") == "none");
  CHECK(parsed("Tiến tới Đại hội Đảng các cấp") == "none");
  CHECK(parsed("Hoàng Uyên") == "none");
  CHECK(parsed("") == "none");
  CHECK(parsed("Thứ Hai") == "none");  // a weekday alone has no date
  CHECK(parsed("15:27") == "none");
  CHECK(parsed("Năm 2019") == "none");
}

TEST_CASE("date: impossible dates and times are rejected") {
  CHECK(parsed("31/02/2019") == "none");
  CHECK(parsed("29/02/2019") == "none");
  CHECK(parsed("29/02/2020") == "2020-02-29 -");
  CHECK(parsed("00/01/2019") == "none");
  CHECK(parsed("13/13/2019") == "none");
  CHECK(parsed("32/12/2019") == "none");
  CHECK(parsed("28/01/2019 | 25:10") == "none");
  CHECK(parsed("28/01/2019 | 10:61") == "none");
  CHECK(parsed("28/01-2019") == "none");  // mixed separators
}

TEST_CASE("date: a date line whose date does not exist or is not plausible says which") {
  // Issue 12: these were "no date line", and 9999 named the book "Tuyển tập 9999".
  CHECK(impossible_date_line("31/02/2019") == "31/02/2019");
  CHECK(impossible_date_line("Thứ Hai, 00/00/0000 | 15:27") == "00/00/0000");
  CHECK(impossible_date_line("Ngày 28 tháng 1 năm 9999") == "28/01/9999");
  CHECK(impossible_date_line("28/01/1066") == "28/01/1066");
  CHECK(parsed("28/01/9999") == "none");
  CHECK(parsed("28/01/2200") == "2200-01-28 -");
  CHECK(parsed("01/01/1900") == "1900-01-01 -");
  CHECK_FALSE(impossible_date_line("Thứ Hai, 28/01/2019 | 15:27"));            // a real date
  CHECK_FALSE(impossible_date_line("Hội nghị ngày 31/02/2019 bàn việc lớn"));  // no date line
}

TEST_CASE("date: calendar arithmetic") {
  Date d{2019, 1, 28};
  CHECK(d.valid());
  CHECK(d.weekday() == 1);  // Monday
  CHECK(Date{2019, 2, 3}.weekday() == 0);
  CHECK(Date{1970, 1, 1}.days() == 0);
  CHECK(Date{2019, 1, 1}.days() - Date{2018, 12, 31}.days() == 1);
  CHECK(Date{2020, 3, 1}.days() - Date{2020, 2, 28}.days() == 2);
  CHECK(d.quarter() == 1);
  CHECK(Date{2019, 12, 31}.quarter() == 4);
  CHECK(Date{2019, 1, 28} < Date{2019, 2, 1});
  CHECK_FALSE(Date{2019, 4, 31}.valid());
}

TEST_CASE("date: strict ISO dates") {
  REQUIRE(parse_iso_date("2019-01-28"));
  CHECK(*parse_iso_date("2019-01-28") == Date{2019, 1, 28});
  CHECK_FALSE(parse_iso_date("2019-1-28"));
  CHECK_FALSE(parse_iso_date("2019-02-30"));
  CHECK_FALSE(parse_iso_date("28/01/2019"));
  CHECK_FALSE(parse_iso_date("2019-01-28x"));
}

TEST_CASE("date: Vietnamese labels") {
  CHECK(vi_weekday(Date{2019, 1, 28}) == "Thứ Hai");
  CHECK(vi_weekday(Date{2019, 2, 3}) == "Chủ nhật");
  CHECK(vi_weekday(Date{2019, 2, 2}) == "Thứ Bảy");
  CHECK(vi_long_date(Date{2019, 1, 28}) == "Thứ Hai, ngày 28 tháng 01 năm 2019");
  // Decree 30/2020: a leading zero only for days under 10 and for months 1 and 2
  CHECK(vi_long_date(Date{2019, 2, 5}) == "Thứ Ba, ngày 05 tháng 02 năm 2019");
  CHECK(vi_long_date(Date{2019, 3, 5}) == "Thứ Ba, ngày 05 tháng 3 năm 2019");
  CHECK(vi_long_date(Date{2019, 11, 28}) == "Thứ Năm, ngày 28 tháng 11 năm 2019");
  CHECK(vi_short_date(Date{2019, 2, 3}) == "03/02/2019");
  CHECK(vi_month_title(2019, 1) == "Tháng 1/2019");
  CHECK(vi_quarter_title(2019, 4) == "Quý IV/2019");
  CHECK(roman(1) == "I");
  CHECK(roman(4) == "IV");
  CHECK(roman(9) == "IX");
  CHECK(roman(14) == "XIV");
  CHECK(roman(2019) == "MMXIX");
  CHECK(roman(0) == "0");
}

TEST_CASE("day counts and epoch seconds turn back into UTC calendar dates") {
  for (long d : {-1L, 0L, 59L, 11016L, 17924L, 18321L, 20000L}) {
    CHECK(date_from_days(d).days() == d);
  }
  CHECK(date_from_days(0) == Date{1970, 1, 1});
  CHECK(date_from_days(18321) == Date{2020, 2, 29});
  UtcTime t = utc_from_epoch(1548689220);  // 2019-01-28 15:27 UTC
  CHECK(t.date == Date{2019, 1, 28});
  CHECK(t.hour == 15);
  CHECK(t.minute == 27);
  CHECK(t.second == 0);
  CHECK(utc_from_epoch(-1).date == Date{1969, 12, 31});
  CHECK(utc_from_epoch(-1).hour == 23);
}

TEST_CASE("iso_utc writes epoch seconds as an ISO 8601 UTC time, whatever the time zone") {
  CHECK(iso_utc(0) == "1970-01-01T00:00:00Z");
  CHECK(iso_utc(86399) == "1970-01-01T23:59:59Z");
  CHECK(iso_utc(1548689220) == "2019-01-28T15:27:00Z");
  CHECK(iso_utc(951782400) == "2000-02-29T00:00:00Z");   // a leap day (divisible by 400)
  CHECK(iso_utc(1709210096) == "2024-02-29T12:34:56Z");  // a leap day
  CHECK(iso_utc(4107542399) == "2100-02-28T23:59:59Z");  // 2100 is not a leap year
}

TEST_CASE("date lines as news sites print them") {
  CHECK(parsed("Thứ Ba, 25/12/2012 - 10:03") == "2012-12-25 10:03");
  CHECK(parsed("| 21/12/2012 - 08:04") == "2012-12-21 08:04");
  CHECK(parsed("15:20 PM | 21/12/2012") == "2012-12-21 15:20");
  CHECK(parsed("3:20 PM | 21/12/2012") == "2012-12-21 15:20");
  CHECK(parsed("12:05 AM | 21/12/2012") == "2012-12-21 00:05");
  CHECK(parsed("Cập nhật thứ hai, ngày 24/12/12 11:05 tối") == "2012-12-24 23:05");
  CHECK(parsed("Cập nhật thứ hai, ngày 24/12/12 08:30 sáng") == "2012-12-24 08:30");
  CHECK(parsed("Cập nhật thứ hai, ngày 24/12/12 2:15 chiều") == "2012-12-24 14:15");
  CHECK(parsed("Thứ tư, 22/10/2025, 19:25 (GMT+7)") == "2025-10-22 19:25");
  CHECK(parsed("Cập nhật: 08:15 ngày 02/03/2020") == "2020-03-02 08:15");
  CHECK(parsed("17:26 - 18/01/2016") == "2016-01-18 17:26");
  CHECK(parsed("Ngày đăng: 05/06/2014") == "2014-06-05 -");
  CHECK(parsed("Xuất bản: 05/06/2014 lúc 10:00") == "2014-06-05 10:00");
  // the same labels in the passive ("Được …")
  CHECK(parsed("Được cập nhật lúc : 12/04/2011 09:15 SA") == "2011-04-12 09:15");
  CHECK(parsed("Được đăng ngày 03/09/2015") == "2015-09-03 -");
  CHECK(parsed("Được xuất bản: 05/06/2014") == "2014-06-05 -");
  // a two-digit year from 70 on is the last century's
  CHECK(parsed("05/06/98") == "1998-06-05 -");
}

namespace {

// "2012-12-25 10:03 | rest (before)" or "none"
std::string split(std::string_view line) {
  auto d = split_date_line(line);
  if (!d) return "none";
  return d->when.date.iso() + " " + d->when.time.value_or("-") + " | " + d->rest + " (" +
         (d->rest_first ? "before" : "after") + ")";
}

}  // namespace

TEST_CASE("a date line beside a section or a title on one line") {
  CHECK(split("17:26 - 18/01/2016 | Giáo dục - Sức khỏe") ==
        "2016-01-18 17:26 | Giáo dục - Sức khỏe (after)");
  CHECK(split("Xây dựng Đảng | Thứ Ba, 25/12/2012 - 10:03") ==
        "2012-12-25 10:03 | Xây dựng Đảng (before)");
  CHECK(split("Xây dựng Đảng - Thứ Ba, 25/12/2012 - 10:03") ==
        "2012-12-25 10:03 | Xây dựng Đảng (before)");
  CHECK(split("Thời sự, Thứ Ba, 25/12/2012") == "2012-12-25 - | Thời sự (before)");
  CHECK(split("Chi bộ khu phố 2 kết nạp đảng viên 25/12/2012 10:03") ==
        "2012-12-25 10:03 | Chi bộ khu phố 2 kết nạp đảng viên (before)");
  // a date inside a title, with nothing to set it apart, is the title's
  CHECK(split("Kỷ niệm ngày 30/4/1975") == "none");
  CHECK(split("Tiến tới Đại hội Đảng các cấp") == "none");
  CHECK(split("28/01/2019") == "none");  // nothing beside the date
}

TEST_CASE("a minute mark after the time, a date span in brackets (real pages, issue 9)") {
  auto dt = parse_date_line("Thứ sáu, 26/04/2019 - 11:21'");
  REQUIRE(dt);
  CHECK(dt->time == "11:21");
  CHECK(parse_date_line("26/04/2019 11:21’")->time == "11:21");
  CHECK_FALSE(parse_date_line("26/04/2019 11:21''"));
  // an anniversary's span of years in a title is no date line beside the title
  CHECK(split("Kỷ niệm 75 năm Ngày Truyền thống (22-12-1944 – 22-12-2019)") == "none");
  CHECK(split("Kỷ niệm 75 năm Ngày Truyền thống - (22-12-2019)") ==
        "2019-12-22 - | Kỷ niệm 75 năm Ngày Truyền thống (before)");
}

TEST_CASE("date: a database timestamp's fraction of a second is read with the time") {
  CHECK(parsed("2020-11-23 16:58:00.0") == "2020-11-23 16:58");
  CHECK(parsed("2020-11-23 16:58:00.123") == "2020-11-23 16:58");
  CHECK_FALSE(parse_date_line("2020-11-23 16:58.5"));  // a fraction follows seconds only
}

TEST_CASE("date: a view count glued to the time that closes the line is no part of it") {
  CHECK(parsed("Thứ tư - 05/03/2025 09:4187") == "2025-03-05 09:41");
  CHECK(parsed("05/03/2025 09:41 87") == "2025-03-05 09:41");  // a count apart: the same
  CHECK(parsed("05/03/2025 09:4187 | Tin tức") == "none");     // glued, but not at the end
}

TEST_CASE("date: 'Đăng tải' (posted) before the date is a date line's label") {
  CHECK(parsed("Đăng tải ngày 30/04/2024") == "2024-04-30 -");
  CHECK(parsed("Đăng tải lúc 08:15 30/04/2024") == "2024-04-30 08:15");
  CHECK(parsed("Tải 30/04/2024") == "none");
}

TEST_CASE("date: counters glued to the time closing the line are no part of it") {
  CHECK(parsed("Thứ sáu - 13/02/2026 21:17140") == "2026-02-13 21:17");
  // the views with a thousands' separator, then the comments: "04:16", "1.004", "0"
  CHECK(parsed("Thứ năm - 21/05/2020 04:161.0040") == "2020-05-21 04:16");
  CHECK(parsed("Thứ năm - 21/05/2020 04:161.0040 lượt xem") == "none");
  CHECK(parsed("21/05/2020 04:16/05") == "none");
}

TEST_CASE("date: the day, the month and the year in any order a site prints them") {
  // the month first when the day cannot be a month (the en-US default, seconds and AM)
  CHECK(parsed("7/25/2021 9:05:33 AM") == "2021-07-25 09:05");
  CHECK(parsed("12/13/2019") == "2019-12-13 -");
  CHECK(parsed("7/11/2021") == "2021-11-07 -");  // both may be the month: the day first
  // the year first with any separator
  CHECK(parsed("2021/07/25 10:00") == "2021-07-25 10:00");
  CHECK(parsed("2021.07.25") == "2021-07-25 -");
  // parted by spaces alone: one or two digits for the day and the month, four for the year
  CHECK(parsed("25 07 2021") == "2021-07-25 -");
  CHECK(parsed("Thứ Hai, 5 7 2021 | 10:00") == "2021-07-05 10:00");
  CHECK(parsed("25 07 21") == "none");
  CHECK(parsed("125 07 2021") == "none");
  CHECK(parsed("Có 25 07 2021") == "none");
}

TEST_CASE("date: the page's counters closing a date line are no part of it") {
  CHECK(parsed("25/07/2021 512") == "2021-07-25 -");
  CHECK(parsed("25/07/2021 | 1.512") == "2021-07-25 -");
  CHECK(parsed("25/07/2021 10:00 | Lượt xem: 1.512") == "2021-07-25 10:00");
  CHECK(parsed("25/07/2021 - 40 lượt xem - 2 bình luận") == "2021-07-25 -");
  // what is no count: a second date, a time's or a date's separator, another word, a count
  // before the date, a run of numbers
  CHECK(parsed("2/9/1945 - 2/9/2021") == "none");
  CHECK(parsed("25-07-2021 - 26-07-2021") == "none");
  CHECK(parsed("25/07/2021 10:00/05") == "none");
  CHECK(parsed("25/07/2021 512 khách") == "none");
  CHECK(parsed("512 25/07/2021") == "none");
  CHECK(parsed("25/07/2021 1 2 3 4") == "none");
  CHECK(parsed("25/07/2021 1.51") == "none");
}

TEST_CASE("date: a label naming the posting day in a site's own words before the date") {
  // "Ngày …:" and "Thời gian …:", whatever words between, the colon closing them
  CHECK(parsed("Ngày đăng tin: 18/05/2015") == "2015-05-18 -");
  CHECK(parsed("Ngày đưa:  20/09/2019 01:44:30 PM") == "2019-09-20 13:44");
  CHECK(parsed("Ngày gửi bài: 03/04/2021") == "2021-04-03 -");
  CHECK(parsed("• Thời gian cập nhật: 26/11/2018 08:05") == "2018-11-26 08:05");
  // near misses: a label without its colon, one too long, a line that says more than a date
  CHECK(parsed("Ngày đăng tin 18/05/2015") == "none");
  CHECK(parsed("Ngày hội đại đoàn kết toàn dân tộc: 18/11/2020") == "none");
  CHECK(parsed("Ngày đăng tin: 18/05/2015 Hội nghị tổng kết") == "none");
  CHECK(parsed("Ngày thành lập Đảng: 3/2/1930 là ngày lịch sử") == "none");
}

// A date line's label is a posting verb ("đăng", "cập nhật", "xuất bản", "đăng tải") with a
// tense or voice word before it as sites write it: "Đã đăng vào" (real-eval36/ktv-1), "Được
// đăng ngày", "Đã được đăng", "Vừa cập nhật". The auxiliary is taken only before such a verb.
TEST_CASE("date: a tense or voice word before the posting verb of a date line's label") {
  CHECK(parsed("Đã đăng vào 25/04/2019") == "2019-04-25 -");
  CHECK(parsed("Đã đăng vào 25/04/2019 lúc 15:35") == "2019-04-25 15:35");
  CHECK(parsed("đã đăng vào: 25/04/2019") == "2019-04-25 -");
  CHECK(parsed("ĐÃ ĐĂNG VÀO 25/04/2019") == "2019-04-25 -");
  CHECK(parsed("Đã đăng lúc 15:35 ngày 25/04/2019") == "2019-04-25 15:35");
  CHECK(parsed("Đã đăng ngày 25-04-2019") == "2019-04-25 -");
  CHECK(parsed("Đã đăng: 25.04.2019") == "2019-04-25 -");
  CHECK(parsed("Đã được đăng ngày 25/04/2019") == "2019-04-25 -");
  CHECK(parsed("Đã cập nhật: 25/04/2019 15:35") == "2019-04-25 15:35");
  CHECK(parsed("Vừa cập nhật lúc 15:35, 25/04/2019") == "2019-04-25 15:35");
  CHECK(parsed("Đã xuất bản 25/04/2019") == "2019-04-25 -");
  CHECK(parsed("Đã đăng tải ngày 25/04/2019") == "2019-04-25 -");
  CHECK(parsed("Đã đăng vào 15/11/2019 | 604") == "2019-11-15 -");  // a counter after it
  CHECK(parsed("Được đăng vào 25/04/2019") == "2019-04-25 -");
  // near misses: no posting verb after the auxiliary, or a verb of another meaning
  CHECK(parsed("Đã đăng ký 25/04/2019") == "none");  // registered
  CHECK(parsed("Đa dạng 25/04/2019") == "none");     // folds as "Đã đăng"
  CHECK(parsed("Đã 25/04/2019") == "none");
  CHECK(parsed("Đã được 25/04/2019") == "none");
  CHECK(parsed("Đà Nẵng, 25/04/2019") == "none");
  CHECK(parsed("Vừa qua 25/04/2019") == "none");
}

TEST_CASE("date: a quantifier before the views' counter closing the line is the counter's") {
  CHECK(parsed("19/05/2020 20:24 Số lượt xem: 545") == "2020-05-19 20:24");
  CHECK(parsed("19/05/2020 Tổng lượt truy cập: 1.204") == "2020-05-19 -");
  CHECK(parsed("19/05/2020 - Tổng số lượt xem 545") == "2020-05-19 -");
  CHECK(parsed("19/05/2020 Số 545") == "none");  // a number that counts no views
  CHECK(parsed("19/05/2020 Tổng số 545") == "none");
  CHECK(parsed("19/05/2020 Số lượt") == "none");  // no count
}

// A text copy may lose the spaces around the dash between a byline (or a section) and its
// date line: "Bùi Ánh-14:20 28/09/2023", "Bởi Phan Thanh Toàn–Đăng tải ngày 30/04/2024".
TEST_CASE("date: a date line beside other text across a glued dash") {
  for (std::string_view dash : {"-", "–", "—"}) {
    const std::string d(dash);
    CHECK(split("Bùi Ánh" + d + "14:20 28/09/2023 GMT+7") == "2023-09-28 14:20 | Bùi Ánh (before)");
    CHECK(split("Bởi Phan Thanh Toàn" + d + "Đăng tải ngày 30/04/2024") ==
          "2024-04-30 - | Bởi Phan Thanh Toàn (before)");
    CHECK(split("17:26 18/01/2016" + d + "Giáo dục") == "2016-01-18 17:26 | Giáo dục (after)");
    // near misses: a date's own dashes, a span of dates, a word's hyphen, a place's dash
    CHECK(split("Covid" + d + "19 28/09/2023") == "none");
    CHECK(split("Bà Rịa" + d + "Vũng Tàu 30/04/2024") == "none");
    CHECK(split("Kỷ niệm 75 năm (22-12-1944" + d + "22-12-2019)") == "none");
  }
  CHECK(split("Tin tức 25-04-2019") == "none");
}

TEST_CASE("date: a date line glued to a name or a section, no separator between") {
  CHECK(split("Trần Thu Hà12/05/2021 8:30 AM") == "2021-05-12 08:30 | Trần Thu Hà (before)");
  CHECK(split("Tin hoạt động12/05/2021 08:30") == "2021-05-12 08:30 | Tin hoạt động (before)");
  CHECK(split("12/05/2021 08:30Trần Thu Hà") == "2021-05-12 08:30 | Trần Thu Hà (after)");
  CHECK(split("Lê Văn Ánh12/05/2021 08:30") == "2021-05-12 08:30 | Lê Văn Ánh (before)");
  // near misses: no time nor weekday beside the date, a date inside a word's digits
  CHECK(split("Kết nạp đảng viên đợt1/2020") == "none");
  CHECK(split("Trần Thu Hà12/05/2021") == "none");
  CHECK(split("Covid19 12/05/2021") == "none");
}

TEST_CASE("date lines with a run of marks between the time and the date") {
  CHECK(parsed("17:25 !! 04/05/2019") == "2019-05-04 17:25");
  CHECK(parsed("17:25 ** 04/05/2019") == "2019-05-04 17:25");
  CHECK(parsed("04/05/2019 » 17:25") == "2019-05-04 17:25");
  CHECK(parsed("Thứ Bảy ~ 04/05/2019 ~ 17:25") == "2019-05-04 17:25");
  // a time zone's "+" stays the zone's
  CHECK(parsed("04/05/2019 17:25 GMT+7") == "2019-05-04 17:25");
  // marks never make a word part of a date line
  CHECK(parsed("Hội nghị !! 04/05/2019") == "none");
}

TEST_CASE("date lines with an English month's name, as English-locale templates print them") {
  CHECK(parsed("Saturday, April 7, 2018") == "2018-04-07 -");
  CHECK(parsed("April 7, 2018") == "2018-04-07 -");
  CHECK(parsed("7 April 2018") == "2018-04-07 -");
  CHECK(parsed("07 Apr, 2018") == "2018-04-07 -");
  CHECK(parsed("Apr 07, 2018 10:30 AM") == "2018-04-07 10:30");
  CHECK(parsed("Sep. 3, 2019 02:15 PM") == "2019-09-03 14:15");
  CHECK(parsed("Wed, Dec 25, 2019") == "2019-12-25 -");
  CHECK(parsed("MAY 1, 2020") == "2020-05-01 -");
  // a month's name needs its day and a four-digit year; words of a sentence make no date line
  CHECK(parsed("April 2018") == "none");
  CHECK(parsed("March 7") == "none");
  CHECK(parsed("Published April 7, 2018 in Hanoi") == "none");
  CHECK(parsed("Mai 7, 2018") == "none");
}

TEST_CASE("date lines: an English month's three letters label the date in digits") {
  // a parish's template: the category, then "Aug" before the day (real-eval51/gxphuhoa-1)
  CHECK(parsed("Aug 23/08/2014") == "2014-08-23 -");
  CHECK(parsed("Aug 23/08/2014 08:15") == "2014-08-23 08:15");
  // the label must name the date's own month; two labels, or one with no date, are none
  CHECK(parsed("Sep 23/08/2014") == "none");
  CHECK(parsed("Aug Aug 23/08/2014") == "none");
  CHECK(parsed("Aug 2014") == "none");
}

TEST_CASE("English month and weekday names, full and three letters") {
  const char* months[] = {"january", "february", "march",     "april",   "may",      "june",
                          "july",    "august",   "september", "october", "november", "december"};
  for (int m = 1; m <= 12; ++m) {
    std::string full = months[m - 1];
    CHECK(english_month(full) == m);
    CHECK(english_month(full.substr(0, 3)) == m);
  }
  CHECK(english_month("sept") == 9);
  CHECK(english_month("thang") == 0);
  CHECK(english_month("ap") == 0);
  CHECK(is_english_weekday("saturday", false));
  CHECK(is_english_weekday("sat", true));
  CHECK_FALSE(is_english_weekday("sat", false));
  CHECK(holds_english_month("Saturday, April 7, 2018"));
  CHECK(holds_english_month("07 APR 2018"));
  CHECK_FALSE(holds_english_month("Tháng Tư 7, 2018"));
  CHECK_FALSE(holds_english_month("Marathon 2018"));
}

TEST_CASE("date lines: a span between two dates is no date beside a text") {
  // a hard-wrapped paragraph's line: "… Phụ nữ Việt" / "Nam 20/10/1930 - 20/10/2023."
  // (real-eval39/tratan-1) was split as the text "Nam 20/10/1930" dated 20/10/2023
  CHECK_FALSE(split_date_line("Nam 20/10/1930 - 20/10/2023."));
  CHECK_FALSE(split_date_line("20/10/1930 – 20/10/2023"));
  CHECK_FALSE(split_date_line("Kỷ niệm từ 14/10 - 20/10/2023"));
  // a section beside its date, and a date beside a date across a bar, stay split
  REQUIRE(split_date_line("Tin tức - 20/10/2023"));
  CHECK(split_date_line("Tin tức - 20/10/2023")->rest == "Tin tức");
  CHECK(split_date_line("20/10/2023 | 21/10/2023"));
}

TEST_CASE("date lines: an event's first and last days, the first the page's date") {
  // "17/12/2021 21/12/2021" (real-eval53/mydongthap-1: an events page)
  auto d = parse_date_line("17/12/2021 21/12/2021");
  REQUIRE(d);
  CHECK(d->date == Date{2021, 12, 17});
  CHECK_FALSE(d->time);
  CHECK(parse_date_line("17/12/2021  17/12/2021"));
  // the later day first is no span; a third word, a time, a word make no such line
  CHECK_FALSE(parse_date_line("21/12/2021 17/12/2021"));
  CHECK_FALSE(parse_date_line("17/12/2021 21/12/2021 22/12/2021"));
  CHECK_FALSE(parse_date_line("17/12/2021 Hội nghị"));
  CHECK_FALSE(parse_date_line("17/12/2021 21/12"));
}

TEST_CASE("a date cut at a plain space before the poster a theme names") {
  auto posted = split_date_line("Vào 23/05/2022 bởi admin");
  REQUIRE(posted);
  CHECK(posted->rest == "bởi admin");
  CHECK_FALSE(posted->rest_first);
  CHECK(by_word_size("By Minh Anh") == 3);
  CHECK(by_word_size("BỞI Minh Anh") == std::string_view("BỞI ").size());
  // a word that folds as "bởi" does is no poster's: the day and a sentence
  CHECK(by_word_size("bơi lội") == 0);
  CHECK_FALSE(split_date_line("23/05/2022 bơi lội cùng các em"));
  CHECK_FALSE(split_date_line("23/05/2022 đoàn viên ra quân"));
}

TEST_CASE("a masthead's day clock: its weekday first, the day alone") {
  auto clock = weekday_clock_line("Chủ Nhật, 20 Tháng 4 2025");
  REQUIRE(clock);
  CHECK(*clock == Date{2025, 4, 20});
  CHECK(weekday_clock_line("Thứ Hai, 05/02/2024"));
  CHECK(weekday_clock_line("Sunday, 25/09/2022"));
  // a stamp to the minute, a date alone, a weekday after the date, a posting's label: a post's
  CHECK_FALSE(weekday_clock_line("08:30 Thứ Hai, 05/02/2024"));
  CHECK_FALSE(weekday_clock_line("Thứ Hai, 05/02/2024 - 08:30"));
  CHECK_FALSE(weekday_clock_line("22/10/2021"));
  CHECK_FALSE(weekday_clock_line("05/02/2024, Thứ Hai"));
  CHECK_FALSE(weekday_clock_line("Ngày đăng: Thứ Hai, 05/02/2024"));
}

TEST_CASE("date lines: the day and month joined by a dot, the year after a space") {
  auto joined = parse_date_line("07.09 2022");
  REQUIRE(joined);
  CHECK(joined->date == Date{2022, 9, 7});
  // a figure and its year, a score, a span: no digit padded, no month, a hyphen
  CHECK_FALSE(parse_date_line("7.2 2022"));
  CHECK_FALSE(parse_date_line("12/15 2021"));
  CHECK_FALSE(parse_date_line("12.15 2021"));
  CHECK_FALSE(parse_date_line("7-9 2022"));
}
