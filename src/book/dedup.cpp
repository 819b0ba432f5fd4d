#include "book/dedup.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "base/hash.h"

namespace tuyentap::book {

namespace {

constexpr int kShingleWords = 4;
constexpr int kMinWords = 20;  // shorter bodies (a photo and a caption) are not compared
constexpr int kBins = 96;      // MinHash values per article
constexpr int kRows = 6;       // per band: 16 bands; P(candidate) ≈ 0.99999 at s = 0.9
constexpr double kThreshold = 0.9;

// Sorted, distinct hashes of every run of kShingleWords words.
std::vector<std::uint64_t> shingles(const std::string& key, int* words_out = nullptr) {
  // Word start offsets in " w1 w2 … wn ".
  std::vector<size_t> starts;
  for (size_t i = 0; i + 1 < key.size(); ++i) {
    if (key[i] == ' ') starts.push_back(i + 1);
  }
  int words = static_cast<int>(starts.size());
  if (words_out) *words_out = words;
  std::vector<std::uint64_t> out;
  if (words == 0) return out;
  std::string_view k(key);
  int n = std::max(1, words - kShingleWords + 1);
  out.reserve(static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) {
    int last = std::min(words, i + kShingleWords);  // one past the last word
    size_t end = last < words ? starts[static_cast<size_t>(last)] - 1 : key.size() - 1;
    out.push_back(
        hash64(k.substr(starts[static_cast<size_t>(i)], end - starts[static_cast<size_t>(i)])));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::uint64_t mix(std::uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// One-permutation MinHash: each shingle falls in one bin, a bin keeps its minimum; empty
// bins borrow from the next non-empty bin (rotation densification), so that short texts
// still give full bands.
std::vector<std::uint64_t> signature(const std::vector<std::uint64_t>& sh) {
  const std::uint64_t kEmpty = ~0ULL;
  std::vector<std::uint64_t> sig(kBins, kEmpty);
  for (std::uint64_t h : sh) {
    std::uint64_t m = mix(h);
    auto& slot = sig[m % kBins];
    slot = std::min(slot, m / kBins);
  }
  std::vector<std::uint64_t> dense(sig);
  for (int b = 0; b < kBins; ++b) {
    if (sig[static_cast<size_t>(b)] != kEmpty) continue;
    for (int t = 1; t < kBins; ++t) {
      std::uint64_t v = sig[static_cast<size_t>((b + t) % kBins)];
      if (v != kEmpty) {
        dense[static_cast<size_t>(b)] = mix(v + static_cast<std::uint64_t>(t));
        break;
      }
    }
  }
  return dense;
}

struct UnionFind {
  std::vector<int> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  int find(int x) {
    while (parent[static_cast<size_t>(x)] != x) {
      parent[static_cast<size_t>(x)] = parent[static_cast<size_t>(parent[static_cast<size_t>(x)])];
      x = parent[static_cast<size_t>(x)];
    }
    return x;
  }
  void unite(int a, int b) {
    a = find(a), b = find(b);
    if (a != b) parent[static_cast<size_t>(std::max(a, b))] = std::min(a, b);
  }
};

}  // namespace

double shingle_similarity(const std::string& a, const std::string& b) {
  return jaccard(shingles(a), shingles(b));
}

std::vector<int> find_duplicates(const std::vector<DedupItem>& items) {
  const size_t n = items.size();
  UnionFind uf(n);
  std::unordered_map<std::string, int> by_id, by_title_date;
  for (size_t i = 0; i < n; ++i) {
    const auto& it = items[i];
    int idx = static_cast<int>(i);
    if (!it.id.empty()) {
      auto [pos, fresh] = by_id.emplace(it.id, idx);
      if (!fresh) uf.unite(pos->second, idx);
    }
    // Without a date, a title alone is too weak: yearly reports share their titles.
    if (!it.title_key.empty() && !it.date.empty()) {
      auto [pos, fresh] = by_title_date.emplace(it.title_key + "|" + it.date, idx);
      if (!fresh) uf.unite(pos->second, idx);
    }
  }

  std::vector<std::vector<std::uint64_t>> sh(n);
  std::unordered_map<std::uint64_t, std::vector<int>> buckets;
  for (size_t i = 0; i < n; ++i) {
    if (!items[i].body_key) continue;
    int words = 0;
    sh[i] = shingles(*items[i].body_key, &words);
    if (words < kMinWords) {
      sh[i].clear();
      continue;
    }
    auto sig = signature(sh[i]);
    for (int band = 0; band < kBins / kRows; ++band) {
      std::uint64_t h = mix(static_cast<std::uint64_t>(band) + 1);
      for (int r = 0; r < kRows; ++r) h = mix(h ^ sig[static_cast<size_t>(band * kRows + r)]);
      buckets[h].push_back(static_cast<int>(i));
    }
  }
  // Bucket order does not matter: union-find gives the same groups whatever the order.
  for (auto& [h, members] : buckets) {
    for (size_t a = 0; a < members.size(); ++a) {
      for (size_t b = a + 1; b < members.size(); ++b) {
        int x = members[a], y = members[b];
        if (uf.find(x) == uf.find(y)) continue;
        if (jaccard(sh[static_cast<size_t>(x)], sh[static_cast<size_t>(y)]) > kThreshold) {
          uf.unite(x, y);
        }
      }
    }
  }

  // The copy to keep in each group: fewest warnings, then first in input order.
  std::vector<int> keep(n, -1);
  for (size_t i = 0; i < n; ++i) {
    int root = uf.find(static_cast<int>(i));
    int& k = keep[static_cast<size_t>(root)];
    if (k < 0 || items[i].warnings < items[static_cast<size_t>(k)].warnings)
      k = static_cast<int>(i);
  }
  std::vector<int> out(n, -1);
  for (size_t i = 0; i < n; ++i) {
    int k = keep[static_cast<size_t>(uf.find(static_cast<int>(i)))];
    if (k != static_cast<int>(i)) out[i] = k;
  }
  return out;
}

}  // namespace tuyentap::book
