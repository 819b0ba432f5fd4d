// `tuyentap build` on a one-article archive whose page sets a part's heading above its first
// paragraph: both books print the heading, then that paragraph (the lead), then the body, as
// the page does; `scan --json` says where the lead stands.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "cli/book_checks.h"
#include "cli/run.h"

using namespace tt_test;

namespace {

const std::string kHeading = "I. SỰ RA ĐỜI CỦA CHI BỘ ĐẦU TIÊN";
const std::string kLead =
    "Đầu năm 1930, sau khi Đảng Cộng sản Việt Nam ra đời, những đảng viên đầu tiên của huyện "
    "đã về hoạt động trong phong trào nông dân và lập ra chi bộ đầu tiên.";
const std::string kBody =
    "Từ chi bộ ấy, phong trào cách mạng của huyện lan rộng ra các xã, nhiều quần chúng ưu tú "
    "được bồi dưỡng, kết nạp vào Đảng trong những năm khó khăn nhất.";

// "" when heading, lead and body stand in `text` in that order; else what is out of place.
std::string out_of_order(const std::string& text) {
  const std::size_t h = text.find(kHeading), l = text.find(kLead), b = text.find(kBody);
  if (h == std::string::npos || l == std::string::npos || b == std::string::npos)
    return "missing: " + text;
  return h < l && l < b ? "" : "out of order: " + text;
}

}  // namespace

TEST_CASE("a heading above the first paragraph stays above it in both books") {
  const std::string dir = fresh_dir("lead-order");
  const std::string archive = dir + "/archive";
  run("mkdir -p '" + archive + "'");
  std::ofstream(archive + "/lich-su.txt")
      << "Lịch sử Đảng bộ huyện qua các thời kỳ\n\nThứ Hai, 04/03/2019\n\n"
      << kHeading << "\n\n"
      << kLead << "\n\n"
      << kBody << "\n\nMinh Hà\n";

  RunResult scan = run(tuyentap() + " scan --json '" + archive + "'");
  INFO(scan.out);
  CHECK(scan.out.find("\"lead_at\": 1") != std::string::npos);

  RunResult r = run("cd '" + dir + "' && SOURCE_DATE_EPOCH=1577836800 " + tuyentap() + " build '" +
                    archive + "' --year 2019 --by none --title 'Lịch sử' --output .");
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
  const std::string epub = dir + "/lich-su.epub", pdf = dir + "/lich-su.pdf";
  const std::string report = slurp(dir + "/report.json");

  const std::string xhtml = fold_ws(run("unzip -p '" + epub + "' '*.xhtml'").out);
  CHECK(out_of_order(xhtml) == "");
  // under a part's heading the first paragraph is body text, no sapo
  CHECK(xhtml.find("class=\"lead\"") == std::string::npos);
  CHECK(out_of_order(epub_text(epub)) == "");
  CHECK(out_of_order(pdf_body_text(pdf, running_heads(report, "Lịch sử"))) == "");
  CHECK(pdf_problems(pdf) == "");
  // the check every book test makes follows the page's order too
  auto expected = included_articles({archive}, report);
  REQUIRE(expected.size() == 1);
  CHECK(first_missing_in_order(epub_text(epub), expected, true) == "");
  CHECK(first_missing_in_order(pdf_body_text(pdf, running_heads(report, "Lịch sử")), expected,
                               true) == "");
}
