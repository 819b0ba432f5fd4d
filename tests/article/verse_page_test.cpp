// A page of verse (article/verse.h) and what a Liferay portal prints under it (its rating box,
// rating_widget.h; its comment notices, comment_form.h; its back link "« Quay lại"), on a
// made-up page shaped as tests/fixtures/real-eval49/congdoandetmay-1: before these rules the
// whole poem went with the page's header and the rating box became the title.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "article/comment_form.h"
#include "article/page_widgets.h"
#include "article/reader.h"
#include "article/verse.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

// a poem in lục bát written for the test: six and eight words in turn
const std::vector<std::string> kVerse = {
    "Quê hương mùa lúa chín vàng", "Cánh đồng trải rộng xóm làng vui tươi",
    "Chi bộ gương mẫu mọi người",  "Đồng lòng chung sức đắp bồi ấm no",
    "Đảng viên gần gũi dặn dò",    "Thôn làng đoàn kết chăm lo dựng xây",
    "Mùa xuân ấm áp hôm nay",      "Cùng nhau vững bước tương lai rạng ngời!"};

std::string verse_apart() {
  std::string s;
  for (const std::string& line : kVerse) s += line + "\n\n";
  return s;
}

bool opens(const std::vector<std::string_view>& lines) {
  return opens_verse(lines, 0);
}

}  // namespace

TEST_CASE("verse: runs in the usual metres, and what is none") {
  CHECK(opens({kVerse[0], kVerse[1], kVerse[2], kVerse[3]}));  // lục bát
  // a number reads as more words than it is written in ("26" is "hai mươi sáu")
  CHECK(opens({"Hướng về 26 tháng Ba", kVerse[1], kVerse[2], kVerse[3]}));
  CHECK(opens({"Bên dòng sông quê mẹ hiền hòa", "Lúa xanh mơn mởn gió đưa chiều",
               "Chi bộ họp bàn bên bếp lửa", "Dân làng náo nức đón xuân về."}));  // seven words
  // a site's menu: short lines, no two of one count in the turn
  CHECK_FALSE(opens({"Trang chủ", "Giới thiệu chung về Công đoàn", "Tin tức - Sự kiện",
                     "Văn bản chỉ đạo điều hành"}));
  // headlines that happen to have six and eight words but stop, or name a colon
  CHECK_FALSE(opens({"Kết nạp đảng viên mới tại xã.", kVerse[1], kVerse[2], kVerse[3]}));
  CHECK_FALSE(opens({"Góc thơ: Mùa xuân quê hương", kVerse[1], kVerse[2], kVerse[3]}));
  CHECK_FALSE(opens({kVerse[0], kVerse[1], kVerse[2]}));  // three lines are no run
  CHECK_FALSE(opens({"QUÊ HƯƠNG MÙA LÚA CHÍN VÀNG", kVerse[1], kVerse[2], kVerse[3]}));
}

TEST_CASE("verse: a poem's page keeps its title, every verse and its poet") {
  const std::string page =
      "Truy cập nội dung luôn\n\nVăn nghệ Văn nghệ\n\n« Quay lại\n\n"
      "Góc thơ: Mùa xuân quê hương\n\n \n\nMÙA XUÂN QUÊ HƯƠNG\n\n \n\n" +
      verse_apart() +
      " \n\n Thơ: Minh Hạnh\n\n \n\n"
      "Bạn đọc nhấn vào đây để gửi ý kiến bình luận\n"
      "Trung bình (0 Bình chọn)\n"
      "Tỷ lệ trung bình là 0.0 ngôi sao trên mức cao nhất 5 sao.\n  \n"
      "Chưa có lời bình nào. Hãy là người đầu tiên.\n\n"
      "Thông báo Thông báo\n\nVideo hoạt động Video hoạt động\n";
  Article a = read_text(page);
  CHECK(a.title == "Góc thơ: Mùa xuân quê hương");
  CHECK(a.author == "Minh Hạnh");
  CHECK(a.topic != "« Quay lại");
  const std::string fields = all_fields(a);
  for (const std::string& line : kVerse) CHECK(fields.find(line) != std::string::npos);
  // each verse after the lead is a paragraph of its own: no heading, no caption, no link box
  std::size_t verses = 0;
  for (const Block& b : a.blocks) {
    bool verse = std::find(kVerse.begin(), kVerse.end(), b.text) != kVerse.end();
    if (verse) CHECK(b.type == BlockType::Paragraph);
    verses += verse;
  }
  CHECK(verses + (a.lead == kVerse[0] ? 1 : 0) == kVerse.size());
  CHECK_FALSE(has_warning(a, "related links"));
  for (std::string_view chrome : {"Bình chọn", "ngôi sao", "lời bình", "nhấn vào đây", "Quay lại",
                                  "Thông báo", "Video hoạt động"})
    CHECK(fields.find(chrome) == std::string::npos);
}

TEST_CASE("verse: a rating box's lines are widgets, a sentence of averages is not") {
  CHECK(is_page_widget_line("Trung bình (0 Bình chọn)"));
  CHECK(is_page_widget_line("Trung bình (12 phiếu)"));
  CHECK(is_page_widget_line("Average (3 Votes)"));
  CHECK(is_page_widget_line("Tỷ lệ trung bình là 4.5 ngôi sao trên mức cao nhất 5 sao."));
  CHECK_FALSE(is_page_widget_line("Trung bình (mỗi năm) kết nạp 12 đảng viên"));
  CHECK_FALSE(is_page_widget_line("Tỷ lệ trung bình là 95% đảng viên hoàn thành tốt nhiệm vụ."));
}

TEST_CASE("verse: Liferay's comment notices end a page, a writer's link stays") {
  CHECK(is_comment_form_notice("Chưa có lời bình nào. Hãy là người đầu tiên."));
  CHECK(is_comment_form_notice("Bạn đọc nhấn vào đây để gửi ý kiến bình luận"));
  CHECK(is_comment_form_notice("Chưa có bình luận nào"));
  CHECK_FALSE(is_comment_form_notice("Nhấn vào đây để tải toàn văn Nghị quyết."));
  CHECK_FALSE(is_comment_form_notice("Chưa có xã nào hoàn thành chỉ tiêu kết nạp đảng viên."));
}

TEST_CASE("verse: a poem's title over its first verse stays the title, the verse the text") {
  // a title of four words over lục bát: no kicker over a title (the title's line was lost,
  // the first verse taken for the title, before session 31)
  Article a = read_text("Mùa xuân quê hương\n\n" + verse_apart() + "Thơ: Minh Hạnh\n");
  CHECK(a.title == "Mùa xuân quê hương");
  CHECK(a.topic.empty());
  CHECK(a.lead == kVerse[0]);
  CHECK(a.author == "Minh Hạnh");
}

TEST_CASE("verse: lines of five words, one a line, are a poem, no menu") {
  // thơ năm chữ set line under line, as a contest's page prints an entry
  // (real-eval50/nhamuong-1): the menu rule (header_chrome.h) took it for the page's chrome
  const std::vector<std::string> five = {"Là một người lính trẻ",    "Có trái tim nhiệt tình",
                                         "Luôn yêu thương đồng đội", "Chẳng quản ngại hy sinh",
                                         "Giữa núi rừng biên giới",  "Vững tay súng quân hành"};
  std::string page = "“Người lính biên phòng”\n";
  for (const std::string& line : five) page += line + "\n";
  page += "Nguyễn Văn Bình\n";
  Article a = read_text(page);
  CHECK(a.title == "“Người lính biên phòng”");
  const std::string fields = all_fields(a);
  for (const std::string& line : five) CHECK(fields.find(line) != std::string::npos);
  CHECK_FALSE(has_warning(a, "site chrome"));
}
