// Text hard-wrapped at a fixed width (a browser's "Save as text", an e-mail client, a copy
// from a terminal: 60 to 99 columns; a text browser's dump: 100 to 250) is read as its
// paragraphs again, whatever the case of a wrapped line's first word; lines that merely have
// like lengths (a list of related links' titles, one short paragraph per line) are not.
#include "article/column_wrap.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/text_lines.h"
#include "greedy_wrap.h"

using namespace tuyentap;
using Lines = std::vector<std::string>;

namespace {

Lines wrap(const Lines& paragraphs, std::size_t width, bool blank = true) {
  return test::greedy_wrap(paragraphs, width, blank);
}

Lines texts(const std::vector<Paragraph>& paras) {
  Lines out;
  for (const Paragraph& p : paras) out.push_back(p.text);
  return out;
}

// Sentences whose wraps fall before names, numbers and capitals as often as before lower case.
const Lines kArticle{
    "Sáng 12/3, Đảng ủy Khối các cơ quan tỉnh Quảng Ngãi tổ chức Hội nghị sơ kết công tác "
    "xây dựng Đảng quý I năm 2024 và triển khai nhiệm vụ quý II. Đồng chí Nguyễn Văn Hùng, "
    "Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy Khối chủ trì Hội nghị.",
    "Theo báo cáo, trong quý I, Đảng ủy Khối đã lãnh đạo các tổ chức cơ sở Đảng trực thuộc "
    "thực hiện tốt Nghị quyết Trung ương 4 khóa XII, Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy "
    "mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; kết nạp 37 Đảng viên "
    "mới, đạt 29,6% kế hoạch năm.",
    "Phát biểu kết luận Hội nghị, đồng chí Bí thư Đảng ủy Khối đề nghị các Chi bộ, Đảng bộ cơ "
    "sở Tiếp tục quán triệt Kết luận 21-KL/TW của Ban Chấp hành Trung ương Đảng khóa XIII về "
    "đẩy mạnh xây dựng, chỉnh đốn Đảng và Hệ thống chính trị trong sạch, vững mạnh.",
};

}  // namespace

TEST_CASE("a text wrapped at 60, 72, 76, 80 or 120 columns is read as its paragraphs") {
  for (std::size_t width : {60u, 72u, 76u, 80u, 120u}) {
    CAPTURE(width);
    Lines lines = wrap(kArticle, width);
    REQUIRE(lines.size() > 2 * kArticle.size() + 2);  // really wrapped
    CHECK(wrap_width(lines) > 0);
    CHECK(texts(join_paragraphs(lines)) == kArticle);
  }
}

TEST_CASE("a wrapped text with a title above it keeps the title apart") {
  for (std::size_t width : {72u, 80u}) {
    CAPTURE(width);
    Lines lines{"Đảng ủy Khối sơ kết công tác xây dựng Đảng quý I", ""};
    for (const std::string& l : wrap(kArticle, width)) lines.push_back(l);
    std::vector<Paragraph> paras = join_paragraphs(lines);
    REQUIRE(paras.size() == 4);
    CHECK(paras[0].text == "Đảng ủy Khối sơ kết công tác xây dựng Đảng quý I");
  }
}

TEST_CASE("a wrap's last line ending a sentence or a paragraph ending short starts anew") {
  // no blank lines between paragraphs (a copy-paste): a paragraph whose last line leaves room
  // for the next line's first word ended there
  Lines lines = wrap(kArticle, 72, false);
  CHECK(texts(join_paragraphs(lines)) == kArticle);
}

TEST_CASE("lines of like length that no width cut are not a wrap") {
  // a related-links list: titles of 50 to 75 characters, each whole on its line, the next
  // one's first word would have fitted on many of them
  const Lines related{
      "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 khóa XX",
      "Kết nạp Đảng viên trong học sinh, sinh viên: Những kết quả bước đầu",
      "Tỉnh ủy Quảng Ngãi Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW",
      "Đảng bộ Khối Doanh nghiệp tổ chức Đại hội điểm nhiệm kỳ 2025-2030",
      "Bế mạc Hội nghị lần thứ Mười Ban Chấp hành Trung ương Đảng khóa XIII",
      "Chi bộ Thôn Bắc Sinh hoạt chuyên đề về Văn hóa Chính trị Nông thôn",
  };
  CHECK(wrap_width(related) == 0);
  CHECK(join_paragraphs(related).size() == related.size());
  // one short paragraph per line, each ending its sentence
  const Lines short_paragraphs{
      "Hội nghị đã thông qua Nghị quyết về công tác xây dựng Đảng năm 2024 của Khối.",
      "Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo tại Hội nghị sơ kết quý I năm 2024.",
      "Các đại biểu thảo luận, đóng góp ý kiến vào dự thảo báo cáo chính trị của Đảng bộ.",
      "Ban Thường vụ đề nghị các Chi bộ tiếp tục quán triệt Kết luận 21-KL/TW của Trung ương.",
  };
  CHECK(join_paragraphs(short_paragraphs).size() == short_paragraphs.size());
  // a list of items of like length, one per line, no blank line between (real-eval24's
  // thethaophunhuan-1 with its blank lines gone): the dashes after long items are no wraps
  const Lines items{
      "Giai đoạn hình thành Chi bộ",
      "- Chi bộ thành lập theo quyết định số 34-QĐ/QU ngày 26 tháng 11 năm 2003 ở",
      "- Số đảng viên lúc thành lập gồm bốn đồng chí, Bí thư và Phó Bí thư Chi bộ",
      "- Ban Chấp hành Đảng bộ quận chỉ đạo kiện toàn Chi bộ nhiệm kỳ 2005 - 2010",
      "- Chi bộ tổ chức sinh hoạt chuyên đề về học tập và làm theo tư tưởng Bác",
      "- Chi bộ được công nhận hoàn thành xuất sắc nhiệm vụ trong năm liên tiếp",
  };
  CHECK(wrap_width(items) == 0);
  CHECK(join_paragraphs(items).size() == items.size());
}

TEST_CASE("a wrapped line goes on the paragraph when the next word did not fit") {
  // 72 columns: "… Đồng chí" (66) and "Nguyễn" (6): 66 + 1 + 6 > 72, a wrap
  const std::string line66(66, 'a');
  CHECK(wrapped_before(line66 + "", "Nguyễn Văn Hùng chủ trì.", 72));
  CHECK(wrapped_before(std::string(68, 'a'), "Đảng ủy Khối", 72));      // a capital: still a wrap
  CHECK(wrapped_before(line66 + ".", "Nguyễn Văn Hùng chủ trì.", 72));  // a sentence's end
  // "Hà" (2) would have fitted: a new paragraph, whatever the line ends with
  CHECK_FALSE(wrapped_before(line66, "Hà Nội là Thủ đô.", 72));
  CHECK_FALSE(wrapped_before(std::string(40, 'a'), "Nguyễn Văn Hùng chủ trì.", 72));
}

TEST_CASE("a short page of one wrapped paragraph is read as it") {
  // a title, a date line, one paragraph wrapped at 72 or 80 into 3 or 4 lines (two cuts)
  const std::string para =
      "Từ đầu năm 2019 đến nay đã có trên 5.000 đoàn viên ưu tú được giới thiệu cho Đảng xem "
      "xét kết nạp, trong đó đã có gần 1.500 đoàn viên được đứng trong hàng ngũ của Đảng. Kết "
      "quả đó khẳng định vai trò của các cấp bộ Đoàn.";
  for (std::size_t width : {72u, 80u}) {
    CAPTURE(width);
    Lines lines{"Phát triển Đảng trong đoàn viên thanh niên", "", "13:49, 31/05/2022"};
    for (const std::string& l : wrap({para}, width)) lines.push_back(l);
    REQUIRE(lines.size() >= 6);
    CHECK(texts(join_paragraphs(lines)) ==
          Lines{"Phát triển Đảng trong đoàn viên thanh niên", "13:49, 31/05/2022", para});
  }
}

TEST_CASE("a wrapped title's last word alone on its line goes back on the title") {
  // "… giám sát năm" over "2021": a number, a capital or a dash ends the title's second line
  Lines head{"Đảng, đoàn thể",
             "",
             "Huyện Thanh Trì: Triển khai kế hoạch công tác kiểm tra, giám sát năm",
             "2021",
             "Ngày đăng 13/01/2021 | 14:28  | View count: 830",
             ""};
  for (const std::string& l : wrap(kArticle, 72)) head.push_back(l);
  std::vector<Paragraph> paras = join_paragraphs(head);
  REQUIRE(paras.size() >= 3);
  CHECK(paras[1].text ==
        "Huyện Thanh Trì: Triển khai kế hoạch công tác kiểm tra, giám sát năm 2021");
}

TEST_CASE("a wrapped text whose paragraphs open indented: the indent counts in the width") {
  // "      Thực hiện …": a page's paragraphs indented by spaces, a tab or non-breaking spaces,
  // wrapped with the indent on the first line; split_clean_lines takes it off
  for (const std::string& indent : {std::string("  "), std::string("    "), std::string("      "),
                                    std::string("\t"), std::string("\u00A0\u00A0\u00A0")}) {
    for (std::size_t width : {60u, 72u, 80u}) {
      CAPTURE(indent.size(), width);
      Lines indented;
      for (const std::string& p : kArticle) indented.push_back(indent + p);
      std::string text;
      for (const std::string& line : wrap(indented, width)) text += line + "\n";
      std::vector<std::size_t> spacers, indents;
      Lines lines = split_clean_lines(text, &spacers, &indents);
      auto joined = unwrapped_text(lines, indents);
      REQUIRE(joined);
      Lines paras;
      for (const std::string& p : split_clean_lines(*joined, nullptr, nullptr))
        if (!p.empty()) paras.push_back(p);
      CHECK(paras == kArticle);
    }
  }
  // near miss: an indented title of a few words over the lead is no line the width cut
  std::vector<std::size_t> spacers, indents;
  Lines lines = split_clean_lines(
      "      Hội nghị sơ kết công tác xây dựng Đảng\n" + wrap(kArticle, 72).front() + "\n",
      &spacers, &indents);
  CHECK_FALSE(wrapped_before(lines[0], lines[1], 72, indents[0]));
}
