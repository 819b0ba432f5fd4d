// The duplicate finder's work stays linear in the number of bodies (book/dedup_lsh.h): it
// counts the pairs it compares by content, so a return to comparing every pair of a crowded
// bucket fails here without timing anything.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "book/dedup.h"

using namespace tuyentap;

namespace {

// One long sentence with another number in each: every body shares most of its bands with
// every other (one crowded bucket per band), and none is a copy (similarity about 0.85).
std::string alike(int number) {
  return " chi bo so " + std::to_string(number) +
         " vua to chuc sinh hoat chuyen de ve hoc tap va lam theo tu tuong dao duc phong cach "
         "ho chi minh voi su tham du cua dong chi bi thu dang uy va cac dang vien trong chi bo "
         "nhan dip ky niem ngay thanh lap dang ";
}

std::vector<book::DedupItem> items_of(const std::vector<std::string>& bodies) {
  std::vector<book::DedupItem> items;
  for (size_t i = 0; i < bodies.size(); ++i)
    items.push_back(
        {"id" + std::to_string(i), "t" + std::to_string(i), "2019-01-28", &bodies[i], 0});
  return items;
}

std::vector<std::pair<size_t, int>> copies_found(const std::vector<int>& dup) {
  std::vector<std::pair<size_t, int>> found;
  for (size_t i = 0; i < dup.size(); ++i) {
    if (dup[i] >= 0) found.emplace_back(i, dup[i]);
  }
  return found;
}

}  // namespace

TEST_CASE("dedup: thousands of alike bodies cost a bounded number of comparisons each") {
  const int n = 3000;
  std::vector<std::string> bodies;
  for (int i = 0; i < n; ++i) bodies.push_back(alike(i));
  // Planted far from their originals: a copy letter for letter, and one with a few words more.
  bodies.push_back(bodies[5]);
  bodies.push_back(bodies[17] + "them mot cau ");
  book::DedupWork work;
  auto dup = book::find_duplicates(items_of(bodies), &work);
  CHECK(copies_found(dup) == std::vector<std::pair<size_t, int>>{{n, 5}, {n + 1, 17}});
  // Linear: a few dozen per body (every pair of the crowded buckets would be millions).
  CHECK(work.compared > 0);
  CHECK(work.compared <= 64 * bodies.size());
}

TEST_CASE("dedup: thousands of copies letter for letter are grouped without comparing them") {
  std::vector<std::string> bodies(2000, alike(7));
  bodies.push_back(alike(8));  // alike, not a copy
  book::DedupWork work;
  auto dup = book::find_duplicates(items_of(bodies), &work);
  for (size_t i = 1; i < 2000; ++i) REQUIRE(dup[i] == 0);
  CHECK(dup[0] == -1);
  CHECK(dup[2000] == -1);
  CHECK(work.compared == 1);  // the one body that is not a copy, against the first
}
