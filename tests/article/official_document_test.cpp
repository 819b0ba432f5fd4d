// An official document posted as a page (article/official_document.h): a Party cell's notice and
// a Sangha's, their letterheads' two columns flattened into lines (shaped as
// tests/fixtures/real-eval55/phatgiaolongan-1). Made-up documents of those shapes.
#include "article/official_document.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "article/warning_codes.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPartyNotice =
    "ĐẢNG BỘ XÃ HƯNG ĐẠO ĐẢNG CỘNG SẢN VIỆT NAM\n"
    "CHI BỘ THÔN ĐÔNG\n"
    "*\n"
    "Số 12-TB/CB Hưng Đạo, ngày 05 tháng 3 năm 2024\n"
    "THÔNG BÁO\n"
    "Về việc tổ chức sinh hoạt chuyên đề quý I năm 2024\n"
    "Kính gửi:\n"
    "- Các đồng chí đảng viên trong Chi bộ;\n"
    "- Ban công tác Mặt trận thôn.\n"
    "Thực hiện Kế hoạch của Đảng ủy xã về sinh hoạt chuyên đề năm 2024, Chi bộ thôn Đông tổ "
    "chức sinh hoạt chuyên đề quý I với chủ đề học tập và làm theo tư tưởng, đạo đức, phong "
    "cách Hồ Chí Minh về xây dựng Đảng.\n"
    "Thời gian: 19 giờ 30 ngày 15 tháng 3 năm 2024, tại Nhà văn hóa thôn. Đề nghị các đồng chí "
    "đảng viên tham dự đầy đủ, đúng giờ.\n"
    "Nơi nhận: T/M CHI BỘ\n"
    "- Đảng ủy xã (b/c); BÍ THƯ\n"
    "- Đảng viên trong Chi bộ;\n"
    "- Lưu Chi bộ.\n"
    "Nguyễn Văn Hùng\n";

}  // namespace

TEST_CASE("official document: the kind and subject are the title, the signer the author") {
  Article a = read_text(kPartyNotice);
  CHECK(a.title == "THÔNG BÁO Về việc tổ chức sinh hoạt chuyên đề quý I năm 2024");
  REQUIRE(a.date.has_value());
  CHECK(a.date->iso() == "2024-03-05");
  CHECK(a.author == "Nguyễn Văn Hùng");
  CHECK(a.lead.starts_with("Thực hiện Kế hoạch của Đảng ủy xã"));
  // the addressees, the recipients and the signature's roles are in no block, and told
  for (const Block& b : a.blocks) {
    CHECK(b.text.find("Kính gửi") == std::string::npos);
    CHECK(b.text.find("Nơi nhận") == std::string::npos);
    CHECK(b.text.find("BÍ THƯ") == std::string::npos);
  }
  CHECK(a.blocks.back().text.ends_with("đầy đủ, đúng giờ."));
  CHECK(std::any_of(a.warnings.begin(), a.warnings.end(),
                    [](const std::string& w) { return warning_code(w) == "document-frame"; }));
}

TEST_CASE("official document: a Sangha's notice, its signer glued to a recipients' line") {
  const std::string notice =
      "GIÁO HỘI PHẬT GIÁO VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "TỈNH LONG AN Độc lập – Tự do – Hạnh phúc\n"
      "BAN TRỊ SỰ\n"
      "Số :076/TB-BTS Long An, ngày 03 tháng 12 năm 2020\n"
      "THÔNG BÁO\n"
      "Về việc tạm hoãn Hội nghị Sơ kết hoạt động Phật sự giữa nhiệm kỳ\n"
      "và Khóa tập huấn trụ trì năm 2020.\n"
      "Kính gửi:\n"
      "– Ban Trị sự các huyện, thị xã, thành phố;\n"
      "– Tăng Ni trụ trì các tự viện trong tỉnh.\n"
      "Kính thưa quí Ban !\n"
      "Hiện nay, tình hình dịch bệnh đang diễn biến phức tạp; để phòng chống dịch bệnh hiệu quả "
      "và đảm bảo sức khỏe cho mọi người, Ban Thường trực tạm hoãn Hội nghị dự kiến tổ chức.\n"
      "Thời gian tổ chức Hội nghị sẽ có thông báo sau.\n"
      "Trân trọng !\n"
      "Nơi nhận : TM. BAN THƯỜNG TRỰC\n"
      "– Như trên; TRƯỞNG BAN\n"
      "– TB, các Phó TB; ( Đã ký)\n"
      "– UBND, BDV, UBMTTQ, BTG Hòa thượng Thích Minh Thiện\n"
      "– UBND Phường 3;\n"
      "– Lưu: VP,K.\n";
  Article a = read_text(notice);
  CHECK(a.title ==
        "THÔNG BÁO Về việc tạm hoãn Hội nghị Sơ kết hoạt động Phật sự giữa nhiệm kỳ và Khóa "
        "tập huấn trụ trì năm 2020.");
  REQUIRE(a.date.has_value());
  CHECK(a.date->iso() == "2020-12-03");
  CHECK(a.author == "Hòa thượng Thích Minh Thiện");
  CHECK(a.lead.starts_with("Hiện nay, tình hình dịch bệnh"));
  CHECK(a.blocks.back().text == "Trân trọng !");
}

TEST_CASE("official document: no motto or no kind, no document") {
  const std::string sentence =
      "Tối 15/3, Chi bộ thôn Đông tổ chức sinh hoạt chuyên đề quý I năm 2024 với chủ đề học tập "
      "và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.";
  // a news page under a section named in capitals, with no letterhead
  std::vector<Paragraph> news =
      join_paragraphs({"THÔNG BÁO", "", "Chi bộ thôn Đông sinh hoạt chuyên đề", "", sentence});
  CHECK_FALSE(read_document_frame(news).has_value());
  CHECK(news.size() == 3);  // left alone
  // the motto with no kind under it: a page quoting the motto
  std::vector<Paragraph> motto = join_paragraphs(
      {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "Độc lập - Tự do - Hạnh phúc", "", sentence});
  CHECK_FALSE(read_document_frame(motto).has_value());
  CHECK(names_document_kind("NGHỊ QUYẾT"));
  CHECK(names_document_kind("KẾ HOẠCH"));
  CHECK_FALSE(names_document_kind("Thông báo"));  // a section's name in title case
  CHECK_FALSE(names_document_kind("THÔNG BÁO MỚI"));
}

TEST_CASE("signed notice: no letterhead, its role, 'Đã ký' and the signer close it") {
  const std::string notice =
      "Thông báo tạm dừng đón khách tham quan khu trưng bày ngoài trời của Bảo tàng\n\n"
      "Sau nhiều năm phục vụ khách tham quan, ngôi nhà sàn trong khu trưng bày ngoài trời đã "
      "xuống cấp, không bảo đảm an toàn cho công chúng.\n\n"
      "Bảo tàng tạm dừng đón khách tham quan công trình từ ngày 11/9 đến ngày 21/10/2024 để "
      "tu bổ, bảo dưỡng định kỳ.\n\n"
      "Mọi chi tiết xin liên hệ Phòng Hành chính của Bảo tàng, điện thoại 0208.3.855781.\n\n";
  Article a = read_text(notice + "                    GIÁM ĐỐC\n\nĐã ký\n\nNguyễn Thị Ngân\n");
  CHECK(a.author == "Nguyễn Thị Ngân");
  CHECK(a.blocks.back().text.starts_with("Mọi chi tiết xin liên hệ"));
  for (const Block& b : a.blocks) CHECK(b.text.find("GIÁM ĐỐC") == std::string::npos);
  CHECK(std::any_of(a.warnings.begin(), a.warnings.end(),
                    [](const std::string& w) { return warning_code(w) == "document-frame"; }));
  // two lines of role, the mark in brackets
  Article deputy = read_text(notice + "KT. GIÁM ĐỐC\n\nPHÓ GIÁM ĐỐC\n\n(Đã ký)\n\nTrần Văn Bình\n");
  CHECK(deputy.author == "Trần Văn Bình");
  for (const Block& b : deputy.blocks) CHECK(b.text.find("GIÁM ĐỐC") == std::string::npos);
  // no mark where the signature stood: a signer's post over the name is the block all the
  // same (session 42, real-eval75/dananghospital-1); a line in capitals naming no post over
  // a name, or no role over the mark, leave the text alone
  Article unmarked = read_text(notice + "GIÁM ĐỐC\n\nNguyễn Thị Ngân\n");
  CHECK(unmarked.author == "Nguyễn Thị Ngân");
  for (const Block& b : unmarked.blocks) CHECK(b.text.find("GIÁM ĐỐC") == std::string::npos);
  Article postless = read_text(notice + "BAN TỔ CHỨC\n\nNguyễn Thị Ngân\n");
  CHECK(std::none_of(postless.warnings.begin(), postless.warnings.end(),
                     [](const std::string& w) { return warning_code(w) == "document-frame"; }));
  Article roleless = read_text(notice + "Đã ký\n\nNguyễn Thị Ngân\n");
  CHECK(std::none_of(roleless.warnings.begin(), roleless.warnings.end(),
                     [](const std::string& w) { return warning_code(w) == "document-frame"; }));
}
