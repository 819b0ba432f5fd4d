// The time stamps of a list closing the page (article/closing_stamps.h): two or more date lines
// in a row with nothing after them date nothing and are left out; one date line last is the
// article's own date.
#include "article/closing_stamps.h"

#include <catch2/catch.hpp>
#include <string>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kTitle =
    "Chi bộ khu phố 3 tổ chức sinh hoạt chuyên đề về học tập và làm theo Bác";
const std::string kLead =
    "Chiều 12/3, Chi bộ khu phố 3 tổ chức sinh hoạt chuyên đề quý I với nội dung học tập và làm "
    "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng trong sạch, vững mạnh.";
const std::string kLast =
    "Kết thúc buổi sinh hoạt, các đảng viên đăng ký những việc làm cụ thể để thực hiện trong "
    "năm, gắn với nhiệm vụ được giao tại khu phố và nơi cư trú.";
const std::string kStamps = "09:12 20/11/2024\n08:47 20/11/2024\n08:30 19/11/2024\n";

std::vector<Paragraph> paras(std::initializer_list<const char*> texts) {
  std::vector<Paragraph> out;
  for (const char* t : texts) out.push_back(Paragraph{t, PhotoHint::None});
  return out;
}

}  // namespace

TEST_CASE("closing stamps: two date lines or more closing the text") {
  CHECK(closing_stamps_begin(paras({"Văn bản.", "09:12 20/11/2024", "08:47 20/11/2024"})) == 1);
  CHECK(closing_stamps_begin(paras({"Văn bản.", "20/11/2024", "19/11/2024", "18/11/2024"})) == 1);
  // near misses: one date line last (the article's own), date lines with text after them
  CHECK(closing_stamps_begin(paras({"Văn bản.", "09:12 20/11/2024"})) == 2);
  CHECK(closing_stamps_begin(paras({"09:12 20/11/2024", "08:47 20/11/2024", "Văn bản."})) == 3);
}

TEST_CASE("closing stamps: a list's stamps date nothing and are no part of the text") {
  Article a = read_text(kTitle + "\n12/03/2024 15:20\n" + kLead + "\n" + kLast + "\n" + kStamps);
  REQUIRE(a.date);
  CHECK(a.date->iso() == "2024-03-12");
  REQUIRE_FALSE(a.blocks.empty());
  CHECK(a.blocks.back().text == kLast);
  CHECK(all_fields(a).find("20/11/2024") == std::string::npos);
  // no date over the text: the stamps give none
  Article b = read_text(kTitle + "\n" + kLead + "\n" + kLast + "\n" + kStamps);
  CHECK_FALSE(b.date);
  // near miss: one date line under the text is the article's own
  Article c = read_text(kTitle + "\n" + kLead + "\n" + kLast + "\n09:12 20/11/2024\n");
  REQUIRE(c.date);
  CHECK(c.date->iso() == "2024-11-20");
}
