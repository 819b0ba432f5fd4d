// A photo's name typed without the marks and numbered, where the photo stood, on a page
// written with them (real-eval42/vaithieuthanhha-1's shape, on a made-up page).
#include "article/unmarked_photo_names.h"

#include <catch2/catch.hpp>

#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string kPage =
    "Xã Tân Lập đón bằng công nhận xã nông thôn mới\n\n"
    "Sáng ngày 12/3/2024, Đảng ủy, UBND xã Tân Lập tổ chức lễ đón bằng công nhận xã đạt chuẩn "
    "nông thôn mới năm 2023.\n\n"
    "Le don bang nong thon moi xa tan lap 1\n\n"
    "Xã Tân Lập có diện tích tự nhiên gần 900 ha, với trên 2.000 hộ dân; những năm qua, cán "
    "bộ và nhân dân trong xã đã chung sức xây dựng nông thôn mới.\n\n"
    "Le don bang nong thon moi xa tan lap 2\n\n"
    "Dịp này, Chủ tịch UBND huyện đã trao bằng công nhận cho xã Tân Lập.\n\n"
    "Nguyễn Minh\n";

}  // namespace

TEST_CASE("unmarked photo names: a numbered name without the text's marks is the photo's place") {
  Article a = read_ok(InputFile{"trang.txt", kPage});
  CHECK(a.title == "Xã Tân Lập đón bằng công nhận xã nông thôn mới");
  for (const Block& b : a.blocks) CHECK(b.text.find("nong thon moi") == std::string::npos);
  CHECK(a.author == "Nguyễn Minh");
  std::vector<std::string> lines = {"Xã Tân Lập đón bằng công nhận nông thôn mới"};
  UnmarkedPhotoNames names(lines);
  CHECK(names.is_photo_name("Xa Tan Lap nong thon moi 2"));
  // no number, words the text does not write with marks, or English: no photo's name
  CHECK_FALSE(names.is_photo_name("Xa Tan Lap nong thon moi"));
  CHECK_FALSE(names.is_photo_name("Smart City Expo 2"));
  CHECK_FALSE(names.is_photo_name("Tan Lap 2"));
  CHECK_FALSE(names.is_photo_name("Xa Tan Lap, nong thon moi 2"));
}

TEST_CASE("unmarked photo names: a page typed without its marks keeps such lines") {
  std::string unmarked =
      "Xa Tan Lap don bang cong nhan xa nong thon moi\n\n"
      "Sang ngay 12/3/2024, Dang uy, UBND xa Tan Lap to chuc le don bang cong nhan xa dat chuan "
      "nong thon moi nam 2023.\n\n"
      "Le don bang nong thon moi xa tan lap 1\n\n"
      "Xa Tan Lap co dien tich tu nhien gan 900 ha, voi tren 2.000 ho dan.\n";
  Article a = read_ok(InputFile{"trang.txt", unmarked});
  bool kept = false;
  for (const Block& b : a.blocks)
    kept = kept || b.text.find("le don bang") != std::string::npos ||
           b.text.find("Le don bang") != std::string::npos;
  CHECK(kept);
}
