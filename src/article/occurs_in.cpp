// Many needles in one text: see occurs_in.h.
#include "article/occurs_in.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace tuyentap {

namespace {

// Polynomial hash modulo the prime 2^61 - 1: with a power-of-two modulus, strings made to
// collide (Thue-Morse words) would turn every window into a byte-for-byte comparison.
constexpr std::uint64_t kPrime = (std::uint64_t{1} << 61) - 1;
constexpr std::uint64_t kBase = 1'000'003;

std::uint64_t mul_mod(std::uint64_t a, std::uint64_t b) {
  unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
  std::uint64_t r = static_cast<std::uint64_t>(p & kPrime) + static_cast<std::uint64_t>(p >> 61);
  return r >= kPrime ? r - kPrime : r;
}

std::uint64_t add_mod(std::uint64_t a, std::uint64_t b) {
  std::uint64_t r = a + b;
  return r >= kPrime ? r - kPrime : r;
}

std::uint64_t hash_of(std::string_view s) {
  std::uint64_t h = 0;
  for (char c : s) h = add_mod(mul_mod(h, kBase), static_cast<unsigned char>(c) + 1);
  return h;
}

// Marks the needles of one length `len` (indices `of_len`, each a different string) found in
// `text`. The table is a sorted vector, not a hash map: std::hash of an integer is the integer,
// so with the hash's constants public a page could put every needle in the bucket of the
// tail's windows and make each window walk them all.
void find_of_length(std::string_view text, std::size_t len, const std::vector<std::size_t>& of_len,
                    const std::vector<std::string_view>& needles, std::vector<bool>& found) {
  if (len > text.size()) return;
  std::vector<std::pair<std::uint64_t, std::size_t>> by_hash;
  by_hash.reserve(of_len.size());
  for (std::size_t i : of_len) by_hash.emplace_back(hash_of(needles[i]), i);
  std::sort(by_hash.begin(), by_hash.end());
  std::uint64_t top = 1;  // kBase^(len-1): the weight of the byte leaving the window
  for (std::size_t k = 1; k < len; ++k) top = mul_mod(top, kBase);
  std::uint64_t h = hash_of(text.substr(0, len));
  std::size_t left = of_len.size();
  for (std::size_t at = 0;; ++at) {
    auto it = std::lower_bound(by_hash.begin(), by_hash.end(), std::pair{h, std::size_t{0}});
    for (; it != by_hash.end() && it->first == h; ++it)  // distinct strings: a real collision
      if (!found[it->second] && text.substr(at, len) == needles[it->second]) {
        found[it->second] = true;
        if (--left == 0) return;
      }
    if (at + len >= text.size()) return;
    auto out = static_cast<unsigned char>(text[at]) + std::uint64_t{1};
    auto in = static_cast<unsigned char>(text[at + len]) + std::uint64_t{1};
    h = add_mod(mul_mod(add_mod(h, kPrime - mul_mod(out, top)), kBase), in);
  }
}

}  // namespace

std::vector<bool> occurs_in(std::string_view text, const std::vector<std::string_view>& needles) {
  std::vector<bool> found(needles.size(), false);
  // One search per different needle: a page may repeat one line thousands of times, and each
  // copy would be looked at wherever the line occurs. `same[i]`: the needle searched for i.
  std::vector<std::size_t> order(needles.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return needles[a] < needles[b]; });
  std::vector<std::size_t> same(needles.size());
  std::unordered_map<std::size_t, std::vector<std::size_t>> by_length;
  for (std::size_t k = 0; k < order.size(); ++k) {
    std::size_t i = order[k];
    if (k > 0 && needles[order[k - 1]] == needles[i]) {
      same[i] = same[order[k - 1]];
      continue;
    }
    same[i] = i;
    if (!needles[i].empty()) by_length[needles[i].size()].push_back(i);
  }
  if (by_length.empty()) return found;
  std::string_view window =
      text.substr(0, std::min(text.size(), kMaxOccursWork / by_length.size()));
  for (const auto& [len, of_len] : by_length) find_of_length(window, len, of_len, needles, found);
  for (std::size_t i = 0; i < needles.size(); ++i) found[i] = found[same[i]];
  return found;
}

}  // namespace tuyentap
