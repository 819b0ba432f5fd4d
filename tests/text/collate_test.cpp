#include "text/collate.h"

#include <catch2/catch.hpp>
#include <string>
#include <thread>
#include <vector>

using namespace tuyentap;

TEST_CASE("Vietnamese letters sort after their base letters") {
  CHECK(vi_less("an", "ăn"));
  CHECK(vi_less("ăn", "ân"));
  CHECK(vi_less("ân", "bàn"));
  CHECK(vi_less("dương", "đá"));
  CHECK(vi_less("zê", "đá") == false);  // đ is its own letter after d, before e
  CHECK(vi_less("đá", "em"));
  CHECK(vi_less("en", "ên"));
  CHECK(vi_less("on", "ôn"));
  CHECK(vi_less("ôn", "ơn"));
  CHECK(vi_less("un", "ưn"));
  CHECK(vi_less("ưn", "vân"));
}

TEST_CASE("tones are a secondary difference: grave hook tilde acute dot") {
  std::vector<std::string> words = {"mạ", "má", "mã", "mả", "mà", "ma"};
  vi_sort(words);
  CHECK(words == std::vector<std::string>{"ma", "mà", "mả", "mã", "má", "mạ"});
  // Secondary: a tone does not outweigh a later base letter.
  CHECK(vi_less("má", "mai"));
}

TEST_CASE("sort keys order like vi_less, and vi_sort is stable") {
  CHECK(vi_sort_key("Bạc Liêu") < vi_sort_key("Cà Mau"));
  CHECK(vi_sort_key("Đà Nẵng") > vi_sort_key("Dak Lak"));
  CHECK(vi_sort_key("a") < vi_sort_key("ab"));
  std::vector<std::string> v = {"Đảng", "Ban", "đảng", "Cán bộ", "Ân"};
  vi_sort(v);
  CHECK(v.front() == "Ân");
  CHECK(v[1] == "Ban");
  CHECK(v[2] == "Cán bộ");
  // NFD sorts like NFC.
  CHECK(vi_sort_key("Vie\xCC\xA3\xCC\x82t") == vi_sort_key("Việt"));
}

TEST_CASE("the collator can be used from several threads at once") {
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      int good = 0;
      for (int i = 0; i < 2000; ++i) good += vi_less("ăn", "ân") && !vi_less("đá", "dương");
      ok[t] = good;
    });
  for (auto& th : threads) th.join();
  for (int v : ok) CHECK(v == 2000);
}
