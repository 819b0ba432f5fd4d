#include "book/dedup_lsh.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <limits>
#include <string>
#include <utility>

#include "base/error.h"

namespace tuyentap::book::lsh {

std::uint64_t mix(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Each shingle falls in one bin, a bin keeps its minimum; empty bins borrow from the next
// non-empty bin (rotation densification), so that short texts still give full bands.
Signature signature(const std::vector<std::uint64_t>& shingle_hashes) {
  const std::uint64_t kEmpty = ~0ULL;
  Signature sig(kBins, kEmpty);
  for (std::uint64_t h : shingle_hashes) {  // shingle hashes are already well mixed
    auto& slot = sig[h % kBins];
    slot = std::min(slot, h / kBins);
  }
  Signature dense(sig);
  for (int b = 0; b < kBins; ++b) {
    if (sig[static_cast<std::size_t>(b)] != kEmpty) continue;
    for (int t = 1; t < kBins; ++t) {
      std::uint64_t v = sig[static_cast<std::size_t>((b + t) % kBins)];
      if (v != kEmpty) {
        dense[static_cast<std::size_t>(b)] = mix(v + static_cast<std::uint64_t>(t));
        break;
      }
    }
  }
  return dense;
}

Bands bands(const Signature& sig) {
  Bands out;
  for (int band = 0; band < kBands; ++band) {
    std::uint64_t h = mix(static_cast<std::uint64_t>(band) + 1);
    for (int r = 0; r < kRows; ++r) h = mix(h ^ sig[static_cast<std::size_t>(band * kRows + r)]);
    out[static_cast<std::size_t>(band)] = h;
  }
  return out;
}

ShortBins short_bins(const Signature& sig) {
  ShortBins out;
  for (std::size_t b = 0; b < out.size(); ++b) out[b] = static_cast<std::uint16_t>(sig[b]);
  return out;
}

// The buckets by sorting every (item, band) by (band hash, item): each bucket is a run, its
// members in input order. (A hash map of vectors costs a few allocations per body: most
// buckets hold one.) Sorted as item * kBands + band, 4 bytes each, rather than as (hash,
// item) pairs of 16: for 100,000 bodies 6 MB at the compiler's peak, not 26.
CandidateIndex::CandidateIndex(const std::vector<Bands>& item_bands,
                               const std::vector<bool>& indexed)
    : slots_(item_bands.size() * kBands), indexed_(indexed) {
  // Positions (item * kBands + band, and where a bucket starts in members_) are 32 bits:
  // 268 million bodies, far more than an archive's 2 GB of text holds, and than memory
  // would (34 GB of bands). Refused rather than wrapped, which would join wrong buckets.
  if (item_bands.size() > kMaxItems)
    throw Error("internal: " + std::to_string(item_bands.size()) +
                " bodies to compare for duplicates, more than the " + std::to_string(kMaxItems) +
                " the candidate index holds");
  std::vector<std::uint32_t> order;
  order.reserve(static_cast<std::size_t>(std::count(indexed_.begin(), indexed_.end(), true)) *
                kBands);
  for (std::size_t i = 0; i < item_bands.size(); ++i) {
    if (!indexed_[i]) continue;
    for (std::size_t b = 0; b < kBands; ++b)
      order.push_back(static_cast<std::uint32_t>(i * kBands + b));
  }
  auto hash = [&](std::uint32_t p) { return item_bands[p / kBands][p % kBands]; };
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const std::uint64_t ha = hash(a), hb = hash(b);
    return ha != hb ? ha < hb : a / kBands < b / kBands;
  });
  members_.resize(order.size());
  for (std::size_t start = 0, end = 0; start < order.size(); start = end) {
    const std::uint64_t h = hash(order[start]);
    while (end < order.size() && hash(order[end]) == h) ++end;
    for (std::size_t k = start; k < end; ++k) {
      const int item = static_cast<int>(order[k] / kBands);
      members_[k] = item;
      // The band: the item's first slot not filled yet (its bands come in order of hash,
      // not of band, but which band a slot stands for does not matter to candidates()).
      Slot* slot = &slots_[static_cast<std::size_t>(item) * kBands];
      while (slot->size != 0) ++slot;
      *slot = {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end - start),
               static_cast<std::uint32_t>(k - start)};
    }
  }
}

void CandidateIndex::candidates(int x, std::vector<int>& out) const {
  out.clear();
  if (!indexed_[static_cast<std::size_t>(x)]) return;
  std::array<Slot, kBands> slots;
  std::copy_n(slots_.begin() + static_cast<std::ptrdiff_t>(x) * kBands, kBands, slots.begin());
  // Smallest buckets first; among equal sizes, by where they lie (a fixed order).
  std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) {
    return a.size != b.size ? a.size < b.size : a.start < b.start;
  });
  for (const Slot& slot : slots) {
    for (std::uint32_t p = slot.position; p-- > 0;) {
      if (out.size() == static_cast<std::size_t>(kMaxCandidates)) return;
      int y = members_[slot.start + p];
      if (std::find(out.begin(), out.end(), y) == out.end()) out.push_back(y);
    }
  }
}

}  // namespace tuyentap::book::lsh
