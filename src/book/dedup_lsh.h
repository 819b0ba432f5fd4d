// Internal to book/dedup: which pairs of bodies the duplicate finder compares exactly.
//
// One-permutation MinHash with densification gives each body a signature of kBins values;
// bands of kRows values are hashed into buckets (LSH), and two bodies that share a bucket
// are candidates. One bucket can hold thousands of bodies that are alike without being
// copies (one long sentence with another number in each), and comparing all its pairs is
// quadratic. So each body is compared with at most kMaxCandidates earlier bodies: those of
// its smallest buckets first (the rarer the band two bodies share, the likelier they are
// copies), the nearest first within a bucket. Up to that bound every pair that shares a
// bucket is compared, as before. The candidates are a function of the signatures alone, so
// the groups found do not depend on the order of comparing. The bound can only leave two
// copies apart (when every bucket they share is crowded); it never joins two bodies: every
// join is decided on their content (dedup.cpp).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

namespace tuyentap::book::lsh {

constexpr int kBins = 128;  // MinHash values per body
constexpr int kRows = 8;    // per band: 16 bands; P(candidate) ≈ 0.9999 at s = 0.9, 6% at 0.5
constexpr int kBands = kBins / kRows;
constexpr int kMaxCandidates = 32;  // earlier bodies one body is compared with, at most

using Signature = std::vector<std::uint64_t>;

// splitmix64's finaliser: a cheap, well-mixed 64-bit hash of a 64-bit value.
std::uint64_t mix(std::uint64_t x);

// The signature of a body from its (well-mixed) shingle hashes, repeats allowed.
Signature signature(const std::vector<std::uint64_t>& shingle_hashes);

// The hash of each band of kRows values of a signature: the buckets the body falls in.
using Bands = std::array<std::uint64_t, kBands>;
Bands bands(const Signature& sig);

// A signature's bins cut to their low 16 bits, for the estimate that lets a candidate pair
// through to the exact comparison: a quarter of the memory of 100,000 signatures. Bins
// that agree still agree, so every pair the full bins let through is let through; one they
// would stop is compared exactly, and joined only when it is a copy (similarity over 0.9,
// whose estimate falls below the floor about never, full bins or not).
using ShortBins = std::array<std::uint16_t, kBins>;
ShortBins short_bins(const Signature& sig);

class CandidateIndex {
 public:
  // The items an index holds at most: their positions are 32-bit.
  static constexpr std::size_t kMaxItems = std::numeric_limits<std::uint32_t>::max() / kBands;

  // From each item's bands (bands(signature)); `indexed[i]` false: item i is not indexed
  // (a body too short to compare, or a copy of an earlier body, letter for letter, which
  // stands for it). Throws Error (internal) on more than kMaxItems items.
  CandidateIndex(const std::vector<Bands>& item_bands, const std::vector<bool>& indexed);

  // The earlier indexed items x is to be compared with, into `out` (at most kMaxCandidates,
  // each once): see the header comment for which.
  void candidates(int x, std::vector<int>& out) const;

 private:
  struct Slot {           // where an item sits among the members of the bucket of one of its bands
    std::uint32_t start;  // the bucket's first member in members_
    std::uint32_t size;   // its members
    std::uint32_t position;  // the item's place among them (input order)
  };
  std::vector<int> members_;  // every bucket's members, bucket after bucket, each in input order
  std::vector<Slot> slots_;   // item * kBands + band
  std::vector<bool> indexed_;
};

}  // namespace tuyentap::book::lsh
