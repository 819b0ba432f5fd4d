#include "book/report_chrome.h"

#include <catch2/catch.hpp>

using namespace tuyentap;

TEST_CASE("the report names each folder's learned chrome lines, or says nothing") {
  CHECK(learned_chrome_text({}).empty());
  LearnedChrome l;
  l.group = "kho/2019";
  l.files = 12;
  l.lines = 7;
  l.examples = {"TIN TỨC MỚI", "Liên kết website"};
  std::string text = learned_chrome_text({l});
  CHECK(text.find("DÒNG GIAO DIỆN TRANG WEB ĐÃ LƯỢC BỎ") != std::string::npos);
  CHECK(text.find("thư mục «kho/2019» (12 tệp): 7 dòng") != std::string::npos);
  CHECK(text.find("«TIN TỨC MỚI»") != std::string::npos);
  CHECK(text.find("«Liên kết website»") != std::string::npos);
}
