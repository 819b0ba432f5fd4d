// A gallery's captions opening a page that shows no title (article/untitled_page.h
// is_gallery_opening), on a made-up page shaped as tests/fixtures/real-eval48/tnmtbackan-1:
// before the rule the first caption was the title and the second a part's heading.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/reader.h"
#include "article/untitled_page.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kFirst = "ĐVTN giúp sửa nhà cho gia đình ông Lò Văn Páo, bản Nà Khoang";
const std::string kSecond = "ĐVTN giúp sửa nhà cho gia đình bà Lường Thị Xôm, bản Co Muông";
const std::string kLead =
    "Hưởng ứng chiến dịch thanh niên tình nguyện hè, ngày 30/7, Đoàn Thanh niên Sở Tài nguyên "
    "và Môi trường phối hợp với Đoàn xã kết nghĩa ra quân giúp hai gia đình chính sách sửa nhà.";
const std::string kText =
    "Với tinh thần xung kích, trong một buổi sáng các đoàn viên đã dựng lại mái nhà, lát nền "
    "và dọn dẹp khuôn viên cho hai gia đình chính sách của xã.";
const std::string kClose =
    "Đây là hoạt động ý nghĩa, thể hiện sự đồng hành của tuổi trẻ với các gia đình chính "
    "sách, góp phần tô đẹp hình ảnh người thanh niên tình nguyện.";

}  // namespace

TEST_CASE("gallery opening: the first of a gallery's captions where a title would stand") {
  // the first caption again at the end, as the page printed it (kept once: text_blocks.cpp
  // drop_captions_printed_again)
  Article a = read_text(kFirst + "\n" + kLead + "\n" + kText + "\n" + kSecond + "\n" + kClose +
                        "\n" + kFirst + "\n");
  CHECK(a.title.empty());
  CHECK(a.lead == kLead);
  std::size_t captions = 0;
  for (const Block& b : a.blocks) {
    if (b.text == kFirst || b.text == kSecond) CHECK(b.type == BlockType::Caption);
    captions += b.type == BlockType::Caption;
  }
  CHECK(captions == 2);
  CHECK(all_fields(a).find(kSecond) != std::string::npos);
}

TEST_CASE("gallery opening: a title told once again is still the title") {
  // the body's one short line opening as the title does: no gallery (two are asked)
  const std::string title = "ĐVTN giúp sửa nhà cho các gia đình chính sách xã Mỹ Phương";
  std::vector<Paragraph> body = {{kLead}, {kText}, {kSecond}, {kClose}};
  CHECK_FALSE(is_gallery_opening(title, body));
  CHECK(is_gallery_opening(kFirst, {{kLead}, {kSecond}, {kText}, {kFirst}}));
  Article a = read_text(title + "\n\n" + kLead + "\n\n" + kText + "\n\n" + kClose + "\n");
  CHECK(a.title == title);
}
