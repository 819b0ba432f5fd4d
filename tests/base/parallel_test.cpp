#include "base/parallel.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>

using namespace tuyentap;

namespace {

// The first indexes are slow, so that on several threads later ones finish first.
void slow_start(std::size_t i) {
  if (i < 4) std::this_thread::sleep_for(std::chrono::milliseconds(5));
}

}  // namespace

TEST_CASE("parallel_map gives the results in index order, not in the order they finish") {
  for (ParallelOptions options :
       {ParallelOptions{}, ParallelOptions{16, 1}, ParallelOptions{7, 64}}) {
    std::vector<std::string> out = parallel_map(
        1000,
        [](std::size_t i) {
          slow_start(i);
          return std::to_string(i * i);
        },
        options);
    REQUIRE(out.size() == 1000);
    for (std::size_t i = 0; i < out.size(); ++i) CHECK(out[i] == std::to_string(i * i));
  }
}

TEST_CASE("parallel_for handles each index exactly once with more items than threads") {
  const std::size_t n = worker_count() * 50 + 3;  // not a multiple of the chunk either
  std::vector<std::atomic<int>> calls(n);
  std::mutex mutex;
  std::set<std::thread::id> threads;
  parallel_for(n,
               [&](std::size_t i) {
                 slow_start(i);
                 ++calls[i];
                 std::lock_guard<std::mutex> lock(mutex);
                 threads.insert(std::this_thread::get_id());
               },
               {4, 1});
  for (std::size_t i = 0; i < n; ++i) CHECK(calls[i].load() == 1);
  CHECK(threads.size() <= worker_count());
}

TEST_CASE("an exception thrown in a worker reaches the caller instead of ending the program") {
  std::atomic<int> done{0};
  auto body = [&](std::size_t i) {
    slow_start(i);
    if (i == 500) throw std::runtime_error("index 500 failed");
    ++done;
  };
  CHECK_THROWS_WITH(parallel_for(1000, body), "index 500 failed");
  CHECK(done.load() >= 500);  // every index before the failed one ran
  // Anything thrown comes back, not only std::exception.
  CHECK_THROWS_AS(parallel_for(100,
                               [](std::size_t i) {
                                 if (i == 99) throw 42;
                               }),
                  int);
  // The pool still works after a failure.
  CHECK(parallel_map(300, [](std::size_t i) { return i + 1; }).back() == 300);
}

TEST_CASE("when several indexes throw, the caller gets the lowest one's exception") {
  // Index 96 is slow to fail in some rounds, so that another thread reaches a later failing
  // index first; the threads race differently each round, the answer may not change.
  for (int round = 0; round < 20; ++round) {
    std::vector<std::atomic<int>> calls(2000);
    auto body = [&](std::size_t i) {
      ++calls[i];
      if (i == 96 && round % 2 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
      if (i >= 1234 || i % 97 == 96)
        throw std::runtime_error("index " + std::to_string(i));  // 96 is the lowest
    };
    CHECK_THROWS_WITH(parallel_for(2000, body, {3, 1}), "index 96");
    for (std::size_t i = 0; i <= 96; ++i) CHECK(calls[i].load() == 1);
  }
}

TEST_CASE("zero items: the body is never called") {
  bool called = false;
  parallel_for(0, [&](std::size_t) { called = true; });
  CHECK_FALSE(called);
  CHECK(parallel_map(0, [](std::size_t i) { return i; }).empty());
}

TEST_CASE("one item is handled on the caller's thread") {
  std::thread::id where;
  std::vector<int> out = parallel_map(1, [&](std::size_t i) {
    where = std::this_thread::get_id();
    return static_cast<int>(i) + 7;
  });
  CHECK(out == std::vector<int>{7});
  CHECK(where == std::this_thread::get_id());
  CHECK_THROWS_WITH(parallel_for(1, [](std::size_t) { throw std::runtime_error("alone"); }),
                    "alone");
}

TEST_CASE("worker_count is one per core, at least 1 and at most 8") {
  const std::size_t cores = std::thread::hardware_concurrency();
  CHECK(worker_count() >= 1);
  CHECK(worker_count() <= 8);
  if (cores >= 1 && cores <= 8) CHECK(worker_count() == cores);
}
