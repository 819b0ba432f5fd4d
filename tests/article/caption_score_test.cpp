// Captions told by a score of their shape and place (article/caption_score.h), line by line
// and on small made-up pages: who the photo shows, short between longer paragraphs, without
// their stop; and the paragraphs of the same shape that stay paragraphs.
#include "article/caption_score.h"

#include <catch2/catch.hpp>

#include "article/office_byline.h"
#include "article/reader.h"
#include "article/scene_caption.h"
#include "article/wrapped_line.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Hội Cựu chiến binh xã Tân Hòa tổng kết công tác năm";
const std::string kLead =
    "Sáng 12/1, Hội Cựu chiến binh xã Tân Hòa tổ chức hội nghị tổng kết công tác hội năm qua "
    "và triển khai nhiệm vụ năm mới, với sự tham dự của đông đảo hội viên các chi hội.";
const std::string kBody =
    "Trong năm qua, Hội đã vận động hội viên giúp nhau phát triển kinh tế, xây dựng được nhiều "
    "mô hình sản xuất hiệu quả, góp phần giữ vững an ninh trật tự ở địa phương.";
const std::string kBody2 =
    "Năm tới, Hội phấn đấu không còn hội viên thuộc hộ nghèo, tiếp tục tham gia xây dựng nông "
    "thôn mới kiểu mẫu và chăm lo đời sống của các gia đình chính sách trên địa bàn.";

}  // namespace

TEST_CASE("caption score: who the photo shows, short between longer paragraphs") {
  // a rank and a name, no stop where the paragraphs stop
  CHECK(reads_as_caption(
      "Thượng tá Lê Văn Hòa, Chính trị viên Ban Chỉ huy Quân sự huyện nói chuyện với hội viên",
      kLead, kBody));
  // a group at the event; a movement's name in quotes holds a reasoning word
  CHECK(reads_as_caption(
      "Tập thể tiêu biểu trong phong trào \"vì người nghèo\" tại hội nghị tổng kết", kLead, kBody));
  // a whole sentence with a stop and an act before a camera; a paper's `Ð` (U+00D0) for `Đ`
  CHECK(reads_as_caption("\xC3\x90ại diện các chi hội trao quà cho hội viên khó khăn.", kLead,
                         kBody));
}

TEST_CASE("caption score: a short body sentence opening with a person or a group stays body") {
  // Found in review: each short, between longer paragraphs, with its stop and no act before
  // a camera; the opening alone is no caption's cue.
  for (const char* body :
       {"Bà con trong thôn rất phấn khởi.", "Ông Hải năm nay 70 tuổi, có 45 năm tuổi Đảng.",
        "Lãnh đạo xã luôn sâu sát với cơ sở.", "Học sinh Trường THCS Tân Hòa hưởng ứng phong trào.",
        "Chiến sĩ Nguyễn Văn Tú quê ở Tân Hòa."})
    CHECK_FALSE(reads_as_caption(body, kLead, kBody));
  // an event's name with no stop and no act heads a part
  CHECK_FALSE(reads_as_caption("Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030", kLead, kBody));
}

TEST_CASE("caption score: a paragraph of the same shape stays a paragraph") {
  // no one shown opens it
  CHECK_FALSE(
      reads_as_caption("Nhiều mô hình kinh tế của hội viên cho thu nhập ổn định", kLead, kBody));
  // the time opens it, as the body's sentences open
  CHECK_FALSE(reads_as_caption("Sáng cùng ngày, đại biểu thăm mô hình trồng cam.", kLead, kBody));
  // reasoning
  CHECK_FALSE(reads_as_caption("Đại biểu cho rằng phong trào đã đi vào chiều sâu.", kLead, kBody));
  // two clauses joined by a comma
  CHECK_FALSE(reads_as_caption("Ông Hải 70 tuổi, còn bà Lan 68 tuổi.", kLead, kBody));
  // as long as the text after it
  CHECK_FALSE(reads_as_caption("Đại biểu dự hội nghị tổng kết công tác Hội năm qua của xã", kLead,
                               "Hội viên đồng tình với báo cáo."));
  // no body text after it
  CHECK_FALSE(reads_as_caption("Đại tá Lê Văn Hòa phát biểu tại hội nghị", kLead, ""));
  // a question
  CHECK_FALSE(reads_as_caption("Đại biểu hỏi gì tại hội nghị?", kLead, kBody));
}

TEST_CASE("caption score: on a page, the caption between paragraphs and the gallery's above") {
  Article a = read_ok(InputFile{"trang.txt", kTitle + "\n\n" + kLead + "\n\n" +
                                                 "Thượng tá Lê Văn Hòa, Chính trị viên Ban Chỉ huy "
                                                 "Quân sự huyện nói chuyện với hội viên\n\n" +
                                                 kBody + "\n\n" + kBody2 + "\n"});
  CHECK(captions_in(a) == 1);
  CHECK(a.lead.starts_with("Sáng 12/1"));
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[1].text == kBody);
  // a gallery's caption with no stop above a long body (under the page's view count): the lead
  // is the paragraph under it (over short ones, the photos' captions: photo_story.h)
  Article b = read_ok(
      InputFile{"trang.txt",
                "Hoàn thành hội nghị tổng kết ở các chi hội, tiếp tục tổng kết công tác Hội cấp xã"
                "\n\nLượt xem: 57\n\n"
                "Một số hình ảnh hội nghị tổng kết công tác Hội năm qua\n\n" +
                    kLead + " " + kBody + "\n\n" + kBody2 + "\n"});
  CHECK(captions_in(b) == 1);
  CHECK(b.lead.starts_with("Sáng 12/1"));
}

TEST_CASE("wrapped line: a caption wrapped after 'tại' is one caption, never lost") {
  // both halves short and title-like, as related links' titles after the lead are (a lead as
  // long as the real ones: lines of one width would read as a text browser's wrapping)
  const std::string kLeadMore =
      " Hội nghị cũng biểu dương nhiều tập thể và cá nhân có thành tích xuất sắc trong phong "
      "trào thi đua của Hội ở các chi hội trong xã.";
  Article a = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + kLeadMore +
                       "\nQuang cảnh hội nghị tổng kết của Hội Cựu chiến binh xã Tân Hòa tại\n"
                       "Nhà văn hóa thôn Bắc, xã Tân Hòa ngày 12/01/2024\n" +
                       kBody + "\n" + kBody2 + "\n"});
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[0].text ==
        "Quang cảnh hội nghị tổng kết của Hội Cựu chiến binh xã Tân Hòa tại Nhà văn hóa thôn "
        "Bắc, xã Tân Hòa ngày 12/01/2024");
  // a menu's items ending on an adverb stay apart
  std::vector<Paragraph> menu = {{"Quay lại"}, {"Lên trên"}, {"Trang chủ"}};
  join_wrapped_lines(menu);
  CHECK(menu.size() == 3);
}

TEST_CASE("title date: a date in brackets behind the title is the page's date") {
  Article a =
      read_ok(InputFile{"trang.txt", kTitle + " (12/01/2024)\n\n" + kLead + "\n\n" + kBody + "\n"});
  CHECK(a.title == kTitle);
  REQUIRE(a.date.has_value());
  CHECK(a.date->year == 2024);
  // an anniversary's span stays in the title, and gives no date
  const std::string span = "Kỷ niệm ngày thành lập Hội Cựu chiến binh (06/12/1989 - 06/12/2024)";
  Article b = read_ok(InputFile{"trang.txt", span + "\n\n" + kLead + "\n\n" + kBody + "\n"});
  CHECK(b.title == span);
  CHECK_FALSE(b.date.has_value());
}

TEST_CASE("office byline: an office alone on the last line signs the article") {
  CHECK(signs_as_office("Ban Tổ chức"));
  CHECK(signs_as_office("Văn phòng Huyện ủy"));
  CHECK_FALSE(signs_as_office("Ban hành nghị quyết mới"));
  CHECK_FALSE(signs_as_office("Ban Tổ chức, Ban Tuyên giáo"));
  CHECK_FALSE(signs_as_office("BAN TỔ CHỨC"));
  Article a = read_ok(
      InputFile{"trang.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\nBan Tổ chức\n"});
  CHECK(a.author == "Ban Tổ chức");
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text == kBody);
}

TEST_CASE("caption score: signing a pledge and answering the floor are acts before a camera") {
  // whole sentences with their stop, as the paragraphs around them: the act is the cue
  CHECK(shows_photo_act("Các chi hội ký cam kết thi đua."));
  CHECK(shows_photo_act("Hai đơn vị ký giao ước thi đua năm 2025."));
  CHECK(shows_photo_act("Đại diện hai xã ký thỏa thuận hợp tác."));
  CHECK(shows_photo_act("Đồng chí Bí thư giải đáp ý kiến của hội viên."));
  CHECK(reads_as_caption("Đại diện 6 chi hội ký cam kết thực hiện phong trào thi đua năm mới.",
                         kLead, kBody));
  CHECK(reads_as_caption("Đại tá Lê Văn Hòa, Chính ủy Sư đoàn giải đáp các ý kiến của hội viên.",
                         kLead, kBody));
  // a talk about signing, with reasoning, stays body
  CHECK_FALSE(reads_as_caption("Đại diện các chi hội đã ký cam kết từ đầu năm.", kLead, kBody));
}

TEST_CASE("wrapped line: a caption broken by a blank line goes on in lower case") {
  Article a = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + "\n\n" +
                       "Đồng chí Trần Văn Bình - Chủ tịch Hội Cựu chiến binh huyện Tân Phú\n\n"
                       "phát biểu chỉ đạo hội nghị\n\n" +
                       kBody + "\n\n" + kBody2 + "\n"});
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[0].text ==
        "Đồng chí Trần Văn Bình - Chủ tịch Hội Cựu chiến binh huyện Tân Phú phát biểu chỉ đạo "
        "hội nghị");
  CHECK(a.blocks[1].text == kBody);
  // a second half that is a sentence of its own, or a caption that ends with its stop, stays
  CHECK_FALSE(continues_caption("Quang cảnh hội nghị", "tiếp theo. Hội nghị đã bế mạc"));
  CHECK_FALSE(continues_caption("Quang cảnh hội nghị.", "phát biểu chỉ đạo hội nghị"));
  CHECK(continues_caption("Đồng chí Trần Văn Bình", "phát biểu chỉ đạo hội nghị"));
}

TEST_CASE("caption score: Party members, a presidium, a teacher and plural groups are shown") {
  CHECK(reads_as_caption("Đảng viên mới tuyên thệ dưới cờ Đảng", kLead, kBody));
  CHECK(reads_as_caption("Các đảng viên biểu quyết thông qua nghị quyết", kLead, kBody));
  CHECK(reads_as_caption("Đoàn chủ tịch điều hành hội nghị tổng kết", kLead, kBody));
  CHECK(reads_as_caption("Thầy Lê Văn Tâm trao giấy khen cho học sinh giỏi.", kLead, kBody));
  // closing the text, under its last sentence: two rows of photos, each with its caption
  Article a = read_ok(InputFile{
      "trang.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" +
                       "Các tập thể được khen thưởng tại hội nghị\n\nCác cá nhân được khen "
                       "thưởng tại hội nghị\n"});
  CHECK(captions_in(a) == 2);
  // a body sentence opening with the members stays body: no act, a stop
  CHECK_FALSE(reads_as_caption("Đảng viên trong chi bộ luôn gương mẫu.", kLead, kBody));
}

TEST_CASE("caption score: the flag salute and the cell at its rite are a ceremony's photo") {
  CHECK(reads_as_caption("Nghi thức chào cờ", kLead, kBody));
  CHECK(reads_as_caption("Chi bộ thực hiện nghi lễ chào cờ", kLead, kBody));
  // the cell opening a body sentence, no act and its stop, stays body
  CHECK_FALSE(reads_as_caption("Chi bộ có 25 đảng viên sinh hoạt tại thôn.", kLead, kBody));
}

TEST_CASE("caption score: a delegation paying tribute at a cemetery is shown") {
  // real-eval46/dienbiendong-1: the line between the lead and the paragraph, with its stop
  CHECK(shows_who_or_what("Đoàn đại biểu huyện viếng nghĩa trang."));
  CHECK(shows_photo_act("Đoàn đại biểu huyện viếng nghĩa trang."));
  CHECK(reads_as_caption("Đoàn đại biểu huyện viếng nghĩa trang.", kLead, kBody));
  // the text telling the visit, with its reasoning, stays body
  CHECK_FALSE(
      reads_as_caption("Đoàn đại biểu huyện đã đến viếng nghĩa trang liệt sĩ.", kLead, kBody));
  // a page's title in that shape stays its title: no date line under it asks for a caption
  Article a = read_ok(
      InputFile{"a.txt", "Đoàn đại biểu tỉnh viếng Nghĩa trang liệt sĩ quốc gia Trường Sơn\n\n" +
                             kLead + "\n\n" + kBody + "\n"});
  CHECK(a.title == "Đoàn đại biểu tỉnh viếng Nghĩa trang liệt sĩ quốc gia Trường Sơn");
}

TEST_CASE("caption score: a grassroots Youth Union at its work is shown") {
  // real-eval47/doankhoidaklak-1: between paragraphs, no stop, half their length
  const std::string line =
      "Đoàn cơ sở Viện vệ sinh dịch tễ Tây Nguyên thực hiện công trình \"Vườn hoa thanh niên\"";
  CHECK(shows_who_or_what(line));
  CHECK(reads_as_caption(line, kLead, kBody));
  // the same union telling what it did, with its stop and reasoning, stays body
  CHECK_FALSE(reads_as_caption(
      "Đoàn cơ sở Viện vệ sinh dịch tễ Tây Nguyên đã hoàn thành công trình trong hai ngày.", kLead,
      kBody));
}
