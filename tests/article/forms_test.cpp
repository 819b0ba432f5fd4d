// The forms real pages give each part of an article, one by one: bylines, captions, the
// agency prefix of the lead, and the quirks of copied text.
#include <catch2/catch.hpp>

#include "article/byline.h"
#include "article/caption.h"
#include "article/lead_prefix.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

std::string prefix(std::string_view lead) {
  auto p = lead_prefix(lead);
  if (!p) return "none";
  return p->site + " | " + std::string(p->rest);
}

const std::string kHeader =
    "Xây dựng Đảng\n\nChi bộ ấp 3 sinh hoạt chuyên đề\n\nThứ Hai, 04/03/2019\n\n";
const std::string kLead = "Chi bộ ấp 3 vừa tổ chức sinh hoạt chuyên đề về đạo đức cách mạng.\n\n";
const std::string kBody = "Các đảng viên đã thảo luận sôi nổi về những việc cần làm ngay.\n\n";

}  // namespace

TEST_CASE("bylines as real pages sign them") {
  for (const char* yes : {"Tin, ảnh: Vũ Phương Thảo", "Tác giả: Trang Lê", "HỒNG HÀ (Thực hiện)",
                          "Theo Thanh Niên", "Theo Minh Nguyễn/Vcamp.vn", "Nhóm PV",
                          "Nhật Hạ - Phước Tuấn", "Lê Sơn Hà", "Tổng hợp", "Bút danh: Hồng Lam"}) {
    INFO(yes);
    CHECK(looks_like_byline(yes));
  }
  // a photo's credit is never the article's
  CHECK_FALSE(looks_like_byline("Ảnh: Hồng Hà"));
  CHECK_FALSE(looks_like_byline("ẢNH: HỒNG HÀ"));
}

TEST_CASE("a byline that is the last photo's credit too") {
  Article a = read_text(kHeader + kLead + "Đảng viên phát biểu ý kiến. Ảnh: Hồng Hà\n\nHồng Hà\n");
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].credit == "Hồng Hà");
  CHECK(a.author == "Hồng Hà");
  // a credit alone on the last line stays the photo's, and no byline is made of it
  Article b = read_text(kHeader + kLead + "Đảng viên phát biểu ý kiến.\n\nẢnh: Hồng Hà\n");
  REQUIRE(b.blocks.size() == 1);
  CHECK(b.blocks[0].type == BlockType::Caption);
  CHECK(b.blocks[0].credit == "Hồng Hà");
  CHECK(b.author.empty());
}

TEST_CASE("captions as real pages write them") {
  CHECK(caption_of("Quang cảnh hội nghị. Ảnh: Ngọc Nhuận") == "Quang cảnh hội nghị. | Ngọc Nhuận");
  CHECK(caption_of("Quang cảnh hội nghị. Ảnh Trọng Đức.") == "Quang cảnh hội nghị. | Trọng Đức");
  CHECK(caption_of(
            "Ảnh: Sở Tư pháp TP.HCM cung cấp Hình thức nhận dạng các văn bản công chứng giả") ==
        "Hình thức nhận dạng các văn bản công chứng giả | Sở Tư pháp TP.HCM cung cấp");
  CHECK(caption_of("Ông Nguyễn Văn A - bí thư Quận ủy - Ảnh: D.H.") ==
        "Ông Nguyễn Văn A - bí thư Quận ủy | D.H");
  CHECK(caption_of("Người dân quan sát đám cháy - Ảnh: AFP") ==
        "Người dân quan sát đám cháy | AFP");
  // a journal's CMS glues the credit on with an underscore (tapchicongsan.org.vn)
  CHECK(caption_of("Chủ tịch Quốc hội trò chuyện với cử tri tỉnh Quảng Ninh_Ảnh: TTXVN") ==
        "Chủ tịch Quốc hội trò chuyện với cử tri tỉnh Quảng Ninh | TTXVN");
  CHECK(!parse_caption("Xem tệp bao_cao_Ảnh hội nghị").has_value());  // no credit: no caption
  CHECK(caption_of("Hiện trường vụ việc. Ảnh chụp từ clip.") ==
        "Hiện trường vụ việc. Ảnh chụp từ clip. | ");
  CHECK(caption_of("Thứ trưởng phát biểu. (Ảnh: LĐ).") == "Thứ trưởng phát biểu. | LĐ");
  // the bracket that closes the credit is never part of it: a space inside the brackets, the
  // opening one left on the line before
  CHECK(caption_of("Thứ trưởng phát biểu. ( Ảnh: LĐ ).") == "Thứ trưởng phát biểu. | LĐ");
  CHECK(caption_of("Ảnh: LĐ).") == " | LĐ");
  CHECK(caption_of("Hội nghị ở xã Tân Phước. Ảnh: Trung tâm (Huyện) Tân Phước") ==
        "Hội nghị ở xã Tân Phước. | Trung tâm (Huyện) Tân Phước");
  // not captions
  CHECK(caption_of("Bài và ảnh: Thu Hà") == "none");
  CHECK(caption_of("Ảnh hưởng của nghị quyết Hội nghị Trung ương rất lớn") == "none");
  CHECK(caption_of("Những người dân Ở Đây rất Quý Ảnh Bác Hồ") == "none");
}

TEST_CASE("a photo's CMS placeholder and image markers are no text of the article") {
  Article a = read_text(kHeader + kLead + "Chi bộ ấp 3 sinh hoạt chuyên đề - ảnh 1\n\n" +
                        "Đảng viên phát biểu.\n\n" + kBody + "[img]\n\n" + "Bí thư chi bộ.\n\n" +
                        kBody + "Lễ ra mắt chi bộ kiểu mẫu - Ảnh 2.\n\n" +
                        "Chi bộ thống nhất đăng ký làm theo Bác bằng những việc làm cụ thể.\n");
  CHECK(all_fields(a).find("ảnh 1") == std::string::npos);
  CHECK(all_fields(a).find("Ảnh 2") == std::string::npos);
  CHECK(all_fields(a).find("[img]") == std::string::npos);
  REQUIRE(a.blocks.size() == 5);
  CHECK(a.blocks[0].type == BlockType::Caption);    // after the placeholder
  CHECK(a.blocks[2].type == BlockType::Caption);    // after [img]
  CHECK(a.blocks[4].type == BlockType::Paragraph);  // the last one is no caption
  // photos standing together: the caption between two placeholders is one, however short
  // the next photo's caption
  Article b = read_text(kHeader + kLead + kBody + "Chi bộ ấp 3 sinh hoạt chuyên đề - ảnh 2\n" +
                        "Chi bộ ấp 3 tổng kết năm\n" + "Chi bộ ấp 3 sinh hoạt chuyên đề - ảnh 3\n" +
                        "Đảng viên biểu quyết (ảnh Thu Hà)\n\n" + kBody);
  std::size_t captions = 0;
  for (const Block& blk : b.blocks) captions += blk.type == BlockType::Caption ? 1 : 0;
  CHECK(captions == 2);
}

TEST_CASE("the agency prefix of a lead, stripped and kept as the source") {
  CHECK(prefix("(BĐ) - Sáng 25.12, Huyện ủy họp.") == "BĐ | Sáng 25.12, Huyện ủy họp.");
  CHECK(prefix("(binhdinh.gov.vn) - Ngày 20/12, …") == "binhdinh.gov.vn | Ngày 20/12, …");
  CHECK(prefix("(Dân trí) - Thứ trưởng nhấn mạnh …") == "Dân trí | Thứ trưởng nhấn mạnh …");
  CHECK(prefix("(NLĐO) - Chiều 21/12, …") == "NLĐO | Chiều 21/12, …");
  CHECK(prefix("(TNO) Sáng nay, …") == "TNO | Sáng nay, …");
  CHECK(prefix("TTO - Sáng nay 8-12, …") == "TTO | Sáng nay 8-12, …");
  CHECK(prefix("GiadinhNet - Chiều 3/4, …") == "GiadinhNet | Chiều 3/4, …");
  CHECK(prefix("ANTD.VN - Trên các nền tảng …") == "ANTD.VN | Trên các nền tảng …");
  // not prefixes
  CHECK(prefix("(1) Tăng cường công tác kiểm tra.") == "none");
  CHECK(prefix("Sáng nay - như thường lệ - chi bộ họp.") == "none");
  CHECK(prefix("Hà Nội - Thủ đô nghìn năm văn hiến.") == "none");
  CHECK(prefix("(theo báo cáo của Ban Tổ chức Trung ương năm 2019) cho thấy …") == "none");
  CHECK(source_line("Hòa Bình:") == "Hòa Bình");
  CHECK_FALSE(source_line("Kết quả như sau:"));

  Article a = read_text(kHeader + "(TNO) " + kLead + kBody);
  CHECK(a.source.site == "TNO");
  CHECK(a.lead.rfind("Chi bộ ấp 3 vừa tổ chức", 0) == 0);
}

TEST_CASE("copied text: a title printed twice, a doubled paragraph, Ð for Đ, NFC and NFD mixed") {
  // "Ðảng" with U+00D0; "Đảng" decomposed (D with stroke stays, ả as a + U+0309)
  // "Ðảng" with U+00D0; "Nguyễn" with its ễ decomposed (e, U+0302, U+0303)
  std::string text =
      "Xây dựng \xC3\x90"
      "ảng\n\nChi bộ ấp 3 sinh hoạt chuyên đề\n\n"
      "Chi bộ ấp 3 sinh hoạt chuyên đề\n\nThứ Hai, 04/03/2019\n\n" +
      kLead + kBody + kBody + "Nguye\xCC\x82\xCC\x83n Văn An\n";
  Article a = read_text(text);
  CHECK(a.topic == "Xây dựng Đảng");
  CHECK(a.title == "Chi bộ ấp 3 sinh hoạt chuyên đề");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-03-04");
  REQUIRE(a.blocks.size() == 1);  // the body once
  CHECK(a.author == "Nguyễn Văn An");
}

TEST_CASE("lines of page chrome by their shape: bullets, rules, links, a lone bulleted link") {
  Article a = read_text(
      kHeader + kLead + "• • •\n\n----------\n\n» Chi bộ ấp 4 ra mắt mô hình mới\n\n" +
      ">> Tin khác về xây dựng Đảng ở cơ sở\n\n" + kBody +
      "• Đảng bộ xã Long Hòa tổng kết năm\n\n" +
      "Chi bộ thống nhất đăng ký làm theo Bác bằng những việc làm cụ thể.\n\n" + "Văn Tâm\n");
  CHECK(all_fields(a).find("•") == std::string::npos);
  CHECK(all_fields(a).find("---") == std::string::npos);
  CHECK(all_fields(a).find("ra mắt mô hình mới") == std::string::npos);
  CHECK(all_fields(a).find("Tin khác") == std::string::npos);
  CHECK(a.blocks.size() == 2);
  CHECK(a.author == "Văn Tâm");
}

TEST_CASE("comments printed twice after the byline, with no heading over them") {
  Article a = read_text(kHeader + kLead + kBody + "Văn Tâm\n\n" +
                        "Nguyễn Văn Tư: Chúc mừng chi bộ ấp 3!\n"
                        "Nguyễn Văn Tư: Chúc mừng chi bộ ấp 3!\n\n"
                        "Trần Thị Hoa: Mong chi bộ giữ vững phong trào.\n"
                        "Trần Thị Hoa: Mong chi bộ giữ vững phong trào.\n");
  CHECK(a.author == "Văn Tâm");
  CHECK(a.blocks.size() == 1);
  CHECK(all_fields(a).find("Chúc mừng") == std::string::npos);
  CHECK(all_fields(a).find("Mong chi bộ") == std::string::npos);
}

TEST_CASE("captions: the credit after any dash, set apart or glued, with or without its colon") {
  const std::string text = "Trường Chính trị tỉnh Hà Giang";
  for (std::string_view sep : {" - ", "-", " – ", "–", " — ", "—", "_", " "}) {
    CHECK(caption_of(text + std::string(sep) + "Ảnh: baohagiang.vn") == text + " | baohagiang.vn");
    CHECK(caption_of(text + std::string(sep) + "Ảnh: Trọng Đức") == text + " | Trọng Đức");
  }
  // no colon: names, or the address of the site the photo was taken from
  for (std::string_view sep : {" - ", "-", " – ", "–", " — ", "—"}) {
    CHECK(caption_of(text + std::string(sep) + "Ảnh Trọng Đức") == text + " | Trọng Đức");
    CHECK(caption_of(text + std::string(sep) + "Ảnh baohagiang.vn") == text + " | baohagiang.vn");
  }
  CHECK(caption_of("Mùa Xuân biên cương. Ảnh tapchicongsan.vn.") ==
        "Mùa Xuân biên cương. | tapchicongsan.vn");
  CHECK(caption_of("Mùa Xuân biên cương (Ảnh tapchicongsan.org.vn)") ==
        "Mùa Xuân biên cương | tapchicongsan.org.vn");
  // near misses: "ảnh hưởng" after a dash, no address, a word glued to the photo word
  CHECK(!parse_caption("Giá cả tăng-ảnh hưởng đến đời sống người dân").has_value());
  CHECK(!parse_caption("Quang cảnh hội nghị. Ảnh hưởng lớn đến năm 2020").has_value());
  CHECK(!parse_caption("Mùa Xuân biên cương. Ảnh tapchicongsan").has_value());
  CHECK(!parse_caption("Mùa Xuân biên cương. Ảnh tư liệu cũ của gia đình").has_value());
  CHECK(
      !parse_caption("Mùa Xuân biên cương. Ảnh Tapchicongsan.vn và nhiều nguồn khác").has_value());
  CHECK(!parse_caption("Xem tệp bao_cao_Ảnh hội nghị").has_value());
  CHECK(!parse_caption("Bộ sưu tậpẢnh: Hà My").has_value());
}

// A credit alone on its line is a caption (the photo's, its text lost), with its colon or
// without: "Ảnh: Nguyễn Nam", "Ảnh Nguyễn Nam" (real-eval36/ktv-1).
TEST_CASE("captions: a credit alone on its line without its colon") {
  CHECK(caption_of("Ảnh Nguyễn Nam") == " | Nguyễn Nam");
  CHECK(caption_of("Ảnh: Nguyễn Nam") == " | Nguyễn Nam");
  CHECK(caption_of("ẢNH NGUYỄN NAM") == " | NGUYỄN NAM");
  CHECK(caption_of("Ảnh Nguyễn Nam.") == " | Nguyễn Nam");
  CHECK(caption_of("Ảnh TTXVN") == " | TTXVN");
  CHECK(caption_of("Ảnh T.H") == " | T.H");
  CHECK(caption_of("(Ảnh Nguyễn Nam)") == " | Nguyễn Nam");
  // near misses: "ảnh hưởng" (influence) in any case, words that are no names, a long line
  CHECK(!parse_caption("Ảnh hưởng của dịch bệnh").has_value());
  CHECK(!parse_caption("Ảnh Hưởng Của Dịch Bệnh").has_value());
  CHECK(!parse_caption("ẢNH HƯỞNG CỦA DỊCH BỆNH").has_value());
  // "Ảnh tư liệu" (an archive photo) alone names no one: the photo's kind, as "Ảnh minh họa"
  // alone is, a caption with no credit (session 43)
  CHECK(caption_of("Ảnh tư liệu") == "Ảnh tư liệu | ");
  CHECK(!parse_caption("Ảnh Nguyễn Nam chụp tại hội nghị").has_value());
  CHECK(!parse_caption("Ảnh Đại hội Đảng bộ tỉnh lần thứ XV").has_value());
  CHECK(!parse_caption("Ảnh Bác Hồ Trong Trái Tim Nhân Dân Việt Nam").has_value());
}
