// The plain-text reader's first half (article/text_prepare.h): its guard against an article
// emptied by the chrome rules (step 6).
#include "article/text_prepare.h"

#include <catch2/catch.hpp>
#include <string>

#include "article/chrome.h"
#include "article/reader.h"
#include "fixtures.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

// A clerk's markers: "Theo *" as a line to drop, for the source lines ("Theo báo Nhân Dân")
// one site prints under its articles; this page's every paragraph opens with "Theo".
const char* const kPage =
    "Hội nghị sơ kết công tác xây dựng Đảng\n\n"
    "12/05/2021\n\n"
    "Theo báo cáo của Ban Thường vụ Huyện ủy, sáu tháng đầu năm các chi bộ đã kết nạp "
    "thêm mười hai đảng viên mới.\n\n"
    "Theo đánh giá của hội nghị, chất lượng sinh hoạt chi bộ ở nhiều nơi đã được nâng lên "
    "rõ rệt so với cùng kỳ.\n";

ChromeMarkers markers_with_theo() {
  ChromeMarkers m = default_chrome_markers();
  m.drop_line.push_back("Theo *");
  return m;
}

}  // namespace

TEST_CASE("an article the chrome rules would empty keeps its sentences, and says so") {
  ChromeMarkers m = markers_with_theo();
  PreparedText t = prepare_text(kPage, ChromeMatcher(m));
  CHECK(t.kept_prose == 2);
  ReadOptions opts;
  opts.chrome = &m;
  Article a = read_ok({"trang.txt", kPage}, opts);
  CHECK(a.title == "Hội nghị sơ kết công tác xây dựng Đảng");
  CHECK(a.lead.starts_with("Theo báo cáo của Ban Thường vụ Huyện ủy"));
  REQUIRE(a.blocks.size() == 1);
  CHECK(a.blocks[0].text.starts_with("Theo đánh giá của hội nghị"));
  CHECK(has_warning(a, std::string(kBodyKept) + "2 lines"));
}

TEST_CASE("the guard leaves an article with text of its own alone") {
  // One paragraph opens with "Theo", the other does not: that one is dropped as the
  // clerk's marker asks, and nothing is put back.
  std::string page = kPage;
  page.replace(page.find("Theo đánh giá"), 4, "Qua");
  ChromeMarkers m = markers_with_theo();
  PreparedText t = prepare_text(page, ChromeMatcher(m));
  CHECK(t.kept_prose == 0);
  ReadOptions opts;
  opts.chrome = &m;
  Article a = read_ok({"trang.txt", page}, opts);
  CHECK(a.lead.starts_with("Qua đánh giá"));
  CHECK_FALSE(has_warning(a, kBodyKept));
}
