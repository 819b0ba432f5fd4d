// The byline's shapes as families of variants, not as the one spelling a page showed (session
// 18: "Tin,ảnh: Huy Quốc – Củ Chi", "Tin, ảnh; Long Xuân", "Quang Khải-Q6", "Doãn Thị Ý-TPT",
// "Mai viết Tăng" on unseen sites, each one step from a shape the rules already read). Each
// family crosses the ways sites write the same thing (a label's words, case and punctuation; a
// separator with and without spaces; a unit as a district code, initials or words) with the
// near-misses that must stay as they are (a second writer after a dash, a paper, a role in
// brackets, a sentence holding the label's words).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/reader.h"
#include "fixtures.h"
#include "made_up_pages.h"
#include "text/normalize.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

// The label that credits the text and its photos, as sites spell it: the words "tin" (news) or
// "bài" (article) and "ảnh" (photos), in either order, joined by a comma (with or without its
// space), a space, a dash or "và" / "&".
const std::vector<std::string> kLabels = {"Tin, ảnh",  "Tin,ảnh",    "Tin ảnh",   "Tin - ảnh",
                                          "Tin – ảnh", "Tin và ảnh", "Tin & ảnh", "Bài, ảnh",
                                          "Bài,ảnh",   "Bài ảnh",    "Bài - ảnh", "Bài và ảnh",
                                          "Ảnh, tin",  "Ảnh và bài", "Tin/ảnh",   "Bài/ ảnh"};
// What closes the label before the name: a colon, a semicolon, a full stop, a dash, nothing.
const std::vector<std::string> kLabelEnds = {":", ";", ".", " -", " –", "", " :"};
// The case a site types it in.
std::vector<std::string> in_each_case(const std::string& s) {
  return {s, to_upper_vi(s), to_lower_vi(s)};
}

// Between a writer's name and what follows it: a dash of any kind with or without spaces, a
// comma with or without its space.
const std::vector<std::string> kSeparators = {"-",  " - ", "–",  " – ", "—",  " — ",
                                              " -", "- ",  " –", "– ",  ", ", ","};
// What follows a writer's name and is no name: a district's or ward's code (quận 6, phường 5,
// huyện Củ Chi …), an office's initials (TPT: Tổng phụ trách Đội, PCT: Phó Chủ tịch, HND: Hội
// Nông dân, CĐ: Công đoàn), a position or a role in words (any case), a unit.
const std::vector<std::string> kUnits = {"Q6",
                                         "Q11",
                                         "Q.6",
                                         "P.5",
                                         "Q.Bình Thạnh",
                                         "Q. Bình Thạnh",
                                         "H.Củ Chi",
                                         "TX.Giá Rai",
                                         "TP.Thủ Đức",
                                         "TPT",
                                         "PCT",
                                         "HND",
                                         "CĐ",
                                         "PCT Huyện hội",
                                         "PCT huyện hội",
                                         "phóng viên",
                                         "cộng tác viên",
                                         "Phóng viên",
                                         "HND xã Đông Hòa",
                                         "UBND phường 5"};
const std::vector<std::string> kNames = {"Quang Khải", "Võ Quang Khải", "Nguyễn Thị Hòa",
                                         "Doãn Thị Ý"};

// Two writers, a paper, a role in brackets: what the unit rules must leave alone.
struct Pair {
  std::string first, second;
};
const std::vector<Pair> kTwoWriters = {
    {"Kim Tiến", "Tấn Hữu"},     {"Minh Anh", "Vũ Hà"},       {"Đức Nguyên", "Hiệp Thương"},
    {"Văn Sanh", "Thống Nhất"},  {"TRẦN HIỀN", "VĂN HIẾU"},   {"Minh Anh", "VŨ HÀ"},
    {"Minh Anh", "HÀ"},          {"Ngọc Phương", "Huy Khôi"}, {"Nhật Hạ", "Phước Tuấn"},
    {"Minh Chính", "Quang Huy"}, {"Minh Anh", "T.Hà"},        {"Minh Anh", "N.T.Hà"},
    {"Minh Anh", "H. Nguyên"},   {"Minh Anh", "Thanh Đoàn"},  {"Minh Anh", "Cúc Phương"},
    {"NGỌC ANH", "VŨ HÀ"}};

const std::string& kTitle = kClosedPageTitle;
const std::string& kBody = kClosedPageBody;

std::string author_of_page(const std::string& body, const std::string& byline) {
  return read_ok(InputFile{"a.txt", kTitle + body + byline + "\n"}).author;
}

}  // namespace

TEST_CASE("byline family: a text-and-photos label in any spelling comes off the writer") {
  for (const std::string& label : kLabels)
    for (const std::string& spelled : in_each_case(label))
      for (const std::string& end : kLabelEnds) {
        std::string line = spelled + end + " Long Xuân";
        INFO(line);
        CHECK(looks_like_byline(line));
        CHECK(opens_with_writer_credit(line));
        CHECK(author_in_byline(line) == "Long Xuân");
      }
  // the colon glued to the name, the name in capitals, two writers
  CHECK(author_in_byline("Tin,ảnh:Long Xuân") == "Long Xuân");
  CHECK(author_in_byline("TIN, ẢNH: LONG XUÂN") == "LONG XUÂN");
  CHECK(author_in_byline("Tin, ảnh; Kim Tiến – Tấn Hữu") == "Kim Tiến – Tấn Hữu");
  CHECK(author_of_page(kBody, "Tin, ảnh; Long Xuân") == "Long Xuân");
  CHECK(author_of_page(kBody, "Bài và ảnh. Long Xuân") == "Long Xuân");
}

TEST_CASE("byline family: the label's words in a sentence or a photo credit are no label") {
  for (std::string line : {"Tin ảnh về hội nghị", "Bài và ảnh được cập nhật liên tục",
                           "Tin, ảnh và video về đại hội", "Tin ảnh", "Bài và ảnh của bạn đọc"}) {
    INFO(line);
    CHECK_FALSE(looks_like_byline(line));
    CHECK_FALSE(opens_with_writer_credit(line));
  }
  // a photo's credit alone names the photographer, no writer
  CHECK_FALSE(looks_like_byline("Ảnh: Hồng Hà"));
  CHECK_FALSE(looks_like_byline("Ảnh; Hồng Hà"));
  // no name after the label: the line as it is
  CHECK(author_in_byline("Tin, ảnh:") == "Tin, ảnh:");
  // the text and the photo credited apart: the writer is the author
  CHECK(author_in_byline("Tin: Minh Anh - Ảnh: Thu Hà") == "Minh Anh");
}

TEST_CASE("byline family: a code, initials or words after the writer's name come off") {
  for (const std::string& name : kNames)
    for (const std::string& sep : kSeparators)
      for (const std::string& unit : kUnits) {
        std::string line = name + sep + unit;
        INFO(line);
        CHECK(author_in_byline(line) == name);
        CHECK(author_in_byline("Tin, ảnh: " + line) == name);
      }
  // in brackets: a code or initials, not a role spelled out ("(thực hiện)" stays)
  for (std::string unit : {"Q6", "Q.Bình Thạnh", "H.Củ Chi", "TPT", "P.5"}) {
    INFO(unit);
    CHECK(author_in_byline("Quang Khải (" + unit + ")") == "Quang Khải");
    CHECK(author_in_byline("Quang Khải(" + unit + ")") == "Quang Khải");
  }
  // with the byline's final stop, on a page
  CHECK(author_of_page(kBody, "Tin, ảnh: Quang Khải-Q6.") == "Quang Khải");
  CHECK(author_of_page(kBody, "Tác giả bài viết: Doãn Thị Ý-TPT") == "Doãn Thị Ý");
  CHECK(author_of_page(kBody, "Tin,ảnh: Nguyễn Thị Hòa – PCT Huyện hội") == "Nguyễn Thị Hòa");
}

TEST_CASE("byline family: a second writer, a paper and a role in brackets stay") {
  for (const Pair& p : kTwoWriters)
    for (const std::string& sep : kSeparators) {
      std::string line = p.first + sep + p.second;
      INFO(line);
      CHECK(author_in_byline(line) == line);
      CHECK(author_in_byline("Tin, ảnh: " + line) == line);
    }
  // a paper: the author is the person, the paper the source (byline_outlet.h), never lost
  for (std::string sep : {" - ", " – ", ", "}) {
    std::string line = "Hoàng Uyên" + sep + "Báo Bạc Liêu";
    INFO(line);
    CHECK(source_in_credit(line) == "Báo Bạc Liêu");
  }
  CHECK(source_in_credit("Tâm Hằng (TTXVN)") == "TTXVN");
  // a role spelled out in brackets is the writer's own word, kept
  CHECK(author_in_byline("NGUYÊN ĐOAN (thực hiện)") == "NGUYÊN ĐOAN (thực hiện)");
  CHECK(author_in_byline("Lê Hà (tổng hợp)") == "Lê Hà (tổng hợp)");
  // a name in capitals before initials: initials are a name too ("TX - P.L.H.HÀ")
  CHECK(author_in_byline("TX - P.L.H.HÀ") == "TX - P.L.H.HÀ");
  // two writers joined by "và" after the dash: names, not a unit
  CHECK(author_in_byline("Minh Anh - Vũ Hà và Thu Trang") == "Minh Anh - Vũ Hà và Thu Trang");
}

TEST_CASE("byline family: a place after the dash that the page names as a place comes off") {
  // the page names the district, province or city after a place noun, in any of its writings
  const std::vector<std::string> kPlaceMentions = {
      "Hội Cựu TNXP huyện Củ Chi đã trao quà cho hội viên khó khăn.",
      "Hội Cựu TNXP Huyện Củ Chi đã trao quà cho hội viên khó khăn.",
      "Hội Cựu TNXP H.Củ Chi đã trao quà cho hội viên khó khăn.",
      "Hội Cựu TNXP H. Củ Chi đã trao quà cho hội viên khó khăn.",
      "HỘI CỰU TNXP HUYỆN CỦ CHI TRAO QUÀ CHO HỘI VIÊN KHÓ KHĂN."};
  for (const std::string& mention : kPlaceMentions)
    for (std::string sep : {" – ", " - ", "-", "–", ", "}) {
      std::string byline = "Tin,ảnh: Huy Quốc" + sep + "Củ Chi";
      INFO(mention << " / " << byline);
      CHECK(author_of_page(kBody + mention + "\n\n", byline) == "Huy Quốc");
    }
  CHECK(author_of_page(kBody + "Đoàn đã thăm các gia đình chính sách ở tỉnh Yên Bái.\n\n",
                       "Hoàng Hiệp – Yên Bái") == "Hoàng Hiệp");
  CHECK(author_of_page(kBody + "Hội nghị diễn ra tại quận Bình Thạnh.\n\n",
                       "Minh Nguyệt - Bình Thạnh") == "Minh Nguyệt");
  CHECK(author_of_page(kBody + "Hội nghị diễn ra tại TP Hồ Chí Minh.\n\n",
                       "Minh Nguyệt - TP Hồ Chí Minh") == "Minh Nguyệt");
}

TEST_CASE("byline family: a second writer's name the page does not name as a place stays") {
  // not named at all; named as a person; named, but not after a place noun
  for (std::string mention :
       {"Hội nghị đã tổng kết công tác năm 2024.", "Anh Tấn Hữu đã phát biểu tại hội nghị.",
        "Đồng chí Tấn Hữu, Chủ tịch Hội, trao quà.", "Hội trường Tấn Hữu chật kín người."})
    for (std::string sep : {" – ", "-", ", "}) {
      std::string byline = "Kim Tiến" + sep + "Tấn Hữu";
      INFO(mention << " / " << byline);
      CHECK(author_of_page(kBody + mention + "\n\n", byline) == byline);
    }
  // a place noun in the page before another word: "xã Thống Nhất" names a place, "thống nhất"
  // in lower case is a verb
  CHECK(author_of_page(kBody + "Hai bên thống nhất nội dung phối hợp.\n\n",
                       "Văn Sanh – Thống Nhất") == "Văn Sanh – Thống Nhất");
}

TEST_CASE("byline family: a name with its middle syllable in lower case is a byline") {
  for (std::string name : {"Mai viết Tăng", "Nguyễn văn An", "Trần thị Hà", "Lê văn Minh Tâm"}) {
    INFO(name);
    CHECK(looks_like_byline(name));
    CHECK(author_in_byline(name) == name);
    CHECK(author_of_page(kBody, name) == name);
  }
  // a sentence, a heading or an office with a lower-case word is none
  for (std::string line : {"Nguyễn Du viết Truyện Kiều", "Huyện ủy Krông Bông", "Hà nội Mới",
                           "Bác Hồ viết Di Chúc", "Đảng viên Nguyễn Văn", "Mai viết"}) {
    INFO(line);
    CHECK_FALSE(looks_like_byline(line));
  }
}

TEST_CASE("byline family: a unit in words glued after the name makes a byline, and comes off") {
  const std::vector<std::string> units = {"Bí thư Chi bộ Các cơ quan Đảng",
                                          "Ủy viên UBKT Huyện ủy",
                                          "Cán bộ VHTT",
                                          "Huyện đoàn",
                                          "Hội Nông dân huyện Tháp Mười",
                                          "Đảng ủy Khối CCQ và DN tỉnh",
                                          "Đài TT Thanh Ba",
                                          "Trung tâm VH-TT-TT",
                                          "Huyện Đoàn Thanh Ba",
                                          "HND xã Hòa Mỹ",
                                          "VKSND tỉnh Yên Bái"};
  for (std::string name : {"Đỗ Thuần", "Lữ Nhiên Hương"})
    for (const std::string& sep : kSeparators)
      for (const std::string& unit : units) {
        std::string line = name + sep + unit;
        INFO(line);
        CHECK(looks_like_byline(line));
        CHECK(author_in_byline(line) == name);
      }
  // a name in capitals: a unit named in words or initials, as after a name in title case
  // (byline_capitals_test.cpp)
  const std::vector<Pair> in_capitals = {{"THẾ HIỆP", "HUYỆN ĐOÀN PHÙ MỸ"},
                                         {"HOÀNG HIỆP", "VKSND tỉnh Yên Bái"},
                                         {"NGUYỄN THỊ HÒA", "PCT Huyện hội"}};
  for (const std::string& sep : kSeparators) {
    for (const Pair& p : in_capitals) {
      std::string line = p.first + sep + p.second;
      INFO(line);
      CHECK(looks_like_byline(line));
      CHECK(author_in_byline(line) == p.first);
    }
    CHECK(author_in_byline("NGUYỄN TRƯỜNG PHI" + sep + "DVCI") == "NGUYỄN TRƯỜNG PHI");
  }
  // two writers joined by a dash, then the office's initials
  for (const std::string& sep : kSeparators) {
    std::string writers = "Đức Nguyên" + sep + "Hiệp Thương";
    INFO(writers);
    CHECK(author_in_byline(writers + ", TTVHTTTTDL") == writers);
  }
}

TEST_CASE("byline family: a label's colon typed as a semicolon") {
  for (std::string label : {"Tác giả", "Thực hiện", "Bút danh", "Tác giả bài viết"})
    for (std::string mark : {":", ";", " :", " ;"})
      for (const std::string& spelled : in_each_case(label)) {
        std::string line = spelled + mark + " Lê Minh Toàn";
        INFO(line);
        CHECK(looks_like_byline(line));
        CHECK(author_in_byline(line) == "Lê Minh Toàn");
      }
  // the text's label alone: a unit after it signs; the photographer named apart is not the author
  for (std::string mark : {":", ";"}) {
    INFO(mark);
    CHECK(author_in_byline("Tin" + mark + " Đoàn cơ sở") == "Đoàn cơ sở");
    CHECK(author_in_byline("Tin" + mark + " Tuyết Mai – Ảnh" + mark + " Xuân Vũ") == "Tuyết Mai");
  }
  // the text-and-photos label before names the rules read as no byline alone
  CHECK(author_in_byline("TIn, ảnh; TRẦN HIỀN –VĂN HIẾU") == "TRẦN HIỀN –VĂN HIẾU");
  CHECK(looks_like_byline("Tin, ảnh; Truyền thông Đoàn khoa Ngoại ngữ"));
}

TEST_CASE("byline family: a photographer named apart after any separator is not the author") {
  for (std::string sep : {"-", " - ", "–", " – ", "—", " — ", " -", "- ", ", ", "; ", ";"}) {
    std::string line = "Tin: Tuyết Mai" + sep + "Ảnh: Xuân Vũ";
    INFO(line);
    CHECK(author_in_byline(line) == "Tuyết Mai");
    CHECK(photographer_in_byline(line) == "Xuân Vũ");
  }
  // "Anh" without its mark is a co-writer's name: both writers stay, the label comes off
  // (byline_capitals_test.cpp)
  CHECK(author_in_byline("Tin: Lê Bình-Anh Khoa") == "Lê Bình-Anh Khoa");
}

TEST_CASE("byline family: a newsroom's role before the name, with any separator") {
  for (std::string role : {"CTV", "PV"})
    for (std::string sep : {" ", "-", " - ", "- ", " -", "–", " – ", " — ", ": ", ":"}) {
      std::string line = role + sep + "Nguyễn Thơm";
      INFO(line);
      CHECK(author_in_byline(line) == "Nguyễn Thơm");
    }
  // no role: a name's own first word stays
  CHECK(author_in_byline("Minh-Nguyễn Thơm") == "Minh-Nguyễn Thơm");
}

TEST_CASE("byline family: a long byline with a final stop closes the text, it is no sentence") {
  const std::vector<Pair> bylines = {{"Quang Khải - Q6", "Quang Khải"},
                                     {"Nguyễn Thị Hòa – PCT Huyện hội", "Nguyễn Thị Hòa"},
                                     {"Doãn Thị Ý-TPT", "Doãn Thị Ý"},
                                     {"Lữ Nhiên Hương - Đảng ủy Khối CCQ", "Lữ Nhiên Hương"}};
  for (std::string label : {"", "Tin, ảnh: ", "Tác giả bài viết: ", "Tin,ảnh; "})
    for (const Pair& b : bylines)
      for (std::string stop : {"", "."}) {
        std::string line = label + b.first + stop;
        INFO(line);
        CHECK(author_of_page(kBody, line) == b.second);
      }
  // two writers with a stop: the byline as written, without it
  CHECK(author_of_page(kBody, "Tin, ảnh: Kim Tiến – Tấn Hữu.") == "Kim Tiến – Tấn Hữu");
  // a sentence after the text's last paragraph stays text
  Article a =
      read_ok(InputFile{"a.txt", kTitle + kBody + "Hội nghị kết thúc lúc 11 giờ cùng ngày.\n"});
  CHECK(a.author.empty());
}
