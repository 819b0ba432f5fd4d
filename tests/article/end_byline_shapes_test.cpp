// The byline at the page's end in shapes the learning pages of session 19's unseen sites showed
// one each of (session 20): a name in brackets glued after the last sentence, a name with its
// unit glued after it, a poster's label, a role before a site's handle; and the link or widget
// label a page prints after the article ("[Trở về]", "QR Code"), which ends the article. Each
// with its near misses: a quotation's source, a bracket inside a sentence, a person the text
// names, an office, a box title, a footnote's number.
#include "article/end_byline_shapes.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/reader.h"
#include "fixtures.h"
#include "made_up_pages.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string& kTitle = kClosedPageTitle;
const std::string& kBody = kClosedPageBody;
const std::string kLastSentence = "huyện nhà tiếp nối truyền thống các thế hệ cha anh.";

// The chrome other platforms print after the article: a blog's comment link, a back link over
// a box title, a QR widget and an advertisement's alt text, box headings, nothing.
const std::vector<std::string> kTails = {"", "Đăng nhận xét\n", "\n[Trở về]\n\nCác tin khác\n",
                                         "QR Code\nimage advertisement\nimage advertisement\n",
                                         "\nTin mới đăng\n\nXem nhiều nhất\n"};

Article read_page(const std::string& end, const std::string& tail) {
  return read_ok(InputFile{"a.txt", kTitle + kBody + end + "\n" + tail});
}

// The body with its last paragraph's "\n\n" taken off, so that `glued` follows its stop.
std::string body_glued(const std::string& glued) {
  return kBody.substr(0, kBody.size() - 2) + glued + "\n\n";
}

}  // namespace

TEST_CASE("end byline shapes: a name in brackets glued after the last sentence signs") {
  for (std::string name : {"Hà Nguyên", "Thu Trang", "Kim Tiến – Tấn Hữu", "T.H"})
    for (std::string stop : {"", "/."})
      for (const std::string& tail : kTails) {
        std::string text = kBody.substr(0, kBody.size() - 2) + stop + " (" + name + ")\n\n";
        INFO(name << " / " << tail);
        Article a = read_ok(InputFile{"a.txt", kTitle + text + tail});
        CHECK(a.author == name);
        REQUIRE(!a.blocks.empty());
        CHECK(a.blocks.back().text.ends_with(kLastSentence.substr(0, kLastSentence.size() - 1) +
                                             "." + stop));
      }
}

TEST_CASE("end byline shapes: a bracket after the last sentence that names no writer stays") {
  // a quotation's source, a bracket inside the sentence, "to be continued", a source's
  // credit, a photo's note, a part's number: no writer of the text
  const std::string end = "Bác dạy: “Không có gì quý hơn độc lập, tự do”.";
  CHECK(glued_name_in_brackets("Buổi họp mặt ôn lại lời " + end + " (Hồ Chí Minh)") ==
        std::string::npos);
  CHECK(glued_name_in_brackets("Đoàn đã đến thăm gia đình chính sách tại tỉnh (Hà Giang).") ==
        std::string::npos);
  for (std::string inner :
       {"Còn nữa", "Theo TTXVN", "TTXVN", "Ảnh minh họa", "Kỳ 2", "Nguồn: Báo Hà Giang"})
    CHECK(glued_name_in_brackets("Hội nghị đã thống nhất các nội dung trình Đại hội. (" + inner +
                                 ")") == std::string::npos);
  // the text names the person: its subject, not its writer
  Article a = read_ok(InputFile{
      "a.txt", kTitle +
                   "Sáng ngày 27/3/2024, đồng chí Hà Nguyên, Chủ tịch Hội Cựu TNXP huyện, chủ trì "
                   "buổi họp mặt ôn lại truyền thống của lực lượng thanh niên xung phong.\n\n" +
                   body_glued(" (Hà Nguyên)")});
  CHECK(a.author.empty());
  // the sentence and the bracket come apart only where the bracket stands
  CHECK(glued_name_in_brackets("Buổi họp mặt diễn ra trong không khí thắm tình đồng đội. (Hà "
                               "Nguyên)") != std::string::npos);
}

TEST_CASE("end byline shapes: a name with the writer's unit glued after it signs") {
  for (auto [line, name] : std::vector<std::pair<std::string, std::string>>{
           {"Hồng Mai Trung tâm TT/GDSK", "Hồng Mai"},
           {"Thu Hà Phòng Văn hóa huyện", "Thu Hà"},
           {"Nguyễn Thị Lan Hội Nông dân xã Tân Phú", "Nguyễn Thị Lan"},
           {"Minh Anh Đài TT huyện", "Minh Anh"}})
    for (const std::string& tail : kTails) {
      INFO(line << " / " << tail);
      CHECK(read_page(line, tail).author == name);
    }
  // an office, a unit alone, a name alone, two writers, a sentence's words: nothing to cut
  for (std::string line :
       {"Ban Tuyên giáo Huyện ủy", "Trung tâm Y tế huyện", "Hội Nông dân xã Tân Phú",
        "Nguyễn Văn Trung", "Minh Anh Trung Kiên", "Đồng chí Nguyễn Văn An Trung tâm Y tế",
        "Hồng Mai Trung tâm Y tế huyện tặng quà cho các em."})
    CHECK(name_before_glued_unit(line).empty());
}

TEST_CASE("end byline shapes: a poster's label signs") {
  for (std::string label : {"Đăng bởi: ", "Người đăng: ", "Cập nhật bởi: ", "Viết bởi: "})
    for (const std::string& tail : kTails) {
      INFO(label << " / " << tail);
      CHECK(read_page(label + "Hân Nguyễn", tail).author == "Hân Nguyễn");
    }
  // a sentence that opens with the words is none
  CHECK(read_page("Đăng bởi: các đơn vị trong huyện đã được tổng hợp lại", "").author.empty());
}

TEST_CASE("end byline shapes: a name that reports, 'X đưa tin', signs") {
  // a parish's news signed so (real-eval45/giaophankontum-1), with a page's tail under it
  for (const std::string& tail : kTails) {
    INFO(tail);
    Article a = read_page("Cát Đằng đưa tin", tail);
    CHECK(a.author == "Cát Đằng");
    REQUIRE(!a.blocks.empty());
    CHECK(a.blocks.back().text.ends_with(kLastSentence));
  }
  CHECK(name_before_reporting_verb("Ban Truyền thông đưa tin.") == "Ban Truyền thông");
  // under a writer's label, or closing a table's cell, the verb comes off the name as well
  CHECK(read_page("Tác giả: Cát Đằng đưa tin", "").author == "Cát Đằng");
  CHECK(read_page("Cát Đằng đưa tin |", "").author == "Cát Đằng");
  // a sentence saying who reported names no writer of the text
  CHECK(name_before_reporting_verb("Nhiều báo chí trong nước đã đưa tin").empty());
  CHECK(read_page("Nhiều báo chí trong nước đã đưa tin", "").author.empty());
}

TEST_CASE("end byline shapes: a newsroom's role before a site's handle signs") {
  for (std::string line : {"btv chiminh", "BTV chiminh", "ctv hoanganh86"})
    for (const std::string& tail : kTails) {
      INFO(line << " / " << tail);
      CHECK(read_page(line, tail).author == line);
    }
  CHECK(!is_role_and_handle("pv tổng hợp"));
  CHECK(!is_role_and_handle("ctv ba"));
  CHECK(!is_role_and_handle("btv Minh Anh"));
  CHECK(!is_role_and_handle("chiminh"));
}

TEST_CASE("end byline shapes: a poster's account, given.family, signs") {
  // real-eval48/bvtamtrisaigon-1: "nhung.truong" over "TAG:"
  for (const std::string& tail : kTails) {
    INFO(tail);
    CHECK(read_page("lan.nguyen", tail).author == "lan.nguyen");
  }
  CHECK(read_page("lan.nguyen", "TAG:\ntinnoibat\n").author == "lan.nguyen");
  CHECK(signs_with_account_handle("nhung.truong"));
  CHECK_FALSE(signs_with_account_handle("tamtri.vn"));     // a site's address
  CHECK_FALSE(signs_with_account_handle("index.html"));    // a file's
  CHECK_FALSE(signs_with_account_handle("Nhung.Truong"));  // initials' shape: another rule's
  CHECK_FALSE(signs_with_account_handle("a.b.c"));
}

TEST_CASE("end byline shapes: a link or a widget's label after the text ends the article") {
  // (with no byline above them, a button in Vietnamese, "Đăng nhận xét", and box headings not
  // named as boxes, "Tin mới đăng", still stay: no shape tells them from a closing heading yet)
  for (const std::string& tail : {kTails[0], kTails[2], kTails[3]}) {
    INFO(tail);
    Article a = read_page("", tail);
    CHECK(a.author.empty());
    REQUIRE(!a.blocks.empty());
    CHECK(a.blocks.back().text.ends_with(kLastSentence));
  }
  for (std::string line :
       {"[Trở về]", "[In bài]", "[ Quay lại ]", "QR Code", "image advertisement", "Back to top"})
    CHECK(is_link_or_widget_label(line));
  // a footnote's number, initials, a name, a label in Vietnamese, a foreign section's one word
  for (std::string line :
       {"[1]", "T.H", "KH", "Hà Nguyên", "Tin mới đăng", "Multimedia", "[Ảnh: Minh Anh]"})
    CHECK(!is_link_or_widget_label(line));
  // a source's credit in no Vietnamese, an acronym after a word: they may sign
  CHECK(!is_link_or_widget_label("Theo binhdinh online"));
  CHECK(!is_link_or_widget_label("Tin HCMUS"));
}

TEST_CASE(
    "end byline shapes: a foreign plain name or title-cased initials sign, a control does not") {
  // a person's name in a foreign spelling, a newsroom's acronym and initials typed in title case
  for (std::string line : {"John Smith", "Tin Hcmus", "Tx - P.L.H.Hà", "Anna Maria Berg"})
    CHECK(!is_link_or_widget_label(line));
  for (const std::string& tail : kTails) {
    INFO(tail);
    CHECK(read_page("John Smith", tail).author == "John Smith");
  }
  // a page's controls in title case are no name
  for (std::string line : {"Back To Top", "Read More", "QR Code", "Print Page", "Sign In"})
    CHECK(is_link_or_widget_label(line));
  // a handle in title case after a newsroom's role, as a copy in title case prints it
  CHECK(is_role_and_handle("Btv Chiminh"));
  CHECK(!is_role_and_handle("Btv ChiMinh"));
}
