// Pages of session 43's shapes (made up, shaped as tests/fixtures/real-eval76/ and
// real-eval77/ pages): an archive photo's credit ("Ảnh tư liệu: …"), a photo's caption opening
// the page over its text, a bulleted date line with the page's counters and its poster, a
// gallery's label whose photos the text lost, the site's name between dots and colons, and an
// empty tag list's label at the head.
#include <catch2/catch.hpp>
#include <string>

#include "article/caption.h"
#include "article/header_shapes.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kTitle = "Giờ làm việc mùa hè năm 2023\n\n";
constexpr const char* kLead =
    "Theo đó, để phù hợp với thời tiết, khí hậu từng mùa, bắt đầu từ ngày 16 tháng 4 năm 2023 "
    "đến ngày 15 tháng 10 năm 2023, các cơ quan hành chính nhà nước trên địa bàn tỉnh thực hiện "
    "giờ làm việc như sau:\n\n";
constexpr const char* kText =
    "Buổi sáng làm việc từ 7 giờ đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ.\n\n"
    "Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị trên địa bàn tỉnh biết và thực "
    "hiện.\n";
constexpr const char* kCaption = "Trụ sở HĐND, UBND tỉnh Nghệ An. Ảnh tư liệu: Thành Duy\n\n";

}  // namespace

TEST_CASE("an archive photo's credit closes a caption as Ảnh: does") {
  CHECK(caption_of("Trụ sở HĐND, UBND tỉnh Nghệ An. Ảnh tư liệu: Thành Duy") ==
        "Trụ sở HĐND, UBND tỉnh Nghệ An. | Thành Duy");
  CHECK(caption_of("Bác Hồ với thiếu nhi (Ảnh tư liệu)") ==
        "Bác Hồ với thiếu nhi (Ảnh tư liệu) | ");
  CHECK(caption_of("Bác Hồ với thiếu nhi. Ảnh tư liệu - nguồn Internet") != "none");
  // a sentence about archive photos is no caption; the words cut short are none either
  CHECK(caption_of("Ảnh tư liệu về Bác Hồ được trưng bày tại bảo tàng tỉnh.") == "none");
  CHECK(caption_of("Trụ sở tỉnh. Ảnh tư") == "none");
  // the words are the text's far more often than a credit (the review's probes): in small
  // letters, inside a sentence, a list's item, a heading naming no one
  CHECK(caption_of("Sáng 12/5/2023, huyện trưng bày hơn 100 bức ảnh tư liệu.") == "none");
  CHECK(caption_of("Mẹ treo trên vách tấm ảnh tư liệu") == "none");
  CHECK(caption_of("2. Ảnh tư liệu: bản gốc hoặc bản sao có chứng thực.") == "none");
  CHECK(caption_of("Ảnh tư liệu: những khoảnh khắc không quên") == "none");
  CHECK(caption_of("Bác Hồ – Ảnh tư liệu: baotanghochiminh.vn") == "Bác Hồ | baotanghochiminh.vn");
  CHECK(caption_of("Ảnh tư") == "none");
}

TEST_CASE("a photo's caption opening the page is kept as a caption, never the title") {
  CHECK(is_described_photo("Trụ sở HĐND tỉnh Nghệ An. Ảnh: Thành Duy"));
  CHECK(is_described_photo("Đại biểu dự hội nghị tại hội trường. (Ảnh minh họa)"));
  CHECK_FALSE(is_described_photo("Ảnh: Lễ khai giảng năm học mới"));  // a photo story's title
  CHECK_FALSE(is_described_photo("Giờ làm việc mùa hè năm 2023"));
  // titles with the photo word or a credit glued on, no stop before it (the review's probes)
  CHECK_FALSE(is_described_photo("Chùm ảnh: Lễ hội đền Hùng năm 2024"));
  CHECK_FALSE(is_described_photo("Phát động cuộc thi ảnh: Đẹp nhất mùa xuân quê hương"));
  CHECK_FALSE(is_described_photo("Xuân về trên bản Mông - Ảnh: Hoàng Hà"));
  CHECK_FALSE(is_described_photo("Bác Hồ về thăm quê lần thứ nhất năm 1957 (Ảnh tư liệu)"));
  // over an untitled text: no title, the caption, the lead under it, no line lost
  Article a = read_text(std::string(kCaption) + kLead + kText);
  CHECK(a.title.empty());
  CHECK(a.topic.empty());
  CHECK(captions_in(a) == 1);
  CHECK(a.lead.starts_with("Theo đó, để phù hợp"));
  CHECK(shows_text(a, "Buổi sáng làm việc từ 7 giờ"));
  CHECK(shows_text(a, "biết và thực hiện."));
  // over the title: the title stays, the caption is no topic
  Article t = read_text(std::string(kCaption) + kTitle + kLead + kText);
  CHECK(t.title == "Giờ làm việc mùa hè năm 2023");
  CHECK(t.topic.empty());
  CHECK(captions_in(t) == 1);
  CHECK(t.lead.starts_with("Theo đó, để phù hợp"));
  // a title with a credit glued on over its date line stays the title
  Article d =
      read_text(std::string("Huyện Yên Thành tổng kết công tác năm 2022. Ảnh: Quang Minh\n\n") +
                "Thứ Ba, 10/01/2023 - 08:15\n\n" + kLead + kText);
  CHECK(d.title.starts_with("Huyện Yên Thành tổng kết công tác năm 2022"));
  CHECK(d.date == Date{2023, 1, 10});
  Article c = read_text(std::string("Chùm ảnh: Lễ hội đền Hùng năm 2024\n\n") +
                        "Thứ Ba, 16/04/2024 - 08:15\n\n" + kLead + kText);
  CHECK(c.title == "Chùm ảnh: Lễ hội đền Hùng năm 2024");
}

TEST_CASE("a bulleted date line with counters and the poster gives the date") {
  const std::string body =
      "Đoàn trường Đại học Kiên Giang đóng góp thêm 275 đơn vị máu\n\n"
      "Sáng ngày 5/6, Đoàn trường Đại học Kiên Giang tổ chức hiến máu tình nguyện đợt 2 năm "
      "2024.\n\n"
      "Chương trình đã thu hút gần 400 người tham gia hiến máu, thu được 275 đơn vị máu phục vụ "
      "công tác cấp cứu, điều trị bệnh nhân trên địa bàn tỉnh.\n\n";
  const std::string particulars = "  • 06.06.2024 | 1,469 lượt xem | Danh Thế Anh\n\n";
  Article a = read_text("You are here\n\n" + particulars + body + "NHƯ NGỌC\n");
  CHECK(a.date == Date{2024, 6, 6});
  CHECK(a.title == "Đoàn trường Đại học Kiên Giang đóng góp thêm 275 đơn vị máu");
  CHECK(a.topic.empty());         // the poster, whatever the family name, is no section
  CHECK(a.author == "NHƯ NGỌC");  // the writer's byline under the text
  // with no byline under the text: the poster is the site's account as often as the writer
  Article p = read_text(particulars + body);
  CHECK(p.date == Date{2024, 6, 6});
  CHECK(p.topic.empty());
  CHECK(p.author.empty());
  // a section, a place or a button after the particulars is no poster (the review's probes)
  for (const char* rest : {"Thời Sự", "Tin Trong Tỉnh", "Nghệ An", "Bản In", "Hoạt Động Đoàn"}) {
    Article s = read_text(std::string("Ngày đăng: 06/06/2024 | ") + rest + "\n\n" + body);
    CHECK(s.date == Date{2024, 6, 6});
    CHECK(s.author.empty());
  }
  // a bulleted link alone between paragraphs, its date after its title, is still dropped
  Article l = read_text(body + "• Hội nghị tổng kết công tác Đoàn năm 2023 (15/12/2023)\n\n" +
                        "Dự kiến, Đoàn trường sẽ tiếp tục tổ chức hiến máu đợt 3 vào tháng 9 "
                        "năm 2024.\n");
  CHECK_FALSE(shows_text(l, "Hội nghị tổng kết công tác Đoàn"));
  // ... and so is one with its date first and no particulars (the review's probes)
  Article f = read_text(body + "• 06/05/2024 - Ra quân mùa hè xanh\n\n" +
                        "Dự kiến, Đoàn trường sẽ tiếp tục tổ chức hiến máu đợt 3 vào tháng 9 "
                        "năm 2024.\n");
  CHECK_FALSE(shows_text(f, "Ra quân mùa hè xanh"));
}

TEST_CASE("a gallery's label whose photos the text lost is dropped and told") {
  // paragraphs longer than a caption (60 words): short ones under the label would be read as
  // the gallery's captions (photo_story.h mark_photo_story)
  const std::string lead =
      "Chiều 27/11/2019, tại hội trường nhà trường đã diễn ra vòng chung kết cuộc thi Rung "
      "Chuông Vàng dành cho sinh viên toàn trường.\n\n";
  const std::string text =
      "Qua hội thi giúp sinh viên biết gìn giữ và trân trọng truyền thống tôn sư trọng đạo, nâng "
      "cao tinh thần kỷ luật, đoàn kết và thân thiện trong trường học. Bên cạnh đó, cuộc thi giúp "
      "sinh viên rèn luyện các kỹ năng như giao tiếp ứng xử, tư duy logic, giải quyết vấn đề, hợp "
      "tác "
      "chia sẻ và xử lý tình huống; cuộc thi được tổ chức an toàn, nghiêm túc, công bằng và khách "
      "quan.\n\n"
      "Chương trình lần lượt đưa ra các câu hỏi, thí sinh trả lời vào bảng; ai trả lời đúng thì "
      "ở lại sàn thi đấu để trả lời câu tiếp theo. Ban tổ chức đã trao giải nhất cho sinh viên "
      "Nguyễn Phú Sang lớp 19YK1, người rung được chuông vàng. Xin chúc mừng bạn, chúc mừng nhà "
      "trường đã có thêm một hoạt động bổ ích và ý nghĩa cho sinh viên.\n";
  Article a = read_text(lead + "Một số hình ảnh từ hội thi:\n\n" + text);
  CHECK_FALSE(shows_text(a, "Một số hình ảnh từ hội thi"));
  CHECK(has_warning(a, "dropped a photo heading with no photos under it: Một số hình ảnh"));
  CHECK(shows_text(a, "Qua hội thi giúp sinh viên"));
  // over one sentence (a caption's length, a photo's perhaps): kept
  Article c = read_text(lead + "Một số hình ảnh từ hội thi:\n\n" +
                        "Ban tổ chức trao giải nhất cho sinh viên Nguyễn Phú Sang.\n\n" + text);
  CHECK(shows_text(c, "Một số hình ảnh từ hội thi"));
  // without its colon it may head a part: kept
  Article h = read_text(lead + "Một số hình ảnh từ hội thi\n\n" + text);
  CHECK(shows_text(h, "Một số hình ảnh từ hội thi"));
  // a part's heading or the text's own sentence opening with "Hình ảnh": kept
  Article p = read_text(lead + "Hình ảnh người thầy trong tâm trí học trò:\n\n" + text);
  CHECK(shows_text(p, "Hình ảnh người thầy trong tâm trí học trò:"));
  // many such labels: one warning, with their count
  std::string many = lead;
  for (int i = 0; i < 3; ++i) many += "Một số hình ảnh từ hội thi:\n\n" + text + "\n";
  Article m = read_text(many);
  CHECK(has_warning(m, "dropped 3 photo headings with no photos under them, the first: "));
}

TEST_CASE("the site's name between dots and colons and an empty tag label are no topic") {
  CHECK(is_decorated_site_name(".:Trường Đại học Tiền Giang:."));
  CHECK(is_decorated_site_name(".:: Cổng thông tin điện tử huyện Mỹ Đức ::."));
  CHECK(is_decorated_site_name(".:: Trường THCS Lương Yên ::."));
  CHECK_FALSE(is_decorated_site_name("Trường Đại học Tiền Giang"));
  // sections and titles so marked are no site's name (the review's probes)
  CHECK_FALSE(is_decorated_site_name(":: Tin tức - Sự kiện ::"));
  CHECK_FALSE(is_decorated_site_name(".: Tin tức :."));
  CHECK_FALSE(is_decorated_site_name(".:: Triển lãm tài liệu lưu trữ về lịch sử tỉnh ::."));
  CHECK_FALSE(is_decorated_site_name(".: :."));
  CHECK_FALSE(is_decorated_site_name("::"));
  const std::string page =
      "Triển lãm “Tiền Giang – Dấu ấn lịch sử tài liệu lưu trữ”\n\n17-05-2019\n\n"
      "Tối 15/5/2019, tại Quảng trường Trung tâm tỉnh, UBND tỉnh tổ chức khai mạc triển lãm và "
      "trưng bày hiện vật về lịch sử tỉnh Tiền Giang.\n\n"
      "Triển lãm trưng bày trên 300 hình ảnh, bản đồ, tài liệu từ năm 1679 đến nay.\n\nVĨNH SƠN\n";
  Article a = read_text(".:Trường Đại học Tiền Giang:.\n\n\nTag\n\n;\n\nChia sẻ\n\n" + page);
  CHECK(a.topic.empty());
  CHECK(a.title == "Triển lãm “Tiền Giang – Dấu ấn lịch sử tài liệu lưu trữ”");
  CHECK(a.date == Date{2019, 5, 17});
  CHECK(a.author == "VĨNH SƠN");
  CHECK_FALSE(shows_text(a, "Tag"));
}
