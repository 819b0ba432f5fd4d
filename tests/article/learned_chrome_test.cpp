// Site chrome learned from an archive's own files (article/learned_chrome.h): sibling files
// that share a site's menus, boxes and footers lose them; their topic line, their titles and
// their writer's byline, which also repeat, stay.
#include "article/learned_chrome.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/reader.h"
#include "base/paths.h"
#include "fixtures.h"
#include "test_paths.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

// Lines of the made-up site "Báo An Thạnh" that no marker knows, in the places where one file
// alone cannot tell them from the article: above the title, between the lead and the body,
// among the paragraphs (in blocks of two: a short line alone between two paragraphs would
// be a subheading, which is never learned).
const std::vector<std::string> kChrome = {
    "BÁO AN THẠNH ĐIỆN TỬ",
    "Thời sự",
    "Chính trị",
    "Kinh tế",
    "Văn hóa - Xã hội",
    "QUẢNG CÁO",
    "Đặt mua báo An Thạnh tại bưu điện gần nhất",
    "Tiếng nói của Đảng bộ và nhân dân An Thạnh",
    "Gửi tin bài cho tòa soạn qua hộp thư bandoc@example.vn",
};

const char* const kPlaces[] = {"xã Long Hòa", "xã Mỹ Lợi",  "phường 3",
                               "phường 7",    "ấp Bình An", "thị trấn Tân Phước"};

// The text of sibling page number i (0-based): the same site, the same topic, the same
// writer, its own title, date and text.
std::string page(std::size_t i) {
  std::string place = kPlaces[i];
  std::string n = std::to_string(i + 1);
  return kChrome[0] + "\n" + kChrome[1] + "\n" + kChrome[2] + "\n" + kChrome[3] + "\n" +
         kChrome[4] + "\n\n" + "Xây dựng Đảng\n\nĐảng bộ " + place + " kết nạp " + n +
         " đảng viên mới\n\nThứ Hai, 0" + n + "/04/2019 - 08:30\n\n" + "Sáng 0" + n +
         "/4, Đảng bộ " + place + " tổ chức lễ kết nạp " + n +
         " quần chúng ưu tú vào Đảng, nâng tổng số đảng viên lên hơn một trăm người.\n\n" +
         kChrome[5] + "\n" + kChrome[6] + "\n\n" + "Các đảng viên mới của " + place +
         " đều là đoàn viên tích cực, có nhiều đóng góp cho phong trào ở địa phương.\n\n" +
         kChrome[7] + "\n" + kChrome[8] + "\n\n" + "Dịp này, Đảng ủy " + place +
         " cũng trao huy hiệu Đảng cho các đảng viên lão thành của các chi bộ trực thuộc.\n\n" +
         "Thu Ngân\n";
}

std::vector<InputFile> siblings(const std::string& folder, std::size_t count) {
  return numbered_files(folder, count, "txt", page);
}

}  // namespace

TEST_CASE("chrome learning: six sibling pages lose the site's lines, keep topic, title, byline") {
  std::vector<InputFile> files = siblings("an-thanh/2019", 6);
  ReadResults r = read_archive_articles(files);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Article& a = article_at(r, i);
    INFO(files[i].path << ":\n" << all_fields(a));
    CHECK(a.topic == "Xây dựng Đảng");  // a folder of one topic keeps its topic line
    CHECK(a.title == "Đảng bộ " + std::string(kPlaces[i]) + " kết nạp " + std::to_string(i + 1) +
                         " đảng viên mới");
    REQUIRE(a.date);
    CHECK(a.date->day == static_cast<int>(i + 1));
    CHECK(a.author == "Thu Ngân");  // a folder of one writer keeps the byline
    CHECK(a.lead.rfind("Sáng 0", 0) == 0);
    CHECK(a.blocks.size() == 2);
    for (const std::string& c : kChrome) CHECK(all_fields(a).find(c) == std::string::npos);
  }
  REQUIRE(r.learned.size() == 1);
  const LearnedChrome& l = r.learned[0];
  CHECK(l.group == "an-thanh/2019");
  CHECK(l.files == 6);
  // the masthead and menu, five short lines one a line, are chrome by their shape before the
  // fold sees them (header_chrome.h); the fold learns the other four
  CHECK(l.lines == kChrome.size() - 5);
  CHECK(l.examples.size() == 4);
  for (const std::string& e : l.examples)
    CHECK(std::find(kChrome.begin(), kChrome.end(), e) != kChrome.end());
}

TEST_CASE("chrome learning: the same pages read one by one keep the chrome a file cannot show") {
  // What the test above relies on: without their siblings, these lines reach the articles.
  std::size_t with_chrome = 0;
  for (const InputFile& f : siblings("an-thanh/2019", 6)) {
    std::string all = all_fields(read_ok(f));
    for (const std::string& c : kChrome) with_chrome += all.find(c) != std::string::npos;
  }
  // at least the two lines among the paragraphs, in every file
  CHECK(with_chrome >= 6 * 2);
}

TEST_CASE(
    "chrome learning: fewer than five siblings, or files in different folders, teach "
    "nothing") {
  CHECK(read_archive_articles(siblings("an-thanh/2019", 4)).learned.empty());
  std::vector<InputFile> files = siblings("an-thanh/2019", 3);
  for (InputFile& f : siblings("an-thanh/2020", 3)) files.push_back(std::move(f));
  CHECK(read_archive_articles(files).learned.empty());
}

TEST_CASE("chrome learning: an article saved three times keeps its lines") {
  // Seven files, three of them one article: its caption and short paragraph stand in more
  // than a third of the files, but copies of one title count as one file.
  std::vector<InputFile> files = siblings("an-thanh/2019", 5);
  std::string copy = page(0);
  copy.insert(copy.find("Thu Ngân"), "Lễ kết nạp đảng viên mới. Ảnh: T.L\n\nChi bộ đã họp.\n\n");
  files[0].bytes = copy;
  files.push_back({"an-thanh/2019/ban-sao-1.txt", copy});
  files.push_back({"an-thanh/2019/ban-sao-2.txt", copy});
  ReadResults r = read_archive_articles(files);
  for (std::size_t i : {0, 5, 6}) {
    const Article& a = article_at(r, i);
    CHECK(captions_in(a) == 1);
    CHECK(all_fields(a).find("Chi bộ đã họp.") != std::string::npos);
  }
  // the site's lines are still learned, from the five distinct pages
  REQUIRE(r.learned.size() == 1);
  CHECK(r.learned[0].lines == kChrome.size() - 5);  // less the menu, chrome by its shape
}

TEST_CASE("chrome learning: one real page under six titles loses its menus, not its text") {
  // The text of a real page (tests/fixtures/real/text/) copied under other titles: a text
  // saved from several sites, say. Its wrapped paragraphs end in short pieces ("có cả.")
  // and it has short sentences; neither is learned.
  const std::string title = "''Mổ xẻ'' bài thuốc nam chữa khỏi bệnh trĩ bằng Đông y ở Việt Nam";
  std::string real =
      read_file_bytes(test_paths::source_dir() + "/tests/fixtures/real/text/phapluatplus-1.txt");
  Article alone = read_ok({"trang.txt", real});
  std::vector<InputFile> files;
  for (int i = 1; i <= 6; ++i) {
    std::string text = real;
    text.replace(text.find(title), title.size(), "Bài số " + std::to_string(i) + " về y học");
    files.push_back({"luu/" + std::to_string(i) + ".txt", text});
  }
  ReadResults r = read_archive_articles(files);
  REQUIRE(r.learned.size() == 1);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Article& a = article_at(r, i);
    // a line in no Vietnamese over the text: chrome by its shape (header_chrome.h), or learned
    CHECK(all_fields(a).find("Facebook Google Twitter Youtube") == std::string::npos);
    CHECK(a.lead == alone.lead);
    CHECK(a.author == alone.author);
    CHECK(captions_in(a) == captions_in(alone));
    REQUIRE(a.blocks.size() >= alone.blocks.size() - 2);  // a contact line may be learned
    for (std::size_t k = 0; k + 2 < alone.blocks.size(); ++k)
      CHECK(a.blocks[k].text == alone.blocks[k].text);
  }
}

TEST_CASE("chrome learning: a folder of reports of one kind keeps their subheadings") {
  std::vector<InputFile> files;
  for (std::size_t i = 0; i < 6; ++i) {
    std::string place = kPlaces[i];
    files.push_back({"bao-cao/" + std::to_string(i) + ".txt",
                     "Báo cáo tháng " + std::to_string(i + 1) + " của Đảng bộ " + place + "\n\n" +
                         std::to_string(10 + i) + "/0" + std::to_string(i + 1) +
                         "/2019\n\nĐảng bộ " + place +
                         " báo cáo kết quả thực hiện nhiệm vụ chính trị trong tháng.\n\n" +
                         "Kết quả đạt được\n\nCác chi bộ của " + place +
                         " duy trì sinh hoạt định kỳ, kết nạp thêm đảng viên mới.\n\n" +
                         "Nhiệm vụ thời gian tới\n\nĐảng bộ " + place +
                         " tiếp tục nâng cao chất lượng sinh hoạt chi bộ trong tháng tới.\n"});
  }
  ReadResults r = read_archive_articles(files);
  CHECK(r.learned.empty());
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Article& a = article_at(r, i);
    REQUIRE(a.blocks.size() == 4);
    CHECK(a.blocks[0].text == "Kết quả đạt được");
    CHECK(a.blocks[0].type == BlockType::Heading);
    CHECK(a.blocks[2].text == "Nhiệm vụ thời gian tới");
  }
}

TEST_CASE("chrome learning: a zip's folders are groups of their own") {
  CHECK(chrome_group("kho/2019/bai.txt") == "kho/2019");
  CHECK(chrome_group("kho.zip!2019/bai.txt") == "kho.zip!2019");
  CHECK(chrome_group("kho.zip!bai.txt") == "kho.zip!");
  CHECK(chrome_group("bai.txt").empty());
  std::vector<InputFile> files = siblings("kho.zip!2019", 5);
  ReadResults r = read_archive_articles(files);
  REQUIRE(r.learned.size() == 1);
  CHECK(r.learned[0].group == "kho.zip!2019");
  CHECK(r.learned[0].files == 5);
}

TEST_CASE("chrome learning: a line is chrome only in more than a third of the group") {
  // Six files; a menu item stands in two of them only (a third, not more): it is not learned.
  const std::string& item = kChrome[3];
  std::vector<InputFile> files = siblings("an-thanh/2019", 6);
  for (std::size_t i = 2; i < files.size(); ++i) {
    std::string& text = files[i].bytes;
    text.erase(text.find(item), item.size() + 1);
  }
  ReadResults r = read_archive_articles(files);
  REQUIRE(r.learned.size() == 1);
  CHECK(r.learned[0].lines == kChrome.size() - 1);
  for (const std::string& e : r.learned[0].examples) CHECK(e != item);
}

namespace {

// Pages of a made-up site whose header the rules misread: a search box's line first (read
// as every page's title), the site's clock, a box of the bulletin's latest issues (their
// numbers change from page to page), a poll, then the page's own title and text.
const char* const kNames[] = {"xã Long Hòa", "xã Mỹ Lợi",  "phường 3",
                              "phường 7",    "ấp Bình An", "thị trấn Tân Phước"};
std::string search_box_page(std::size_t i) {
  const std::string place = kNames[i], n = std::to_string(i + 1);
  return "Tìm kiếm  Tìm kiếm nâng cao\nNgày 0" + n + "/11/2021 09:1" + n + " PM\nTài liệu mới\n" +
         "Giới thiệu Bản tin Sinh hoạt chi bộ Số " + std::to_string(11 + i) +
         "/2021\nGiới thiệu Bản tin Sinh hoạt chi bộ Số " + std::to_string(10 + i) +
         "/2021\nGiới thiệu Bản tin Sinh hoạt chi bộ Số " + std::to_string(9 + i) + "/2021\n" +
         "Thăm dò ý kiến\nBạn biết trang tin qua đâu ?Chọn    Xem KQ\nĐảng bộ " + place +
         " kết nạp " + n + " đảng viên mới\n\nĐảng bộ " + place + " vừa tổ chức lễ kết nạp " + n +
         " quần chúng ưu tú vào Đảng, nâng tổng số đảng viên lên hơn một trăm người.\n\n" +
         "Các đảng viên mới của " + place +
         " đều là đoàn viên tích cực, có nhiều đóng góp cho phong trào thanh niên ở địa phương.\n";
}

}  // namespace

TEST_CASE("chrome learning: a line read as the title of pages whose texts differ is learned") {
  // The search box's line stands first on every page, where the header rules look for the
  // title: read alone, each page is titled by it. Its pages' texts differ, so it is no
  // article's title (not copies of one article), and it is learned with the site's other lines;
  // the second reading finds each page's own title.
  std::vector<InputFile> files = numbered_files("tim-kiem", 6, "txt", search_box_page);
  CHECK(read_ok(files[0]).title == "Tìm kiếm Tìm kiếm nâng cao");
  ReadResults r = read_archive_articles(files);
  REQUIRE(r.learned.size() == 1);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Article& a = article_at(r, i);
    INFO(files[i].path << ":\n" << all_fields(a));
    CHECK(a.title == "Đảng bộ " + std::string(kNames[i]) + " kết nạp " + std::to_string(i + 1) +
                         " đảng viên mới");
    CHECK(a.lead.starts_with("Đảng bộ " + std::string(kNames[i]) + " vừa tổ chức"));
    REQUIRE(a.blocks.size() == 1);
    // the issues' lines, whose numbers differ in every page, are learned by their shape
    CHECK(all_fields(a).find("Tìm kiếm") == std::string::npos);
    CHECK(all_fields(a).find("Giới thiệu Bản tin") == std::string::npos);
    CHECK(all_fields(a).find("Tài liệu mới") == std::string::npos);
  }
}

TEST_CASE("chrome learning: the same page saved three times is still one article") {
  // Five copies of one page (one title, one text) and one other: the copies count once, so
  // the group is too small to learn, and the copies keep their lines.
  std::vector<InputFile> files;
  for (int k = 0; k < 5; ++k)
    files.push_back({"ban-sao/" + std::to_string(k) + ".txt", search_box_page(0)});
  files.push_back({"ban-sao/khac.txt", search_box_page(1)});
  ReadResults r = read_archive_articles(files);
  CHECK(r.learned.empty());
}

TEST_CASE("chrome learning: lines that differ only in their numbers share one shape") {
  CHECK(number_shape("Giới thiệu Tạp chí Công tác tôn giáo Số 11/2019") ==
        "Giới thiệu Tạp chí Công tác tôn giáo Số #");
  CHECK(number_shape("Giới thiệu Tạp chí Công tác tôn giáo Số 1+2/2020") ==
        "Giới thiệu Tạp chí Công tác tôn giáo Số #");
  CHECK(number_shape("Lượt xem: 1.234") == "Lượt xem: #");
  CHECK(number_shape("Tin - ảnh") == std::nullopt);
  CHECK(shape_hash("Số 3/2021") == shape_hash("Số 12/2020"));
  CHECK(shape_hash("Số 3/2021") != line_hash("Số 3/2021"));
  CHECK(shape_hash("Tin - ảnh") == 0);
}

TEST_CASE("chrome learning: titles that differ only in their numbers are kept") {
  // A folder of a bulletin's monthly issues: "Bản tin tháng 1" … "Bản tin tháng 6" share one
  // shape in every file, as a box of issues does; as titles, they are never learned.
  std::vector<InputFile> files = numbered_files("ban-tin", 6, "txt", [](std::size_t i) {
    const std::string n = std::to_string(i + 1);
    return "Bản tin tháng " + n + "\n\n1" + n + "/0" + n + "/2021\n\nTháng " + n + ", Đảng bộ " +
           kNames[i] +
           " tổ chức sinh hoạt chi bộ định kỳ, kết nạp thêm đảng viên mới.\n\nCác chi bộ " +
           "đã hoàn thành tốt nhiệm vụ chính trị được giao trong tháng " + n + ".\n";
  });
  ReadResults r = read_archive_articles(files);
  for (std::size_t i = 0; i < files.size(); ++i)
    CHECK(article_at(r, i).title == "Bản tin tháng " + std::to_string(i + 1));
}
