// The duplicate finder (book/dedup.h) alone, timed on N generated bodies (folded keys):
//   dedup_bench near N      one long sentence with a different number in each: near-identical,
//                           none a duplicate of another (word 4-shingle similarity about 0.8)
//   dedup_bench distinct N  80 words each, drawn at random from 5,000
// Prints the seconds and the copies found (bench/run-dedup runs both at 100,000).
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "book/dedup.h"

namespace {

std::vector<std::string> near_identical(int n) {
  std::vector<std::string> keys;
  for (int i = 0; i < n; ++i) {
    keys.push_back(" chi bo so " + std::to_string(i) +
                   " vua to chuc sinh hoat chuyen de ve hoc tap va lam theo tu tuong dao duc "
                   "phong cach ho chi minh voi su tham du cua dong chi bi thu dang uy va cac "
                   "dang vien trong chi bo nhan dip ky niem ngay thanh lap dang ");
  }
  return keys;
}

std::vector<std::string> distinct(int n) {
  std::vector<std::string> keys;
  std::uint64_t seed = 20190128;
  for (int i = 0; i < n; ++i) {
    std::string key = " ";
    for (int w = 0; w < 80; ++w) {
      seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
      key += "t" + std::to_string((seed >> 33) % 5000) + " ";
    }
    keys.push_back(std::move(key));
  }
  return keys;
}

}  // namespace

int main(int argc, char** argv) {
  std::string kind = argc > 1 ? argv[1] : "";
  int n = argc > 2 ? std::atoi(argv[2]) : 100000;
  if ((kind != "near" && kind != "distinct") || n < 1) {
    std::fprintf(stderr, "usage: dedup_bench near|distinct [N]\n");
    return 2;
  }
  std::vector<std::string> keys = kind == "near" ? near_identical(n) : distinct(n);
  std::vector<tuyentap::book::DedupItem> items;
  for (int i = 0; i < n; ++i) {
    items.push_back({"id" + std::to_string(i), "bai " + std::to_string(i), "2019-01-28",
                     &keys[static_cast<std::size_t>(i)], 0});
  }
  auto start = std::chrono::steady_clock::now();
  std::vector<int> dup = tuyentap::book::find_duplicates(items);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  int copies = 0;
  for (int d : dup) copies += d >= 0;
  std::printf("%s %d: %.2f s, %d copies found\n", kind.c_str(), n, seconds, copies);
  return 0;
}
