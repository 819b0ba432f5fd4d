// Session 15's mend of the wrong reads session 14 saw and left open (bench/README.md, "Session
// 14: the misses of real-eval29 … 31 by kind"), each on a small made-up page: a date line in
// English or in the en-US default glued to the lead, a "Theo" credit naming an outlet, a
// contact's label under the text, a province's or a paper's name over the lead, a source's
// credit by the writer's byline, and a title a clerk typed in lower case.
#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/byline_outlet.h"
#include "article/glued_date.h"
#include "article/province_names.h"
#include "article/reader.h"
#include "article/typed_title.h"
#include "article/vi_syllable.h"
#include "fixtures.h"
#include "text/date_line.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Đảng bộ xã An Bình tổng kết công tác xây dựng Đảng năm 2024";
const std::string kLead =
    "Sáng 14/3/2025, Đảng bộ xã An Bình tổ chức hội nghị tổng kết công tác xây dựng Đảng năm "
    "2024, triển khai nhiệm vụ năm 2025 với sự tham dự của đông đảo cán bộ, đảng viên.";
const std::string kSecond =
    "Tại hội nghị, các đảng viên đã thảo luận sôi nổi về những việc làm cụ thể để nâng cao "
    "chất lượng sinh hoạt chi bộ trong thời gian tới, gắn với nhiệm vụ của địa phương.";
const std::string kThird =
    "Phát biểu kết luận, đồng chí Bí thư Đảng ủy xã đề nghị các chi bộ tiếp tục đổi mới nội "
    "dung, phương thức sinh hoạt, tăng cường giáo dục chính trị tư tưởng cho đảng viên.";

const std::string kHead = kTitle + "\n\n15/03/2025\n\n";
const std::string kText = kLead + "\n\n" + kSecond + "\n\n" + kThird + "\n\n";

std::string iso(const std::optional<DateTime>& dt) {
  return dt ? dt->date.iso() : "none";
}

}  // namespace

TEST_CASE("mend15: an English weekday in a date line") {
  auto dt = parse_date_line("09:00 AM, Wednesday, 13/08/2025");
  CHECK(iso(dt) == "2025-08-13");
  CHECK((dt && dt->time == "09:00"));
  CHECK(iso(parse_date_line("Monday, 30/03/2020 - 04:15")) == "2020-03-30");
  CHECK(iso(parse_date_line("Wed, 13/08/2025 09:00")) == "2025-08-13");
  // a word of the text is still no date line's
  CHECK_FALSE(parse_date_line("Wednesday meeting 13/08/2025"));
  CHECK_FALSE(parse_date_line("Sun 13/08/2025 là ngày họp"));
  // the title over it stays the title, the date is read
  Article a = read_text(kTitle + "\n09:00 AM, Wednesday, 13/08/2025\n\n" + kText);
  CHECK(a.title == kTitle);
  CHECK((a.date && a.date->iso() == "2025-08-13"));
}

TEST_CASE("mend15: the en-US default date is month first, a page's own format day first") {
  auto us = parse_date_line("1/9/2020 1:15:06 PM");
  CHECK(iso(us) == "2020-01-09");
  CHECK((us && us->time == "13:15"));
  CHECK(iso(parse_date_line("5/28/2020 10:56:57 AM")) == "2020-05-28");
  // padded day or hour, no seconds, a 24-hour clock or the Vietnamese SA/CH: day first
  CHECK(iso(parse_date_line("10/12/2018 02:54 AM")) == "2018-12-10");
  CHECK(iso(parse_date_line("01/09/2020 1:15:06 PM")) == "2020-09-01");
  CHECK(iso(parse_date_line("1/9/2020 01:15:06 PM")) == "2020-09-01");
  CHECK(iso(parse_date_line("1/9/2020 1:15 PM")) == "2020-09-01");
  CHECK(iso(parse_date_line("1/9/2020 13:15:06")) == "2020-09-01");
  CHECK(iso(parse_date_line("1/9/2020 1:15:06 CH")) == "2020-09-01");
  // a day past 12 cannot be a month, whatever the clock
  CHECK(iso(parse_date_line("15/5/2019 11:17:52 PM")) == "2019-05-15");
}

TEST_CASE("mend15: a date line glued to the lead is cut from it") {
  CHECK(glued_date_end("1/9/2020 1:15:06 PMXây dựng đội ngũ đảng viên") == 19u);
  CHECK(glued_date_end("15/03/2025 08:05Sáng nay, tại hội trường") == 16u);
  CHECK_FALSE(glued_date_end("1/9/2020 1:15:06 PM Xây dựng đội ngũ"));  // not glued
  CHECK_FALSE(glued_date_end("2020ASEAN họp tại Hà Nội"));              // no date line before
  CHECK_FALSE(glued_date_end("Kỷ niệm 1/9/2020 1:15:06 PMXây dựng"));   // no date line before
  Article a = read_text("Đảng, Đoàn thể\n" + kTitle + "\n1/9/2020 1:15:06 PM" + kText);
  CHECK(a.title == kTitle);
  CHECK((a.date && a.date->iso() == "2020-01-09"));
  CHECK(a.time == "13:15");
  CHECK(a.lead == kLead);
}

TEST_CASE("mend15: 'Theo' before an outlet is the source, no author") {
  for (auto [line, outlet] : {std::pair{"Theo binhdinh online", "binhdinh online"},
                              {"Theo VOV.VN", "VOV.VN"},
                              {"Theo TTXVN", "TTXVN"},
                              {"(Theo VTV1)", "VTV1"}}) {
    CAPTURE(line);
    CHECK(outlet_after_theo(line) == outlet);
    CHECK(author_in_byline(line).empty());
    CHECK(source_in_credit(line) == outlet);
  }
  // a person, a paper named in title-case syllables alone, a sentence: no outlet
  for (std::string line :
       {"Theo Phạm Trường", "Theo Thanh Niên", "Theo đó, chi bộ đã họp", "Nguồn: Báo Bạc Liêu",
        "Theo báo Hậu Giang"})  // the archive's byline with a role (domain.md): the author
    CHECK(outlet_after_theo(line).empty());
  CHECK(author_in_byline("Theo Phạm Trường") == "Phạm Trường");
  Article a = read_text(kTitle + "\n" + kLead + "\nTheo binhdinh online\n");
  CHECK(a.author.empty());
  CHECK(a.source.site == "binhdinh online");
  CHECK(has_warning(a,
                    "the credit names where the text came from, not its writer: Theo "
                    "binhdinh online"));
  CHECK(a.lead == kLead);
}

TEST_CASE("mend15: a contact's or a page's label under the text is no name") {
  for (std::string label : {"Bar", "Tel", "Mail", "Fax", "Web", "Bus"}) {
    CAPTURE(label);
    CHECK(is_foreign_word(label));
    Article a = read_text(kHead + kText + label + "\n");
    CHECK(a.author.empty());
  }
  // a highland name with a stronger sign or a mark English does not write stays a name
  for (std::string name : {"Ksor", "Mah", "H'Hen", "Mơl"}) {
    CAPTURE(name);
    CHECK_FALSE(is_foreign_word(name));
  }
}

TEST_CASE("mend15: a province's or a paper's name over the lead opens the lead, no author") {
  CHECK(is_province_name("Hà Nội"));
  CHECK(is_province_name("TP. Hồ Chí Minh"));
  CHECK(is_province_name("Thừa Thiên Huế"));
  CHECK(is_province_name("ĐẮK LẮK"));
  CHECK_FALSE(is_province_name("Hà Nội Mới"));
  CHECK_FALSE(is_province_name("Thu Hà"));
  CHECK_FALSE(is_province_name("Vinh"));  // a given name too
  for (std::string place : {"Hà Nội", "Quảng Ninh", "Thanh Niên", "Tuổi Trẻ", "Nhân Dân"}) {
    CAPTURE(place);
    Article a = read_text(kHead + place + " -\n\n" + kText);
    CHECK(a.author.empty());
    CHECK(a.lead == place + " - " + kLead);
  }
  // a writer's name broken off so is still the author
  Article writer = read_text(kHead + "Nguyễn Văn An -\n\n" + kText);
  CHECK(writer.author == "Nguyễn Văn An");
  CHECK(writer.lead == kLead);
}

TEST_CASE("mend15: a title a clerk typed in lower case is kept, and told") {
  CHECK(is_typed_lower_title("đại hội chi bộ thôn 3", kLead));
  CHECK_FALSE(is_typed_lower_title("dai-hoi-chi-bo", kLead));      // a slug
  CHECK_FALSE(is_typed_lower_title("img 2034.jpg", kLead));        // a file's name
  CHECK_FALSE(is_typed_lower_title("leftcenterrightdel", kLead));  // a machine word
  CHECK_FALSE(is_typed_lower_title(
      "đại hội chi bộ", "Các đại biểu dự đại hội chi bộ nhiệm kỳ 2020 - 2022. Ảnh: Đức Minh"));
  Article a = read_text("đại hội chi bộ thôn 3\n\n" + kText);
  CHECK(a.title == "đại hội chi bộ thôn 3");
  CHECK(has_warning(a, "title in lower case kept as typed: đại hội chi bộ thôn 3"));
  CHECK(a.lead == kLead);
  // over a photo's caption it is still the photo's alt text (pool14)
  Article alt = read_text(
      "đại hội chi bộ\n\nCác đại biểu và Chi ủy Chi bộ Văn phòng Công đoàn, Đoàn Thanh niên Bộ "
      "Tài chính nhiệm kỳ 2020 - 2022. Ảnh: Đức Minh\n\n" +
      kText);
  CHECK(alt.title.empty());
  CHECK(alt.lead == kLead);
}

TEST_CASE("mend15: a source's credit by the writer's byline is the source, the name the author") {
  for (std::string end :
       {"Nguồn: Báo Hà Nội Mới\n\nThu Hòa/VOV4\n", "Nguồn: Báo Hà Nội Mới\nThu Hòa/VOV4\n",
        "Thu Hòa/VOV4\n\nNguồn: Báo Hà Nội Mới\n"}) {
    CAPTURE(end);
    Article a = read_text(kHead + kText + end);
    CHECK(a.author == "Thu Hòa");
    CHECK(a.source.site == "Báo Hà Nội Mới");
    // the writer's outlet, no source now, is told
    CHECK(has_warning(a, "another source at the end left out: VOV4"));
    CHECK(a.blocks.back().text == kThird);
  }
  // a CMS account under the credit names no writer
  Article admin = read_text(kHead + kText + "Nguồn: Cổng thông tin điện tử thành phố\n\nAdmin\n");
  CHECK(admin.author.empty());
  CHECK(admin.source.site == "Cổng thông tin điện tử thành phố");
}
