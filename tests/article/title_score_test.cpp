// The title's choice by title-likeness (article/title_score.h), on small made-up pages: a line
// that plainly is no title (a label, a writer's name in capitals, a banner's file name, a
// logo's address) loses to one that plainly is, and a title in capitals is never taken for
// the text, whatever ends it.
#include "article/title_score.h"

#include <catch2/catch.hpp>
#include <string_view>
#include <vector>

#include "article/broken_title.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ thôn Đông Sơn kết nạp hai đảng viên mới trong dịp đầu xuân";
const std::string kLeadLine =
    "Sáng 12/3, Chi bộ thôn Đông Sơn tổ chức lễ kết nạp đảng viên mới cho hai quần chúng ưu tú "
    "là đoàn viên thanh niên tiêu biểu của thôn trong phong trào xây dựng nông thôn mới.";
const std::string kLead = kLeadLine + "\n\n";
const std::string kBody =
    "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố quyết định kết nạp và giao nhiệm vụ cho "
    "các đảng viên mới tiếp tục rèn luyện, phấn đấu trong thời gian dự bị.\n\n";

}  // namespace

TEST_CASE("title score: lines that plainly are no title") {
  CHECK(plainly_not_title("Hội nông dân:"));      // a label
  CHECK(plainly_not_title("tinbaixaydungdang"));  // a banner's file name, a code
  CHECK(plainly_not_title("anh-le-ket-nap.jpg"));
  CHECK(plainly_not_title("TRANG TIN XÃ https://xa.gov.vn/logo.png"));  // a logo's address
  CHECK(plainly_not_title("Liên hệ: banbientap@xa.gov.vn"));
  CHECK(plainly_not_title("Trang chủ | Giới thiệu | Liên hệ"));  // a bar of links
  CHECK(plainly_not_title("Trang chủ > Tin tức > Xây dựng Đảng"));
  CHECK(plainly_not_title("Thứ Hai, 12/03/2024"));  // a date line
  // a slogan is rated down, not out: a title may open so
  CHECK(names_page_chrome("Nhiệt liệt chào mừng Đại hội Đảng bộ xã lần thứ XV"));
  CHECK(title_score({"Nhiệt liệt chào mừng Đại hội Đảng bộ xã lần thứ XV"}) <
        title_score({kTitle}));
  CHECK(plainly_not_title("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ"));  // a part's heading of the body
  CHECK_FALSE(plainly_not_title(kTitle));
  CHECK_FALSE(plainly_not_title("KẾT NẠP ĐẢNG VIÊN MỚI"));
  CHECK_FALSE(plainly_not_title("Chi bộ thôn Đông Sơn: Kết nạp hai đảng viên mới"));
}

TEST_CASE("title score: a title's shape rates above a sentence's and a tag's") {
  int title = title_score({kTitle});
  CHECK(title > title_score({kLeadLine}));     // body text
  CHECK(title > title_score({"Đông Sơn"}));    // a place tag of two words
  CHECK(title > title_score({kTitle + "."}));  // a sentence's stop
  // a stop does not count against a title in capitals, nor one right over the date line
  CHECK(title_score({"KẾT NẠP HAI ĐẢNG VIÊN MỚI TRONG DỊP ĐẦU XUÂN."}) >= title);
  CHECK(title_score({kTitle + ".", true}) == title);
  CHECK(title_score({kTitle, false, true}) > title);  // printed twice
  CHECK(title_score({"Hội nông dân:"}) == kNotTitle);
  // a writer's name in capitals rates below a short title in capitals
  CHECK(is_writer_line("MINH TÂM"));
  CHECK(title_score({"MINH TÂM"}) < title_score({"KẾT NẠP ĐẢNG VIÊN MỚI"}));
}

TEST_CASE("title score: a title in capitals that ends with a stop is the title, not the text") {
  const std::string caps =
      "HỌC TẬP, QUÁN TRIỆT NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ LẦN THỨ XV, NHIỆM "
      "KỲ 2025 - 2030.";
  Article a = read_text(caps + "\n\n" + kLead + kBody);
  CHECK(a.title == caps);
  CHECK(a.lead == kLeadLine);
  CHECK_FALSE(has_warning(a, "no title line"));
}

TEST_CASE("title score: a label with a colon between the date line and the title is no title") {
  Article a = read_text("Thứ Ba, 12/03/2024\n\nĐoàn thanh niên:\n\n" + kTitle + "\n\n" + kLead +
                        kBody + "MINH TÂM\n");
  CHECK(a.title == kTitle);
  CHECK(a.lead == kLeadLine);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2024-03-12");
}

TEST_CASE("title score: a name in capitals under the title is the writer, not the title") {
  Article a = read_text("10:15, 12/03/2024\n\n" + kTitle + "\n\nMINH TÂM\n\n" + kLead + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.author == "MINH TÂM");
  CHECK(a.topic.empty());
  CHECK(a.lead == kLeadLine);
}

TEST_CASE("title score: a logo's address over the date line leaves the page untitled") {
  Article a = read_text(
      "TRANG TIN XÃ ĐÔNG SƠNhttps://dongson.gov.vn/uploads/logo.png\n"
      "Thứ Ba - 12/03/2024 10:15\n" +
      kLeadLine + "\n" + kBody);
  CHECK(a.title.empty());
  CHECK(has_warning(a, "no title line"));
  CHECK(a.lead == kLeadLine);
  CHECK(all_fields(a).find("logo.png") == std::string::npos);
}

TEST_CASE("title score: a banner's file name under the date line loses to the title") {
  Article a = read_text(
      "Hotline: 0912.345.678\n\nThứ 3, 12/03/2024\n\nbannerdongson\n\nTrang chủ "
      "Tin tức " +
      kTitle + "\n\n" + kTitle + "\n\nanhledongson\n\n" + kLead + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.lead == kLeadLine);  // the photo's file name under the title is no lead
}

TEST_CASE("title score: a title printed again broken over two blocks is read whole") {
  const std::string caps = "ĐẠI HỘI CHI BỘ THÔN ĐÔNG SƠN LẦN THỨ XV NHIỆM KỲ 2025-2030";
  Article a =
      read_text(caps + "\n\nĐẠI HỘI CHI BỘ THÔN ĐÔNG SƠN LẦN\n\nTHỨ XV NHIỆM KỲ 2025-2030\n\n" +
                kLead + kBody + kBody);
  CHECK(a.title == caps);
  CHECK(a.lead == kLeadLine);
}

TEST_CASE("title score: a short scene with a stop under the title is a caption, not the lead") {
  Article a = read_text(kTitle + "\n\nToàn cảnh buổi lễ.\n\n" + kLead + kBody);
  CHECK(a.lead == kLeadLine);
  CHECK(captions_in(a) == 1);
}

TEST_CASE("title score: the whole of a title broken over two blocks") {
  std::vector<std::string_view> lines = {"Trang chủ", "ĐẠI HỘI CHI BỘ LẦN THỨ XV", "ĐẠI HỘI CHI BỘ",
                                         "LẦN THỨ XV"};
  CHECK(whole_of_broken_title(lines, 3) == 1);
  CHECK(whole_of_broken_title(lines, 2) == 2);  // no whole above
}
