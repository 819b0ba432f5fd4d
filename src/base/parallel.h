// The one way tuyentap spreads work over the cores: a loop over indexes 0 … n-1 whose
// iterations do not depend on each other (reading files, folding articles, deflating pages).
//
// The contract every caller relies on:
// - Each index is handled exactly once, and parallel_map puts result i in slot i: the
//   output never depends on the number of threads or on which one finished first.
// - At most worker_count() threads work on one call, the caller's own thread among them.
// - An exception thrown by the body does not end the program: it is carried back to the
//   caller and rethrown there once every worker has stopped. When several indexes throw,
//   the caller gets the exception of the lowest index, the same one a plain loop would
//   throw; indexes after it may or may not have run.
#pragma once

#include <cstddef>
#include <functional>
#include <type_traits>
#include <vector>

namespace tuyentap {

// The threads one parallel call may use: one per core, at most 8. Past 8 the work here is
// bound by memory and disk rather than by the cores, and each thread holds buffers of its
// own (a page's content stream, a share of the EPUB's zip). At least 1.
std::size_t worker_count();

// How a loop is cut up. The defaults suit a few heavy items; loops over many light ones
// say how many items make a thread (or a grab) worth its cost.
struct ParallelOptions {
  std::size_t chunk = 1;             // consecutive indexes a worker takes at a time
  std::size_t items_per_thread = 1;  // fewer items than this per thread: start fewer threads
};

// Calls body(i) for every i in [0, n). See the contract above.
void parallel_for(std::size_t n, const std::function<void(std::size_t)>& body,
                  ParallelOptions options = {});

// fn(i) for every i in [0, n), in index order. The result type must be default-constructible
// (its slots are made first) and not bool (vector<bool> slots share bytes between threads).
template <typename F>
auto parallel_map(std::size_t n, F&& fn, ParallelOptions options = {})
    -> std::vector<std::invoke_result_t<F&, std::size_t>> {
  using Result = std::invoke_result_t<F&, std::size_t>;
  static_assert(!std::is_same_v<Result, bool>, "vector<bool> cannot take results from threads");
  std::vector<Result> results(n);
  parallel_for(
      n, [&](std::size_t i) { results[i] = fn(i); }, options);
  return results;
}

}  // namespace tuyentap
