// The small facts the page and record readers lean on: agencies before a lead, the site's
// name after a title, hosts, publication times and dates in addresses.
#include <catch2/catch.hpp>

#include "article/published_time.h"
#include "article/source_names.h"

using namespace tuyentap;

TEST_CASE("agency prefixes come off a lead, places and words stay") {
  struct Case {
    const char* lead;
    const char* agency;  // nullptr: no prefix
    const char* rest;
  };
  const Case cases[] = {
      {"(PL+) - Tại Hoài Đức", "PL+", "Tại Hoài Đức"},
      {"(Dân trí) - Thứ trưởng", "Dân trí", "Thứ trưởng"},
      {"(BĐ) - Sáng 7/3", "BĐ", "Sáng 7/3"},
      {"(binhdinh.gov.vn) - Sáng 7/3", "binhdinh.gov.vn", "Sáng 7/3"},
      {"(NLĐO) – Chiều 6/3", "NLĐO", "Chiều 6/3"},
      {"(TNO) Chiều 6/3", "TNO", "Chiều 6/3"},
      {"TTO - Sáng nay 8-12", "TTO", "Sáng nay 8-12"},
      {"ANTD.VN - Trên các nền tảng", "ANTD.VN", "Trên các nền tảng"},
      {"GiadinhNet - Chiều 3/4", "GiadinhNet", "Chiều 3/4"},
      {"TP.HCM - Sáng nay, mưa lớn", nullptr, ""},
      {"Hà Nội - Sáng nay", nullptr, ""},
      {"(Hà Nội) Sáng nay", nullptr, ""},
      {"Sáng 24/12, Ban Tuyên giáo", nullptr, ""},
      {"COVID-19 - Số ca mắc mới", nullptr, ""},
      {"(PL+) - sau đó", nullptr, ""},
  };
  for (const Case& c : cases) {
    INFO(c.lead);
    auto p = agency_prefix(c.lead);
    if (!c.agency) {
      CHECK_FALSE(p);
      continue;
    }
    REQUIRE(p);
    CHECK(p->agency == c.agency);
    CHECK(std::string(c.lead).substr(p->length) == c.rest);
  }
}

TEST_CASE("the site's name comes off a title only when it names the site") {
  std::vector<std::string> vne{"", "vnexpress.net"};
  CHECK(strip_site_suffix("Phó chủ tịch bị bắn - VnExpress", vne) == "Phó chủ tịch bị bắn");
  CHECK(strip_site_suffix("Truyền thông | Báo Dân trí", {"dantri.com.vn"}) == "Truyền thông");
  CHECK(strip_site_suffix("Tin mới - Tuổi Trẻ Online", {"Tuổi Trẻ"}) == "Tin mới");
  CHECK(strip_site_suffix("Khởi tố ông A - bí thư Quận ủy", {"tuoitre.vn"}) ==
        "Khởi tố ông A - bí thư Quận ủy");
  CHECK(strip_site_suffix("Chỉ một tiêu đề", vne) == "Chỉ một tiêu đề");
}

TEST_CASE("hosts, domains and useless sections") {
  CHECK(url_host("https://www.Dantri.com.vn:443/xa-hoi/a.htm?x=1") == "dantri.com.vn");
  CHECK(url_host("//news.zing.vn/a") == "news.zing.vn");
  CHECK(url_host("/relative/path.html") == "");
  CHECK(url_host("mailto:a@b.vn") == "");
  CHECK(looks_like_domain("ZING.VN"));
  CHECK_FALSE(looks_like_domain("Báo Dân trí"));
  CHECK_FALSE(useful_topic("News"));
  CHECK_FALSE(useful_topic("Tin tức"));
  CHECK(useful_topic("Xây dựng Đảng"));
}

TEST_CASE("publication times: ISO with zones, Unix times, midnight, date lines") {
  auto t = [](const char* s) {
    auto v = parse_published_time(s);
    return v ? v->date.iso() + " " + v->time.value_or("-") : std::string("none");
  };
  CHECK(t("2016-01-18T17:26:00+07:00") == "2016-01-18 17:26");
  CHECK(t("2019-03-06T20:15:00Z") == "2019-03-07 03:15");
  CHECK(t("2019-03-07T08:30:00.000+0700") == "2019-03-07 08:30");
  CHECK(t("2019-03-07 08:30") == "2019-03-07 08:30");
  CHECK(t("2025-11-27T00:00:00") == "2025-11-27 -");
  CHECK(t("2018-12-03 00:00:00") == "2018-12-03 -");
  CHECK(t("1551922200") == "2019-03-07 08:30");
  CHECK(t("1551922200000") == "2019-03-07 08:30");
  CHECK(t("03/04/2014 16:22") == "2014-04-03 16:22");
  CHECK(t("2019-02-30") == "none");
  CHECK(t("hôm qua") == "none");
}

TEST_CASE("dates in addresses") {
  auto d = [](const char* url) {
    auto v = date_from_url(url);
    return v ? v->iso() : std::string("none");
  };
  CHECK(d("https://tuoitre.vn/khoi-to-20181208122830771.htm") == "2018-12-08");
  CHECK(d("https://example.vn/2019/03/07/bai-viet.html") == "2019-03-07");
  CHECK(d("https://news.zing.vn/tung-tin-post861659.html") == "none");
  CHECK(d("https://example.vn/a-99999999999999999.htm") == "none");
  CHECK(d("https://20181208122830771.example.vn/") == "none");
}
