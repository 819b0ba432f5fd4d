// Rules that real pages of more unseen sites called for (tests/fixtures/real-eval5/), each on
// a small made-up page: a labelled view counter beside the date, a site's name between the
// page's clock and the date line, a place tag under the title, a slogan above the title, a
// portlet's heading over the title, a writer's position after the byline's dash, and the
// captions of a photo story.
#include <catch2/catch.hpp>

#include "article/photo_story.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Đảng ủy xã Phú Lâm tổng kết công tác xây dựng Đảng năm 2022";
const std::string kLead =
    "Sáng 20/12, Đảng ủy xã Phú Lâm tổ chức hội nghị tổng kết công tác xây dựng Đảng năm "
    "2022, triển khai phương hướng, nhiệm vụ năm 2023 với sự tham dự của các chi bộ.\n\n";
const std::string kBody =
    "Trong năm, Đảng ủy đã lãnh đạo các chi bộ hoàn thành tốt nhiệm vụ chính trị, kết nạp "
    "12 đảng viên mới và nâng cao chất lượng sinh hoạt chi bộ định kỳ hằng tháng.\n\n";

}  // namespace

TEST_CASE("unseen headers: a labelled view counter beside the date is no title") {
  Article a = read_text("Xây dựng Đảng\n\n" + kTitle +
                        "\nNgày đăng 20/12/2022 | 18:00 | View count: 422\n\n" + kLead + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.topic == "Xây dựng Đảng");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2022-12-20");
  CHECK(a.time == "18:00");
  CHECK(all_fields(a).find("View count") == std::string::npos);
  Article vi = read_text(kTitle + "\n\n20/12/2022 | Lượt xem: 1.204\n\n" + kLead + kBody);
  CHECK(vi.title == kTitle);
  // without a colon, a counter's own words before or after the number
  Article after = read_text(kTitle + "\n\n20/12/2022 08:15 | 1.204 lượt xem\n\n" + kLead + kBody);
  CHECK(after.title == kTitle);
  Article before = read_text(kTitle + "\n\n20/12/2022 - Lượt xem 422\n\n" + kLead + kBody);
  CHECK(before.title == kTitle);
  // on a line of its own between the title and the date line
  Article alone = read_text("Tin tức\n\n" + kTitle + "\n\nView count: 422\n\n20/12/2022 08:00\n\n" +
                            kLead + kBody);
  CHECK(alone.title == kTitle);
  CHECK(alone.topic == "Tin tức");
  CHECK(all_fields(alone).find("View count") == std::string::npos);
  Article second = read_text(kTitle + "\n\nLượt xem: 422\n\n20/12/2022\n\n" + kLead + kBody);
  CHECK(second.title == kTitle);
  CHECK(second.topic.empty());
  // a bulleted list of particulars, the counter's words both before and after its number
  Article listed = read_text(
      kTitle + "\n  • Cập nhật: 20/12/2022\n  • Lượt xem: 13460 lượt xem\n\n" + kLead + kBody);
  CHECK(listed.title == kTitle);
  CHECK(listed.lead == kLead.substr(0, kLead.find('\n')));
  CHECK(all_fields(listed).find("Lượt xem") == std::string::npos);
}

TEST_CASE(
    "unseen headers: the site's name between the page's clock and the date line is no title") {
  Article a =
      read_text("Thứ Sáu, 19/7/2024\nBan Tuyên giáo Huyện ủy Tân Phú\nThứ Năm, 8/6/2023 14:46\n\n" +
                kTitle + "\n\n" + kLead + kBody);
  CHECK(a.title == kTitle);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2023-06-08");
  CHECK(a.time == "14:46");
  CHECK(a.lead.rfind("Sáng 20/12", 0) == 0);
  CHECK(all_fields(a).find("Ban Tuyên giáo") == std::string::npos);
}

TEST_CASE("unseen headers: a short paragraph printed twice under the title is a photo's caption") {
  const std::string caption = "Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị.";
  Article a = read_text(kTitle + "\n\n20/12/2022\n\n" + caption + "\n\n" + caption + "\n\n" +
                        kLead + kBody);
  CHECK(a.lead.rfind("Sáng 20/12", 0) == 0);
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == caption);
}

TEST_CASE("unseen headers: a place tag under the title is neither title nor byline") {
  const std::string title = "Đồng Tháp duy trì hơn 1.300 mô hình hay trong học tập và làm theo Bác";
  Article a = read_text("Xây dựng Đảng\n\n" + title + "\n\nĐồng Tháp\n\n" + kLead + kBody);
  CHECK(a.title == title);
  CHECK(a.topic == "Xây dựng Đảng");
  CHECK(a.author.empty());
  CHECK(a.lead.rfind("Sáng 20/12", 0) == 0);
  // A writer's name there, which neither the title nor the lead names, stays the byline.
  Article byline = read_text(title + "\n\n20/12/2022\n\nMinh Anh\n\n" + kLead + kBody);
  CHECK(byline.author == "Minh Anh");
}

TEST_CASE("unseen headers: the writer's position after the byline's dash is not the author") {
  Article a = read_text(kTitle + "\n\n20/12/2022\n\n" + kLead + kBody +
                        "Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng\n");
  CHECK(a.author == "Đỗ Thuần");
  Article comma = read_text(kTitle + "\n\n20/12/2022\n\n" + kLead + kBody +
                            "Lê Hà, Ủy viên Ban Thường vụ Huyện ủy\n");
  CHECK(comma.author == "Lê Hà");
  Article brackets =
      read_text(kTitle + "\n\n20/12/2022\n\n" + kLead + kBody + "Lê Hà (Phó Bí thư Đảng ủy xã)\n");
  CHECK(brackets.author == "Lê Hà");
  Article role = read_text(kTitle + "\n\n20/12/2022\n\n" + kLead + kBody + "Lê Hà (tổng hợp)\n");
  CHECK(role.author == "Lê Hà (tổng hợp)");
  // a second writer or a source after the dash stays
  Article team = read_text(kTitle + "\n\n20/12/2022\n\n" + kLead + kBody + "Kim Tiến – Tấn Hữu\n");
  CHECK(team.author == "Kim Tiến – Tấn Hữu");
}

TEST_CASE("unseen headers: the year's slogan above the title is chrome") {
  const std::string slogan =
      "Chủ đề công tác năm 2022: \"Xã Phú Lâm đoàn kết, đổi mới, phát triển\" - Chào mừng kỷ "
      "niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2022)";
  Article a = read_text(slogan + "\n\n" + kTitle + "\n\n" + kLead + kBody);
  CHECK(a.title == kTitle);
  CHECK(a.topic.empty());
  CHECK(a.lead.rfind("Sáng 20/12", 0) == 0);
  CHECK(all_fields(a).find("Chủ đề công tác") == std::string::npos);
  Article cheer = read_text("Nhiệt liệt chào mừng Đại hội Đảng bộ huyện\n\nXây dựng Đảng\n\n" +
                            kTitle + "\n\n20/12/2022\n\n" + kLead + kBody);
  CHECK(cheer.title == kTitle);
  CHECK(cheer.topic == "Xây dựng Đảng");
}

TEST_CASE("unseen headers: the name of a part of the page over the title is no topic") {
  Article banner = read_text("Banner\n\n" + kTitle + "\n\n13:49, 31/05/2022\n\n" + kLead + kBody);
  CHECK(banner.title == kTitle);
  CHECK(banner.topic.empty());
  Article portlet =
      read_text("Xuất bản thông tin\n\nnull " + kTitle + "\n\nChi tiết bài viết Tin tức\n\n" +
                kTitle + "\n\n" + kLead + kBody);
  CHECK(portlet.title == kTitle);
  CHECK(portlet.topic.empty());
  CHECK(all_fields(portlet).find("Chi tiết") == std::string::npos);
  // nor is the site's own name
  Article paper = read_text("Báo Phú Lâm\n\n" + kTitle + "\n\n20/12/2022\n\n" + kLead + kBody);
  CHECK(paper.title == kTitle);
  CHECK(paper.topic.empty());
  Article portal = read_text("Trang chủ\n\nCổng thông tin điện tử huyện Phú Lâm\n\n" + kTitle +
                             "\n\n" + kLead + kBody);
  CHECK(portal.title == kTitle);
  CHECK(portal.topic.empty());
  Article press = read_text("Báo chí\n\n" + kTitle + "\n\n20/12/2022\n\n" + kLead + kBody);
  CHECK(press.topic == "Báo chí");
  Article masthead =
      read_text("Thứ Ba, 20/12/2022\n\nBÁO PHÚ LÂM\n\n" + kTitle + "\n\n" + kLead + kBody);
  CHECK(masthead.title == kTitle);
  CHECK(masthead.topic.empty());
  // a section's name stays the topic
  Article section =
      read_text("Xây dựng Đảng\n\n" + kTitle + "\n\n13:49, 31/05/2022\n\n" + kLead + kBody);
  CHECK(section.topic == "Xây dựng Đảng");
}

TEST_CASE("unseen headers: the paragraphs after a line that announces the photos are captions") {
  Article a = read_text(
      kTitle + "\n\n20/12/2022\n\n" + kLead + kBody +
      "Một số hình ảnh hội nghị tổng kết công tác xây dựng Đảng năm 2022 của xã Phú Lâm:\n\n"
      "Đội văn nghệ xã chào mừng hội nghị.\n\nCác đại biểu biểu quyết thông qua nghị quyết.\n\n"
      "Toàn cảnh hội trường trong phiên bế mạc\nẢnh: Lê Anh\n");
  std::size_t captions = 0;
  for (const Block& b : a.blocks) captions += b.type == BlockType::Caption ? 1 : 0;
  CHECK(captions == 3);
  CHECK(a.blocks.back().credit == "Lê Anh");
  CHECK(a.author.empty());
  // the photographer's byline between the announcement and the photos
  Article album = read_text(
      "Bên lề hội nghị tổng kết của Đảng ủy xã Phú Lâm (8 hình)\n\n" + kLead +
      "Dưới đây là những hình ảnh phóng viên ghi nhận được bên lề hội nghị.\n\nĐại Dương\n\n"
      "Nghệ sĩ nhiếp ảnh Nguyễn Văn An là một trong hai nghệ sĩ được mời chụp ảnh cho hội nghị.\n");
  CHECK(album.author == "Đại Dương");
  REQUIRE(!album.blocks.empty());
  CHECK(album.blocks.back().type == BlockType::Caption);
}

TEST_CASE("unseen headers: what speaks of a man or of an image in words announces no photos") {
  // "anh" (a man) is no "ảnh" (a photo); "Hình ảnh …" is often figurative
  Article a = read_text(kTitle + "\n\n20/12/2022\n\n" + kLead +
                        "Dưới đây là ý kiến của anh Nguyễn Văn An, Bí thư Chi đoàn thôn Đông.\n\n"
                        "Chúng tôi sẽ tiếp tục học tập và làm theo lời Bác.\n\n" +
                        kBody);
  Article b = read_text(kTitle + "\n\n20/12/2022\n\n" + kLead +
                        "Hình ảnh người đảng viên gương mẫu đã in sâu trong lòng nhân dân.\n\n"
                        "Chúng tôi sẽ tiếp tục học tập và làm theo lời Bác.\n\n" +
                        kBody);
  for (const Article* x : {&a, &b})
    for (const Block& block : x->blocks) CHECK(block.type != BlockType::Caption);
  CHECK(announces_photos("Một số hình ảnh tại hội nghị:"));
  CHECK_FALSE(announces_photos("Dưới đây là ý kiến của anh Nguyễn Văn An."));
  CHECK(is_photo_story_title("Bên lề Đại hội (11 hình)"));
  CHECK_FALSE(is_photo_story_title("Đại hội Đảng bộ tỉnh lần thứ XI (2020 - 2025)"));
}

TEST_CASE("unseen headers: a short line with no stop in a photo story is a caption") {
  Article a =
      read_text("Chùm ảnh: Hội nghị tổng kết công tác xây dựng Đảng xã Phú Lâm\n\n" + kLead +
                "Hội trường Trung tâm văn hóa xã là nơi tổ chức hội nghị\n\n" + kBody);
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].type == BlockType::Caption);
  // outside a photo story, such a line is a subheading
  Article plain = read_text(kTitle + "\n\n" + kLead +
                            "Hội trường Trung tâm văn hóa xã là nơi tổ chức hội nghị\n\n" + kBody);
  REQUIRE(plain.blocks.size() == 2);
  CHECK(plain.blocks[0].type != BlockType::Caption);
}

TEST_CASE("unseen headers: the particulars after the date are neither title nor topic") {
  Article poster =
      read_text("Trang chủ\n\nTin tức\n\n" + kTitle +
                "\n\nNgày đăng: 20/12/2022 | Người đăng: Admin | Lượt xem: 35\n\n" + kLead + kBody);
  CHECK(poster.title == kTitle);
  REQUIRE(poster.date);
  CHECK(poster.date->iso() == "2022-12-20");
  CHECK(all_fields(poster).find("Admin") == std::string::npos);
  Article writer =
      read_text(kTitle + "\n\n20/12/2022 08:00 | Tác giả: Minh Anh\n\n" + kLead + kBody);
  CHECK(writer.title == kTitle);
  CHECK(writer.topic.empty());
  CHECK(writer.author == "Minh Anh");  // "Tác giả: " only says who wrote
}

TEST_CASE("unseen headers: a byline that credits the text and then the photos is the byline") {
  Article a =
      read_text(kTitle + "\n\n20/12/2022\n\n" + kLead + kBody + "Tin: Minh Anh - Ảnh: Thu Hà\n");
  CHECK(a.author == "Minh Anh");  // the text's writer; the photographer is no author
  for (const Block& b : a.blocks) CHECK(b.type != BlockType::Caption);
}

TEST_CASE("unseen headers: a print or share link run into the title is no part of it") {
  Article a = read_text(kTitle + " In trang\n20/12/2022 10:11 SA\n\n" + kLead + kBody);
  CHECK(a.title == kTitle);
  Article b = read_text(kTitle + " Bản in Gửi email\n20/12/2022\n\n" + kLead + kBody);
  CHECK(b.title == kTitle);
  // the same words in lower case are the title's own
  Article c = read_text("Niềm vui được sẻ chia và chia sẻ\n20/12/2022\n\n" + kLead + kBody);
  CHECK(c.title == "Niềm vui được sẻ chia và chia sẻ");
}
