// The documents an article points to at its end (article/document_tail.h), on small made-up
// pages: the names of the resolutions under "Văn bản liên quan:" and where a resolution's full
// text is are the article's, kept in the book after its byline; a box of related news is not.
#include "article/document_tail.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kText =
    "Chi bộ thôn Đông học tập Nghị quyết Trung ương 5\n\n"
    "Sáng 15/8, Chi bộ thôn Đông tổ chức hội nghị học tập, quán triệt Nghị quyết Hội nghị Trung "
    "ương 5 khóa XIII cho toàn thể đảng viên trong chi bộ.\n\n"
    "Hội nghị là dịp để mỗi đảng viên nâng cao nhận thức, trách nhiệm, đưa nghị quyết vào cuộc "
    "sống, góp phần xây dựng chi bộ trong sạch, vững mạnh.\n\n";
const std::string kResolution =
    "Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về tăng cường "
    "củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên";
const std::string kConclusion = "Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị Trung ương 4";
const std::string kFullText =
    "Toàn văn Nghị quyết: https://tulieuvankien.dangcongsan.vn/nghi-quyet-21.html";

std::vector<std::string> paragraphs(const Article& a) {
  std::vector<std::string> out;
  for (const Block& b : a.blocks)
    if (b.type == BlockType::Paragraph) out.push_back(b.text);
  return out;
}

bool has_paragraph(const Article& a, const std::string& text) {
  auto p = paragraphs(a);
  return std::find(p.begin(), p.end(), text) != p.end();
}

}  // namespace

TEST_CASE("document tail: a document is named by its kind and its number") {
  CHECK(names_document(kResolution));
  CHECK(names_document("- Chỉ thị 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp"));
  CHECK(names_document("Quyết định số 99 của Ban Thường vụ Tỉnh ủy"));
  // a date is no number, nor a disease's name; a sentence about a resolution is no name
  CHECK_FALSE(names_document("Kế hoạch tổ chức ngày 16/6/2022 tại hội trường"));
  CHECK_FALSE(names_document("Kế hoạch phòng chống COVID-19 của xã"));
  CHECK_FALSE(names_document("Bài viết về Nghị quyết số 21-NQ/TW"));
  CHECK_FALSE(names_document("Nghị quyết số 21-NQ/TW đã đi vào cuộc sống. Các chi bộ đều làm tốt"));
  CHECK(points_to_full_text(kFullText));
  CHECK(points_to_full_text("Xem toàn văn Chỉ thị số 35-CT/TW tại đây"));
  CHECK_FALSE(points_to_full_text("Toàn văn"));
  CHECK_FALSE(points_to_full_text(
      "Toàn văn bài phát biểu của đồng chí Bí thư được các đảng viên đón nhận với sự đồng tình "
      "và quyết tâm cao."));
}

TEST_CASE("document tail: related documents under the byline are the article's") {
  Article a = read_ok(InputFile{"a.txt", kText + "Nguyễn Văn An\n\nVăn bản liên quan:\n\n" +
                                             kResolution + "\n\n" + kConclusion + "\n"});
  CHECK(a.author == "Nguyễn Văn An");
  auto p = paragraphs(a);
  REQUIRE(p.size() >= 3);
  CHECK(p[p.size() - 3] == "Văn bản liên quan:");
  CHECK(p[p.size() - 2] == kResolution);
  CHECK(p.back() == kConclusion);
  CHECK_FALSE(has_warning(a, "site chrome left out"));
}

TEST_CASE("document tail: where the full text is, after the last sentence, is kept") {
  Article a = read_ok(InputFile{"a.txt", kText + kFullText + "\n"});
  CHECK(has_paragraph(a, kFullText));
  Article b = read_ok(InputFile{"a.txt", kText + "Minh Anh\n\n" + kFullText + "\n"});
  CHECK(b.author == "Minh Anh");
  CHECK(has_paragraph(b, kFullText));
}

TEST_CASE("document tail: a box of related news stays the page's chrome") {
  Article a = read_ok(
      InputFile{"a.txt", kText + "Nguyễn Văn An\n\nTin liên quan:\n\n"
                                 "Xã Tân Hòa ra mắt mô hình dân vận khéo\n\n"
                                 "Huyện Đông Anh tổng kết công tác xây dựng Đảng năm 2022\n"});
  CHECK(a.author == "Nguyễn Văn An");
  CHECK_FALSE(has_paragraph(a, "Tin liên quan:"));
  CHECK_FALSE(has_paragraph(a, "Xã Tân Hòa ra mắt mô hình dân vận khéo"));
  CHECK(has_warning(a, "site chrome left out"));
}
