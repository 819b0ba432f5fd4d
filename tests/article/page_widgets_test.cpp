// Page chrome seen on real pages of unseen sites (tests/fixtures/real-eval4/), on small
// made-up pages: visitor counters, the font-size widget, a login link, a related article's
// title in square brackets.
#include "article/page_widgets.h"

#include <catch2/catch.hpp>

#include "article/page_line.h"
#include "article/reader.h"
#include "fixtures.h"
#include "text/date_line.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Huyện ủy Tân Phú sơ kết công tác xây dựng Đảng năm 2024";
const std::string kLead =
    "Sáng 20/7, Huyện ủy Tân Phú tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng "
    "đầu năm, triển khai nhiệm vụ trọng tâm sáu tháng cuối năm 2024.\n\n";
const std::string kBody =
    "Các chi bộ đã đổi mới nội dung sinh hoạt, gắn với nhiệm vụ chính trị của địa phương, "
    "nâng cao chất lượng đội ngũ cán bộ, đảng viên.\n\n";

bool mentions(const Article& a, std::string_view s) {
  if (a.title.find(s) != std::string::npos || a.topic.find(s) != std::string::npos ||
      a.lead.find(s) != std::string::npos)
    return true;
  for (const Block& b : a.blocks)
    if (b.text.find(s) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("page widgets: counters, the font-size widget and a login link are chrome") {
  Article a = read_ok(
      InputFile{"trang.txt",
                "Sign In\n\nLượt người đang truy cập: -73\n\nLượt truy cập trong ngày:145\n\n"
                "Tổng số lượt đã truy cập: 129,323\n\n" +
                    kTitle + "\n\n18:00 11/04/2025\n\nChọn cỡ chữ A a\n\n" + kLead + kBody});
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("Sáng 20/7"));
  CHECK_FALSE(mentions(a, "truy cập"));
  CHECK_FALSE(mentions(a, "cỡ chữ"));
  // a sentence about access is text
  Article b = read_ok(InputFile{
      "trang.txt",
      kTitle + "\n\n" + kLead + "Người dân có thể truy cập cổng thông tin: 24/7.\n\n" + kBody});
  CHECK(mentions(b, "truy cập cổng"));
}

TEST_CASE("page widgets: a related article's title in square brackets is chrome") {
  Article a = read_ok(
      InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody +
                                 "[Quyết tâm xây dựng Đảng bộ huyện trong sạch, vững mạnh]\n\n" +
                                 kBody + "[Chú thích: bài viết do tác giả gửi tới tòa soạn.]\n"});
  CHECK_FALSE(mentions(a, "Quyết tâm xây dựng"));
  CHECK(mentions(a, "Chú thích"));  // an editor's note, a sentence, stays
}

TEST_CASE("page widgets: font-size buttons, a bare view count and a relative date are chrome") {
  // the view count or the video's age between the title and the body is no title
  for (std::string between : {"738", "2 tháng 2 tuần trước", "3 giờ trước", "1.204"}) {
    Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + between + "\n\n" + kLead + kBody});
    CHECK(a.title == kTitle);
    CHECK(a.topic.empty());
    CHECK_FALSE(mentions(a, between));
  }
  Article b = read_ok(InputFile{
      "trang.txt", "Truy câp hiện tại 23.031\n\nA- A A+ | Tăng tương phản Giảm tương phản\n\n" +
                       kTitle + "\n\n" + kLead + "A A\n\n" + kBody});
  CHECK(b.title == kTitle);
  CHECK(b.topic.empty());
  CHECK_FALSE(mentions(b, "tương phản"));
  CHECK_FALSE(mentions(b, "Truy câp"));
  CHECK_FALSE(mentions(b, "A A"));
  // a sentence with a count, a time "trước" something and a name "A" stay text
  Article c = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead +
                                                 "Có 738 đảng viên trước 2 tháng.\n\n" + kBody +
                                                 "A Lưới\n\n" + kBody});
  CHECK(mentions(c, "738 đảng viên"));
  CHECK(mentions(c, "A Lưới"));
}

TEST_CASE("page widgets: a labelled font-size widget, a re-poster's age and a video's error") {
  // "Xem với kiểu chữ : A- A A+" above the title, which stays the title; a video
  // player's fallback and an age glued to the re-poster's link stand above the title too
  for (std::string widget :
       {"Xem với kiểu chữ : A- A A+", "Kích thước: A A A",
        "Trình duyệt của bạn không hỗ trợ thẻ video.", "Không có video - Tải lại trang",
        "2 ngày trướcNguồn tin", "5 phút trước | Xem gốc"}) {
    Article a = read_ok(InputFile{"trang.txt", widget + "\n\n" + kTitle + "\n\n" + kLead + kBody});
    CHECK(a.title == kTitle);
    CHECK(a.topic.empty());
    CHECK_FALSE(mentions(a, widget));
  }
  // a sentence that goes on after "trước", and a label with words after the buttons, stay
  Article b = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + "Cách đây 2 ngày trước khi khai mạc hội nghị.\n\n" +
                       kBody + "Loại: A A và B\n\n" + kBody});
  CHECK(mentions(b, "trước khi khai mạc"));
  CHECK(mentions(b, "Loại: A A và B"));
}

TEST_CASE("page widgets: counters and a rating box saved without their values are chrome") {
  Article a = read_ok(InputFile{"trang.txt", "Số lượt xem:\n\n" + kTitle + "\n\n" + kLead + kBody +
                                                 "Bình chọn:\n\nSố lượt đánh giá: , điểm trung "
                                                 "bình:\n\n"});
  CHECK(a.title == kTitle);
  CHECK_FALSE(mentions(a, "lượt xem"));
  CHECK_FALSE(mentions(a, "Bình chọn"));
  CHECK_FALSE(mentions(a, "đánh giá"));
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.starts_with("Các chi bộ"));
  // a counter with its value is still a counter; a label that is no counter's stays
  Article b = read_ok(
      InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody + "Kết quả như sau:\n\n" + kBody});
  CHECK(mentions(b, "Kết quả như sau:"));
}

TEST_CASE("page widgets: a comment counter saved with empty brackets is chrome") {
  for (std::string counter : {"Ý kiến ()", "Bình luận ( )", "Lượt thích []"}) {
    Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody + counter + "\n"});
    CHECK_FALSE(mentions(a, counter));
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks.back().text.starts_with("Các chi bộ"));
  }
  CHECK(is_page_widget_line("Ý kiến ()"));
  // brackets with something in them, or after a sentence, are the writer's
  CHECK_FALSE(is_page_widget_line("Số điện thoại (0)"));
  CHECK_FALSE(is_page_widget_line("Tổng số 12 người ()"));
  CHECK_FALSE(is_page_widget_line("Xem tiếp (ảnh)"));
  CHECK_FALSE(is_page_widget_line("Đây là một câu. ()"));
}

TEST_CASE("page widgets: what a broken markdown image link leaves is the photo's place") {
  for (std::string leftover : {".png)", ".JPG", "anh-dai-hoi-1.jpeg)"}) {
    Article a =
        read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody + leftover +
                                           "\nCác đại biểu dự hội nghị sơ kết\n\n" + kBody});
    CHECK_FALSE(mentions(a, leftover));
    REQUIRE(a.blocks.size() == 3);
    CHECK(a.blocks[1].type == BlockType::Caption);
  }
  // a bracketed remark stays text
  Article b = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + kBody + "(Xem tệp đính kèm .png)\n\n" + kBody});
  CHECK(mentions(b, "tệp đính kèm"));
}

TEST_CASE("page widgets: a writer's label, video sentence or age is no widget") {
  // a counter's label is the whole label, not its last words
  CHECK(is_page_widget_line("Lượt đánh giá:"));
  CHECK(is_page_widget_line("Tổng lượt xem:"));
  CHECK(is_page_widget_line("lượt đánh giá: , trung bình:"));
  CHECK_FALSE(is_page_widget_line("Kết quả tự đánh giá:"));
  CHECK_FALSE(is_page_widget_line("Nhận xét, đánh giá:"));
  CHECK_FALSE(is_page_widget_line("Kết quả bình chọn:"));
  CHECK_FALSE(is_page_widget_line("Điểm trung bình:"));
  // a player's fallback ends there, or a dash and its own words follow
  CHECK(is_page_widget_line("Không có video"));
  CHECK(is_page_widget_line("Không có video - Upload lại link"));
  CHECK_FALSE(is_page_widget_line("Không có video nào ghi lại cảnh đó"));
  // a relative date: a glued link goes on with a letter; after a bar, a short link only
  CHECK(is_page_widget_line("4 giờ trướcBài gốc"));
  CHECK(is_page_widget_line("3 giờ trước | Nguồn"));
  CHECK_FALSE(is_page_widget_line("5 năm trước."));
  CHECK_FALSE(is_page_widget_line("5 năm trước - nay đã khác"));
}

TEST_CASE("page widgets: a few counts side by side after the last paragraph are chrome") {
  // a photo viewer's or a post's counters ("views comments"), left by the copy after the body
  for (std::string counts : {"7 1", "221 0", "1.204 12 3"}) {
    CHECK(is_counts_row(counts));
    Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody + counts + "\n"});
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks.back().text ==
          "Các chi bộ đã đổi mới nội dung sinh hoạt, gắn với nhiệm vụ "
          "chính trị của địa phương, nâng cao chất lượng đội ngũ cán bộ, "
          "đảng viên.");
    CHECK_FALSE(mentions(a, counts));
  }
  // a number with words, five counts (a table's row), a year range stay
  CHECK_FALSE(is_page_widget_line("7 xã 1 thị trấn"));
  CHECK_FALSE(is_counts_row("12 15 20 31 44"));
  CHECK_FALSE(is_page_widget_line("2020 - 2025"));
}

TEST_CASE("page widgets: a phone number, years or a table's row in the body stay (review 1)") {
  CHECK_FALSE(is_counts_row("0912 345 678"));
  CHECK_FALSE(is_counts_row("2019 2020 2021"));
  const std::string closing =
      "Các đảng viên mới hứa sẽ phấn đấu, rèn luyện, hoàn thành tốt nhiệm vụ được giao.\n";
  for (std::string row : {"Đường dây nóng của Đảng ủy xã:\n\n0912 345 678\n\n",
                          "Các năm được công nhận trong sạch vững mạnh:\n\n2019 2020 2021\n\n",
                          "Số đảng viên qua các năm (người)\n\n120 135 150\n\n"}) {
    Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody + row + closing});
    std::string last_line = row.substr(row.find("\n\n") + 2);
    last_line = last_line.substr(0, last_line.find('\n'));
    CHECK(mentions(a, last_line));
  }
  // last in the text, but under a line that opens it
  Article end = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody +
                                                   "Đường dây nóng của Đảng ủy xã:\n\n120 135\n"});
  CHECK(mentions(end, "120 135"));
}

TEST_CASE("page widgets: a counter whose label holds a number but no date is a counter") {
  CHECK(is_page_widget_line("Lượt truy cập tuần 48 2.345"));
  CHECK(is_page_widget_line("Truy cập trong 12 giờ 1.204"));
  // a date in the label: a date line with its counter, not the widget
  CHECK_FALSE(is_page_widget_line("Ngày đăng: 11/04/2025 Lượt xem 1250"));
}

TEST_CASE("page widgets: one list of counters' labels for the date line and the widgets") {
  // the labels a date line's counters take (text/counter_words.h) are a widget's too
  CHECK(is_page_widget_line("Views:"));
  CHECK(is_page_widget_line("Lượt xem: , hits:"));
  // and a visitor counter's, a rating's, beside a date: the date line is read
  auto dt = parse_date_line("25/07/2021 10:00 | Lượt truy cập: 1.512");
  REQUIRE(dt);
  CHECK(dt->date.iso() == "2021-07-25");
  CHECK(parse_date_line("25/07/2021 - 12 lượt đánh giá"));
  // a comments' counter alone is the title of the comment box, which ends the article: no
  // widget's line, so it is still there to end it
  CHECK_FALSE(is_page_widget_line("Bình luận:"));
  Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + kBody +
                                                 "Bình luận:\n\nTôi rất đồng tình với bài viết "
                                                 "này, mong các chi bộ học tập.\n"});
  CHECK_FALSE(mentions(a, "đồng tình"));
}

TEST_CASE("page widgets: a visitor counter's box, its title alone over its counts, is no title") {
  // thanhhoa-dcs-1 (real-eval31): a links box's and a counter box's titles open the copy, the
  // counts under them one a line; the page's own title was lost. " Lượt truy cập" was the title.
  Article a = read_ok(InputFile{"trang.txt",
                                "Liên kết website\n Lượt truy cập\nThống kê: 4.331.431\n"
                                "Online: 0\n\n" +
                                    kLead + kBody});
  CHECK(a.title.empty());
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("Sáng 20/7, Huyện ủy Tân Phú"));
  CHECK_FALSE(mentions(a, "truy cập"));
  CHECK_FALSE(mentions(a, "Online"));
  CHECK(has_warning(a, "site chrome left out: 4 lines"));  // told, never lost
  // with its title over it, the box is not the article's either
  Article b =
      read_ok(InputFile{"trang.txt", "Thống kê truy cập\nHôm nay: 1.204\nTổng: 28.702.972\n\n" +
                                         kTitle + "\n\n" + kLead + kBody});
  CHECK(b.title == kTitle);
  CHECK_FALSE(mentions(b, "1.204"));
  // a counter's label over no count (a table's column, a heading) is not a box
  CHECK(counter_box_end({"Lượt xem", "", "Các chi bộ đã đổi mới."}, 0) == 0);
  CHECK(counter_box_end({"Lượt truy cập", "Hôm nay: 12", "", "Đang online: 3", "Xin chào"}, 0) ==
        4);
  CHECK(counter_box_end({"Số liệu thống kê", "Hôm nay: 12"}, 0) == 0);  // no counter's label
}

TEST_CASE("page widgets: a weekday and a date with its month in words name no section") {
  for (std::string clock : {"Thứ Ba, 23 Tháng Bảy, 2024", "Chủ nhật, 5 tháng Mười Hai 2021",
                            "THỨ SÁU, 01 THÁNG GIÊNG, 2021", "Thứ Năm 14 Tháng Mười 2023"}) {
    INFO(clock);
    CHECK(is_clock_in_words(clock));
    CHECK(names_no_section(clock));
  }
  // near-misses: a month in digits (a date line the parser reads), a section or a title that
  // names a month in words, a weekday without a year
  for (std::string line : {"Thứ Ba, 23/07/2024", "Tháng Bảy nhớ ơn", "Thứ Hai đầu tháng Mười",
                           "Tháng Thanh niên năm 2024", "Thứ Ba, 23 Tháng Bảy"}) {
    INFO(line);
    CHECK_FALSE(is_clock_in_words(line));
  }
  // over the title, the clock is the page's chrome: no topic, the title kept
  const std::string title = "Trà Vinh: tổ chức dứt điểm Đại hội Hội LHTN cấp huyện lần thứ VI";
  const std::string body =
      "Thực hiện Kế hoạch số 45-KH/UBH ngày 19/9/2018 của Ủy ban Hội LHTN tỉnh, các huyện đã tổ "
      "chức xong Đại hội Hội LHTN Việt Nam cấp huyện, nhiệm kỳ 2019 - 2024.\n\nCác đại hội "
      "diễn ra đúng tiến độ, bảo đảm chất lượng và các nguyên tắc của Điều lệ Hội.\n";
  Article a =
      read_ok(InputFile{"bai.txt", "Thứ Ba, 23 Tháng Bảy, 2024\n\n" + title + "\n\n" + body});
  CHECK(a.title == title);
  CHECK(a.topic.empty());
  CHECK_FALSE(a.date.has_value());
}

TEST_CASE("page widgets: a line opening with a program's untranslated key is chrome") {
  // a CMS's plugin label whose translation is missing, its value (a tag) after it
  CHECK(is_page_widget_line("PLG_CONTENT_SHOWTAGS_TITLE Xã Tân Phú"));
  CHECK(is_page_widget_line("MOD_ARTICLES_NEWS_READMORE"));
  CHECK(is_page_widget_line("COM_CONTENT_ARTICLE_HITS: 1250"));
  CHECK(is_page_widget_line("JGLOBAL_TITLE2 Tin tức"));
  // a photo's file name (a part of digits), a word in capitals, an acronym with a hyphen, a
  // key's shape in lower case or inside a sentence: no key
  CHECK_FALSE(opens_with_program_key("IMG_2041"));
  CHECK_FALSE(opens_with_program_key("DSC_0001 Hội nghị"));
  CHECK_FALSE(opens_with_program_key("UBND xã Tân Phú"));
  CHECK_FALSE(opens_with_program_key("PC-TT tỉnh"));
  CHECK_FALSE(opens_with_program_key("plg_content_showtags"));
  CHECK_FALSE(opens_with_program_key("_TITLE Xã Tân Phú"));
  CHECK_FALSE(opens_with_program_key("SHOW__TAGS"));
  CHECK_FALSE(is_page_widget_line("Hội nghị đã thông qua PLG_CONTENT_SHOWTAGS_TITLE mới."));
}
