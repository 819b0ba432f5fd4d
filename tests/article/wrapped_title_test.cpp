// A title wrapped over two lines, no blank line between (article/wrapped_title.h): broken after
// one, two or four words from its end, at its middle, with a trailing space, in capitals; then a
// title over a subtitle, a one-line sapo, a place's name, a byline or a date line, and a kicker
// over a title, which stay apart.
#include "article/wrapped_title.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ";
const std::string kLead =
    "Sáng 5/3, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 2 năm 2024 "
    "với sự tham dự của các Phó Thủ tướng, bộ trưởng và lãnh đạo các địa phương.";
const std::string kBody =
    "Phiên họp đánh giá tình hình kinh tế - xã hội tháng 2 và hai tháng đầu năm, bàn các giải "
    "pháp thúc đẩy tăng trưởng trong thời gian tới.";

std::string page(const std::string& header, const std::string& lead = kLead) {
  return header + "\n\n05/03/2024 09:15\n\n" + lead + "\n\n" + kBody + "\n\nMinh Châu\n";
}

// The title broken before its last n words (n = 0: at the space nearest its middle).
std::string wrapped(const std::string& title, std::size_t n, const std::string& end = "") {
  std::vector<std::size_t> spaces;
  for (std::size_t i = 0; i < title.size(); ++i)
    if (title[i] == ' ') spaces.push_back(i);
  std::size_t at = spaces[spaces.size() - n];
  if (n == 0) {
    at = spaces.front();
    for (std::size_t s : spaces)
      if (s <= title.size() / 2) at = s;
  }
  return title.substr(0, at) + end + "\n" + title.substr(at + 1);
}

Article read_page(const std::string& text) {
  return read_ok(InputFile{"bai.txt", text});
}

}  // namespace

TEST_CASE("wrapped title: broken anywhere, the lead retelling it, one title") {
  for (std::size_t n : {1, 2, 4, 0}) {
    for (std::string end : {"", " "}) {
      INFO(n << " [" << end << "]");
      Article a = read_page(page(wrapped(kTitle, n, end)));
      CHECK(a.title == kTitle);
      CHECK(a.lead == kLead);
      CHECK(a.author == "Minh Châu");
    }
  }
}

TEST_CASE("wrapped title: a range or a bracket opened on the next line") {
  for (std::string title :
       {"Đại hội Chi bộ III nhiệm kỳ 2025 - 2027", "Đại hội Đảng bộ tỉnh Hải Dương lần IV (Vòng 1)",
        "Hội nghị lần thứ bảy Đoàn Chủ tịch UBTƯ MTTQ Việt Nam (khóa VIII)",
        "Đại hội Cựu chiến binh nhiệm kỳ 2017 – 2022"}) {
    for (std::size_t n : {1, 2}) {
      const std::string w = wrapped(title, n);
      if (w.find("\n-") == std::string::npos && w.find("\n(") == std::string::npos &&
          w.find("\n–") == std::string::npos)
        continue;  // the break fell elsewhere: no range or bracket opened
      INFO(w);
      CHECK(read_page(page(w)).title == title);
    }
  }
}

TEST_CASE("wrapped title: in capitals, one title") {
  const std::string title = "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỔNG CÔNG TY LẦN THỨ 17 KHÓA IV";
  for (std::size_t n : {1, 2, 4, 0}) {
    INFO(n);
    CHECK(read_page(page(wrapped(title, n))).title == title);
  }
}

TEST_CASE("wrapped title: a title over what is not its own stays apart") {
  const std::string title = "Hội nghị tổng kết công tác xây dựng Đảng năm 2023";
  const std::string lead =
      "Sáng 5/3, Đảng ủy xã Tân Hòa tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023 và "
      "triển khai nhiệm vụ năm 2024 với sự tham dự của các chi bộ trực thuộc.";
  // a subtitle (which of the two the header takes is its business: they stay two), a place's
  // name, a byline, a one-line sapo under the title
  const std::string sub = "Nhìn lại một năm nhiều thành công";
  std::vector<Paragraph> two = {{title}, {sub}, {lead}};
  join_wrapped_title(two, {title, sub, "", lead});
  CHECK(two.size() == 3);
  CHECK(read_page(page(title + "\nĐồng Tháp", lead)).title == title);
  CHECK(read_page(page(title + "\nNguyễn Văn An", lead)).title == title);
  Article a = read_page(page(title + "\nĐảng ủy xã đã hoàn thành tốt các chỉ tiêu đề ra.", lead));
  CHECK(a.title == title);
  // a kicker over the title, in sentence case or in capitals
  Article k = read_page(page("Xây dựng Đảng\n" + title, lead));
  CHECK(k.title == title);
  CHECK(k.topic == "Xây dựng Đảng");
  CHECK(read_page(page("XÂY DỰNG ĐẢNG\nHỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023", lead))
            .title == "HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023");
  // a masthead in capitals over a longer title in capitals
  const std::string head = "ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN";
  const std::string caps =
      "HỘI NGHỊ TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ NĂM 2023";
  std::vector<Paragraph> mast = {{head}, {caps}, {lead}};
  join_wrapped_title(mast, {head, caps, "", lead});
  CHECK(mast.size() == 3);
  // a masthead in two lines of capitals at the page's top, the title under a blank line
  const std::string en = "HO CHI MINH CITY COLLEGE OF TECHNOLOGY";
  const std::string vn = "TRƯỜNG CAO ĐẲNG CÔNG NGHỆ THÀNH PHỐ HỒ CHÍ MINH";
  std::vector<Paragraph> top = {{vn}, {en}, {title}, {"05/03/2024"}, {lead}};
  join_wrapped_title(top, {vn, en, "", title, "", "05/03/2024", "", lead});
  CHECK(top.size() == 5);
  // a caption's credit in brackets is no part of the title
  std::vector<Paragraph> paras = {{title}, {"(Ảnh: Minh Châu)"}, {lead}};
  join_wrapped_title(paras, {title, "(Ảnh: Minh Châu)", "", lead});
  CHECK(paras.size() == 3);
  // a blank line between: two blocks the page set apart
  paras = {{"Đại hội Chi bộ III nhiệm kỳ 2025"}, {"- 2027"}, {lead}};
  join_wrapped_title(paras, {"Đại hội Chi bộ III nhiệm kỳ 2025", "", "- 2027", "", lead});
  CHECK(paras.size() == 3);
}

TEST_CASE("wrapped title: a first line that leaves its clause open, one title") {
  // a comma, a preposition, a conjunction or "nhiệm kỳ" before the term's years: no heading ends
  // so, whatever the next line opens with and whether the text retells the words or not
  for (std::string title :
       {"Lan tỏa tình yêu biên giới, Biên phòng", "Tuyên Hóa: Xây dựng trên 260 mô hình mới",
        "Hội Cựu giáo chức xã tổ chức gặp mặt nhân Ngày Nhà giáo Việt Nam",
        "Đảng bộ Nghệ An: TỪ ĐẠI HỘI ĐẾN ĐẠI HỘI", "Trường THCS Đông Sơn và Đoàn phường",
        "Đảng bộ Tòa án tổ chức thành công Đại hội các Chi bộ nhiệm kỳ 2020 - 2025"}) {
    for (std::string open : {", ", " trên ", " nhân ", " TỪ ", " và ", " nhiệm kỳ "}) {
      const std::size_t at = title.find(open);
      if (at == std::string::npos) continue;
      const std::size_t cut = at + open.size() - 1;  // the break after the open word
      const std::string w = title.substr(0, cut) + "\n" + title.substr(cut + 1);
      INFO(w);
      CHECK(read_page(page(w)).title == title);
    }
  }
}

TEST_CASE("wrapped title: under a date line the page prints over it, and a range's end") {
  const std::string title = "Đại hội Đảng bộ tỉnh Hải Dương lần IV (Vòng 1)";
  const std::string lead = kLead;
  Article a = read_page("05/03/2024\n" + wrapped(title, 2) + "\n\n" + lead + "\n\n" + kBody);
  CHECK(a.title == title);
  CHECK(a.date == Date{2024, 3, 5});
  // the year a date closes a range with is no date line: "(16/7/1987" / "- 16/7/2022)"
  const std::string range = "Kỷ niệm 35 năm Ngày thành lập Đảng bộ Khối (16/7/1987 - 16/7/2022)";
  CHECK(read_page(page(wrapped(range, 2))).title == range);
}

TEST_CASE("wrapped title: a title that ends whole over a line of its own stays apart") {
  // near-misses: a title that ends on a noun over a byline or a place; a first line ending in
  // a verb a heading may end with ("về", "đến"); a topic over the title
  const std::string title = "Hội nghị tổng kết công tác xây dựng Đảng năm 2023";
  CHECK(read_page(page(title + "\nNguyễn Văn An")).title == title);
  const std::string spring = "Mùa xuân đã về";
  std::vector<Paragraph> paras = {{spring}, {"Trên mọi miền quê"}, {kLead}};
  join_wrapped_title(paras, {spring, "Trên mọi miền quê", "", kLead});
  CHECK(paras.size() == 3);
  // a date line under the title, and under it the sapo's first line: no join across the date
  paras = {{title}, {"05/03/2024"}, {"Sáng nay, tại hội trường"}, {kLead}};
  join_wrapped_title(paras, {title, "05/03/2024", "Sáng nay, tại hội trường", "", kLead});
  CHECK(paras.size() == 4);
}
