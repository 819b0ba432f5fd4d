// A photo's caption as the article's last line (article/closing_caption.h): the text ends
// under a photo, and the caption has no body text after it.
#include "article/closing_caption.h"

#include <catch2/catch.hpp>

#include "article/caption_score.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle = "Chi bộ Phòng Hành chính kết nạp đảng viên mới";
const std::string kLead =
    "Chiều 14/3, Chi bộ Phòng Hành chính thuộc Đảng bộ Bệnh viện Đa khoa Hòa Bình tổ chức lễ "
    "kết nạp đảng viên cho quần chúng ưu tú Nguyễn Thị Thanh, một điều dưỡng trẻ có nhiều "
    "đóng góp trong công tác chăm sóc người bệnh.";
const std::string kBody =
    "Tại buổi lễ, đồng chí Bí thư Chi bộ đã công bố quyết định kết nạp của Đảng ủy Bệnh viện "
    "và giao nhiệm vụ cho đảng viên mới tiếp tục rèn luyện, giữ gìn phẩm chất, hoàn thành tốt "
    "nhiệm vụ chuyên môn được giao.";

Article read_page(const std::string& last) {
  return read_ok(
      InputFile{"ket-nap.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody + "\n\n" + last + "\n"});
}

}  // namespace

TEST_CASE("closing caption: a scene with no stop under the last sentence is a caption") {
  // a person and an act before a camera
  const std::string sworn = "Đồng chí Nguyễn Thị Thanh đọc lời tuyên thệ dưới cờ Đảng";
  Article a = read_page(sworn);
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() == 2);
  CHECK(a.blocks[0].type == BlockType::Paragraph);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[1].text == sworn);  // the line stays in the book, as the caption
  // the event's name with its term and no stop: nothing is left for it to head
  CHECK(captions_in(read_page("Lễ kết nạp đảng viên của Chi bộ Phòng Hành chính, năm 2025")) == 1);
  // an act done before a camera by the cell
  CHECK(captions_in(read_page("Chi bộ tặng hoa chúc mừng đảng viên mới")) == 1);
  // the souvenir photo named alone (real-eval46/pghh-1), as "Chụp hình lưu niệm" is: no
  // heading closes a text
  for (std::string souvenir : {"Ảnh lưu niệm", "Hình lưu niệm tại buổi lễ"}) {
    Article s = read_page(souvenir);
    INFO(souvenir);
    CHECK(captions_in(s) == 1);
    CHECK(s.blocks.back().type == BlockType::Caption);
  }
}

TEST_CASE("closing caption: what the text ends with otherwise stays") {
  // a sentence with its stop that tells is the text's last sentence (a scene's sentence with
  // its stop is a caption: closes_with_scene, tests/article/lone_caption_test.cpp)
  CHECK(captions_in(read_page("Đồng chí Nguyễn Thị Thanh hứa sẽ phấn đấu trở thành đảng viên "
                              "chính thức.")) == 0);
  // a line that shows no one and no act
  CHECK(captions_in(read_page("Những kết quả bước đầu của công tác phát triển đảng")) == 0);
  // a reasoning word: the text's
  CHECK(captions_in(read_page("Đảng viên mới là tấm gương cho đoàn viên noi theo")) == 0);
  // as long as the paragraph before it: no caption
  CHECK_FALSE(reads_as_closing_caption(
      "Đồng chí Nguyễn Thị Thanh đọc lời tuyên thệ dưới cờ Đảng trong buổi lễ kết nạp của chi "
      "bộ Phòng Hành chính Bệnh viện Đa khoa Hòa Bình",
      "Buổi lễ diễn ra trang trọng, ấm cúng trong sự chứng kiến của toàn thể đảng viên chi "
      "bộ và đại diện Đảng ủy Bệnh viện."));
  // the paragraph before it is no sentence of the body
  CHECK_FALSE(
      reads_as_closing_caption("Đồng chí Nguyễn Thị Thanh đọc lời tuyên thệ", "Tin liên quan"));
}

TEST_CASE("closing caption: a slogan of praise closing the text is no caption") {
  CHECK(captions_in(read_page("Chủ tịch Tôn Đức Thắng vĩ đại sống mãi trong lòng dân tộc")) == 0);
  CHECK_FALSE(reads_as_closing_caption("Đảng Cộng sản Việt Nam quang vinh muôn năm", kBody));
}

TEST_CASE("closing caption: photos standing together close the text, each line a caption") {
  // two captions in a row under the last sentence: the first is no subheading, as nothing
  // but another caption stands under it
  CHECK(captions_in(read_page("Các đại biểu dự lễ kết nạp đảng viên mới\n\nĐồng chí Nguyễn "
                              "Thị Thanh đọc lời tuyên thệ")) == 2);
  Article a = read_page(
      "Các tập thể được khen thưởng tại buổi lễ\n\nĐồng chí Nguyễn Thị Thanh đọc lời tuyên thệ");
  CHECK(captions_in(a) == 2);
  REQUIRE(a.blocks.size() == 3);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[2].type == BlockType::Caption);
  // a line of the run that is no caption (a line showing no one, a sentence with its stop)
  // stays what it was
  Article b = read_page(
      "Những kết quả bước đầu của công tác phát triển đảng\n\nĐồng chí Nguyễn Thị Thanh đọc "
      "lời tuyên thệ");
  REQUIRE(b.blocks.size() == 3);
  CHECK(b.blocks[1].type != BlockType::Caption);
  Article c = read_page(
      "Các đại biểu dự lễ kết nạp đảng viên mới\n\nĐồng chí Nguyễn Thị Thanh đọc lời tuyên "
      "thệ dưới cờ Đảng.");
  REQUIRE(c.blocks.size() == 3);
  CHECK(c.blocks[2].type == BlockType::Paragraph);
}

namespace {

// The page cut under its lead's photo: the lead, then the caption, nothing else.
Article read_cut_page(const std::string& last) {
  return read_ok(InputFile{"cat-trang.txt", kTitle + "\n\n" + kLead + "\n\n" + last + "\n"});
}

}  // namespace

TEST_CASE("closing caption: where no subheading can stand, the last line's shape is enough") {
  // no word of it shows a photo (no person's title opens it, no act before a camera), yet
  // under the lead of a cut page it can be nothing but the photo's caption
  const std::string elected = "Bầu bí thư và phó bí thư Chi bộ Phòng Hành chính";
  Article a = read_cut_page(elected);
  CHECK(captions_in(a) == 1);
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].type == BlockType::Caption);
  CHECK(a.blocks[0].text == elected);  // kept whole, as the caption
  CHECK(closes_as_caption_by_shape(elected, kLead));
  // nor under the last paragraph of a text signed below it: the byline follows the photo
  Article signed_page = read_ok(InputFile{"ky-ten.txt", kTitle + "\n\n" + kLead + "\n\n" + kBody +
                                                            "\n\n" + elected + "\n\nMinh Anh\n"});
  CHECK(signed_page.author == "Minh Anh");
  CHECK(captions_in(signed_page) == 1);
}

TEST_CASE("closing caption: the last line's shape alone keeps out what a caption is not") {
  // a label of four words: a page's part, not a photo
  CHECK(captions_in(read_cut_page("Thông tin nội bộ")) == 0);
  CHECK_FALSE(closes_as_caption_by_shape("Thông tin nội bộ", kLead));
  // a reasoning word: the text's own clause, cut
  CHECK(captions_in(read_cut_page("Qua đó các đồng chí sẽ phấn đấu trở thành đảng viên")) == 0);
  // a sentence with its stop
  CHECK(captions_in(read_cut_page("Bầu bí thư và phó bí thư Chi bộ Phòng Hành chính.")) == 0);
  // as long as the lead: no caption
  CHECK_FALSE(closes_as_caption_by_shape(
      "Bầu bí thư và phó bí thư Chi bộ Phòng Hành chính thuộc Đảng bộ Bệnh viện Đa khoa Hòa "
      "Bình nhiệm kỳ mới với sự tham gia của toàn thể đảng viên trong chi bộ",
      kLead));
  // a subheading left last by a cut, under two paragraphs: a heading, as before
  Article cut = read_page("Bầu bí thư và phó bí thư Chi bộ Phòng Hành chính");
  REQUIRE(!cut.blocks.empty());
  CHECK(cut.blocks.back().type == BlockType::Heading);
}

namespace {

// The text's last paragraph, long (68 words), as a page of a university's Party committee ends
// its text before the last photo (tests/fixtures/real-eval36/dhktyduocdn-1).
const std::string kLongLast =
    "Nhân dịp này, Đảng ủy phường đã trao tặng Huy hiệu 45 năm tuổi Đảng cho đồng chí Nguyễn "
    "Khắc Minh, nguyên Bí thư Đảng ủy, nguyên Hiệu trưởng Nhà trường, đảng viên sinh hoạt tại "
    "Chi bộ Khoa Y tế công cộng, ghi nhận quá trình cống hiến, rèn luyện không ngừng của đồng "
    "chí đối với sự nghiệp phát triển của Nhà trường trong nhiều năm.";

// A caption of 36 words: who the photo shows, their posts set off by commas, an act before a
// camera, no stop.
const std::string kLongCaption =
    "Đồng chí Phan Thị Thắng Lợi, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Hội đồng Nhân "
    "dân phường Hải Châu trao Huy hiệu 45 năm tuổi Đảng cho đồng chí Nguyễn Khắc Minh";
// The same, 40 words, wrapped over two lines of the file.
const std::string kWrappedCaption =
    "Đồng chí Phan Thị Thắng Lợi, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Hội đồng Nhân\n"
    "dân phường Hải Châu trao Huy hiệu 45 năm tuổi Đảng cho đồng chí Nguyễn Khắc Minh tại buổi "
    "lễ kỷ niệm";

Article read_long_page(const std::string& last, const std::string& after = "") {
  return read_ok(InputFile{
      "huy-hieu.txt", kTitle + "\n\n" + kLead + "\n\n" + kLongLast + "\n\n" + last + "\n" + after});
}

}  // namespace

TEST_CASE("closing caption: a long caption showing who and an act under a longer last paragraph") {
  // more than half as long as the paragraph above it, but who the photo shows opens it and an
  // act before a camera is in it, no stop: the caption, however it is credited
  for (const std::string& caption : {kLongCaption, kWrappedCaption}) {
    for (const std::string credit : {"", " (Ảnh: Minh Anh)", " Ảnh: Minh Anh", " - Ảnh: Minh Anh",
                                     " Ảnh Minh Anh", "\nẢnh: Minh Anh"}) {
      INFO(caption << credit);
      Article a = read_long_page(caption + credit);
      CHECK(captions_in(a) == 1);
      REQUIRE(!a.blocks.empty());
      CHECK(a.blocks.back().type == BlockType::Caption);
      // before the byline, the same
      Article signed_page = read_long_page(caption + credit, "\nThu Hà\n");
      CHECK(captions_in(signed_page) == 1);
      CHECK(signed_page.author == "Thu Hà");
    }
  }
  // a short one (4 words) was one already
  CHECK(captions_in(read_long_page("Đồng chí Lợi trao huy hiệu")) == 1);
  CHECK(reads_as_closing_caption(kLongCaption, kLongLast));
}

TEST_CASE("closing caption: a long last line without both who and an act stays text") {
  // who, no act, more than half as long: a cut paragraph's opening, as likely
  const std::string who_only =
      "Đồng chí Phan Thị Thắng Lợi, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Hội đồng Nhân "
      "dân phường Hải Châu cùng các đồng chí trong Ban Thường vụ và Ban Giám hiệu Nhà trường";
  CHECK_FALSE(reads_as_closing_caption(who_only, kLongLast));
  CHECK(captions_in(read_long_page(who_only)) == 0);
  // an act, with its stop: a sentence of the text
  CHECK(captions_in(read_long_page(kLongCaption + ".")) == 0);
  // an act, no one shown first: a part's heading or a clause
  CHECK_FALSE(reads_as_closing_caption(
      "Trao Huy hiệu 45 năm tuổi Đảng cho đồng chí Nguyễn Khắc Minh, nguyên Bí thư Đảng ủy, "
      "nguyên Hiệu trưởng Nhà trường, đảng viên sinh hoạt tại Chi bộ Khoa Y tế công cộng",
      kLongLast));
  // more than two thirds as long as the paragraph above: the text's own
  CHECK_FALSE(reads_as_closing_caption(kLongCaption, kBody + " " + kBody.substr(0, 60)));
  // a reasoning word: the text tells
  CHECK_FALSE(reads_as_closing_caption(
      "Đồng chí Phan Thị Thắng Lợi, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Hội đồng Nhân "
      "dân phường Hải Châu đã trao Huy hiệu 45 năm tuổi Đảng cho đồng chí Nguyễn Khắc Minh",
      kLongLast));
  // a list item under the text
  CHECK(captions_in(read_long_page(
            "- Đồng chí Phan Thị Thắng Lợi, Ủy viên Ban Thường vụ Đảng ủy, Phó Chủ tịch Hội đồng "
            "Nhân dân phường Hải Châu trao Huy hiệu 45 năm tuổi Đảng cho đồng chí Nguyễn Khắc "
            "Minh")) == 0);
}

TEST_CASE("closing caption: a long scene under a short last paragraph, the page cut after it") {
  const std::string lead =
      "Ngày 14/3, Đảng ủy Bệnh viện Đa khoa Hòa Bình khai giảng lớp bồi dưỡng lý luận chính "
      "trị cho quần chúng ưu tú.";
  auto page = [&](const std::string& last) {
    return read_ok(InputFile{"lop-hoc.txt", kTitle + "\n\n" + lead + "\n\n" + last + "\n"});
  };
  // who the photo shows at an act, each with their posts, longer than the lead: with no stop
  // or with one, the photo's caption
  const std::string scene =
      "Đồng chí Trần Văn Bình, Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Bệnh viện Đa khoa "
      "Hòa Bình và đồng chí Lê Thị Mai, Trưởng phòng Tổ chức cán bộ phát biểu khai giảng lớp";
  CHECK(captions_in(page(scene)) == 1);
  CHECK(captions_in(page(scene + ".")) == 1);
  // the head of a body opens it as a title does ("Tổng Giám đốc" as "Giám đốc")
  CHECK(shows_who_or_what("Tổng Giám đốc Công ty Điện lực phát biểu tại buổi lễ"));
  // as long, but who attended, or a reasoning word: the text's last sentence
  CHECK(captions_in(page("Tham dự lễ khai giảng có đồng chí Trần Văn Bình, Ủy viên Ban Thường "
                         "vụ Đảng ủy, Phó Giám đốc Bệnh viện và các đồng chí trưởng khoa.")) == 0);
  CHECK(captions_in(
            page("Đồng chí Trần Văn Bình, Phó Giám đốc Bệnh viện phát biểu, đề nghị học "
                 "viên đã tham gia lớp học phải nghiêm túc, tích cực nghiên cứu tài liệu.")) == 0);
}

TEST_CASE("closing caption: a group's scene sentence under a closing caption is the next photo's") {
  // two photos close the text: a caption with no stop, then one with its stop that names who
  // poses with whom, by their titles; measured against the text's last sentence above both
  const std::string lead =
      "Nhân dịp kỷ niệm Ngày Quốc tế Điều dưỡng, Bệnh viện Đa khoa Hòa Bình tổ chức hội thi tay "
      "nghề điều dưỡng năm 2024 với sự tham gia của 12 đội thi đến từ các khoa lâm sàng.\n\n";
  const std::string last =
      "Sau hai ngày thi sôi nổi với các phần thi lý thuyết, thực hành và xử lý tình huống, cùng "
      "sự cổ vũ nhiệt tình của các khoa, Ban Tổ chức đã trao giải cho các đội, trong đó đội Khoa "
      "Hồi sức tích cực đoạt giải Nhất, đội Khoa Ngoại đoạt giải Ba và đội Khoa Nhi đoạt giải "
      "Khuyến khích. Hội thi là dịp để đội ngũ điều dưỡng ôn luyện kiến thức, nâng cao kỹ năng "
      "chăm sóc người bệnh.\n\n";
  const std::string first = "Khoa Nội đạt giải Nhì hội thi tay nghề điều dưỡng\n\n";
  const std::string scene =
      "Đội thi khoa Nội chụp hình lưu niệm với BS. Trần Văn Nam - Bí thư ĐU - Giám đốc Bệnh "
      "viện và đồng chí Lê Thị Hoa - Chủ tịch Công đoàn Bệnh viện.";
  const std::string byline = "\n\nPhòng Điều dưỡng\n";
  // the first caption read by its shape alone, or as retelling the title
  for (std::string title : {"Bệnh viện Đa khoa Hòa Bình thi tay nghề điều dưỡng năm 2024",
                            "Khoa Nội đạt giải tại hội thi tay nghề điều dưỡng"}) {
    INFO(title);
    Article a = read_text(title + "\n\n" + lead + last + first + scene + byline);
    CHECK(captions_in(a) == 2);
    REQUIRE_FALSE(a.blocks.empty());
    CHECK(a.blocks.back().text == scene);
    CHECK(a.blocks.back().type == BlockType::Caption);
  }
  const std::string title = "Khoa Nội đạt giải tại hội thi tay nghề điều dưỡng\n\n";
  // alone under the last sentence, the sentence may be the text's own last one
  Article b = read_text(title + lead + last + scene + byline);
  CHECK(captions_in(b) == 0);
  // a sentence that tells ("đã") is the text's, under the caption too
  Article c = read_text(title + lead + last + first +
                        "Đội thi khoa Nội đã chụp hình lưu niệm "
                        "với BS. Trần Văn Nam - Bí thư ĐU." +
                        byline);
  REQUIRE_FALSE(c.blocks.empty());
  CHECK(c.blocks.back().type == BlockType::Paragraph);
}
