// Pages of session 44's shapes (made up, shaped as tests/fixtures/real-eval78/ and
// real-eval79/ pages): a writer with a degree and a unit between the title and the lead, a
// signature set between dashes, a photographer's credit under the header's byline, the offices'
// addresses closing the page, a caption in brackets wrapped over two lines, a caption longer than
// the sentence it retells, and a title printed with its stop over the page's view count.
#include <catch2/catch.hpp>
#include <string>

#include "article/closing_caption.h"
#include "article/end_byline_shapes.h"
#include "article/page_footer.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kTitle = "Công ty ra quân làm thủy lợi phục vụ sản xuất vụ xuân năm 2019\n\n";
constexpr const char* kLead =
    "Thực hiện công văn số 2413/UBND-KT ngày 13/11/2018 của UBND thành phố về việc ra quân làm "
    "thủy lợi phục vụ sản xuất năm 2019, Công ty đã phát động các tổ chức đoàn thể ra quân.\n\n";
constexpr const char* kText =
    "Đợt ra quân lần này Công ty đã huy động hơn 300 lao động ở 16 đơn vị trực thuộc, nạo vét "
    "32.856 m3 kênh mương và phát quang 12.022 m2 bờ kênh.\n\n"
    "Công ty đề nghị các địa phương phối hợp bảo vệ công trình và sử dụng nước tiết kiệm để bảo "
    "đảm nguồn nước cho vụ Hè Thu năm 2019./.\n\n";

}  // namespace

TEST_CASE("a writer with a degree and the unit under the name stand between title and lead") {
  const std::string page =
      "Chuyên gia quốc tế đến thăm và làm việc với Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây "
      "Nguyên\n\nThS. Châu Thị Minh Long\n\n Bộ môn Chăn nuôi và Đồng cỏ  \n\n" +
      std::string(kLead) + kText;
  Article a = read_text(page);
  CHECK(a.title.starts_with("Chuyên gia quốc tế đến thăm"));
  CHECK(a.author == "ThS. Châu Thị Minh Long");
  CHECK(a.topic.empty());
  CHECK(a.lead.starts_with("Thực hiện công văn số 2413"));
  CHECK_FALSE(shows_text(a, "Bộ môn Chăn nuôi"));  // the writer's unit, no text
  // a title-case name with no degree over a line is no byline here: the header reads on
  Article b = read_text(std::string(kTitle) + "Phòng Kỹ thuật\n\n" + kLead + kText);
  CHECK(b.author.empty());
}

TEST_CASE("a signature set between dashes is the byline, and closes a gallery's label") {
  CHECK(between_dashes("-Nguyễn Hoa-") == "Nguyễn Hoa");
  CHECK(between_dashes("- Minh Anh -") == "Minh Anh");
  CHECK(between_dashes("– Thu Hà –") == "Thu Hà");
  CHECK(between_dashes("-- Thu Hà --").empty());  // without_frame's
  CHECK(between_dashes("- - -").empty());
  CHECK(between_dashes("- Tổ 1").empty());  // a list's item closes with no dash
  CHECK(between_dashes("-").empty());
  CHECK(between_dashes("— Lê Hương —") == "Lê Hương");
  // no one signs so (the review's probes): the text's end mark, a place, a source
  CHECK(between_dashes("- Hết -").empty());
  CHECK(between_dashes("- Quảng Ngãi -").empty());
  for (const char* sig : {"-Nguyễn Hoa-", "- Nguyễn Hoa -", "– Nguyễn Hoa –"}) {
    Article a = read_text(std::string(kTitle) + kLead + kText + sig + "\n");
    CHECK(a.author == "Nguyễn Hoa");
    CHECK_FALSE(shows_text(a, "Nguyễn Hoa-"));
  }
  // under a gallery's label whose photos are gone, the side column after the signature is the
  // page's: no captions, the label dropped and told (real-eval78/thuyloi-namhatinh-1's shape)
  Article g = read_text(std::string("DANH MỤC\n\n") + kTitle + kLead + kText +
                        "Một số hình ảnh ra quân lao động của các tổ chức đoàn thể:\n\n"
                        "-Nguyễn Hoa-\n\n\nThêm ý kiến mới\n\n \nTìm kiếm\n\n"
                        "Hình ảnh hoạt động\n\nBộ ban ngành\n");
  CHECK(g.author == "Nguyễn Hoa");
  CHECK(g.topic.empty());  // the side box's heading is chrome
  CHECK(captions_in(g) == 0);
  CHECK_FALSE(shows_text(g, "Một số hình ảnh ra quân"));
  CHECK_FALSE(shows_text(g, "Hình ảnh hoạt động"));
  CHECK(has_warning(g, "dropped a closing photo heading"));
  CHECK(shows_text(g, "Hè Thu năm 2019./."));
  // with captions under the label and no signature, they stay its captions
  Article c = read_text(std::string(kTitle) + kLead + kText +
                        "Một số hình ảnh ra quân lao động của các tổ chức đoàn thể:\n\n"
                        "Đoàn viên thanh niên nạo vét kênh mương tại xã Thạch Hạ\n\n"
                        "Công nhân Công ty phát quang bờ kênh chính Linh Cảm\n");
  CHECK(captions_in(c) == 2);
}

TEST_CASE("a photographer's credit under the header's byline is told, no caption") {
  const std::string title =
      "PTSC Quảng Ngãi chung tay cứu trợ đồng bào lũ lụt tại tỉnh Quảng Ngãi\n\n";
  for (const char* credit : {"Ảnh : Minh Đức", "Ảnh: Minh Đức"}) {
    Article a = read_text(title + "Tin bài: Nguyễn Việt Thạch\n" + credit + "\n\n" + kLead + kText);
    CHECK(a.author == "Nguyễn Việt Thạch");
    CHECK(captions_in(a) == 0);
    CHECK(has_warning(a, "photographer named in the byline, not the author: Minh Đức"));
    CHECK(a.lead.starts_with("Thực hiện công văn số 2413"));
  }
  // a caption under the lead with its credit stays a caption
  Article c = read_text(title + "Tin bài: Nguyễn Việt Thạch\n\n" + kLead +
                        "Công nhân nạo vét kênh mương. Ảnh: Minh Đức\n\n" + kText);
  CHECK(captions_in(c) == 1);
}

TEST_CASE("the offices' names and addresses closing the page are its footer") {
  CHECK(is_postal_address(
      "Lô 4H, đường Tôn Đức Thắng, phường Lê Hồng Phong, thành phố Quảng Ngãi, tỉnh Quảng Ngãi."));
  CHECK(is_postal_address("Xã Bình Thuận, huyện Bình Sơn, tỉnh Quảng Ngãi."));
  CHECK(is_postal_address("Số 12, đường Lê Lợi, phường 1, TP. Đông Hà, tỉnh Quảng Trị"));
  CHECK_FALSE(is_postal_address("Xã Bình Thuận, huyện Bình Sơn"));  // two parts
  CHECK_FALSE(is_postal_address("Đại hội thành công tốt đẹp, các đại biểu ra về, hẹn gặp lại."));
  CHECK_FALSE(is_postal_address("Địa chỉ: Xã Bình Thuận, huyện Bình Sơn, tỉnh Quảng Ngãi."));
  const std::string footer =
      "VĂN PHÒNG TRỤ SỞ CHÍNH\nLô 4H, đường Tôn Đức Thắng, phường Lê Hồng Phong, thành phố Quảng "
      "Ngãi, tỉnh Quảng Ngãi.\n\nNHÀ MÁY CƠ KHÍ PTSC DUNG QUẤT\nXã Bình Thuận, huyện Bình Sơn, "
      "tỉnh Quảng Ngãi.\n\nCẢNG PTSC DUNG QUẤT\nXã Bình Thuận, huyện Bình Sơn, tỉnh Quảng "
      "Ngãi.\n";
  Article a =
      read_text(std::string(kTitle) + "Tin bài: Nguyễn Việt Thạch\n\n" + kLead + kText + footer);
  CHECK(a.author == "Nguyễn Việt Thạch");
  CHECK_FALSE(shows_text(a, "VĂN PHÒNG"));
  CHECK_FALSE(shows_text(a, "Lô 4H"));
  CHECK_FALSE(shows_text(a, "CẢNG PTSC"));
  CHECK(a.blocks.back().text.ends_with("Hè Thu năm 2019./."));
  // one office under the text is where a notice sends its reader, and a run under a line
  // that ends with its colon is what the text points to (the review's probes): both stay
  const std::string hall =
      "KHÁCH SẠN MƯỜNG THANH QUẢNG NGÃI\nSố 2, đường Lê Lợi, phường Nghĩa Chánh, thành phố "
      "Quảng Ngãi.\n";
  Article one = read_text(std::string(kTitle) + kLead + kText + "Địa điểm:\n\n" + hall);
  CHECK(shows_text(one, "Số 2, đường Lê Lợi"));
  Article colon =
      read_text(std::string(kTitle) + kLead + kText + "Ứng viên nộp hồ sơ tại:\n\n" + footer);
  CHECK(shows_text(colon, "Lô 4H"));
  // a writer's name in capitals over where the writer lives still signs
  Article w = read_text(std::string(kTitle) + kLead + kText +
                        "NGUYỄN VĂN HÙNG\nXã Bình Thuận, huyện Bình Sơn, tỉnh Quảng Ngãi.\n");
  CHECK(shows_text(w, "NGUYỄN VĂN HÙNG"));
}

TEST_CASE("a caption in brackets wrapped over two lines is one caption") {
  const std::string caption =
      "(Đồng chí Cao Quốc Hưng, Thứ trưởng Bộ Công thương và đồng chí Vũ Văn Cường, \n"
      "Chủ tịch Hội đồng thành viên Tổng công ty đánh giá nguyên liệu tại Xí nghiệp)\n\n";
  Article a = read_text(std::string(kTitle) + kLead + caption + kText);
  REQUIRE(captions_in(a) == 1);
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption) CHECK(b.text.ends_with("tại Xí nghiệp"));
  // a title opening the note: a state's words "đã", "đang" in it, still a caption
  Article s = read_text(std::string(kTitle) + kLead +
                        "(Đồng chí Giám đốc giới thiệu thành phẩm đã qua chế biến tại Xí "
                        "nghiệp)\n\n" +
                        kText);
  CHECK(captions_in(s) == 1);
  // a note that tells, in brackets, stays the text's
  Article n = read_text(std::string(kTitle) + kLead +
                        "(Đồng chí Giám đốc cho biết Công ty sẽ hoàn thành kế hoạch trong tháng "
                        "12)\n\n" +
                        kText);
  CHECK(captions_in(n) == 0);
  // an aside opened in brackets and not closed on the next line is not joined to it
  Article o =
      read_text(std::string(kTitle) + kLead +
                "(Theo số liệu của Công ty năm 2018,\nCông ty đã nạo vét 30.000 m3.\n\n" + kText);
  CHECK(shows_text(o, "(Theo số liệu của Công ty năm 2018,"));
}

TEST_CASE("a last line that retells the sentence above as a scene is its photo's caption") {
  const std::string before =
      "Đây là năm thứ 3 liên tiếp Công ty vinh dự nhận được Cờ thi đua Thành phố đơn vị dẫn đầu "
      "phong trào thi đua.";
  const std::string line =
      "Giám đốc Nguyễn Văn Trung và Phó Giám đốc Công ty Nguyễn Thế Nhân nhận Cờ thi đua Thành "
      "phố đơn vị dẫn đầu phong trào thi đua năm 2022";
  CHECK(retells_scene_above(line, before));
  CHECK(reads_as_closing_caption(line, before));
  // the text's own last sentence, its stop lost, goes on in words of its own
  CHECK_FALSE(retells_scene_above(
      "Giám đốc Nguyễn Văn Trung cho biết năm tới Công ty tiếp tục phấn đấu giữ vững danh hiệu "
      "đơn vị dẫn đầu",
      before));
  Article a = read_text(std::string(kLead) +
                        "Tại Hội nghị, Ủy ban nhân dân Quận 1 trao tặng Cờ thi đua Thành phố đơn "
                        "vị dẫn đầu phong trào thi đua năm 2022 cho Công ty.\n" +
                        before + "\n" + line + "\nH.N\n");
  CHECK(captions_in(a) == 1);
  CHECK(a.author == "H.N");
  // receiving is an act only where the line retells the scene: a short sentence of the text
  // that says so stays a paragraph (the review's probes)
  Article s =
      read_text(std::string(kTitle) + kLead + "Anh Tuấn nhận bằng khen của UBND tỉnh.\n\n" + kText);
  CHECK(captions_in(s) == 0);
  CHECK(shows_text(s, "Anh Tuấn nhận bằng khen của UBND tỉnh."));
}

TEST_CASE("a title printed with its stop over the page's view count stays the title") {
  const std::string title =
      "Tăng cường vệ sinh môi trường, cảnh quan hướng tới Đại hội Đảng bộ thành phố lần thứ "
      "XXIII.";
  Article a = read_text(title + "\n\n65\n\n" + kLead + kText);
  CHECK(a.title == title);
  CHECK(a.lead.starts_with("Thực hiện công văn số 2413"));
  // with no counter under it, a sentence with its stop over the text is read as before
  Article b = read_text(title + "\n\n" + kLead + kText);
  CHECK(b.title.empty());
  // a number under the first sentence that the next line goes on from is no counter
  const std::string sentence = "Sáng nay, huyện tổ chức lễ ra quân.";
  Article c = read_text(sentence +
                        "\n\n500\n\nđoàn viên thanh niên đã tham gia dọn vệ sinh môi "
                        "trường tại các tuyến đường của thị trấn.\n\n" +
                        kText);
  CHECK(c.title != sentence);
}
