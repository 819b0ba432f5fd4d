#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

TEST_CASE("a CMS export (JSON front matter and editor HTML)") {
  Article a = read_ok(fixture("cms-export.md"));
  CHECK(a.title == "ĐẢNG BỘ XÃ HÒA AN HOÀN THÀNH CHỈ TIÊU PHÁT TRIỂN ĐẢNG VIÊN");
  CHECK(a.topic == "Xay dung dang");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-07-22");
  CHECK(a.time == "08:00");
  CHECK(a.lead ==
        "Sáu tháng đầu năm, Đảng bộ xã Hòa An kết nạp 9 đảng viên mới, vượt chỉ tiêu nghị quyết đề "
        "ra. \"Nguồn\" đảng viên chủ yếu là đoàn viên thanh niên.");
  REQUIRE(a.blocks.size() == 5);
  CHECK(a.blocks[0].type == BlockType::Paragraph);
  CHECK(a.blocks[0].text.rfind("Để có kết quả này, Đảng ủy xã đã chỉ đạo", 0) == 0);
  CHECK(a.blocks[1].type == BlockType::Caption);
  CHECK(a.blocks[1].text == "Lễ kết nạp đảng viên tại Chi bộ ấp Tân Lập.");
  CHECK(a.blocks[2].type == BlockType::Heading);
  CHECK(a.blocks[2].text == "Chú trọng chất lượng");
  CHECK(a.blocks[3].type == BlockType::Paragraph);
  // Text split across <strong> and spans joins without stray spaces.
  CHECK(a.blocks[3].text.find("thẩm định kỹ, đảng viên mới được bồi dưỡng") != std::string::npos);
  CHECK(a.blocks[3].text.back() == '.');
  CHECK(a.blocks[4].type == BlockType::Caption);
  CHECK(a.blocks[4].text == "Đảng viên trẻ tham gia làm đường giao thông nông thôn.");
  CHECK(a.blocks[4].credit == "Đ.T");
  CHECK(a.author == "Lê Minh");
  CHECK(a.warnings.empty());
}

TEST_CASE("a bare HTML page reads with its heading as the title") {
  std::string html =
      "<html><body><h1>Chi bộ ấp 3 sinh hoạt chuyên đề</h1><p>Thứ Hai, 04/03/2019</p>"
      "<div><p>Chi bộ ấp 3 vừa tổ chức sinh hoạt chuyên đề về đạo đức cách mạng.</p>"
      "<p>Các đảng viên đã thảo luận sôi nổi.</p></div><p>Chia sẻ</p>"
      "<p style=\"text-align:right\"><b>Văn Tâm</b></p><p>Tin liên quan</p><p>Tin khác</p>"
      "</body></html>";
  Article a = read_ok(InputFile{"trang.html", html});
  CHECK(a.title == "Chi bộ ấp 3 sinh hoạt chuyên đề");
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2019-03-04");
  CHECK(a.lead == "Chi bộ ấp 3 vừa tổ chức sinh hoạt chuyên đề về đạo đức cách mạng.");
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text == "Các đảng viên đã thảo luận sôi nổi.");
  CHECK(a.author == "Văn Tâm");
  CHECK(has_warning(a, "no topic"));
}

TEST_CASE("a CMS export nested 80,000 spans or 20,000 divs deep is read, its text whole") {
  // Issue 12: these overflowed the stack (a recursive walk) and took gumbo 22 GB of parse
  // errors; nesting past html_document.h's cap is flattened, the text kept.
  const std::string front =
      "---json\n{\"title\": \"Chi bộ sinh hoạt\", \"date\": \"2019-03-04T08:00:00\", "
      "\"category\": \"Xây dựng Đảng\"}\n---\n";
  const std::string text = "Chi bộ ấp 3 vừa tổ chức sinh hoạt chuyên đề về đạo đức cách mạng.";
  std::string spans = front + "<p>";
  for (int i = 0; i < 80000; ++i) spans += "<span>";
  spans += text + "</p>";
  std::string divs = front;
  for (int i = 0; i < 20000; ++i) divs += "<div>";
  divs += "<p>" + text + "</p>";
  for (const std::string& bytes : {spans, divs}) {
    Article a = read_ok(InputFile{"bai.md", bytes});
    CHECK(a.title == "Chi bộ sinh hoạt");
    CHECK(a.lead == text);
  }
}

TEST_CASE("a CMS export's date outside 1900-2200 or not in the calendar is named, not taken") {
  // The front matter's ISO date was accepted as it came: "9999" named the book.
  for (const auto& [date, named] :
       {std::pair{"9999-01-28T08:00:00", "28/01/9999"}, std::pair{"1899-12-31", "31/12/1899"},
        std::pair{"2019-02-31", "31/02/2019"}}) {
    Article a = read_ok(InputFile{
        "bai.md", std::string("---json\n{\"title\": \"Chi bộ sinh hoạt\", \"date\": \"") + date +
                      "\", \"category\": \"Xây dựng Đảng\"}\n---\n<p>Chi bộ ấp 3 vừa tổ chức "
                      "sinh hoạt chuyên đề về đạo đức cách mạng.</p>"});
    INFO(date);
    CHECK_FALSE(a.date);
    CHECK(has_warning(a, std::string("the date line gives a date that does not exist: ") + named));
    CHECK_FALSE(has_warning(a, "no date line"));
  }
}
