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

TEST_CASE("a line that cannot match a marker is known by its first byte") {
  ChromeMarkers m;
  m.ends_article = {"Tin liên quan"};
  m.drop_line = {"In bài"};
  ChromeMatcher chrome(m);
  CHECK(chrome.may_match("Tin liên quan:"));
  CHECK(chrome.may_match("tin khác"));
  CHECK(chrome.may_match("In bài"));
  CHECK(chrome.may_match("Ảnh: TTXVN"));  // not ASCII: always folded
  CHECK_FALSE(chrome.may_match("Nghị quyết của Đảng"));
  CHECK_FALSE(chrome.may_match("2019"));
}
