// The page's <title> line over its own header (article/tab_title.h), with the site's name after
// it (" - Báo X", " – Đảng bộ X", " | Cổng TTĐT …", a domain; any dash), over a title and the
// opening photo's caption, or over a menu, a kicker, the title and its date line: the title,
// caption, date and lead are those of the page without it. Near misses: the title printed twice in
// a row, the top line repeated only inside the body text, another line first.
#include "article/tab_title.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "article/reader.h"
#include "fixtures.h"
#include "made_up_pages.h"

using namespace tuyentap;
using namespace tuyentap::testing;

namespace {

const std::string& kTitle = kWardMeetingTitle;
const std::string& kLead = kWardMeetingLead;
const std::string& kSecond = kWardMeetingSecond;

std::string page_of(const std::vector<std::string>& ls) {
  std::string s;
  for (const std::string& l : ls) s += l + "\n";
  return s;
}

// the site's name after the page's title, as tabs show it
const std::vector<std::string> kSites = {" - Báo Đà Nẵng", " – Đảng bộ tỉnh Bình Thuận",
                                         " | Cổng TTĐT huyện Tân Yên", " - baodanang.vn",
                                         " — Báo Đà Nẵng"};

}  // namespace

TEST_CASE("tab title: the page's <title> line over the title and the opening photo's caption") {
  const std::string title =
      "Đồng chí Trưởng ban Tuyên giáo Tỉnh ủy dự sinh hoạt Chi bộ tại xóm Sòng, xã An Khánh";
  const std::string page =
      title + "\nĐồng chí Trưởng ban Tuyên giáo Tỉnh ủy phát biểu tại buổi sinh hoạt\n\n" + kLead +
      "\n\n" + kSecond + "\n";
  Article plain = read_text(page);
  REQUIRE(plain.title == title);
  REQUIRE(captions_in(plain) == 1);
  for (const std::string& site : kSites) {
    INFO(site);
    Article a = read_text(title + site + "\n" + page);
    CHECK(a.title == title);
    CHECK(captions_in(a) == 1);
    CHECK(a.lead == kLead);
  }
}

TEST_CASE("tab title: the page's <title> line over a kicker, the title and its date line") {
  for (const std::string& site : kSites) {
    const std::string top = kTitle + site;
    for (const std::string& date :
         {std::string("05/12/2022 17:41"), std::string("Thứ Hai, 05/12/2022 | 17:41")}) {
      std::vector<std::string> page = {
          top, "Trang chủ | Tin tức | Liên hệ", "Xây dựng Đảng", kTitle, date, kLead, kSecond};
      INFO(top << " / " << date);
      Article a = read_text(page_of(page));
      CHECK(a.title == kTitle);
      REQUIRE(a.date);
      CHECK(a.date->iso() == "2022-12-05");
      CHECK(a.time.value_or("") == "17:41");
      CHECK(a.lead == kLead);
    }
  }
}

TEST_CASE("tab title: which first lines are the page's <title> line") {
  const std::string named = kTitle + " - Báo Đà Nẵng";
  std::vector<std::string_view> top = {named, "Trang chủ", kTitle, kLead};
  CHECK(tab_title_first(top));
  std::vector<std::string_view> bare = {kTitle, "Trang chủ", "05/12/2022", kTitle, kLead};
  CHECK(tab_title_first(bare));
  // near misses: twice in a row (kept once by the reader), a copy only in the body text,
  // another line first
  std::vector<std::string_view> in_a_row = {kTitle, kTitle, "05/12/2022", kLead};
  CHECK_FALSE(tab_title_first(in_a_row));
  std::vector<std::string_view> in_body = {kTitle, "05/12/2022", kLead, kTitle, kSecond};
  CHECK_FALSE(tab_title_first(in_body));
  std::vector<std::string_view> other = {"Trang chủ", "05/12/2022", kTitle, kLead};
  CHECK_FALSE(tab_title_first(other));
}
