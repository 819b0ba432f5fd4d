// Bytes no deflate makes smaller, for tests that need a large file or zip entry: a fixed-seed
// xorshift generator, so every run writes the same bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace tt_test {

inline std::string noise_bytes(std::size_t n) {
  std::string out(n, '\0');
  std::uint32_t x = 2463534242u;
  for (char& c : out) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    c = static_cast<char>(x & 0xFF);
  }
  return out;
}

}  // namespace tt_test
