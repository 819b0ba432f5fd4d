// Pages of session 35's shapes (made up, shaped as tests/fixtures/real-eval58/trinhtoc-1,
// cucphuongtourism-1, banchiendaub3-1, chilinhquetoi-1, hoangluu-hoanghoa-1): a title in
// capitals glued to the lead; a caption's list of names wrapped after a comma, under a site's
// numbered image name, over "Bài & ảnh:"; a team's byline over a Joomla page's other-news box
// and footer; a liaison board's act among a gallery's captions; a print view's buttons as
// items; a comment box's heading with its count first.
#include <catch2/catch.hpp>
#include <string>

#include "article/back_reference.h"
#include "article/bare_caption.h"
#include "article/capitals_title_glue.h"
#include "article/caption.h"
#include "article/image_lines.h"
#include "article/position_wrap.h"
#include "article/reader.h"
#include "article/scene_caption.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

bool any_block_holds(const Article& a, const std::string& words) {
  for (const Block& b : a.blocks)
    if (b.text.find(words) != std::string::npos) return true;
  return a.lead.find(words) != std::string::npos;
}

}  // namespace

TEST_CASE("a title in capitals glued to the lead is the title, the lead under it") {
  Article a = read_text(
      "HỘI ĐỒNG HỌ NGUYỄN HUYỆN LÀM VIỆC VỚI HỘI ĐỒNG HỌ NGUYỄN XÃ ĐÔNG SƠNNgày 3 tháng 5 năm "
      "2015, đại diện Hội đồng họ Nguyễn huyện gồm các ông Nguyễn Văn Hải, Nguyễn Đức Long đã "
      "đến làm việc với Hội đồng họ Nguyễn xã Đông Sơn.\n\n"
      "Hai bên đã thống nhất việc sưu tầm gia phả, tư liệu và ghi hình các nhà thờ họ trong xã "
      "phục vụ công tác nghiên cứu lịch sử dòng họ.\n");
  CHECK(a.title == "HỘI ĐỒNG HỌ NGUYỄN HUYỆN LÀM VIỆC VỚI HỘI ĐỒNG HỌ NGUYỄN XÃ ĐÔNG SƠN");
  CHECK(a.lead.starts_with("Ngày 3 tháng 5 năm 2015, đại diện"));
  // the seam: a capital, then a capital opening a word in lower case
  CHECK(capitals_title_end("LỄ RA QUÂN TÌNH NGUYỆN HÈ NĂM 2024Sáng nay, đoàn viên các chi đoàn "
                           "ra quân dọn vệ sinh đường làng") ==
        std::string_view("LỄ RA QUÂN TÌNH NGUYỆN HÈ NĂM 2024").size());
  // a short capitals run, a brand's capitals, or too short a lead: no seam
  CHECK_FALSE(capitals_title_end("HỘI NGHỊ CBCCNgày 5/3 đơn vị họp tổng kết công tác năm qua"));
  CHECK_FALSE(capitals_title_end("Thư viện VNPTHà Nội mở cửa từ sáng nay đến hết tuần"));
  CHECK_FALSE(capitals_title_end("LỄ RA QUÂN TÌNH NGUYỆN HÈ NĂM 2024Sáng nay ra quân"));
}

TEST_CASE("a caption's wrapped list of names, a site's numbered image, then 'Bài & ảnh:'") {
  const std::string page =
      "HỘI ĐỒNG HỌ TRẦN TỈNH LÀM VIỆC VỚI HỘI ĐỒNG HỌ TRẦN HUYỆN\n\n"
      "Ngày 1 tháng 4 năm 2014, đại diện Hội đồng họ Trần tỉnh đã làm việc với Hội đồng họ Trần "
      "huyện về việc thu thập gia phả và tư liệu của dòng họ.\n\n"
      "Các vị đại diện đã thống nhất việc triển khai thu thập tài liệu, gia phả và ghi hình các "
      "di tích lịch sử, nhà thờ họ trong các ngày 2/4 và 3/4/2014.\n\n"
      "TT_00512\n\n"
      "Từ trái sang phải : các ông Trần Đăng Thiện, Bùi Văn Tứ, Trần Duy Minh,\n"
      "Trần Huy Thục, Trần Trung\n\n"
      "Bài & ảnh: Bùi Văn Tứ\n\n"
      "There are no comments yet\n\n"
      "Tin khác đã đăng\n";
  Article a = read_text(page);
  CHECK(a.author == "Bùi Văn Tứ");
  REQUIRE(captions_in(a) == 1);
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Caption)
      CHECK(b.text ==
            "Từ trái sang phải : các ông Trần Đăng Thiện, Bùi Văn Tứ, Trần Duy Minh, Trần Huy "
            "Thục, Trần Trung");
  CHECK_FALSE(any_block_holds(a, "TT_00512"));
  CHECK_FALSE(any_block_holds(a, "comments"));
  // the label's own mark is no photo's credit, in any spelling of the label
  CHECK_FALSE(parse_caption("Bài & ảnh: Bùi Văn Tứ"));
  CHECK_FALSE(parse_caption("Tin - ảnh: Bùi Văn Tứ"));
  CHECK(parse_caption("Lãnh đạo huyện trao quà cho các gia đình chính sách. Ảnh: Bùi Văn Tứ"));
  // the names' wrap, and what is no such wrap
  CHECK(continues_name_list("các ông Trần Đăng Thiện, Bùi Văn Tứ, Trần Duy Minh,",
                            "Trần Huy Thục, Trần Trung"));
  CHECK_FALSE(continues_name_list("Quê hương là chùm khế ngọt,", "Cho con trèo hái mỗi ngày"));
  CHECK_FALSE(continues_name_list("Địa chỉ: Trần Duy Minh, Phường Bốn,", "Số 12 Lê Lợi"));
  CHECK(is_photo_file_stem("TT_00512"));
  CHECK_FALSE(is_photo_file_stem("TT_ABC"));
  CHECK_FALSE(is_photo_file_stem("COVID_19"));
}

TEST_CASE("a team's byline over a Joomla page's other-news box and its footer") {
  Article a = read_text(
      "VƯỜN QUỐC GIA TỔ CHỨC HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024\n\n"
      "Ngày 1/7 Vườn quốc gia đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai "
      "nhiệm vụ 6 tháng cuối năm 2024.\n\n"
      "IMG_0349\n\n"
      "Trong 6 tháng đầu năm 2024, Vườn tiếp tục bứt phá trên mọi mặt để đạt được những thành "
      "công mới.\n\n"
      "Tiến Dũng - Phú Cường\n\n"
      "Các tin tức khác\n\n"
      "mod_vvisit_counterThis month178347\n"
      "mod_vvisit_counterLast month361368\n\n"
      "Copyrights ® 2011 by NATIONAL PARK.\n");
  CHECK(a.author == "Tiến Dũng - Phú Cường");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text.ends_with("những thành công mới."));
  CHECK_FALSE(any_block_holds(a, "Copyrights"));
  CHECK_FALSE(any_block_holds(a, "Các tin tức khác"));
}

TEST_CASE("a liaison board's act, with its stop, among a gallery's captions is one") {
  Article a = read_text(
      "GẶP MẶT TRUYỀN THỐNG TRUNG ĐOÀN 24 TẠI HÀ NỘI\n\n"
      "Ngày 8/3/2015 cựu chiến binh trung đoàn 24 tổ chức gặp mặt truyền thống tại Hà Nội, với "
      "các đoàn của nhiều tỉnh về dự.\n\n"
      "Đặc biệt buổi gặp mặt có các đồng chí tướng lĩnh tới dự. Ban liên lạc đã tặng hoa mừng "
      "thọ các đồng chí cao tuổi.\n\n"
      "Đồng chí Nguyễn Đình Thi khai mạc buổi lễ\n\n"
      "BLL tặng hoa mừng thọ trung tướng Nguyễn Quốc Thước, nguyên trung đoàn trưởng, 90 tuổi.\n\n"
      "Trung tướng Tiêu Văn Mẫn trưởng BLL Mặt trận Tây Nguyên, phát biểu\n"
      "Trung tướng Nguyễn Vĩnh Phú, nguyên tư lệnh TCHC phát biểu\n\n"
      "Đồng chí Trần Đình Thi đoàn Hải Phòng tặng hoa chúc mừng\n"
      "Anh em đoàn Thái Bình\n"
      "Đồng đội 40 năm gặp lại nhau\n");
  CHECK(captions_in(a) == 7);
  CHECK(a.author.empty());
}

TEST_CASE("a print view's buttons as items and a comment box's count are no text") {
  Article a = read_text(
      "Chi đoàn Xí nghiệp tổ chức vớt rong bèo, khơi thông dòng chảy trên tuyến kênh T2\n"
      "- Thứ hai - 11/07/2016 12:00\n"
      "- In ra\n"
      "- |Đóng cửa sổ này\n"
      "Ngày 21/6/2016, Ban Thường vụ Thị đoàn chỉ đạo Chi đoàn Xí nghiệp tổ chức ra quân vớt "
      "rong bèo, khơi thông dòng chảy trên tuyến kênh T2.\n\n"
      "Với tinh thần lao động hăng say, các đoàn viên đã hoàn thành các tuyến được giao đảm bảo "
      "khơi thông dòng chảy.\n\n"
      "0 Bình luận\n"
      "Ý kiến bạn đọc\n");
  CHECK(a.lead.starts_with("Ngày 21/6/2016"));
  CHECK_FALSE(any_block_holds(a, "In ra"));
  CHECK_FALSE(any_block_holds(a, "Đóng cửa sổ"));
  CHECK_FALSE(any_block_holds(a, "Bình luận"));
  CHECK(a.blocks.back().text.ends_with("khơi thông dòng chảy."));
  // a Blogger post: its empty tags' label, its comment box counted in lower case
  Article blog = read_text(
      "Thứ Bảy, 25 tháng 7, 2020\n\n"
      "MỪNG CÁC EM THIẾU NHI GIÁO XỨ RƯỚC LỄ LẦN ĐẦU\n\n"
      "Filled under:\n\n"
      "Lúc 7g30 ngày 19-7-2020 tiếng chuông nhà thờ vang xa, chào đón các em thiếu nhi rước lễ "
      "lần đầu trong niềm vui của cả giáo xứ.\n\n"
      "Sau thánh lễ các em chụp hình lưu niệm, và về nhà với cha mẹ trong niềm hạnh phúc.\n\n"
      "0 nhận xét:\n\n"
      "Đăng nhận xét\n");
  CHECK(blog.title == "MỪNG CÁC EM THIẾU NHI GIÁO XỨ RƯỚC LỄ LẦN ĐẦU");
  CHECK_FALSE(any_block_holds(blog, "Filled under"));
  CHECK_FALSE(any_block_holds(blog, "nhận xét"));
  REQUIRE_FALSE(blog.blocks.empty());
  CHECK(blog.blocks.back().text.ends_with("trong niềm hạnh phúc."));
}

TEST_CASE("a name, its position and an act before a camera closing the text sign nothing") {
  Article a = read_text(
      "GẶP MẶT TRUYỀN THỐNG TRUNG ĐOÀN 24 TẠI HÀ NỘI\n\n"
      "Ngày 8/3/2015 cựu chiến binh trung đoàn 24 tổ chức gặp mặt truyền thống tại Hà Nội, với "
      "các đoàn của nhiều tỉnh về dự.\n\n"
      "Buổi gặp mặt diễn ra trong không khí ấm áp, tình cảm của những người đồng đội sau bốn "
      "mươi năm gặp lại nhau.\n\n"
      "Trung tướng Nguyễn Vĩnh Phú, nguyên tư lệnh TCHC phát biểu\n");
  CHECK(a.author.empty());
  CHECK(any_block_holds(a, "Trung tướng Nguyễn Vĩnh Phú"));
  // a writer's name and position with no act still signs
  Article signed_text = read_text(
      "GẶP MẶT TRUYỀN THỐNG TRUNG ĐOÀN 24 TẠI HÀ NỘI\n\n"
      "Ngày 8/3/2015 cựu chiến binh trung đoàn 24 tổ chức gặp mặt truyền thống tại Hà Nội, với "
      "các đoàn của nhiều tỉnh về dự.\n\n"
      "Buổi gặp mặt diễn ra trong không khí ấm áp, tình cảm của những người đồng đội sau bốn "
      "mươi năm gặp lại nhau.\n\n"
      "Nguyễn Văn Hùng, Trưởng ban liên lạc\n");
  CHECK(signed_text.author == "Nguyễn Văn Hùng");
}

TEST_CASE("a sentence opening with the text's connective is the text, whoever it names") {
  Article a = read_text(
      "Tiêu đề bài viết về buổi gặp mặt truyền thống\n\n"
      "Ngày 8/3/2015 cựu chiến binh trung đoàn 24 tổ chức gặp mặt truyền thống tại Hà Nội, với "
      "các đoàn của nhiều tỉnh về dự.\n\n"
      "Đặc biệt buổi gặp mặt có các đồng chí tướng lĩnh tới dự và phát biểu chúc mừng các đồng "
      "chí.\n\n"
      "Buổi gặp mặt diễn ra trong không khí ấm áp, tình cảm của những người đồng đội sau bốn "
      "mươi năm gặp lại nhau.\n");
  CHECK(captions_in(a) == 0);
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].type == BlockType::Paragraph);
  // it points back into the text; the same words with who the photo shows first do not
  CHECK(opens_with_back_reference("Đặc biệt buổi gặp mặt có các đồng chí tướng lĩnh tới dự"));
  CHECK(opens_with_back_reference("Mặt khác, các chi bộ cần chú trọng"));
  CHECK_FALSE(opens_with_back_reference("Các đồng chí tướng lĩnh tới dự và phát biểu"));
  CHECK(describes_photo_scene("Các đồng chí tướng lĩnh tới dự và phát biểu chúc mừng"));
}

TEST_CASE("the title printed again over two lines in capitals is left out, not the lead") {
  Article a = read_text(
      "Giáo Xứ Gia An – Vui Cùng Tuổi Thơ\n"
      "- Thứ sáu - 20/09/2013 08:16\n"
      "- |In ra\n"
      "GIÁO XỨ GIA AN – VUI CÙNG TUỔI\n"
      "THƠ\n"
      "Tối ngày 19/9/2013, lúc 18 giờ cha quản xứ dâng Thánh lễ Tạ ơn và cầu cho các em thiếu "
      "nhi trong giáo xứ nhân ngày Tết Thiếu nhi.\n"
      "Sau giờ lễ, cha quản xứ tổ chức cho các em rước đèn Trung thu quanh khuôn viên nhà thờ.\n");
  CHECK(a.title == "Giáo Xứ Gia An – Vui Cùng Tuổi Thơ");
  CHECK(a.lead.starts_with("Tối ngày 19/9/2013"));
  CHECK_FALSE(any_block_holds(a, "VUI CÙNG TUỔI"));
  CHECK(a.author.empty());  // no byline in capitals either
  CHECK_FALSE(any_block_holds(a, "In ra"));
}

TEST_CASE("what session 35's rules leave alone: lists, a report's heading, brands, units, prose") {
  const std::string title = "Hội thi tìm hiểu lịch sử Đảng bộ xã năm 2024\n\n";
  const std::string lead =
      "Ngày 12/3/2024, Đoàn xã tổ chức hội thi tìm hiểu lịch sử Đảng bộ xã cho đoàn viên, thanh "
      "niên các chi đoàn trên địa bàn.\n\n";
  // a list of the body whose items are a marker's words
  Article list = read_text(title + lead +
                           "Chương trình gồm ba phần:\n- Giới thiệu\n- Chia sẻ\n- Giao lưu\n\n"
                           "Hội thi khép lại trong không khí vui tươi, sôi nổi của các đội.\n");
  CHECK(any_block_holds(list, "Chia sẻ"));
  // a contact block closing an announcement
  Article contact = read_text(title + lead +
                              "Mọi thông tin chi tiết xin liên hệ Ban tổ chức hội thi.\n\n"
                              "- Điện thoại: 0238 3855 123\n- Địa chỉ: UBND xã Quỳnh Lưu\n");
  CHECK(any_block_holds(contact, "0238 3855 123"));
  // a report's heading with no count is the text's
  Article report = read_text(title + lead +
                             "Nhận xét:\n\n"
                             "Các đội đã chuẩn bị chu đáo, nắm vững kiến thức lịch sử của địa "
                             "phương và trình bày tự tin trước ban giám khảo.\n");
  CHECK(any_block_holds(report, "chuẩn bị chu đáo"));
  // a brand in mixed case inside a title in capitals is no seam
  CHECK_FALSE(
      capitals_title_end("LỄ TRAO TẶNG 100 CĂN NHÀ ĐẠI ĐOÀN KẾT DO VPBank TÀI TRỢ CHO CÁC "
                         "HỘ NGHÈO HUYỆN MƯỜNG LÁT"));
  // a writer's unit holding an act's word still signs
  Article unit = read_text(title + lead +
                           "Các đội đã thi đấu sôi nổi, để lại nhiều ấn tượng tốt đẹp cho khán "
                           "giả.\n\nHoàng Lan - Phòng Trưng bày, Bảo tàng tỉnh\n");
  CHECK(unit.author == "Hoàng Lan");
  // things listed in the order they stand are no photo's people
  CHECK_FALSE(
      names_photo_position("Từ trái sang phải, các công trình lần lượt là trụ sở UBND, nhà văn hóa "
                           "và trường mẫu giáo."));
  CHECK(names_photo_position("Từ trái sang phải: các ông Trần Văn An, Lê Văn Bình"));
}
