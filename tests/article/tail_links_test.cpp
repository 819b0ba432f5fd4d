// Body lines that the cut-off tail repeats (a related article's title, article/text_prepare.cpp
// step 4), and the search that finds them (article/occurs_in.h); pages made for the test.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "article/occurs_in.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kHeader =
    "Xây dựng Đảng\n\nXã Tân Hòa kết nạp ba đảng viên mới\n\nThứ Ba, 12/03/2019 | 09:45\n\n"
    "Sáng 12/3, Đảng ủy xã Tân Hòa tổ chức lễ kết nạp ba quần chúng ưu tú vào Đảng, đều là "
    "những đoàn viên tích cực trong lao động, sản xuất.\n\n";
const std::string kLast =
    "Năm nay, Đảng bộ xã phấn đấu kết nạp thêm mười đảng viên mới, chú trọng đoàn viên thanh "
    "niên, người lao động giỏi ở các thôn, ấp.\n\n";

}  // namespace

TEST_CASE("occurs in: each needle as text.find finds it") {
  const std::string text = "» Hội nghị triển khai nhiệm vụ năm 2019\n» Tin khác\nabcabcabd";
  const std::vector<std::string_view> needles = {"Hội nghị triển khai nhiệm vụ năm 2019",
                                                 "Hội nghị triển khai nhiệm vụ năm 2020",
                                                 "abcabd",
                                                 "abcabcabd",
                                                 "abcabcabdx",
                                                 "Tin khác",
                                                 "Tin khác",
                                                 "",
                                                 "d"};
  const std::vector<bool> found = occurs_in(text, needles);
  REQUIRE(found.size() == needles.size());
  for (std::size_t i = 0; i < needles.size(); ++i) {
    INFO(needles[i]);
    CHECK(found[i] == (!needles[i].empty() && text.find(needles[i]) != std::string::npos));
  }
}

TEST_CASE("occurs in: every substring of a repetitive text, and what is not in it") {
  std::string text;
  for (int i = 0; i < 200; ++i) text += (i % 7 == 3) ? "ab" : "a";
  std::vector<std::string> owned;
  for (std::size_t len = 1; len < 12; ++len)
    for (std::size_t at = 0; at + len <= 40; at += 3) {
      owned.push_back(text.substr(at, len));
      owned.push_back(text.substr(at, len) + "bb");
    }
  const std::vector<std::string_view> needles(owned.begin(), owned.end());
  const std::vector<bool> found = occurs_in(text, needles);
  for (std::size_t i = 0; i < needles.size(); ++i) {
    INFO(needles[i]);
    CHECK(found[i] == (text.find(needles[i]) != std::string::npos));
  }
}

TEST_CASE("occurs in: 10,000 copies of a line found early cost nothing where it recurs") {
  // Copies of one line were each looked at wherever the line recurs in the text (here at
  // every other byte of 1 MB) while another needle was still unfound: 10^4 x 5 x 10^5 steps.
  std::string text;
  for (int i = 0; i < 500000; ++i) text += "a ";
  std::vector<std::string_view> needles(10000, "a a a");
  needles.push_back("a b a");  // the same length, never found: the search goes on to the end
  const std::vector<bool> found = occurs_in(text, needles);
  CHECK(std::count(found.begin(), found.end(), true) == 10000);
  CHECK_FALSE(found.back());
}

TEST_CASE("tail links: a body line the tail repeats goes, the others stay") {
  const std::string text =
      kHeader + "Hội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm 2019\n\n" + kLast +
      "Hội nghị tổng kết công tác xây dựng Đảng năm 2018\n\n" + kLast +
      "Tin liên quan\n\nHội nghị triển khai nhiệm vụ công tác xây dựng Đảng năm 2019 "
      "(12/03/2019)\n\nTin khác của chuyên mục\n";
  Article a = read_ok(InputFile{"bai.txt", text});
  CHECK(all_fields(a).find("nhiệm vụ công tác") == std::string::npos);
  CHECK(all_fields(a).find("Hội nghị tổng kết công tác") != std::string::npos);
}

TEST_CASE("tail links: 10,000 lines over a 1 MB tail cost a pass over the tail, not one each") {
  // Each line searched the whole tail, and a tail of 'a a a …' matched each line's opening at
  // every other byte: 10,000 lines took minutes; all lines of one length now take one pass.
  std::string body;
  for (int i = 0; i < 10000; ++i)
    body += "a a a a a a a a " + std::to_string(10000 + i) + "\n\nChi bộ họp.\n\n";
  std::string tail = "Tin liên quan\n\n";
  for (int i = 0; i < 500000; ++i) tail += "a ";
  tail += "a 10007\n";
  Article a = read_ok(InputFile{"bai.txt", kHeader + body + kLast + tail});
  const std::string fields = all_fields(a);
  CHECK(fields.find("a a a a a a a a 10007") == std::string::npos);  // the tail repeats it
  CHECK(fields.find("a a a a a a a a 10008") != std::string::npos);
  CHECK(fields.find("Tin liên quan") == std::string::npos);
}
