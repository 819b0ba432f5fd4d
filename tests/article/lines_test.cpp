// Line splitting and cleaning: the fast paths (runs copied in bulk, memchr for LF-only
// files) must give exactly what the character-by-character rules say.
#include <catch2/catch.hpp>

#include "article/chrome.h"
#include "article/text_lines.h"

using namespace tuyentap;
using Lines = std::vector<std::string>;

TEST_CASE("lines are split on LF, CRLF and CR, and blank lines stay") {
  CHECK(split_clean_lines("Một\nHai\r\nBa\rBốn") == Lines{"Một", "Hai", "Ba", "Bốn"});
  CHECK(split_clean_lines("Một\n\nHai\n") == Lines{"Một", "", "Hai", ""});
  CHECK(split_clean_lines("Một\r\n\r\nHai") == Lines{"Một", "", "Hai"});
  CHECK(split_clean_lines("") == Lines{""});
}

TEST_CASE("white space is folded and invisible characters dropped, Vietnamese kept") {
  // Runs of spaces, tabs, NBSP (C2 A0), OGHAM SPACE MARK (E1 9A 80), thin space (E2 80 89),
  // ideographic space (E3 80 80) all become one space; ends are trimmed.
  CHECK(split_clean_lines("  Xây   dựng\tĐảng  ") == Lines{"Xây dựng Đảng"});
  CHECK(split_clean_lines("Xây\u00A0dựng\u1680Đảng\u2009vững\u3000mạnh") ==
        Lines{"Xây dựng Đảng vững mạnh"});
  // ZERO WIDTH SPACE, SOFT HYPHEN, BOM, WORD JOINER vanish without leaving a space.
  CHECK(split_clean_lines("chỉ\u200Bđạo\u00ADtốt\uFEFF\u2060") == Lines{"chỉđạotốt"});
  CHECK(split_clean_lines("\u200B Nghị quyết \u00A0") == Lines{"Nghị quyết"});
  // Letters led by the same bytes as the special characters stay: ạ ế ự (E1), © (C2), – (E2).
  CHECK(split_clean_lines("ạ ế ự © – “x”") == Lines{"ạ ế ự © – “x”"});
  // A space before an invisible character and a letter is kept once.
  CHECK(split_clean_lines("a \u200Bb") == Lines{"a b"});
  CHECK(split_clean_lines("a\u200B b") == Lines{"a b"});
}

TEST_CASE("a line that cannot match a marker is known by its first letter") {
  ChromeMarkers m;
  m.ends_article = {"Tin liên quan"};
  m.drop_line = {"In bài"};
  ChromeMatcher chrome(m);
  CHECK(chrome.may_match("Tin liên quan:"));
  CHECK(chrome.may_match("tin khác"));
  CHECK(chrome.may_match("In bài"));
  CHECK(chrome.may_match("Ìn bài"));            // a Vietnamese letter counts as its base
  CHECK_FALSE(chrome.may_match("Ảnh: TTXVN"));  // no marker starts with an "a"
  CHECK(chrome.may_match("© 2019"));            // a symbol is always folded
  CHECK_FALSE(chrome.may_match("Nghị quyết của Đảng"));
  CHECK_FALSE(chrome.may_match("2019"));
}

TEST_CASE("spaces and invisible characters are found at every position of a long line") {
  // Long enough for the sixteen-byte checks: each gap and each letter boundary is tried.
  const std::string base =
      "Nghị quyết Trung ương lần thứ tư về xây dựng, chỉnh đốn Đảng “trong sạch” – vững mạnh…";
  const std::vector<std::string> spaces = {"  ",     "\t",     " \t ",   "\u00A0", "\u0085",
                                           "\u1680", "\u2002", "\u2009", "\u200A", "\u2028",
                                           "\u202F", "\u205F", "\u3000", " \u200B"};
  const std::vector<std::string> invisibles = {"\u200B", "\u200C", "\u200D",
                                               "\u2060", "\uFEFF", "\u00AD"};
  for (std::size_t at = 0; at < base.size(); ++at) {
    if (base[at] == ' ') {
      for (const std::string& sp : spaces) {
        std::string line = base.substr(0, at) + sp + base.substr(at + 1);
        INFO("space " << at);
        CHECK(split_clean_lines(line) == Lines{base});
      }
    }
    if ((static_cast<unsigned char>(base[at]) & 0xC0) != 0x80) {
      for (const std::string& inv : invisibles) {
        std::string line = base.substr(0, at) + inv + base.substr(at);
        INFO("invisible " << at);
        CHECK(split_clean_lines(line) == Lines{base});
      }
    }
  }
  CHECK(split_clean_lines(base) == Lines{base});
  CHECK(split_clean_lines(" " + base) == Lines{base});
  CHECK(split_clean_lines(base + "\u00A0") == Lines{base});
}

TEST_CASE("a sentence split into two blocks by a page is one paragraph") {
  // "…;" then a blank line and a lower-case start: one sentence the page cut in two
  std::vector<std::string> lines = {"Đại hội đã kiểm điểm các mặt công tác của Đảng bộ;",
                                    "",
                                    "đồng thời thảo luận biện pháp chỉ đạo phong trào.",
                                    "",
                                    "iPhone mới được bán từ tháng sau.",
                                    "",
                                    "Tin, ảnh: Minh Anh",
                                    "",
                                    "cuối cùng là dòng chữ thường"};
  std::vector<Paragraph> p = join_paragraphs(lines);
  REQUIRE(p.size() == 4);
  CHECK(p[0].text ==
        "Đại hội đã kiểm điểm các mặt công tác của Đảng bộ; đồng thời thảo luận biện pháp chỉ "
        "đạo phong trào.");
  CHECK(p[1].text == "iPhone mới được bán từ tháng sau.");  // after a full stop: a paragraph
  CHECK(p[3].text == "cuối cùng là dòng chữ thường");       // after no ',' or ';': one too
}

TEST_CASE("paragraphs of like length, one per line, each ending its sentence, are not a wrap") {
  // Four paragraphs of about 200 characters, one per line with no blank line between them,
  // then a byline in capitals: a text browser's wrap would end its lines inside sentences.
  const std::string a =
      "Chiều 14-3, Chi bộ Trường Trung học cơ sở Hòa Bình tổ chức hội nghị sơ kết công tác "
      "quý I và triển khai nhiệm vụ quý II năm học, với sự tham dự của toàn thể đảng viên.";
  const std::string b =
      "Tại hội nghị, đồng chí Bí thư Chi bộ trình bày báo cáo sơ kết, nêu rõ những việc đã "
      "làm được, những hạn chế còn tồn tại và các giải pháp khắc phục trong thời gian tới.";
  const std::string c =
      "Các đảng viên thảo luận sôi nổi, đóng góp nhiều ý kiến tâm huyết về công tác giảng "
      "dạy, giáo dục đạo đức học sinh và xây dựng nề nếp kỷ cương của nhà trường năm học này.";
  const std::string d =
      "Hội nghị thống nhất tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong "
      "cách Hồ Chí Minh, gắn với thực hiện tốt nhiệm vụ chính trị của đơn vị năm nay.";
  std::vector<std::string> lines = {a, b, c, d, "MINH HẠNH", "", ""};
  std::vector<Paragraph> p = join_paragraphs(lines);
  REQUIRE(p.size() == 5);
  CHECK(p[1].text == b);
  CHECK(p[4].text == "MINH HẠNH");

  // The same text wrapped at 120 characters, as a text browser does, cuts sentences: its
  // lines join again into one paragraph.
  const std::string all = a + " " + b + " " + c + " " + d;
  std::vector<std::string> wrapped{""};
  each_word(all, [&](std::string_view w) {
    if (!wrapped.back().empty() && code_point_count(wrapped.back()) + 1 + w.size() > 120)
      wrapped.emplace_back();
    if (!wrapped.back().empty()) wrapped.back() += ' ';
    wrapped.back() += w;
  });
  REQUIRE(wrapped.size() >= 5);
  std::vector<Paragraph> joined = join_paragraphs(wrapped);
  REQUIRE(joined.size() == 1);
  CHECK(joined[0].text == all);
}

TEST_CASE("a quotation broken over lines, each opening with a capital, is one paragraph") {
  // a verse quoted under the title (real-eval45/thegioicombo-1): the first line opens the
  // quotation, the next closes it
  std::vector<std::string> lines = {
      "“Chín năm làm một Điện Biên", "Nên vành hoa đỏ nên thiên sử vàng….”",
      "Đây là câu thơ của nhà thơ Tố Hữu.", "“Không có gì quý hơn độc lập, tự do”",
      "Lời Bác dạy vẫn còn nguyên giá trị."};
  std::vector<Paragraph> p = join_paragraphs(lines);
  REQUIRE(p.size() == 4);
  CHECK(p[0].text == "“Chín năm làm một Điện Biên Nên vành hoa đỏ nên thiên sử vàng….”");
  CHECK(p[0].lines == 2);
  // a quotation closed on its own line starts no join
  CHECK(p[2].text == "“Không có gì quý hơn độc lập, tự do”");
  CHECK(p[3].text == "Lời Bác dạy vẫn còn nguyên giá trị.");
}
