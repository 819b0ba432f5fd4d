// Pages of session 46's shapes (made up, shaped as tests/fixtures/real-eval82/ and
// real-eval83/ pages): a link's label left alone under the text, a school's subject group
// signing, a photo's caption closing with its month and year, the speaker summing up a
// contest, a contact box's empty labels over the title, a stop set apart by a space, and the
// lead's event named alone under the lead.
#include <catch2/catch.hpp>
#include <string>

#include "article/dated_caption.h"
#include "article/link_pointer.h"
#include "article/office_byline.h"
#include "article/reader.h"
#include "article/text_lines.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

constexpr const char* kTitle =
    "Trường THCS Hòa Bình tổ chức hội thi giáo viên dạy giỏi cấp trường\n\n";
constexpr const char* kLead =
    "Ngày 18/01/2021, Trường THCS Hòa Bình tổ chức tổng kết Hội thi giáo viên dạy giỏi cấp "
    "trường năm học 2020-2021 với sự tham dự của toàn thể cán bộ, giáo viên nhà trường.\n\n";
constexpr const char* kText =
    "Hội thi diễn ra trong hai tuần với sự tham gia của 16 giáo viên thuộc các tổ chuyên môn, "
    "mỗi giáo viên trải qua phần thi biện pháp và phần thi thực hành tiết dạy trên lớp.\n\n"
    "Kết thúc hội thi, Ban giám khảo đã chọn ra những giáo viên xuất sắc nhất để dự hội thi "
    "cấp huyện sắp tới, góp phần nâng cao chất lượng dạy học của nhà trường.\n\n";

}  // namespace

TEST_CASE("a link's label left alone under the text is the page's, no caption") {
  CHECK(is_link_pointer("Xem toàn bộ Quyết định"));
  CHECK(is_link_pointer("Tải về toàn văn"));
  CHECK(is_link_pointer("Xem chi tiết văn bản"));
  CHECK(is_link_pointer("Xem toàn văn Kế hoạch:"));
  CHECK(is_link_pointer("Download file đính kèm"));
  CHECK(is_link_pointer("Tải về văn bản"));
  // reading a kind of document, nothing of how much: a study guide's step as often
  CHECK_FALSE(is_link_pointer("Đọc văn bản"));
  CHECK_FALSE(is_link_pointer("Xem kế hoạch"));
  // a number or a name after it names the document: document_tail.h keeps it
  CHECK_FALSE(is_link_pointer("Xem toàn văn Nghị quyết số 21-NQ/TW"));
  CHECK_FALSE(is_link_pointer("Xem toàn bộ Quyết định của Bộ Y tế"));
  CHECK_FALSE(is_link_pointer("Xem xét quyết định"));  // "xem xét", to consider
  CHECK_FALSE(is_link_pointer("Xem"));                 // the verb alone says nothing
  CHECK_FALSE(is_link_pointer("Quyết định"));

  Article a = read_text(std::string(kTitle) + kLead + kText + "Xem toàn bộ Quyết định\n");
  CHECK(captions_in(a) == 0);
  CHECK_FALSE(shows_text(a, "Xem toàn bộ"));  // the start binary kept it as a part's heading
  CHECK(shows_text(a, "nâng cao chất lượng dạy học"));
}

TEST_CASE("a school's subject group signing under the text is the author") {
  CHECK(signs_as_office("Tổ sinh hóa địa"));
  CHECK(signs_as_office("Tổ toán tin"));
  CHECK(signs_as_office("Tổ Ngữ văn"));
  CHECK_FALSE(signs_as_office("Tổ chức hội thi"));  // "tổ chức", to organise
  CHECK_FALSE(signs_as_office("Tổ dân phố"));       // a ward's block
  CHECK_FALSE(signs_as_office("Tổ hòa giải"));      // a mediation team
  CHECK_FALSE(signs_as_office("Tổ"));

  Article a = read_text(std::string(kTitle) + kLead + kText + "Tổ sinh hóa địa\n");
  CHECK(a.author == "Tổ sinh hóa địa");  // the start binary gave no author
  // a sentence opening the same way stays the text's
  Article b = read_text(std::string(kTitle) + kLead + kText +
                        "Tổ sinh hóa địa đã tổ chức chuyên đề dạy học tích hợp cho học sinh.\n");
  CHECK(b.author.empty());
  CHECK(shows_text(b, "chuyên đề dạy học tích hợp"));
}

TEST_CASE("a heading's shape closing with a month and a year is a photo's caption") {
  CHECK(
      ends_with_photo_date("Học viện Nông nghiệp Việt Nam vinh dự đón nhận Huân chương Hồ Chí Minh "
                           "lần thứ hai,12-2016"));
  CHECK(ends_with_photo_date("Lãnh đạo nhà trường chụp ảnh cùng các giáo viên, 12/2016"));
  CHECK(ends_with_photo_date("Các giáo viên đạt giải tại hội thi, 15/12/2016"));
  // in brackets, a history's part heading dates itself
  CHECK_FALSE(ends_with_photo_date("Mở màn chiến dịch tại Him Lam (13/3/1954)"));
  CHECK_FALSE(ends_with_photo_date("Đại hội Chi bộ nhiệm kỳ 2020-2025"));  // a term, no month
  CHECK_FALSE(ends_with_photo_date("Lãnh đạo nhà trường cùng các giáo viên, 13-2016"));
  CHECK_FALSE(ends_with_photo_date("Lễ kỷ niệm, 12-2016"));  // three words: a date line's place
  CHECK_FALSE(ends_with_photo_date("Kết quả thi đua của các chi đoàn năm 2016"));
  CHECK_FALSE(ends_with_photo_date("Các giáo viên đạt giải, 12-2016."));  // a sentence's stop

  Article a = read_text(std::string(kTitle) + kLead +
                        "Hội thi diễn ra trong hai tuần với sự tham gia của 16 giáo viên thuộc "
                        "các tổ chuyên môn của nhà trường.\n\n"
                        "Trường THCS Hòa Bình vinh dự đón nhận Cờ thi đua của tỉnh,12-2016\n\n" +
                        "Kết thúc hội thi, Ban giám khảo đã chọn ra những giáo viên xuất sắc nhất "
                        "để dự hội thi cấp huyện sắp tới.\n\n");
  CHECK(captions_in(a) == 1);  // the start binary read a part's heading
}

TEST_CASE("the speaker summing up a contest is a photo's caption, the closing's event a heading") {
  // an acting head ("Q.Trưởng phòng"), the paragraph under the line ending with no stop, as
  // real-eval83/thcsphuocloc-1 has them
  const std::string text =
      "Hội thi diễn ra từ ngày 4/01/2021 đến ngày 18/01/2021 với sự tham gia của 16 giáo viên. "
      "Giáo viên tham dự phải trải qua hai phần thi: phần thi biện pháp và phần thi thực hành "
      "tiết dạy\n"
      "Kết thúc hội thi, Ban giám khảo đã chọn ra những giáo viên xuất sắc nhất để dự hội thi "
      "cấp huyện sắp tới, góp phần nâng cao chất lượng dạy học của nhà trường.\n";
  std::string lead(kLead);
  lead.pop_back();  // lines on single newlines
  Article a = read_text(
      lead +
      "Đồng chí Vương Tử Nghị - Q.Trưởng phòng Phòng Giáo dục và Đào tạo tổng kết hội thi.\n" +
      text);
  CHECK(captions_in(a) == 1);  // the start binary read a one-sentence paragraph
  REQUIRE(!a.blocks.empty());
  CHECK(a.blocks.front().text.starts_with("Đồng chí Vương Tử Nghị"));
  // what someone concluded, no contest nor meeting after the verb: the text's sentence
  Article c = read_text(
      lead + "Đồng chí Nguyễn Văn An tổng kết những kết quả nổi bật của nhà trường.\n" + text);
  CHECK(captions_in(c) == 0);
  // the closing ceremony named over a part: no act, no caption
  Article b = read_text(std::string(kTitle) + kLead + kText + "Lễ tổng kết năm học\n\n" + kText);
  CHECK(captions_in(b) == 0);
}

TEST_CASE("a contact box with bullets over a title with a spaced stop is the masthead's") {
  const std::string page =
      "• Phone: \n  • info@rungkonchu.org\n\n"
      "Bảo vệ rừng chính là bảo vệ cuộc sống muôn loài .\n\n28/12/2023\n\n"
      "Để thực hiện tốt công tác bảo vệ rừng, lãnh đạo Ban quản lý đã chỉ đạo các tổ bảo vệ "
      "rừng tuyên truyền đến bà con vùng đệm về trách nhiệm bảo vệ rừng.\n\n"
      "Rừng chính là lá phổi xanh cung cấp oxy cho chúng ta thở hàng ngày, là nguồn sống của "
      "muôn loài.\n";
  Article a = read_text(page);
  // the start binary gave no title, its title the lead and the e-mail line the text's
  CHECK(a.title == "Bảo vệ rừng chính là bảo vệ cuộc sống muôn loài .");
  CHECK(a.lead.starts_with("Để thực hiện tốt công tác bảo vệ rừng"));
  CHECK_FALSE(shows_text(a, "info@"));
  CHECK_FALSE(shows_text(a, "Phone"));
  // a stop set apart by a space is no word: eleven words and that stop are no body text
  CHECK_FALSE(is_body_text("Bảo vệ rừng chính là bảo vệ cuộc sống muôn loài ."));
  CHECK(is_body_text("Bảo vệ rừng chính là bảo vệ cuộc sống của muôn loài ."));
}

TEST_CASE("the lead's event named alone under the lead is the hall's photo, no lone heading") {
  const std::string lead =
      "Trường mầm non Hoa Sen tổ chức ngày hội thể thao năm học 2023-2024 với mong muốn tạo sân "
      "chơi bổ ích, đáp ứng nhu cầu vận động của trẻ.\n\n";
  const std::string text =
      "Thực hiện kế hoạch của nhà trường, ngày 12 tháng 4 năm 2024 trường tổ chức chương trình "
      "cho các bé với nhiều trò chơi vận động và sự tham gia của các bậc phụ huynh.\n\n";
  Article a = read_text(lead + "Ngày hội thể thao\n\n" + text);
  CHECK(captions_in(a) == 1);  // the start binary read a part's heading
  // with a second part's heading under it, it heads a part
  Article b = read_text(lead + "Ngày hội thể thao\n\n" + text + "Kết quả đạt được\n\n" + text);
  CHECK(captions_in(b) == 0);
  // a name the lead does not give is a heading
  Article c = read_text(lead + "Ngày hội văn nghệ\n\n" + text);
  CHECK(captions_in(c) == 0);
}
