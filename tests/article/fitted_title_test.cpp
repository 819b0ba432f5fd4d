// The fitted title scorer (article/title_features.h, fitted_title.h, title_override.h): its
// features on crafted lines, its generated weights against its features, and the reader's
// override of the header rules' title on small made-up pages.
#include "article/fitted_title.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "article/chrome.h"
#include "article/text_reader.h"
#include "article/title_features.h"
#include "article/title_override.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

double feature(const TitleFeatures& f, std::string_view name) {
  const auto& names = title_feature_names();
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return f[i];
  FAIL("no feature " << name);
  return -1;
}

const std::string kLong =
    "Thực hiện Đề án số 02-ĐA/TU của Thành ủy về việc nâng cao chất lượng sinh hoạt chi bộ trên "
    "địa bàn thành phố, Đảng bộ phường đã triển khai và lựa chọn hai loại hình chi bộ chỉ đạo "
    "sinh hoạt mẫu trong năm.";

}  // namespace

TEST_CASE("fitted title: the generated weights name the features in their order") {
  // a feature added, dropped or moved without a refit (bench/header_model/
  // export_title_weights.py) scores every line with the wrong weights
  auto weights = fitted_title_weight_names();
  const auto& features = title_feature_names();
  REQUIRE(weights.size() == features.size());
  for (std::size_t i = 0; i < features.size(); ++i) CHECK(weights[i] == features[i]);
  CHECK(fitted_title_override_score() < fitted_title_untitled_score());
}

TEST_CASE("fitted title: a page's lines are its non-empty lines, NFC, white space folded") {
  auto lines = title_page_lines("  Trang chủ\r\n\r\nHoa\u0300ng  \u00a0Anh \rcuối\n\n");
  CHECK(lines == std::vector<std::string>{"Trang chủ", "Hoàng Anh", "cuối"});
}

TEST_CASE("fitted title: features of crafted lines") {
  std::vector<std::string> lines = {"Trang chủ > Tin tức",
                                    "SINH HOẠT CHI BỘ MẪU TẠI PHƯỜNG ĐÔNG KINH",
                                    "Cập nhật: 10:30, thứ hai 15/3/2024",
                                    "TS. Nguyễn Văn An",
                                    kLong,
                                    "Trang chủ > Tin tức"};
  auto rows = title_features(lines);
  REQUIRE(rows.size() == lines.size());
  // a breadcrumb: a chrome word first, a link-ish mark, printed twice on the page
  CHECK(feature(rows[0], "lbl_chrome") == 1.0);
  CHECK(feature(rows[0], "gt") == 1.0);
  CHECK(feature(rows[0], "repeated") == 1.0);
  CHECK(feature(rows[0], "pos0") == 1.0);
  // a heading in capitals, three lines above the first long paragraph
  CHECK(feature(rows[1], "all_caps") == 1.0);
  CHECK(feature(rows[1], "caps_share") == 1.0);
  CHECK(feature(rows[1], "before_long3_5") == 1.0);
  CHECK(feature(rows[1], "next_dateonly") == 1.0);
  // a date line: a label, a time, a weekday and a date, nothing else
  CHECK(feature(rows[2], "date_only") == 1.0);
  CHECK(feature(rows[2], "lbl_date") == 1.0);
  CHECK(feature(rows[2], "weekday") == 1.0);
  CHECK(feature(rows[2], "time") == 1.0);
  CHECK(feature(rows[2], "n_dates") == Approx(1.0 / 3));
  CHECK(feature(rows[2], "first_date_line") == 1.0);
  // a writer's name after a degree, right over the body
  CHECK(feature(rows[3], "name_shape") == 1.0);
  CHECK(feature(rows[3], "surname") == 1.0);
  CHECK(feature(rows[3], "title_prefix") == 1.0);
  CHECK(feature(rows[3], "before_long1") == 1.0);
  CHECK(feature(rows[3], "name_x_head") == 1.0);
  // the body's first paragraph: long, a stop, an opener
  CHECK(feature(rows[4], "w_long") == 1.0);
  CHECK(feature(rows[4], "is_first_long") == 1.0);
  CHECK(feature(rows[4], "ends_stop") == 1.0);
  CHECK(feature(rows[4], "opener") == 1.0);
  CHECK(feature(rows[4], "da_word") == 1.0);
  // and the scorer ranks the heading first
  std::size_t best = 0;
  for (std::size_t i = 1; i < rows.size(); ++i)
    if (fitted_title_score(rows[i]) > fitted_title_score(rows[best])) best = i;
  CHECK(best == 1);
}

namespace {

const std::string kTitle = "Tuyên Hóa: Xây dựng trên 260 mô hình \"Dân vận khéo\"";
const std::string kBody1 =
    "Huyện ủy Tuyên Hóa đã chú trọng thực hiện có hiệu quả Đề án tăng cường và đổi mới công tác "
    "dân vận, tổ chức quán triệt đến toàn thể cán bộ, đảng viên và nhân dân trên địa bàn huyện, "
    "qua đó tạo sự đồng thuận trong xã hội.";
const std::string kBody2 =
    "Qua đó, nhận thức của cán bộ, đảng viên về ý nghĩa, tầm quan trọng của công tác dân vận được "
    "nâng lên rõ rệt, nhiều mô hình hay, cách làm sáng tạo được nhân rộng trong các chi bộ.";

}  // namespace

TEST_CASE("fitted title: a caption the header rules take for the title loses to the title") {
  // the weekday's date line, the title, then a photo's caption on two lines: the rules read the
  // title as the topic and the caption as the title; the scorer is sure of the title
  const std::string page = "Thứ Năm, 24/9/2020\n" + kTitle +
                           "\nMô hình “Bát cháo tình thương” của Đảng ủy Bệnh viện\n"
                           "đa khoa huyện ngày càng tạo sức lan tỏa trong cộng đồng\n" +
                           kBody1 + "\n" + kBody2 + "\nThương Huyền/ baoquangbinh.vn\n";
  auto rules = read_plain_text(page, ChromeMatcher(default_chrome_markers()));
  REQUIRE(std::holds_alternative<Article>(rules));
  CHECK(std::get<Article>(rules).title != kTitle);  // the rules alone, no scorer
  auto fitted = fitted_title(page);
  REQUIRE(fitted);
  CHECK(fitted->line == kTitle);
  CHECK(fitted->score >= fitted_title_override_score());
  Article a = read_ok(InputFile{"bai.txt", page});
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK(a.author == "Thương Huyền");
  // the caption the rules took for the title is no longer the title, and stays in the text
  REQUIRE(!a.lead.empty());
  CHECK(a.lead.rfind("Mô hình “Bát cháo tình thương”", 0) == 0);
  // the report says the scorer chose the title, and which line the rules had taken
  const std::string rules_title = std::get<Article>(rules).title;
  CHECK(has_warning(a, std::string(kTitleScored) + rules_title));
  CHECK_FALSE(has_warning(std::get<Article>(rules), kTitleScored));
}

TEST_CASE("fitted title: a page that opens with its body keeps no title") {
  // the body's first sentence scores high, but not as high as a title the rules missed must
  const std::string page = kBody1 + "\n\n" + kBody2 + "\n\nMinh Khoa\n";
  auto fitted = fitted_title(page);
  REQUIRE(fitted);
  CHECK(fitted->score < fitted_title_untitled_score());
  Article a = read_ok(InputFile{"bai.txt", page});
  CHECK(a.title.empty());
  CHECK(a.lead == kBody1);
  CHECK(has_warning(a, "no title line: the article has no title"));
}

TEST_CASE("fitted title: the lines kept of a page answer as the full scorer") {
  // a doubtful page (a caption under its title) and a clean one: whether the scorer is sure of
  // a line, and the best line above a threshold, from the lines scoring at least the doubt
  // score alone, the others not scored where a cheap pass bounds them under it
  const std::string caption = "Thứ Năm, 24/9/2020\n" + kLong +
                              "\nMô hình “Bát cháo tình thương” của Đảng ủy\n"
                              "Xây dựng chi bộ trong sạch, vững mạnh\n" +
                              kLong + "\nThương Huyền\n";
  const std::string clean =
      "Xây dựng Đảng\n\nPhát huy vai trò người đứng đầu\n\nThứ Sáu, 1/1/2010 - 17:07\n\n" + kLong +
      "\n\n" + kLong + "\n";
  // the clean page's header over 26 body paragraphs: its title (0.88) stands far from the
  // page's end, which the scorer likes less
  std::string far =
      "Xây dựng Đảng\n\nPhát huy vai trò người đứng đầu\n\nThứ Sáu, 1/1/2010 - 17:07\n\n";
  for (int k = 0; k < 26; ++k) far += kLong + "\n\n";
  const double doubt = fitted_title_doubt_score();
  for (const std::string* p : {&caption, &clean, static_cast<const std::string*>(&far)}) {
    const std::string& page = *p;
    auto full = fitted_title(page);
    REQUIRE(full);
    FittedTitleLines kept(page), kept_nfc(page, true);
    // the lines at or above the doubt score, where the best reaches the override score; else
    // none, as the override never acts there
    const bool reaches = full->score >= fitted_title_override_score();
    for (const std::string& line : full->lines) {
      CHECK(kept.sure_of(line) == (reaches && full->score_of(line) >= doubt));
      CHECK(kept_nfc.sure_of(line) == (reaches && full->score_of(line) >= doubt));
    }
    CHECK_FALSE(kept.sure_of("Không có dòng này"));
    CHECK(kept.kept() < full->lines.size());
    // the clean page's title reaches the override score; the far page's scores over the doubt
    // score but under the override score, and nothing of that page is kept
    CHECK(reaches == (&page == &clean));
    if (&page == &far) CHECK(full->score >= doubt);
    if (!reaches) CHECK(kept.kept() == 0);
    for (double min : {doubt, fitted_title_override_score(), fitted_title_untitled_score(),
                       full->score, std::nextafter(full->score, 2.0)}) {
      if (min < fitted_title_override_score()) {  // no line is kept for a lower threshold
        CHECK_FALSE(kept.best_reaching(min));
        continue;
      }
      auto best = kept.best_reaching(min);
      CHECK(best.has_value() == (full->score >= min));
      if (best) {
        CHECK(best->line == full->line);
        CHECK(best->index == full->index);
        CHECK(best->score == full->score);
      }
    }
    // a cheap pass's bound is never under the line's score
    const std::vector<std::string> lines = title_page_lines(page);
    TitleFeaturizer feats(title_page(lines));
    for (std::size_t i = 0; i < feats.candidates(); ++i) {
      TitleUnknown unknown;
      double bound = fitted_title_bound(feats.features(i, &unknown), unknown);
      CHECK(unknown.any());
      CHECK(bound >= full->scores[i]);
    }
    // the page streamed is the page's lines
    // (an NFC text's lines past the kept ones that open as none of them are only counted)
    TitlePage listed = title_page(lines);
    for (const TitlePage& streamed : {title_page(page), title_page(page, true)}) {
      CHECK(streamed.lines == listed.lines);
      CHECK(streamed.printed == listed.printed);
      CHECK(streamed.n == listed.n);
      CHECK(streamed.first_long == listed.first_long);
    }
    if (&page == &far) CHECK(listed.printed.back() == 26);  // kLong, past the kept lines too
  }
}

TEST_CASE("fitted title: a decoded text's lines, folded 16 bytes at a time, are the page's lines") {
  // white space to fold at every place of a 16-byte block, on lines of Vietnamese letters
  // (E1 BA/BB bytes, none of them white space) and lines ended by LF, CRLF or CR alone
  const std::string word = "Xây dựng Đảng ";
  const char* spaces[] = {"\t",           "\xC2\xA0",     "  ",           "\xE2\x80\x83",
                          "\xE3\x80\x80", "\xE1\x9A\x80", "\xE2\x80\xAF", "\x0B"};
  std::string page;
  for (std::size_t at = 0; at < 40; ++at) {
    std::string line = word + word + word + word;
    line.insert(at, spaces[at % std::size(spaces)]);
    page += line + (at % 3 == 0 ? "\n" : at % 3 == 1 ? "\r\n" : "\r");
    page += word + "“Tổng kết” 2020\n";
  }
  TitlePage fast = title_page(page, true), listed = title_page(title_page_lines(page));
  CHECK(fast.lines == listed.lines);
  CHECK(fast.printed == listed.printed);
  CHECK(fast.n == listed.n);
  CHECK(fast.first_long == listed.first_long);
  CHECK(fast.n == 80);
}

TEST_CASE("fitted title: the quick ranges of a page's features hold its features") {
  // the ranges rule most lines out before any letter is read: a range that misses a feature
  // would drop a line the scorer is sure of
  const std::string page =
      "Xây dựng Đảng\n\nPhát huy vai trò người đứng đầu\n\nThứ Sáu, 1/1/2010\n" + kLong +
      "\nẢnh: Quang cảnh hội nghị (ảnh minh họa)\nNGUYỄN VĂN AN\n" + kLong + " ١٢ \nTin khác\n" +
      kLong + "\n";
  const std::vector<std::string> lines = title_page_lines(page);
  const TitlePage p = title_page(lines);
  const std::vector<TitleRange> ranges = title_feature_ranges(p);
  const std::vector<TitleFeatures> rows = title_features(lines);
  REQUIRE(ranges.size() == rows.size());
  std::size_t ruled_out = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t k = 0; k < kTitleFeatureCount; ++k) {
      INFO("line " << i << ", " << title_feature_names()[k]);
      CHECK(ranges[i].lo[k] <= rows[i][k]);
      CHECK(rows[i][k] <= ranges[i].hi[k]);
    }
    ruled_out += fitted_title_bound(ranges[i]) < fitted_title_doubt_score();
  }
  CHECK(ruled_out >= 3);  // the body's paragraphs
}

TEST_CASE("fitted title: a range narrowed by byte scans still holds the features") {
  // the scans say where no date, time or weekday may be: a line with none of them loses the
  // weekday's and the next line's date's weight from its bound, and the bound stays a bound
  const std::string page = "Tin tức\n\nNâng cao chất lượng sinh hoạt chi bộ\n\n" + kBody1 +
                           "\n\nThứ Năm, 24/9/2020 08:05\n\nChủ nhật, ngày 5 tháng 3 năm 2023\n\n"
                           "Ngày 7/3 và 12-3, lúc 7h30\n\n" +
                           kBody2 + " ١٢ \n\n" + kLong + "\n";
  const std::vector<std::string> lines = title_page_lines(page);
  const TitlePage p = title_page(lines);
  std::vector<TitleRange> ranges = title_feature_ranges(p);
  const std::vector<TitleFeatures> rows = title_features(lines);
  REQUIRE(ranges.size() == rows.size());
  TitleRangeRefiner refiner(p);
  std::size_t narrower = 0;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const double before = fitted_title_bound(ranges[i]);
    refiner.refine(i, ranges);
    for (std::size_t k = 0; k < kTitleFeatureCount; ++k) {
      INFO("line " << i << ", " << title_feature_names()[k]);
      CHECK(ranges[i].lo[k] <= rows[i][k]);
      CHECK(rows[i][k] <= ranges[i].hi[k]);
    }
    narrower += fitted_title_bound(ranges[i]) < before;
  }
  CHECK(narrower >= 3);
}

TEST_CASE("fitted title: a section between the title's first copy and the date line is the topic") {
  // a portal's empty portlet title, the title, the section, the date line, the title again,
  // the body: the rules read the section as the title (the first copy as the header's chrome);
  // the scorer takes the title's copy, and the section is the topic
  const std::string page = "null\n" + kTitle + "\nTin hoạt động\nThứ năm, 12/10/2023, 08:40\n" +
                           kTitle + "\n" + kBody1 + "\n" + kBody2 + "\nThương Huyền\n";
  Article a = read_ok(InputFile{"bai.txt", page});
  CHECK(a.title == kTitle);
  CHECK(a.topic == "Tin hoạt động");
  CHECK(a.lead == kBody1);
  INFO(a.topic);
}

TEST_CASE(
    "fitted title: a lead with its stop left out under a title printed twice stays the lead") {
  // the title twice (a print button between), then a lead of 45 words whose stop the page left
  // out: the rules take the lead (or, opening with its hour and day, the rest of it after the
  // date line) for the title, and the scorer rightly takes the title's second copy
  const std::string title = "Giáo Xứ Tân Hòa: Khánh Thành Nhà Văn Hóa Mới Của Giáo Xứ";
  const std::string rest =
      "tại Giáo xứ Tân Hòa đã diễn ra thánh lễ tạ ơn và nghi thức khánh thành nhà văn hóa mới của "
      "giáo xứ do cha Quản hạt chủ sự, cùng với quý cha trong giáo hạt và đông đảo bà con giáo "
      "dân về tham dự";
  const std::string body =
      "Trong bài giảng, cha Quản hạt nhắc nhở mọi người cùng nhau giữ gìn và sử dụng nhà văn hóa "
      "cho các sinh hoạt chung của giáo xứ và của bà con trong xóm ấp.\n\n"
      "Cuối lễ, cha xứ ngỏ lời cảm ơn quý ân nhân xa gần đã góp công, góp của để công trình được "
      "hoàn thành đúng hạn.\n";
  auto page = [&](const std::string& lead) {
    return title + "\n\nprint\n\n" + title + "\n\n \n\n" + lead + "\n\n" + body;
  };
  SECTION("the guard against a caption printed twice over the title keeps no lead as title") {
    const std::string lead = "Chiều chủ nhật tuần qua, " + rest;
    Article a = read_text(page(lead));
    CHECK(a.title == title);
    CHECK(a.topic.empty());
    CHECK(a.lead == lead);
  }
  SECTION("a dated lead's sentence, which went with the rules' title, opens the body") {
    const std::string lead = "Lúc 8 giờ sáng ngày 12/5/2021, " + rest;
    Article a = read_text(page(lead));
    CHECK(a.title == title);
    CHECK(a.date == Date{2021, 5, 12});
    CHECK(a.lead == lead);  // it was lost from the book, a warning alone holding it
  }
}
