// Pages of session 42's shapes (made up, shaped as tests/fixtures/real-eval74/ and
// real-eval75/ pages): a byline closed by the official mark "./.", a writer's label alone over
// the name at the page's head, a signature block in capitals with no "Đã ký", an office signing
// with its stop, an underscore between a name and its unit, a date with spaced dashes, photo
// captions the text retells in two pieces or that name the souvenir photo, a caption between
// the one-space lines photos left, a closing sentence saying "cũng", a document's name and a
// closing formula where a caption would stand, and a lead printed where the title should be.
#include <catch2/catch.hpp>
#include <string>

#include "article/closing_caption.h"
#include "article/label_over_name.h"
#include "article/reader.h"
#include "fixtures.h"
#include "text/date_line.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kText =
    "Sáng 12/4/2023, Hội Nông dân xã tổ chức lớp tập huấn kỹ thuật chăm sóc cây cà phê cho "
    "hơn 60 hội viên trong xã.\n\n"
    "Tại lớp học, các học viên được hướng dẫn cách bón phân, tưới nước và phòng trừ sâu bệnh "
    "theo quy trình mới của ngành nông nghiệp tỉnh.\n\n";

}  // namespace

TEST_CASE("a byline closed by the official mark ./. names the writer without it") {
  Article a = read_text(std::string(kText) + "Tin và Bài: Phòng Dạy nghề./.\n");
  CHECK(a.author == "Phòng Dạy nghề");
  CHECK_FALSE(shows_text(a, "Tin và Bài"));
  Article n = read_text(std::string(kText) + "Tin: Nguyễn Văn An./.\n");
  CHECK(n.author == "Nguyễn Văn An");
  // a sentence closed by it stays the text's last paragraph
  Article s =
      read_text(std::string(kText) + "Hội Nông dân xã trân trọng cảm ơn các nhà tài trợ./.\n");
  CHECK(s.author.empty());
  CHECK(shows_text(s, "trân trọng cảm ơn các nhà tài trợ./."));
}

TEST_CASE("a writer's label alone over the name at the page's head is the byline") {
  // over the lead, no title shown: the byline, no title
  Article a = read_text(std::string("Tác giả:\nHoàng Lê\n") + kText);
  CHECK(a.author == "Hoàng Lê");
  CHECK(a.title.empty());
  CHECK(a.lead.starts_with("Sáng 12/4/2023"));
  CHECK_FALSE(shows_text(a, "Tác giả"));
  // over the title: the title stays the title
  Article t = read_text(std::string("Tác giả:\nHoàng Lê\nTập huấn chăm sóc cây cà phê\n") + kText);
  CHECK(t.author == "Hoàng Lê");
  CHECK(t.title == "Tập huấn chăm sóc cây cà phê");
  // under the title, on one line or two
  Article u = read_text(std::string("Tập huấn chăm sóc cây cà phê\nTác giả:\nHoàng Lê\n") + kText);
  CHECK(u.author == "Hoàng Lê");
  CHECK(u.title == "Tập huấn chăm sóc cây cà phê");
  CHECK(u.lead.starts_with("Sáng 12/4/2023"));
  // a label over anything but a name stays as it was
  std::vector<Paragraph> paras = {{"Thực hiện:"}, {"Nghị quyết số 12 của Ban Chấp hành"}};
  join_label_over_name(paras, 12);
  CHECK(paras.size() == 2);
  CHECK(is_writer_labelled_byline("Tác giả: Hoàng Lê"));
  CHECK_FALSE(
      is_writer_labelled_byline("Thực hiện: Nghị quyết số 12 của Ban Chấp hành Trung ương"));
  CHECK_FALSE(is_writer_labelled_byline("Tin: Hội nghị tổng kết năm 2023"));
  // a pen name a profile prints, a book's title after a name: no byline
  CHECK_FALSE(is_writer_labelled_byline("Bút danh: Tú Xương"));
  CHECK_FALSE(is_writer_labelled_byline("Tác giả: Hồ Chí Minh - Con người và tư tưởng"));
  CHECK(is_writer_labelled_byline("Người viết: Trần Văn Bình"));
  Article w = read_text(std::string("Người viết: Trần Văn Bình\n") + kText);
  CHECK(w.author == "Trần Văn Bình");
  // the label over a poet's own label or over a province is left alone
  std::vector<Paragraph> poem = {{"Tác giả:"}, {"Thơ: Lê Anh"}, {"Mùa xuân về trên quê hương"}};
  join_label_over_name(poem, 12);
  CHECK(poem.size() == 3);
  std::vector<Paragraph> place = {{"Tin:"}, {"Đắk Lắk"}, {"Hội Nông dân xã tập huấn"}};
  join_label_over_name(place, 12);
  CHECK(place.size() == 3);
}

TEST_CASE("a signature block in capitals over the name signs without a signed mark") {
  const std::string notice =
      "Thông báo lịch nghỉ Tết Nguyên đán năm 2024\n\n"
      "Theo quy định của Bộ luật Lao động, Bệnh viện thông báo lịch nghỉ Tết Nguyên đán năm "
      "2024 như sau:\n\n"
      "1. Nghỉ từ ngày 08/02/2024 đến hết ngày 14/02/2024.\n\n"
      "2. Khoa Cấp cứu trực 24/24 giờ trong những ngày nghỉ Tết.\n\n"
      "Bệnh viện trân trọng thông báo!\n\n";
  Article a = read_text(notice + "GIÁM ĐỐC\n\nLê Văn Nam\n");
  CHECK(a.author == "Lê Văn Nam");
  CHECK_FALSE(shows_text(a, "GIÁM ĐỐC"));
  CHECK(shows_text(a, "Bệnh viện trân trọng thông báo!"));
  Article k = read_text(notice + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Thị Hoa\n");
  CHECK(k.author == "Trần Thị Hoa");
  CHECK_FALSE(shows_text(k, "PHÓ GIÁM ĐỐC"));
  // the page's buttons after the block: the same signer
  Article t = read_text(notice + "GIÁM ĐỐC\n\nLê Văn Nam\n\nGửi cho bạn bè\n\nIn bài viết\n");
  CHECK(t.author == "Lê Văn Nam");
  CHECK_FALSE(shows_text(t, "Gửi cho bạn bè"));
  // a box's title in capitals over a list of headlines signs nothing
  Article b = read_text(notice +
                        "TIN LIÊN QUAN\n\nLê Văn Nam được khen thưởng\n\n"
                        "Bệnh viện tổ chức hội nghị viên chức năm 2024\n");
  CHECK(b.author.empty());
  // a committee's list of posts and members signs nothing
  Article list = read_text(notice +
                           "CHỦ TỊCH\n\nNguyễn Thị Hoa\n\nPHÓ CHỦ TỊCH\n\nLê Văn Bình\n\n"
                           "ỦY VIÊN\n\nTrần Thị Cúc\n");
  CHECK(list.author.empty());
  // a heading in capitals opening with a post, over a closing wish, stays the text's
  Article wish =
      read_text(notice + "HIỆU TRƯỞNG NHÀ TRƯỜNG GỬI LỜI CHÚC\n\nChúc các em thành công!\n");
  CHECK(shows_text(wish, "HIỆU TRƯỞNG NHÀ TRƯỜNG GỬI LỜI CHÚC"));
  CHECK(shows_text(wish, "Chúc các em thành công!"));
  // a post over a photo's caption: no author, the caption kept
  Article photo =
      read_text(notice + "GIÁM ĐỐC\n\nBác sĩ Trần Minh Tuấn phát biểu tại buổi khám bệnh\n");
  CHECK(photo.author.empty());
  CHECK(shows_text(photo, "Bác sĩ Trần Minh Tuấn phát biểu"));
  // the writer's own credit under a quoted official's name: not the official
  Article credit =
      read_text(notice + "GIÁM ĐỐC SỞ NÔNG NGHIỆP\n\nTrần Văn Hà\n\nBài: Quang Minh\n");
  CHECK(credit.author != "Trần Văn Hà");
}

TEST_CASE("an office's name alone with its stop, the text's last line, signs it") {
  Article a =
      read_text(std::string(kText) + "Hội Kiến trúc sư Việt Nam.\n\nBình luận từ Facebook\n");
  CHECK(a.author == "Hội Kiến trúc sư Việt Nam");
  CHECK_FALSE(shows_text(a, "Bình luận từ Facebook"));
  // a short sentence of the text with its stop is no office
  Article s = read_text(std::string(kText) + "Lớp học kết thúc tốt đẹp.\n");
  CHECK(s.author.empty());
  CHECK(shows_text(s, "Lớp học kết thúc tốt đẹp."));
}

TEST_CASE("an underscore between the writer's name and the unit parts them as a dash does") {
  Article a = read_text(std::string(kText) +
                        "Nguyễn Thị Thanh Hằng _ Văn phòng dự án CIRAD\n\nVideo\n\n\n"
                        "Tìm kiếm tài liệu chăn nuôi\n");
  CHECK(a.author == "Nguyễn Thị Thanh Hằng");
  CHECK_FALSE(shows_text(a, "Tìm kiếm tài liệu"));
  // a sentence of the text opening with the same words stays
  Article s =
      read_text(std::string(kText) +
                "Tìm kiếm tài liệu giờ đây chỉ mất vài giây, bạn đọc không phải đến thư viện "
                "như trước.\n");
  CHECK(shows_text(s, "Tìm kiếm tài liệu giờ đây chỉ mất vài giây"));
  CHECK(captions_in(a) == 0);
}

TEST_CASE("a date whose dashes are set apart by spaces is a date line") {
  for (const char* line : {"13 - 05 -2023", "13 - 05 - 2023", "13 – 05 – 2023", "13 / 05 / 2023",
                           "Ngày đăng: 13 - 05 -2023"}) {
    INFO(line);
    auto d = parse_date_line(line);
    REQUIRE(d);
    CHECK(d->date.iso() == "2023-05-13");
  }
  // separators that differ make no date; nor does a score
  CHECK_FALSE(parse_date_line("13 - 05 / 2023"));
  CHECK_FALSE(parse_date_line("Tỷ số 2 - 1"));
  // a span of days ("12 - 15 / 05 / 2023") dates no line by its last day
  Article span = read_text(std::string("Hội chợ nông sản tỉnh năm 2023\n"
                                       "Thời gian: 12 - 15 / 05 / 2023\n\n") +
                           kText);
  CHECK((!span.date || span.date->iso() != "2023-05-15"));
  CHECK(shows_text(span, "Thời gian: 12 - 15 / 05 / 2023"));
  CHECK_FALSE(split_date_line("Thời gian: 12 - 15/05/2023"));
  Article a = read_text(std::string("Ngày đăng: 13 - 05 -2023\n\n") + kText);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2023-05-13");
  CHECK_FALSE(has_warning(a, "no date line"));
}

TEST_CASE("a caption the text retells in two pieces, or naming the souvenir photo, is a caption") {
  Article a = read_text(
      "Trường Cao đẳng Y tế dâng hương tưởng niệm Chủ tịch Hồ Chí Minh\n\n"
      "Sáng ngày 19/5, Trường Cao đẳng Y tế tỉnh cùng 06 trường Đại học, Cao đẳng trong khối "
      "thi đua tổ chức dâng hương, dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh tại Đền thờ Bác.\n\n"
      "Trường Cao đẳng Y tế tỉnh dâng hương cùng 06 trường Đại học, Cao đẳng\n"
      "Tham dự lễ dâng hương về phía nhà trường có đồng chí Phó Bí thư Đảng ủy, Phó Hiệu trưởng "
      "và đồng chí Chủ tịch Công đoàn trường cùng nhiều cán bộ, giảng viên.\n\n"
      "Các trường trong khối thi đua chụp ảnh lưu niệm\n"
      "Trong không khí trang nghiêm, đoàn đại biểu các trường đã thành kính dâng lẵng hoa tươi "
      "thắm và nén tâm nhang lên Bác, bày tỏ lòng biết ơn vô hạn.\n");
  REQUIRE(captions_in(a) == 2);
  // a subheading sharing a few of the lead's words stays one
  Article h = read_text(
      "Huyện tổ chức hội nghị tổng kết công tác năm 2023\n\n"
      "Sáng 5/1, Huyện ủy tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2023 và triển "
      "khai nhiệm vụ năm 2024 với sự tham dự của đông đảo cán bộ chủ chốt.\n\n"
      "Kết quả công tác xây dựng Đảng năm 2023\n"
      "Năm 2023, công tác xây dựng Đảng đạt nhiều kết quả nổi bật, tỷ lệ chi bộ hoàn thành tốt "
      "nhiệm vụ đạt trên 90%, kết nạp 215 đảng viên mới.\n");
  CHECK(captions_in(h) == 0);
  // a part's heading opening with its act, the text retelling it in two pieces, stays a heading
  Article act = read_text(
      "Hội Khuyến học huyện tổng kết năm học 2023 - 2024\n\n"
      "Sáng 20/6/2024, Hội Khuyến học huyện tổ chức tổng kết công tác khuyến học năm học tại "
      "hội trường UBND huyện.\n\n"
      "Trao học bổng cho học sinh vượt khó học giỏi\n"
      "Nhân dịp này, Hội Khuyến học huyện trao học bổng cho 50 em là học sinh vượt khó học giỏi, "
      "mỗi suất trị giá 2 triệu đồng, do các nhà hảo tâm tài trợ.\n");
  CHECK(captions_in(act) == 0);
}

TEST_CASE("a line between two one-space lines photos left is a caption, however long") {
  Article a = read_text(
      "Ngày 8/3/2023, công ty tổ chức kỷ niệm Ngày Quốc tế Phụ nữ tại phòng họp chung của trụ "
      "sở chính\n\n"
      "Ngày 8/3 là Ngày Quốc tế Phụ nữ, dịp để tôn vinh những đóng góp của phụ nữ trong mọi "
      "lĩnh vực của đời sống xã hội.\n\n \n\n"
      "Đại diện ban giám đốc tặng hoa và gửi lời chúc tới toàn thể chị em trong công ty\n\n \n\n"
      "Không khí đầm ấm vui tươi với nhiều tiết mục văn nghệ cùng các trò chơi nhỏ mang lại "
      "nhiều tiếng cười cho mọi người\n\n \n\n"
      "Cũng xin gửi lời cảm ơn tới ban lãnh đạo và anh em trong công ty đã tổ chức một sự kiện "
      "đặc biệt để ngày 8/3 trọn vẹn niềm vui.\n");
  CHECK(captions_in(a) == 2);
  CHECK(shows_text(a, "Cũng xin gửi lời cảm ơn"));
  // a saying in quotation marks set apart so is no caption
  Article q = read_text(
      "Công ty Điện lực tổ chức hội nghị người lao động năm 2024\n\n"
      "Sáng 15/1/2024, Công ty Điện lực tổ chức hội nghị người lao động năm 2024 với sự tham dự "
      "của hơn 200 đại biểu.\n\n \n\n"
      "“Mỗi người lao động phải là một tuyên truyền viên về sử dụng điện an toàn tiết kiệm”\n\n "
      "\n\n"
      "Hội nghị đã thông qua nghị quyết với tỷ lệ đồng thuận cao của người lao động toàn công "
      "ty.\n");
  CHECK(captions_in(q) == 0);
}

TEST_CASE("a closing sentence saying 'cũng' is the text's, no caption") {
  Article a = read_text(std::string(
      "Sáng ngày 2/4/2023, tại phòng trưng bày của Hội đã khai mạc triển lãm ảnh của sinh viên "
      "khoa báo chí, bài thi cuối kỳ của lớp.\n"
      "Đây là lần đầu tiên sinh viên khoa báo chí tổ chức triển lãm ảnh tại Hội. Mỗi em đem "
      "đến triển lãm một bộ ảnh phóng sự, phản ánh chân thực cuộc sống từ trái tim các em.\n"
      "Nhiếp ảnh gia Nguyễn Văn Út và nhà báo Trần Sơn cũng đến tham dự triển lãm.\n"));
  CHECK(captions_in(a) == 0);
  CHECK(shows_text(a, "cũng đến tham dự triển lãm."));
  // with no stop it may still be the last photo's caption
  CHECK(reads_as_closing_caption(
      "Phụ huynh học sinh cũng tham dự buổi lễ",
      "Buổi lễ tri ân diễn ra trong không khí xúc động, các em học sinh dâng hoa cảm ơn thầy cô "
      "đã dìu dắt mình suốt ba năm học."));
}

TEST_CASE("a document's name or a closing formula where a caption would stand is no caption") {
  Article a = read_text(
      "Thực hiện chỉ đạo tại Thông báo số 593/TB-UBND ngày 24/6/2022 của UBND thành phố, Ban "
      "quản lý tạm ngừng hoạt động bơi, lặn biển tại khu vực đảo từ ngày 27/6/2022 cho đến khi "
      "có thông báo mới.\n"
      "THÔNG BÁO V/v tạm ngừng hoạt động bơi, lặn biển tại khu vực đảo\n"
      "Chia sẻ bài viết\n");
  CHECK(captions_in(a) == 0);
  Article c = read_text(
      "Kính gửi: Quý khách hàng sử dụng dịch vụ cấp nước |\n"
      "Công ty cổ phần Nước sạch thông báo tạm ngừng cấp nước từ 06 giờ 00 phút đến 13 giờ 30 "
      "phút để sửa chữa đường ống chính tại nhà máy. |\n"
      "Sau khi sửa chữa xong, Công ty sẽ vận hành cấp nước trở lại ngay, mong Quý khách hàng "
      "thông cảm và chủ động dự trữ nước. |\n"
      "Trân trọng thông báo./. |\n");
  CHECK(captions_in(c) == 0);
  CHECK(shows_text(c, "Trân trọng thông báo./."));
  CHECK_FALSE(shows_text(c, "Trân trọng thông báo./. |"));  // the cell's bar off it
  // the addressees over the notice are no section: no topic, no chapter named "Kính gửi: …"
  CHECK(c.topic.empty());
  CHECK_FALSE(shows_text(c, "Kính gửi"));
}

TEST_CASE("a long sentence where the title would stand, more text under it, is the lead") {
  const std::string list =
      "1. Tại Bảo tàng lịch sử tỉnh: từ ngày 25/10/2018 đến ngày 25/11/2018, Bảo tàng phối hợp "
      "trưng bày chuyên đề về chiến tranh hóa học.\n\n"
      "2. Tại thành phố Cần Thơ: từ ngày 01/11 đến ngày 04/11, Bảo tàng phối hợp với Liên hiệp "
      "các tổ chức hữu nghị trưng bày ảnh.\n";
  Article a = read_text(
      "Từ ngày 25/10/2018 đến ngày 22/12/2018, Bảo tàng sẽ phối hợp với một số đơn vị bạn tổ "
      "chức các cuộc triển lãm lưu động phục vụ công chúng tại các địa điểm cụ thể như sau:\n\n" +
      list);
  CHECK(a.title.empty());
  CHECK(a.lead.starts_with("Từ ngày 25/10/2018"));
  Article b = read_text(
      "Triển lãm tranh của Câu lạc bộ Mỹ thuật người Hoa là hoạt động thường niên để chào mừng "
      "kỷ niệm Cách mạng Tháng Tám và Quốc khánh 2-9 do Hội Mỹ thuật thành phố tổ chức tại nhà "
      "triển lãm của Hội trên đường Hồ Tùng Mậu.\n\n"
      "Triển lãm lần này có sự tham gia của 42 tác giả và 72 tranh thủy mặc, loại hình nghệ "
      "thuật truyền thống mang tính đương đại.\n");
  CHECK(b.title.empty());
  CHECK(b.lead.starts_with("Triển lãm tranh của"));
  // a title printed with its stop, a headline's length, stays the title
  Article t = read_text(
      "Đoàn Thanh niên phường tổ chức Lễ kết nạp đoàn viên nhân dịp kỷ niệm ngày sinh của Bác.\n\n"
      "Trong không khí hân hoan cả nước kỷ niệm ngày sinh của Chủ tịch Hồ Chí Minh, Đoàn phường "
      "tổ chức lễ kết nạp 25 đoàn viên mới.\n\n"
      "Buổi lễ diễn ra trong không khí trang trọng, nghiêm túc và đúng nghi thức.\n");
  CHECK(t.title ==
        "Đoàn Thanh niên phường tổ chức Lễ kết nạp đoàn viên nhân dịp kỷ niệm ngày sinh của Bác.");
  // a long headline asking a question stays the title, whatever its length
  const std::string question =
      "Vì sao nhiều hộ dân ở xã Ea Tu vẫn chưa được cấp giấy chứng nhận quyền sử dụng đất dù đã "
      "sinh sống ổn định trên mảnh đất của mình hơn hai mươi năm nay và đã nhiều lần làm đơn đề "
      "nghị gửi chính quyền các cấp?";
  Article ask =
      read_text(question + "\n\n" +
                "Theo phản ánh của người dân, nhiều hộ đã nộp hồ sơ từ năm 2018 nhưng đến "
                "nay vẫn chưa nhận được giấy chứng nhận.\n");
  CHECK(ask.title == question);
}
