#include "book/dedup.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "base/hash.h"
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

// The exact shingle sets of the bodies compared are kept for their next comparison while
// they hold at most this many values (8 MB), then all let go and made again when needed.
constexpr std::size_t kCachedShingles = 1u << 20;
// The folded bodies of earlier items that a later body equals letter for letter are kept for
// the next copy while they hold at most this many bytes, then all let go.
constexpr std::size_t kCachedBodyBytes = 8u << 20;

using lsh::mix;

// The folded body of an item whose key is not kept (body_key null): from its article.
std::string folded_body(const DedupItem& it) {
  return it.article ? match_key(body_text(*it.article), MatchMode::Folded) : std::string();
}

// An item's folded body: its key, or folded from its article now into `folded`.
const std::string& body_key(const DedupItem& it, std::string& folded) {
  if (it.body_key) return *it.body_key;
  folded = folded_body(it);
  return folded;
}

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

namespace {

// Pairs of items with the same folded title and date (the first such item and each later
// one), to be compared by content; the same ids are joined into `uf` at once. The index is
// by hash, the strings compared on a hit: 100,000 titles are not copied into keys.
std::vector<std::pair<int, int>> join_ids_and_pair_titles(const std::vector<DedupItem>& items,
                                                          UnionFind& uf) {
  std::unordered_map<std::string_view, int> by_id;
  std::unordered_multimap<std::uint64_t, int> by_title_date;
  std::vector<std::pair<int, int>> same_title_date;
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    int idx = static_cast<int>(i);
    if (!it.id.empty()) {
      auto [pos, fresh] = by_id.emplace(it.id, idx);
      if (!fresh) uf.unite(pos->second, idx);
    }
    // Without a date, a title alone is too weak: yearly reports share their titles.
    if (it.title_key.empty() || it.date.empty()) continue;
    const std::uint64_t h = mix(hash64(it.title_key) ^ hash64(it.date));
    auto [from, to] = by_title_date.equal_range(h);
    auto first = std::find_if(from, to, [&](const auto& e) {
      const DedupItem& other = items[static_cast<size_t>(e.second)];
      return other.title_key == it.title_key && other.date == it.date;
    });
    if (first != to) {
      same_title_date.emplace_back(first->second, idx);
    } else {
      by_title_date.emplace(h, idx);
    }
  }
  return same_title_date;
}

// What the candidate search keeps of each body long enough to compare: its bands and its
// bins cut short (dedup_lsh.h), and a hash of its key to find the bodies the same letter
// for letter. Not the body: it is folded again when a pair is compared by content.
struct Sketches {
  std::vector<lsh::Bands> bands;
  std::vector<lsh::ShortBins> bins;
  std::vector<std::uint64_t> body_hash;
  std::vector<bool> indexed;
};

Sketches sketch_bodies(const std::vector<DedupItem>& items) {
  const size_t n = items.size();
  Sketches sk{std::vector<lsh::Bands>(n),
              std::vector<lsh::ShortBins>(n),
              std::vector<std::uint64_t>(n),
              {}};
  std::vector<char> long_enough(n, 0);  // vector<bool> may not be written from many threads
  parallel_for(n,
               [&](size_t i) {
                 thread_local std::vector<std::uint64_t> hashes;
                 std::string folded;
                 const std::string& key = body_key(items[i], folded);
                 if (shingle_hashes(key, hashes) < kMinWords) return;
                 const lsh::Signature sig = lsh::signature(hashes);
                 sk.bands[i] = lsh::bands(sig);
                 sk.bins[i] = lsh::short_bins(sig);
                 sk.body_hash[i] = hash64(key);
                 long_enough[i] = 1;
               },
               {.chunk = 16, .items_per_thread = 64});
  sk.indexed.assign(long_enough.begin(), long_enough.end());
  return sk;
}

// What is made of an item's body (the folded body, its shingle set) when first asked for,
// and kept for the next time while all kept hold at most `budget` (their size()), then all
// let go together by forget_if_full(): the caller calls it where it holds no reference of()
// gave (a pair's two values stay while they are compared).
template <class Value>
class BodyCache {
 public:
  using Make = Value (*)(const DedupItem& item);
  BodyCache(const std::vector<DedupItem>& items, std::size_t budget, Make make)
      : items_(items), budget_(budget), make_(make) {}
  const Value& of(int x) {
    if (auto kept = kept_.find(x); kept != kept_.end()) return kept->second;
    Value value = make_(items_[static_cast<size_t>(x)]);
    size_ += value.size();
    return kept_.emplace(x, std::move(value)).first->second;
  }
  void forget_if_full() {
    if (size_ <= budget_) return;
    kept_.clear();
    size_ = 0;
  }

 private:
  const std::vector<DedupItem>& items_;
  std::size_t budget_;
  Make make_;
  std::unordered_map<int, Value> kept_;
  std::size_t size_ = 0;
};

// The exact shingle set of an item's body.
std::vector<std::uint64_t> shingle_set(const DedupItem& it) {
  std::string folded;
  return shingles(body_key(it, folded));
}

// A body the same letter for letter as an earlier one is its copy (similarity 1): joined
// here, and left out of the index, where it would only crowd the buckets of the first.
void join_same_bodies(const std::vector<DedupItem>& items, Sketches& sk, UnionFind& uf) {
  std::unordered_multimap<std::uint64_t, int> first_with_body;
  // The folded bodies of the first items that later bodies are compared with, letter for
  // letter: each folded once however many copies it has (the kept keys as they are).
  BodyCache<std::string> firsts(items, kCachedBodyBytes, folded_body);
  auto first_body = [&](int x) -> const std::string& {
    const DedupItem& it = items[static_cast<size_t>(x)];
    return it.body_key ? *it.body_key : firsts.of(x);
  };
  for (size_t i = 0; i < items.size(); ++i) {
    if (!sk.indexed[i]) continue;
    auto [from, to] = first_with_body.equal_range(sk.body_hash[i]);
    int first = -1;
    if (from != to) {
      std::string folded;
      const std::string& key = body_key(items[i], folded);
      for (auto e = from; e != to && first < 0; ++e) {
        firsts.forget_if_full();
        if (first_body(e->second) == key) first = e->second;
      }
    }
    if (first < 0) {
      first_with_body.emplace(sk.body_hash[i], static_cast<int>(i));
      continue;
    }
    uf.unite(first, static_cast<int>(i));
    sk.indexed[i] = false;
  }
}

}  // namespace

std::vector<int> find_duplicates(const std::vector<DedupItem>& items, DedupWork* work) {
  UnionFind uf(items.size());
  const std::vector<std::pair<int, int>> same_title_date = join_ids_and_pair_titles(items, uf);
  // Sketches of every body; the exact shingle sets only for the pairs compared.
  Sketches sk = sketch_bodies(items);
  join_same_bodies(items, sk, uf);
  const lsh::CandidateIndex index(sk.bands, sk.indexed);
  std::vector<lsh::Bands>().swap(sk.bands);
  // The exact shingle sets of the bodies compared, each made when first needed.
  BodyCache<std::vector<std::uint64_t>> sets(items, kCachedShingles, shingle_set);
  for (auto [x, y] : same_title_date) {
    sets.forget_if_full();
    if (uf.find(x) != uf.find(y) && containment(sets.of(x), sets.of(y)) >= kContainedThreshold) {
      uf.unite(x, y);
    }
  }
  auto near_identical = [&](int x, int y) {
    const auto& bx = sk.bins[static_cast<size_t>(x)];
    const auto& by = sk.bins[static_cast<size_t>(y)];
    int same = 0;
    for (size_t k = 0; k < bx.size(); ++k) same += bx[k] == by[k];
    return same >= kEstimateFloor * lsh::kBins && jaccard(sets.of(x), sets.of(y)) > kThreshold;
  };
  // Each pair once, from its later body; union-find gives the same groups in any order.
  std::vector<int> candidates;
  for (size_t i = 0; i < items.size(); ++i) {
    int x = static_cast<int>(i);
    index.candidates(x, candidates);
    for (int y : candidates) {
      if (uf.find(x) == uf.find(y)) continue;
      if (work) ++work->compared;
      sets.forget_if_full();
      if (near_identical(x, y)) uf.unite(x, y);
    }
  }

  return kept_copies(items, uf);
}

std::vector<std::pair<std::size_t, LeftOut>> duplicate_copies(
    const std::vector<const Article*>& kept, const std::vector<ArticleKeys>& keys,
    const std::vector<std::string>& files) {
  // Reserved at their size: grown by doubling, they would hold up to twice their room at
  // the compiler's peak.
  const auto kept_count = static_cast<std::size_t>(
      std::count_if(kept.begin(), kept.end(), [](const Article* a) { return a != nullptr; }));
  std::vector<std::size_t> input;  // item → input index
  input.reserve(kept_count);
  std::vector<DedupItem> items;
  items.reserve(kept_count);
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (!kept[i]) continue;
    input.push_back(i);
    // The body's key when the selection kept it for a rule, else folded when needed.
    const std::string* body = keys[i].body[0].empty() ? nullptr : &keys[i].body[0];
    items.push_back({kept[i]->id, keys[i].title[0], kept[i]->date ? kept[i]->date->iso() : "", body,
                     static_cast<int>(kept[i]->warnings.size()), kept[i]});
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
