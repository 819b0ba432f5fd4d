// Pages that show no title (article/untitled_page.h), on small made-up pages: the article is
// read untitled, its first paragraph the lead and its byline the author, never shifted.
#include "article/untitled_page.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "article/text_lines.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kSapo =
    "Ngày 5-10, Huyện ủy Tân Phú đã tổ chức hội nghị học tập, quán triệt các chỉ thị, nghị "
    "quyết của Trung ương cho cán bộ chủ chốt của huyện.";
const std::string kBody =
    "Tại hội nghị, các đại biểu đã được quán triệt những nội dung cơ bản của các chỉ thị, "
    "nghị quyết và yêu cầu triển khai sát với thực tiễn của từng địa phương.\n\n";

}  // namespace

TEST_CASE("untitled page: a page that opens with its sapo has no title") {
  Article a = read_ok(InputFile{"a.txt", kSapo + "\n\n" + kBody + kBody + "Minh Khoa\n"});
  CHECK(a.title.empty());
  CHECK(a.lead == kSapo);
  CHECK(a.author == "Minh Khoa");
  CHECK(has_warning(a, "no title line: the article has no title"));
  // the warning tells the clerk how to give it one
  CHECK(has_warning(a,
                    "no title line: the article has no title; to give it one, put the title "
                    "alone on the file's first line"));
  CHECK_FALSE(has_warning(a, "no topic line (kicker): the first line is the title"));
  // one long paragraph and a byline in capitals: the byline stays the author, not the lead
  std::string giant;
  for (int i = 0; i < 5; ++i) giant += kSapo + " ";
  giant.pop_back();
  Article b = read_ok(InputFile{"b.txt", giant + "\n\nTRẦN MINH KHOA\n"});
  CHECK(b.title.empty());
  CHECK(b.lead == giant);
  CHECK(b.author == "TRẦN MINH KHOA");
  // a title-like first line stays the title
  Article c = read_ok(
      InputFile{"c.txt", "Huyện ủy Tân Phú quán triệt nghị quyết\n\n" + kSapo + "\n\n" + kBody});
  CHECK(c.title == "Huyện ủy Tân Phú quán triệt nghị quyết");
  CHECK_FALSE(is_untitled_opening("Huyện ủy Tân Phú quán triệt nghị quyết"));
  CHECK_FALSE(is_untitled_opening("Bài 2: Giữ vững kỷ cương..."));
  CHECK(is_untitled_opening("Ban Chấp hành Hội Phụ nữ huyện khóa mới ra mắt Đại hội."));
}

TEST_CASE("untitled page: a question of a sentence's length may be the title") {
  const std::string q = "“Giải pháp nào để trách nhiệm nêu gương của cán bộ đi vào cuộc sống?”";
  Article a = read_ok(InputFile{"a.txt", q + "\n\n" + kSapo + "\n\n" + kBody});
  CHECK(a.title == q);
  CHECK(a.lead == kSapo);
}

TEST_CASE(
    "untitled page: a title ending in a stop, retold by the paragraph under it, is the title") {
  const std::string title =
      "Chi đoàn ấp Mỹ Lợi tổ chức Lễ kết nạp đoàn viên nhân dịp kỷ niệm ngày thành lập Đoàn.";
  const std::string lead =
      "Trong không khí phấn khởi, ngày 26/3 Chi đoàn ấp Mỹ Lợi tổ chức lễ kết nạp đoàn viên "
      "mới cho 12 thanh niên ưu tú của ấp.";
  Article a = read_ok(InputFile{"a.txt", title + "\n\n" + lead + "\n\n" + kBody + "Minh Khoa\n"});
  CHECK(a.title == title);
  CHECK(a.lead == lead);
  // the first caption of a photo story, among other captions like it, stays the lead
  Article b =
      read_ok(InputFile{"b.txt", title + "\n\n" + lead + "\n\n" + kBody +
                                     "Các đoàn viên mới tuyên thệ tại buổi lễ.\n\n" + kBody});
  CHECK(b.title.empty());
}

TEST_CASE("untitled page: a title opening with a word spelled like a time word is retold") {
  CHECK(is_title_retold_below("Đầu tư 500 tỷ đồng xây dựng cầu mới cho xã Tân Hòa.",
                              "Tỉnh khởi công dự án: đầu tư 500 tỷ đồng xây dựng cầu mới cho xã."));
  CHECK(is_title_retold_below("Tối ưu 3 khâu trong quy trình kết nạp đảng viên mới.",
                              "Huyện ủy chỉ đạo tối ưu 3 khâu trong quy trình kết nạp đảng viên."));
  // a sapo that sets its time first stays one
  CHECK_FALSE(is_title_retold_below("Đầu năm 2024 xã Tân Hòa xây dựng cầu mới cho ấp Mỹ Lợi.",
                                    "Đầu năm 2024 xã Tân Hòa xây dựng cầu mới cho ấp Mỹ Lợi."));
}

TEST_CASE("untitled page: box titles above the sapo ('Tin tức khác') are chrome, no title") {
  // a portal's side boxes printed before an untitled article: their titles are markers
  Article a = read_ok(InputFile{
      "a.txt", "Tin nổi bật\n\nTin tức khác\n\n" + kSapo + "\n" + kBody + kBody + "Minh Khoa\n"});
  CHECK(a.title.empty());
  CHECK(a.lead == kSapo);
  for (const Block& b : a.blocks) CHECK(b.text.find("Tin tức khác") == std::string::npos);
  // the same box title after the body with one sentence after it ends the article there, and
  // the cut is told (review 1, item 9)
  Article b = read_ok(InputFile{"b.txt", "Huyện ủy Tân Phú quán triệt nghị quyết\n\n" + kSapo +
                                             "\n\n" + kBody + "Tin tức khác\n\n" + kBody});
  CHECK(b.title == "Huyện ủy Tân Phú quán triệt nghị quyết");
  CHECK(b.blocks.size() == 1);
  bool told = false;
  for (const std::string& w : b.warnings) told = told || w.find("'Tin tức khác'") != w.npos;
  CHECK(told);
}

TEST_CASE("untitled page: a digest's 'Tin tức khác' with news after it reads on (review 1)") {
  const std::string news =
      "Ngày 6/5, Đảng ủy xã Hòa Bình tổ chức hội nghị sơ kết công tác quý I năm 2020 với sự "
      "tham dự của các bí thư chi bộ.\n\n";
  Article a = read_ok(InputFile{"a.txt", "Huyện ủy Tân Phú quán triệt nghị quyết\n\n" + kSapo +
                                             "\n\n" + kBody + "Tin tức khác\n\n" + news + kBody});
  std::string text;
  for (const Block& b : a.blocks) text += b.text + "\n";
  CHECK(text.find("Ngày 6/5, Đảng ủy xã Hòa Bình") != std::string::npos);
  CHECK(a.blocks.size() == 3);
}

TEST_CASE("untitled page: a name's initials and a title after a dash are no page lines") {
  // "V." is no part number when another initial follows it: the name of the one the title is
  // about, and the line is the title
  Article a = read_ok(
      InputFile{"a.txt", "V. I. Lê Nin bàn về sức mạnh của tổ chức\n\n" + kSapo + "\n\n" + kBody});
  CHECK(a.title == "V. I. Lê Nin bàn về sức mạnh của tổ chức");
  CHECK(a.lead == kSapo);
  // a title the copy set after a dash is no menu item: a menu's items are a few words
  Article b =
      read_ok(InputFile{"b.txt", "- Chào mừng 50 năm Ngày thành lập Huyện ủy Tân Phú anh hùng\n\n" +
                                     kSapo + "\n\n" + kBody});
  CHECK_FALSE(b.title.empty());
  CHECK(b.title.find("Huyện ủy Tân Phú") != std::string::npos);
  CHECK(b.lead == kSapo);
  // a real part heading still opens a copy that left the title out
  CHECK(opens_with_part_number("II. Nội dung của nghị quyết"));
  CHECK_FALSE(opens_with_part_number("V. I. Lê Nin bàn về tổ chức"));
}

TEST_CASE("untitled page: a copy that starts at the article's first part keeps its headings") {
  // the stored text starts inside the article: its first part's heading, a subheading, then
  // the text (the two headings were left out as the page's header chrome)
  Article a =
      read_ok(InputFile{"a.txt",
                        "1. Tư tưởng Hồ Chí Minh về tổ chức cơ sở đảng\n\nVề vai trò của tổ "
                        "chức cơ sở đảng\n\n" +
                            kSapo + "\n\n" + kBody + kBody});
  CHECK(a.title.empty());
  CHECK(a.lead == kSapo);
  REQUIRE(a.blocks.size() >= 2);
  CHECK(a.blocks[0].type == BlockType::Heading);
  CHECK(a.blocks[0].text == "1. Tư tưởng Hồ Chí Minh về tổ chức cơ sở đảng");
  CHECK(a.blocks[1].type == BlockType::Heading);
  CHECK(a.blocks[1].text == "Về vai trò của tổ chức cơ sở đảng");
  CHECK_FALSE(has_warning(a, "site chrome left out"));
}

TEST_CASE("untitled page: a caption in brackets where the title stands, the others alike") {
  const std::string first =
      "(Đồng chí Chủ tịch Hội Liên hiệp Phụ nữ huyện phát biểu khai mạc Hội thi)";
  const std::string second = "(Ban Tổ chức trao cờ lưu niệm cho các đội tham gia dự thi)";
  const std::string lead =
      "Hội thi có sự góp mặt của hơn 200 thành viên đến từ 21 đội là các hội viên, phụ nữ và cán "
      "bộ Hội các cấp cơ sở; các đội thi trải qua hai phần thi kiến thức và năng khiếu.";
  const std::string text = first + "\n" + lead + "\n" + second + "\n" + kBody;
  Article a = read_ok(InputFile{"bai.txt", text});
  CHECK(a.title.empty());
  CHECK(a.lead == lead);
  std::size_t captions = 0;
  for (const Block& b : a.blocks) captions += b.type == BlockType::Caption;
  CHECK(captions == 2);
  CHECK(is_bracketed_whole(first));
  // near-misses: an agency's tag in brackets opens a title; a bracket that closes inside; a
  // title in brackets with no other caption bracketed so stays the title
  CHECK_FALSE(is_bracketed_whole("(TTV) Phát triển Đảng trong đoàn viên thanh niên"));
  CHECK_FALSE(is_bracketed_whole("(Vòng 1) Đại hội Đảng bộ (lần IV)"));
  CHECK_FALSE(is_bracketed_whole("(Ảnh minh họa)"));
  const std::string alone = "(Bài viết hưởng ứng cuộc thi chính luận năm 2024)";
  Article b = read_ok(InputFile{"bai.txt", alone + "\n\n" + kSapo + "\n\n" + kBody});
  CHECK(b.title == alone);
}

TEST_CASE("untitled page: a title that closes on the day it marks, with its stop") {
  const std::string title = "Hội thi văn nghệ quần chúng chào mừng ngày 30 tháng 4 năm 2018.";
  const std::string lead =
      "Nhằm tham gia hoạt động chào mừng các ngày lễ lớn trong năm, Chi đoàn trường tham gia hội "
      "thi văn nghệ do các ngành của huyện phối hợp tổ chức.";
  Article a = read_ok(InputFile{"bai.txt", title + "\n\n" + lead + "\n\n" + kBody});
  CHECK(a.title == title);
  CHECK(a.lead == lead);
  const std::string slashed = "Chi đoàn tổ chức gặp mặt kỷ niệm ngày 26/3/2024.";
  CHECK(read_ok(InputFile{"bai.txt", slashed + "\n\n" + lead + "\n\n" + kBody}).title == slashed);
  // near-misses: a sapo that sets its time first, a people's caption, a sentence that goes on
  // after the day: the page shows no title
  for (std::string opening :
       {std::string(
            "Sáng 30/4, Chi đoàn trường tham gia hội thi chào mừng ngày 30 tháng 4 năm 2018."),
        std::string("Đồng chí Bí thư Huyện đoàn phát biểu tại lễ kỷ niệm ngày 26/3/2024."),
        std::string("Chi đoàn tổ chức gặp mặt kỷ niệm ngày 26/3/2024 tại hội trường xã.")}) {
    INFO(opening);
    Article u = read_ok(InputFile{"bai.txt", opening + "\n\n" + lead + "\n\n" + kBody});
    CHECK(u.title.empty());
  }
}

TEST_CASE("untitled page: a sapo that sets its time after 'Vào' is no title") {
  // "Vào sáng ngày …": the preposition before the time; the sentence closes on a term of
  // office as a title may, but it is the page's first sentence (a school's page shows no title)
  const std::string opening =
      "Vào chiều ngày 12/10/2024, Chi bộ Trường Tiểu học Hòa Bình đã tổ "
      "chức thành công Đại hội Chi bộ nhiệm kỳ 2024 - 2027.";
  Article a = read_ok(InputFile{"bai.txt", opening + "\n\n" + kBody + kBody});
  CHECK(a.title.empty());
  CHECK(a.lead == opening);
  CHECK(
      is_untitled_opening("Vào hồi 15 giờ ngày 3/2/2024, Chi bộ ấp 3 tổ chức Lễ kết nạp đảng "
                          "viên mới cho hai quần chúng ưu tú nhiệm kỳ 2022 - 2025."));
  // a title that opens with "Vào" and names no time stays one
  CHECK_FALSE(is_untitled_opening("Vào cuộc quyết liệt xây dựng Đảng bộ nhiệm kỳ 2020 - 2025."));
}

TEST_CASE("untitled page: a caption that is its credit alone where the title stands") {
  // a page stored from its first photo down: "Ảnh: …", the label first, is the photo's
  Article a = read_ok(InputFile{"bai.txt", "Ảnh: Toàn cảnh buổi lễ\n\n" + kSapo + "\n\n" + kBody});
  CHECK(a.title.empty());
  CHECK(a.lead == kSapo);
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.front().type == BlockType::Caption);
  CHECK(is_untitled_opening("ẢNH: Trần Minh"));
  // a title that names a photo contest or a photo story stays one
  CHECK_FALSE(is_untitled_opening("Triển lãm ảnh: Đảng bộ huyện 90 năm xây dựng và trưởng thành"));
  CHECK_FALSE(is_untitled_opening("Ảnh đẹp về Đại hội Đảng bộ xã Tân Hòa"));
}

TEST_CASE("untitled page: a sentence that tells its act in the past is the sapo, retold or not") {
  // "… vừa ban hành …", "… đã tổ chức …": a report's tense; the paragraph under it goes on
  // with the same words, as a lead's second sentence does
  const std::string opening =
      "Đảng ủy xã Tân Hòa vừa ban hành kế hoạch tiếp công dân định kỳ của đồng chí Bí thư.";
  const std::string next =
      "Theo đó, đồng chí Bí thư sẽ tiếp công dân định kỳ vào ngày 10 hằng "
      "tháng tại trụ sở Đảng ủy xã Tân Hòa.";
  Article a = read_ok(InputFile{"bai.txt", opening + "\n\n" + next + "\n\n" + kBody});
  CHECK(a.title.empty());
  CHECK(a.lead == opening);
  CHECK_FALSE(is_title_retold_below(opening, "Tiếp công dân định kỳ của đồng chí Bí thư"));
  CHECK(
      is_untitled_opening("Chi bộ ấp 3 đã tổ chức thành công Đại hội Chi bộ nhiệm kỳ 2022 - "
                          "2025."));
  // a long line of clauses that tells its act in the past, its stop lost in a glued sentence
  CHECK(is_untitled_opening(
      "Buổi lễ diễn ra trang nghiêm, đúng trình tự của Điều lệ Đảng.Thay mặt Chi bộ, đồng chí "
      "Bí thư đã trao Quyết định kết nạp Đảng cho đồng chí Lê Thị Hoa"));
  CHECK_FALSE(
      is_untitled_opening("Tôn vinh 105 công nhân lao động tiêu biểu đã có thành tích "
                          "xuất sắc trong lao động sản xuất và sáng tạo năm 2024"));
  // "vừa qua" is no tense: the headline keeps its shape
  CHECK(is_title_retold_below(
      "Đại hội Chi bộ ấp 3 nhiệm kỳ vừa qua đạt nhiều kết quả.",
      "Nhìn lại, Đại hội Chi bộ ấp 3 nhiệm kỳ vừa qua đạt nhiều kết quả tốt đẹp."));
}
