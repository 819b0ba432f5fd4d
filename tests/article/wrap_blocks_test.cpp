// A text hard-wrapped with no blank lines between its blocks (a copy from a mail client or a
// terminal) where a block's last line leaves no room for the next block's first word: the
// width alone would run the two together. A caption or a byline under a paragraph, and a title
// over its lead, stay blocks of their own; a paragraph's own last sentence, a bracketed note,
// a name the width cut, a wrapped title's tail, and a body's first sentence stay on their line.
#include <catch2/catch.hpp>
#include <string>
#include <variant>
#include <vector>

#include "article/chrome.h"
#include "article/column_wrap.h"
#include "article/text_lines.h"
#include "article/text_reader.h"
#include "greedy_wrap.h"

using namespace tuyentap;
using Lines = std::vector<std::string>;
using test::unwrapped;

namespace {

// Made-up paragraphs: the first one's last line at 72 columns is 70 long, so a next block's
// first word of two letters or more does not fit on it.
const std::string kFull =
    "Sáng 12/3, Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị sơ kết công tác xây dựng Đảng "
    "quý I năm 2024 và triển khai nhiệm vụ quý II. Về dự có đại diện lãnh đạo Ban Tổ chức Tỉnh "
    "ủy, Ủy ban Kiểm tra Tỉnh ủy và các đảng viên trực thuộc trong toàn Đảng bộ cùng nhiều đại "
    "biểu khách mời.";
const std::string kSecond =
    "Theo báo cáo, trong quý I, Đảng ủy Khối đã lãnh đạo các tổ chức cơ sở Đảng trực thuộc thực "
    "hiện tốt Nghị quyết Trung ương 4 khóa XII, Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh "
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; kết nạp 37 đảng viên mới.";
const std::string kCaption =
    "Đ/c Nguyễn Văn An, Bí thư Đảng ủy Khối phát biểu chỉ đạo tại hội nghị sơ kết công tác quý I";

}  // namespace

TEST_CASE("a caption or a byline the width ran onto a paragraph's last line stays apart") {
  const Lines wrapped = test::greedy_wrap({kFull}, 72);
  REQUIRE(wrapped_before(wrapped.back(), kCaption, 72));  // the width alone would join them
  // a caption wrapped over two lines, no final stop, between two paragraphs
  CHECK(unwrapped(test::greedy_wrap({kFull, kCaption, kSecond}, 72, false)) ==
        Lines{kFull, kCaption, kSecond});
  // a caption last
  CHECK(unwrapped(test::greedy_wrap({kSecond, kFull, kCaption}, 72, false)) ==
        Lines{kSecond, kFull, kCaption});
  // a byline under the last paragraph
  CHECK(unwrapped(test::greedy_wrap({kSecond, kFull, "Thu Ngân"}, 72, false)) ==
        Lines{kSecond, kFull, "Thu Ngân"});
}

TEST_CASE("a paragraph's last sentence and a bracketed note stay on the paragraph") {
  // near misses: after the same full line ending a sentence, the paragraph goes on with a
  // sentence that ends in its stop, or with a note in brackets (a programme, a source)
  for (const std::string& tail : {std::string("Hội nghị kéo dài một buổi."),
                                  std::string("(Chương trình Thời sự tối 12/3/2024)")}) {
    CAPTURE(tail);
    const std::string para = kFull + " " + tail;
    CHECK(unwrapped(test::greedy_wrap({kSecond, para, kSecond}, 72, false)) ==
          Lines{kSecond, para, kSecond});
  }
}

TEST_CASE("a title the width ran into its lead is read apart when the lead retells it") {
  const std::string title = "Chi bộ Trường Tiểu học Hòa Bình tổ chức Lễ kết nạp hai đảng viên mới";
  const std::string lead =
      "Ngày 15/5/2024, Chi bộ Trường Tiểu học Hòa Bình đã long trọng tổ chức Lễ kết nạp đảng "
      "viên mới cho hai quần chúng ưu tú là giáo viên của trường. Dự buổi lễ có đồng chí Bí thư "
      "Đảng ủy xã cùng toàn thể đảng viên trong Chi bộ.";
  REQUIRE(wrapped_before(title, lead, 72));
  const Lines lines = test::greedy_wrap({title, lead, kSecond}, 72, false);
  CHECK(unwrapped(lines) == Lines{title, lead, kSecond});
  std::string page;
  for (const std::string& l : lines) page += l + "\n";
  ChromeMatcher chrome(default_chrome_markers());
  auto got = read_text_page(page, chrome);
  REQUIRE(std::holds_alternative<Article>(got));
  CHECK(std::get<Article>(got).title == title);
  CHECK(std::get<Article>(got).lead == lead);
}

TEST_CASE("a body's first sentence and a wrapped title stay whole at a capital") {
  // an untitled page: the first line, cut before a name the text tells again ("… Trường Tiểu
  // học Hòa" over "Bình …"), is no title over its lead
  const std::string body =
      "Ngày 15/5/2024, tại phòng họp của nhà trường, Chi bộ Trường Tiểu học Hòa Bình tổ chức Lễ "
      "kết nạp đảng viên mới cho hai quần chúng ưu tú. Buổi lễ tại phòng họp của nhà trường diễn "
      "ra trang nghiêm; Chi bộ Trường Tiểu học Hòa Bình giao nhiệm vụ cho hai đảng viên mới.";
  CHECK(unwrapped(test::greedy_wrap({body, kSecond}, 72, false)) == Lines{body, kSecond});
  // a title over two lines, its tail short, the lead apart under a blank line
  const std::string title =
      "Đảng ủy Khối các cơ quan tỉnh sơ kết công tác xây dựng Đảng quý I và triển khai nhiệm vụ "
      "quý II năm 2024";
  CHECK(unwrapped(test::greedy_wrap({title, kFull, kSecond}, 72)) == Lines{title, kFull, kSecond});
}

TEST_CASE("a line of one space alone stays one when the text is unwrapped") {
  // a text browser prints one space where a photo stood; the caption rules read it
  const Lines lines = test::greedy_wrap({kFull, kSecond, kFull}, 72);
  std::string text;
  bool spaced = false;  // the first blank line is one space
  for (const std::string& l : lines) {
    text += l.empty() && !spaced ? " " : l;
    text += '\n';
    spaced = spaced || l.empty();
  }
  std::vector<std::size_t> spacers, indents;
  const Lines clean = split_clean_lines(text, &spacers, &indents);
  REQUIRE(spacers.size() == 1);
  auto joined = unwrapped_text(clean, indents, spacers);
  REQUIRE(joined);
  std::vector<std::size_t> spacers_after;
  split_clean_lines(*joined, &spacers_after, nullptr);
  CHECK(spacers_after.size() == 1);
}
