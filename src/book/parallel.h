// Internal to book/: a plain parallel loop for the per-article work (folding, signatures).
// Each index is handled exactly once and results go to per-index slots, so the output does
// not depend on the number of threads or their timing.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace tuyentap::book {

template <typename F>
void parallel_for(std::size_t n, F&& body) {
  std::size_t threads = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), 8);
  if (n < 64 || threads == 1) {  // not worth a thread
    for (std::size_t i = 0; i < n; ++i) body(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (;;) {
      std::size_t start = next.fetch_add(16);
      if (start >= n) return;
      for (std::size_t i = start; i < std::min(n, start + 16); ++i) body(i);
    }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace tuyentap::book
