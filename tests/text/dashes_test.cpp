#include "text/dashes.h"

#include <catch2/catch.hpp>

using namespace tuyentap;

TEST_CASE("range dashes: a spaced hyphen between numbers or dates becomes an en dash") {
  CHECK(range_dashes("nhiệm kỳ 2020 - 2022") == "nhiệm kỳ 2020 \xE2\x80\x93 2022");
  CHECK(range_dashes("(19/5/1890 - 19/5/2019)") == "(19/5/1890 \xE2\x80\x93 19/5/2019)");
  CHECK(range_dashes("(1890) - (2019)") == "(1890) \xE2\x80\x93 (2019)");
  // compounds, words, list dashes and unspaced ranges stay as written
  CHECK(range_dashes("chính trị - xã hội") == "chính trị - xã hội");
  CHECK(range_dashes("kinh tế-xã hội 2020-2022") == "kinh tế-xã hội 2020-2022");
  CHECK(range_dashes("- 2020 - ") == "- 2020 - ");
  CHECK(range_dashes("năm 2019 - Đảng") == "năm 2019 - Đảng");
  CHECK(range_dashes("") == "");
}
