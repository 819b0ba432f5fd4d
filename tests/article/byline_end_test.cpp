// The byline at the page's end as other sites print it (session 19, bench/run-perturb's "end
// byline" kinds): a writer's label without its colon or in capitals, a name in capitals over the
// page's buttons, two writers in brackets or after a newsroom's role, a label before a name with
// a long office after it, a signature pushed far right; each with the page's tail chrome under
// it, and the near-misses that must stay (a sentence that opens like a label, a box title in
// capitals over its list, a source's credit, a last sentence ending on a name in brackets, an
// official document's signature block).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/labelled_byline.h"
#include "article/reader.h"
#include "article/text_photo_label.h"
#include "fixtures.h"
#include "made_up_pages.h"
#include "text/normalize.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string& kTitle = kClosedPageTitle;
const std::string& kBody = kClosedPageBody;

// Other sites' tail chrome, as the learning pages print it under the byline (a blank line
// before it or none).
const std::vector<std::string> kTails = {
    "", "Top\nBạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa.\n",
    "Gửi cho bạn bè\nPhản hồi\nThông tin người gửi phản hồi\n",
    "\nChia sẻ bài viết\nTin cùng chuyên mục\nCác tin khác\nXem thêm >>\n",
    "Nguồn: Cổng thông tin điện tử thành phố\nAdmin\nThống kê\n"};

std::string author_of(const std::string& byline, const std::string& tail) {
  return read_ok(InputFile{"a.txt", kTitle + kBody + byline + "\n" + tail}).author;
}

}  // namespace

TEST_CASE("byline end: a writer's label whose colon was left out, in any case") {
  // "Tác giả Minh Kiên": the space after the label read as its colon, when a writer's name (or
  // two, initials, a name before its unit or its outlet) follows
  const std::vector<std::pair<std::string, std::string>> names = {
      {"Minh Kiên", "Minh Kiên"},
      {"T.H", "T.H"},
      {"Kim Tiến – Tấn Hữu", "Kim Tiến – Tấn Hữu"},
      {"Quý Trường- Huyện đoàn", "Quý Trường"},
      {"Hoàng Hiệp – VKSND tỉnh Yên Bái", "Hoàng Hiệp"}};
  for (std::string label : {"Tác giả", "Tác giả bài viết", "Thực hiện", "Bút danh"})
    for (std::string mark : {"", ":", " :", ";"})
      for (const auto& [name, author] : names)
        for (bool capitals : {false, true})
          for (const std::string& tail : kTails) {
            std::string l = capitals ? to_upper_vi(label) : label;
            // a line wholly in capitals with no colon tells no name from a heading (below)
            if (capitals && mark.empty() && name == "T.H") continue;
            std::string line = l + mark + " " + name;
            INFO(line << " / " << tail);
            CHECK(author_of(line, tail) == author);
          }
  // the same bytes, each where it was: the colon stands for the space
  CHECK(with_label_colons("Tác giả Minh Kiên") == "Tác giả:Minh Kiên");
  CHECK(with_label_colons("TÁC GIẢ BÀI VIẾT Hồng Đào") == "TÁC GIẢ BÀI VIẾT:Hồng Đào");
  // a label with its colon (or a semicolon for it) stays as it is, in capitals too
  CHECK(with_label_colons("TÁC GIẢ BÀI VIẾT: MINH KIÊN") == "TÁC GIẢ BÀI VIẾT: MINH KIÊN");
  CHECK(with_label_colons("TÁC GIẢ BÀI VIẾT; Minh Kiên") == "TÁC GIẢ BÀI VIẾT: Minh Kiên");
}

TEST_CASE("byline end: a writer's label, then the photographer's credit apart") {
  for (std::string label : {"Tin: ", "Bài: ", "Tác giả: ", "Thực hiện: ", "Tác giả bài viết: ",
                            "TÁC GIẢ: ", "Tác giả "})
    for (std::string sep : {" – ", " - ", "; ", ", ", "-", " — "})
      for (const std::string& tail : kTails) {
        std::string line = label + "Tuyết Mai" + sep + "Ảnh: Xuân Vũ";
        INFO(line << " / " << tail);
        CHECK(author_of(line, tail) == "Tuyết Mai");
      }
  // a second writer named "Anh" is no photo's credit
  CHECK(author_of("Tác giả: Hoàng Nam - Anh Thư", "") == "Hoàng Nam - Anh Thư");
}

TEST_CASE("byline end: a sentence that opens like a label is no byline") {
  for (std::string line :
       {"Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXI", "Thực hiện Chỉ thị 05-CT/TW",
        "Tác giả Hồ Chí Minh với tư tưởng đại đoàn kết", "Người viết sử cho làng quê",
        "THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI"}) {
    INFO(line);
    CHECK(with_label_colons(line) == line);
    CHECK(after_writer_label(line).empty());
    CHECK(author_of(line, kTails[3]).empty());
  }
}

TEST_CASE("byline end: a name in capitals right under the text, over the page's buttons") {
  // a box title's rule (a line in capitals with its list under it) took these for the box
  const std::vector<std::pair<std::string, std::string>> names = {
      {"HÀ MY", "HÀ MY"},
      {"PHƯƠNG LAN", "PHƯƠNG LAN"},
      {"V.D", "V.D"},
      {"P.V", "P.V"},
      {"PV", "PV"},
      {"THẾ HIỆP – HUYỆN ĐOÀN PHÙ MỸ", "THẾ HIỆP"},
      {"THẾ HIỆP - HUYỆN ĐOÀN PHÙ MỸ", "THẾ HIỆP"}};
  for (const auto& [name, author] : names)
    for (std::size_t t = 1; t < kTails.size(); ++t) {
      INFO(name << " / " << kTails[t]);
      CHECK(author_of(name, kTails[t]) == author);
    }
}

TEST_CASE("byline end: a box title in capitals over its list stays no byline") {
  const std::string links =
      "- UBND tỉnh nghe báo cáo đề xuất dự án đầu tư xây dựng bến cảng tổng hợp\n"
      "- Giám sát chuyên đề việc thực hiện chính sách về trật tự an toàn giao thông\n"
      "- Ban Văn hóa - Xã hội giám sát thực hiện nghị quyết tại huyện\n";
  for (std::string box : {"TIN ẢNH", "VĂN HÓA", "SỰ KIỆN", "TIN LIÊN QUAN", "THỜI SỰ"}) {
    INFO(box);
    CHECK(author_of(box, links).empty());
    CHECK(author_of(box, "\n" + links).empty());
  }
}

TEST_CASE("byline end: two writers in brackets or after a newsroom's role") {
  for (std::string two :
       {"Kim Tiến – Tấn Hữu", "Kim Tiến - Tấn Hữu", "Kim Tiến — Tấn Hữu", "Minh Huyền - Bá Lộc"})
    for (const std::string& tail : kTails) {
      INFO(two << " / " << tail);
      CHECK(author_of("(" + two + ")", tail) == two);
      CHECK(author_of("CTV " + two, tail) == two);
      CHECK(author_of("CTV- " + two, tail) == two);
    }
  // the outlet's mark after a slash comes off after the role too
  CHECK(author_of("CTV Thương Huyền/ baoquangbinh.vn", "") == "Thương Huyền");
  CHECK(author_of("CTV Thu Hòa/VOV4", kTails[2]) == "Thu Hòa");
}

TEST_CASE("byline end: a name in brackets ending the last sentence, a source's credit") {
  // a quotation's author in brackets inside the last sentence is the text's, no byline
  Article quoted = read_ok(InputFile{
      "a.txt", kTitle + kBody +
                   "Như lời Bác dạy: “Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, "
                   "đại thành công” (Hồ Chí Minh).\n" +
                   kTails[3]});
  CHECK(quoted.author.empty());
  // "Nguồn: Báo Nhân Dân" closing the text names where it came from, no writer
  // (credit_source.h), whatever the tail under it
  for (const std::string& tail : kTails) {
    INFO(tail);
    CHECK(author_of("Nguồn: Báo Nhân Dân", tail).empty());
  }
}

TEST_CASE("byline end: a label makes a byline of a name with a long office after it") {
  const std::vector<std::pair<std::string, std::string>> lines = {
      {"Đỗ Thuần – Bí thư Chi bộ các cơ quan Đảng huyện", "Đỗ Thuần"},
      {"Đỗ Thuần - Bí thư Chi bộ các cơ quan Đảng huyện", "Đỗ Thuần"},
      {"Lữ Nhiên Hương - Đảng ủy Khối CCQ và DN tỉnh", "Lữ Nhiên Hương"},
      {"Cơ quan Ủy ban kiểm tra Đảng ủy Công an tỉnh",
       "Cơ quan Ủy ban kiểm tra Đảng ủy Công an tỉnh"}};
  for (std::string label : {"Tác giả: ", "Tác giả bài viết: ", "Thực hiện: ", "TÁC GIẢ: "})
    for (const auto& [line, author] : lines)
      for (const std::string& tail : kTails) {
        INFO(label + line << " / " << tail);
        CHECK(after_writer_label(label + line) == line);
        CHECK(author_of(label + line, tail) == author);
      }
  // a label over no byline: a sentence, a photo's credit, a source
  CHECK(after_writer_label("Thực hiện: Nghị quyết số 12 của Ban Chấp hành Trung ương khóa XI về "
                           "công tác xây dựng Đảng trong tình hình mới")
            .empty());
  CHECK(after_writer_label("Ảnh: Minh Anh").empty());
  CHECK(after_writer_label("Nguồn: Báo Nhân Dân").empty());
}

TEST_CASE("byline end: a signature pushed far right, a name and its office, or an office") {
  const std::string pad(60, ' ');
  const std::vector<std::pair<std::string, std::string>> lines = {
      {"Đỗ Thuần – Bí thư Chi bộ các cơ quan Đảng", "Đỗ Thuần"},
      {"Lữ Nhiên Hương - Đảng ủy Khối CCQ và DN tỉnh", "Lữ Nhiên Hương"},
      {"Ban Bạn đọc", "Ban Bạn đọc"},
      {"Cơ quan Ủy ban kiểm tra Đảng ủy Công an tỉnh",
       "Cơ quan Ủy ban kiểm tra Đảng ủy Công an tỉnh"}};
  // (a source's credit right under an office is read as the desk over it: left as it was)
  for (std::string indent : {pad, std::string("\t\t\t")})
    for (const auto& [line, author] : lines)
      for (const std::string& tail : {kTails[0], kTails[1], kTails[2], kTails[3]}) {
        INFO(line << " / " << tail);
        CHECK(author_of(indent + line, tail) == author);
      }
  // a caption's clause pushed right is the photo's (margin_caption.h), office or not
  Article caption = read_ok(InputFile{
      "a.txt",
      kTitle + kBody + pad + "Ban Thường vụ Huyện ủy trao quà cho các gia đình chính sách\n"});
  CHECK(captions_in(caption) == 1);
  CHECK(caption.author.empty());
}

TEST_CASE("byline end: an official document's signature block stays the document's") {
  // "TM. BAN THƯỜNG VỤ / BÍ THƯ / Nguyễn Văn A" closes a resolution: the signer is no byline
  // the text's label or capitals rules may take for the writer's
  const std::string doc = kTitle + kBody + "TM. BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn An\n";
  Article base = read_ok(InputFile{"a.txt", doc});
  for (std::size_t t = 1; t < kTails.size(); ++t) {
    INFO(kTails[t]);
    Article a = read_ok(InputFile{"a.txt", doc + kTails[t]});
    CHECK(a.author == base.author);
    CHECK(a.author != "TM. BAN THƯỜNG VỤ");
    CHECK(a.author != "BÍ THƯ");
  }
}

TEST_CASE("byline end: a colonless writer's label before a name the page types its own way") {
  // a middle name in lower case, a role before a handle, a unit glued to the name, the date
  // beside the name: the space after the label is its colon all the same
  const std::vector<std::pair<std::string, std::string>> names = {
      {"Mai viết Tăng", "Mai viết Tăng"},
      {"Minh hiếu.", "Minh hiếu"},
      {"btv tanphu", "btv tanphu"},
      {"Hồng Mai Trung tâm Y tế huyện", "Hồng Mai"},
      {"Xuân Tiến 21/03/2022 - 10:45", "Xuân Tiến"}};
  for (std::string label : {"Tác giả", "Thực hiện"})
    for (const auto& [name, author] : names)
      for (const std::string& tail : kTails) {
        std::string line = label + " " + name;
        INFO(line << " / " << tail);
        CHECK(author_of(line, tail) == author);
      }
  CHECK(with_label_colons("Tác giả Mai viết Tăng") == "Tác giả:Mai viết Tăng");
  // a sentence about a work's author, an instruction carried out: no label
  CHECK(with_label_colons("Tác giả Tô Hoài viết truyện Dế mèn") ==
        "Tác giả Tô Hoài viết truyện Dế mèn");
  CHECK(with_label_colons("Thực hiện Nghị quyết 21 của Đảng ủy") ==
        "Thực hiện Nghị quyết 21 của Đảng ủy");
}

TEST_CASE("byline end: a signature in a table's cell, its closing bar no part of it") {
  std::string title = "Nhà trường tổ chức hội nghị viên chức, người lao động năm học 2024-2025";
  std::string body =
      "Chiều ngày 20/9/2024, nhà trường đã tổ chức hội nghị viên chức, người lao động năm "
      "học mới với sự tham dự của toàn thể cán bộ, giảng viên và nhân viên.\n"
      "Hội nghị đã thông qua báo cáo tổng kết năm học cũ, phương hướng nhiệm vụ năm học mới "
      "và bầu Ban Thanh tra nhân dân nhiệm kỳ mới.\n"
      "Kết thúc hội nghị, các đơn vị đã ký giao ước thi đua hoàn thành tốt nhiệm vụ được "
      "giao trong năm học.\n";
  Article a = read_ok(
      InputFile{"bai.txt", title + "\n" + body + "Lê Thị Hạnh (Phòng Tổ chức - Hành chính) |\n"});
  CHECK(a.author == "Lê Thị Hạnh");
  Article b = read_ok(InputFile{"bai.txt", title + "\n" + body + "Ngọc Lan |\n"});
  CHECK(b.author == "Ngọc Lan");
  // an office signing in its cell, the page's links under it: the bar made it a menu's item
  Article c = read_ok(
      InputFile{"bai.txt", title + "\n" + body + "Huyện đoàn Tân Phú |\nTin liên quan\nLiên hệ\n"});
  CHECK(c.author == "Huyện đoàn Tân Phú");
  Article d =
      read_ok(InputFile{"bai.txt", title + "\n" + body + "Ngọc Lan |\nTin liên quan\nLiên hệ\n"});
  CHECK(d.author == "Ngọc Lan");
  // the cell's bar inside the signature's frame (end_byline_shapes.h without_frame)
  Article e = read_ok(
      InputFile{"bai.txt", title + "\n" + body + "===== Lê Thị Hạnh (Phòng Tổ chức) |=====\n"});
  CHECK(e.author == "Lê Thị Hạnh");
}
