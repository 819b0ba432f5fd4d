// A whole page saved hard-wrapped at 70 or 72 columns (a browser's "Save as text") reads as
// the same page unwrapped: its title's last word alone on a line ("2021") is no counter's
// number for the chrome rules, its lead is the whole first paragraph, and the scorer's title
// is the whole title.
#include <catch2/catch.hpp>
#include <string>
#include <variant>
#include <vector>

#include "article/chrome.h"
#include "article/column_wrap.h"
#include "article/text_lines.h"
#include "article/text_reader.h"
#include "greedy_wrap.h"

using namespace tuyentap;

namespace {

const char* const kTitle =
    "Huyện Thanh Trì: Triển khai kế hoạch công tác kiểm tra, giám sát năm 2021";
const char* const kLead =
    "Chiều 12/01, Ủy ban Kiểm tra Huyện ủy Thanh Trì tổ chức hội nghị triển khai kế hoạch công "
    "tác kiểm tra, giám sát năm 2021. Dự và chỉ đạo hội nghị có đồng chí Lã Văn Huy, Ủy viên "
    "Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy.";
const char* const kBody =
    "Năm 2021, Ủy ban Kiểm tra các cấp tập trung kiểm tra tổ chức đảng và đảng viên khi có dấu "
    "hiệu vi phạm, giám sát chuyên đề việc thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ "
    "XXV, nhiệm kỳ 2020 - 2025, và Quy định số 08-QĐi/TW về trách nhiệm nêu gương.";

// Greedy wrap at `width` of each line longer than it.
std::string wrap(const std::string& text, std::size_t width) {
  std::vector<std::string> paragraphs;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    paragraphs.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  std::string out;
  for (const std::string& line : test::greedy_wrap(paragraphs, width, false)) {
    out += line;
    out += '\n';
  }
  out.pop_back();
  return out;
}

}  // namespace

TEST_CASE("a page hard-wrapped at 70 or 72 columns reads as the page unwrapped") {
  const std::string page = std::string("Đảng, đoàn thể\n\n") + kTitle +
                           "\nNgày đăng 13/01/2021 | 14:28\n\n" + kLead + "\n\n" + kBody + "\n";
  ChromeMatcher chrome(default_chrome_markers());
  for (std::size_t width : {70u, 72u}) {
    CAPTURE(width);
    const std::string wrapped = wrap(page, width);
    REQUIRE(wrapped.find("năm\n2021") != std::string::npos);  // the title's year alone
    auto got = read_text_page(wrapped, chrome);
    REQUIRE(std::holds_alternative<Article>(got));
    const Article& a = std::get<Article>(got);
    CHECK(a.title == kTitle);
    CHECK(a.lead == kLead);
    REQUIRE(a.date.has_value());
    CHECK(a.date->iso() == "2021-01-13");
  }
}

TEST_CASE("a page of one paragraph per line is not unwrapped") {
  CHECK_FALSE(unwrapped_text({std::string("Tựa bài"), "", kLead, "", kBody}).has_value());
}
