#include "book/dedup.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "base/parallel.h"
#include "book/dedup_lsh.h"

namespace tuyentap::book {

namespace {

constexpr int kShingleWords = 4;
constexpr int kMinWords = 20;  // shorter bodies (a photo and a caption) are not compared
// Candidates whose signatures agree on fewer bins than this are not compared exactly: at a
// true similarity of 0.9 the estimate falls this low about never (7 standard deviations).
constexpr double kEstimateFloor = 0.7;
constexpr double kThreshold = 0.9;
// The same folded title and date make two articles candidates, never duplicates by
// themselves (a cell's monthly report keeps its title): the smaller body must lie mostly
// inside the larger (a copy cut short, or saved with the site's chrome left in).
constexpr double kContainedThreshold = 0.8;

using lsh::mix;

// Hashes of every run of kShingleWords words of a key " w1 w2 … wn " (repeats included),
// into `out`; returns the number of words. Each word is hashed once and a shingle's hash
// combines its words' hashes, position-dependently, so "a b c d" ≠ "d c b a".
int shingle_hashes(const std::string& key, std::vector<std::uint64_t>& out) {
  thread_local std::vector<std::uint64_t> words;
  words.clear();
  out.clear();
  // FNV-1a over each word's bytes, finished by mix(): words are a few bytes long, and this
  // loop sees every byte of the period's text.
  std::uint64_t h = 0;
  bool in_word = false;
  for (char ch : key) {
    if (ch == ' ') {
      if (in_word) words.push_back(mix(h));
      in_word = false;
      continue;
    }
    if (!in_word) h = 0xcbf29ce484222325ULL, in_word = true;
    h = (h ^ static_cast<unsigned char>(ch)) * 0x100000001b3ULL;
  }
  if (in_word) words.push_back(mix(h));
  int n = static_cast<int>(words.size());
  if (n == 0) return 0;
  int count = std::max(1, n - kShingleWords + 1);
  out.reserve(static_cast<size_t>(count));
  // Rotations make the combination order-dependent; one mix per shingle finishes it.
  auto rotl = [](std::uint64_t x, int r) { return r == 0 ? x : (x << r) | (x >> (64 - r)); };
  for (int s = 0; s < count; ++s) {
    std::uint64_t x = 0x9e3779b97f4a7c15ULL;
    for (int w = s; w < std::min(n, s + kShingleWords); ++w) {
      x ^= rotl(words[static_cast<size_t>(w)], 17 * (w - s));
    }
    out.push_back(mix(x));
  }
  return n;
}

// Sorted, distinct shingle hashes: the exact set a candidate pair is compared on.
std::vector<std::uint64_t> shingles(const std::string& key) {
  std::vector<std::uint64_t> out;
  shingle_hashes(key, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Elements two sorted, distinct sets share.
size_t common_count(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
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
  return common;
}

double jaccard(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  if (a.empty() && b.empty()) return 1.0;
  size_t common = common_count(a, b);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

// The share of the smaller set that the larger holds.
double containment(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  size_t smaller = std::min(a.size(), b.size());
  if (smaller == 0) return a.size() == b.size() ? 1.0 : 0.0;
  return static_cast<double>(common_count(a, b)) / static_cast<double>(smaller);
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

// Whether copy a is the better one to keep than copy b: a dated copy before an undated one
// (the undated copy would land outside its month, in "Không rõ ngày"), then fewer warnings.
bool better_copy(const DedupItem& a, const DedupItem& b) {
  if (a.date.empty() != b.date.empty()) return !a.date.empty();
  return a.warnings < b.warnings;
}

// For each item, the copy kept of its group (better_copy, then first in input order), or -1
// when that is the item itself.
std::vector<int> kept_copies(const std::vector<DedupItem>& items, UnionFind& uf) {
  const size_t n = items.size();
  std::vector<int> keep(n, -1);
  for (size_t i = 0; i < n; ++i) {
    int root = uf.find(static_cast<int>(i));
    int& k = keep[static_cast<size_t>(root)];
    if (k < 0 || better_copy(items[i], items[static_cast<size_t>(k)])) k = static_cast<int>(i);
  }
  std::vector<int> out(n, -1);
  for (size_t i = 0; i < n; ++i) {
    int k = keep[static_cast<size_t>(uf.find(static_cast<int>(i)))];
    if (k != static_cast<int>(i)) out[i] = k;
  }
  return out;
}

}  // namespace

double shingle_similarity(const std::string& a, const std::string& b) {
  return jaccard(shingles(a), shingles(b));
}

std::vector<int> find_duplicates(const std::vector<DedupItem>& items, DedupWork* work) {
  const size_t n = items.size();
  UnionFind uf(n);
  std::unordered_map<std::string, int> by_id, by_title_date;
  std::vector<std::pair<int, int>> same_title_date;  // compared by content below
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
      if (!fresh) same_title_date.emplace_back(pos->second, idx);
    }
  }

  // Signatures for every body; the exact shingle sets only for the candidate pairs.
  std::vector<lsh::Signature> sigs(n);
  std::vector<std::vector<std::uint64_t>> sets(n);
  parallel_for(n,
               [&](size_t i) {
                 thread_local std::vector<std::uint64_t> hashes;
                 if (!items[i].body_key) return;
                 if (shingle_hashes(*items[i].body_key, hashes) < kMinWords) return;
                 sigs[i] = lsh::signature(hashes);
               },
               {.chunk = 16, .items_per_thread = 64});
  // A body the same letter for letter as an earlier one is its copy (similarity 1): joined
  // here, and left out of the index, where it would only crowd the buckets of the first.
  std::unordered_map<std::string_view, int> first_with_body;
  for (size_t i = 0; i < n; ++i) {
    if (sigs[i].empty()) continue;
    auto [pos, fresh] = first_with_body.emplace(*items[i].body_key, static_cast<int>(i));
    if (!fresh) {
      uf.unite(pos->second, static_cast<int>(i));
      sigs[i] = {};
    }
  }
  auto set_of = [&](int x) -> const std::vector<std::uint64_t>& {
    auto& s = sets[static_cast<size_t>(x)];
    const std::string* body = items[static_cast<size_t>(x)].body_key;
    if (s.empty() && body) s = shingles(*body);
    return s;
  };
  for (auto [x, y] : same_title_date) {
    if (uf.find(x) != uf.find(y) && containment(set_of(x), set_of(y)) >= kContainedThreshold) {
      uf.unite(x, y);
    }
  }
  auto near_identical = [&](int x, int y) {
    const auto& sx = sigs[static_cast<size_t>(x)];
    const auto& sy = sigs[static_cast<size_t>(y)];
    int same = 0;
    for (int k = 0; k < lsh::kBins; ++k)
      same += sx[static_cast<size_t>(k)] == sy[static_cast<size_t>(k)];
    return same >= kEstimateFloor * lsh::kBins && jaccard(set_of(x), set_of(y)) > kThreshold;
  };
  // Each pair once, from its later body; union-find gives the same groups in any order.
  lsh::CandidateIndex index(sigs);
  std::vector<int> candidates;
  for (size_t i = 0; i < n; ++i) {
    int x = static_cast<int>(i);
    index.candidates(x, candidates);
    for (int y : candidates) {
      if (uf.find(x) == uf.find(y)) continue;
      if (work) ++work->compared;
      if (near_identical(x, y)) uf.unite(x, y);
    }
  }

  return kept_copies(items, uf);
}

std::vector<std::pair<std::size_t, LeftOut>> duplicate_copies(
    const std::vector<const Article*>& kept, const std::vector<ArticleKeys>& keys,
    const std::vector<std::string>& files) {
  std::vector<std::size_t> input;  // item → input index
  std::vector<DedupItem> items;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (!kept[i]) continue;
    input.push_back(i);
    items.push_back({kept[i]->id, keys[i].title[0], kept[i]->date ? kept[i]->date->iso() : "",
                     &keys[i].body[0], static_cast<int>(kept[i]->warnings.size())});
  }
  std::vector<int> dup = find_duplicates(items);
  std::vector<std::pair<std::size_t, LeftOut>> copies;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (dup[k] < 0) continue;
    std::size_t original = input[static_cast<std::size_t>(dup[k])];
    copies.emplace_back(input[k], LeftOut{.reason = Reason::Duplicate,
                                          .duplicate_of = kept[original]->id,
                                          .duplicate_file = files[original]});
  }
  return copies;
}

}  // namespace tuyentap::book
