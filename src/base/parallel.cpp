#include "base/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <mutex>
#include <system_error>
#include <thread>

namespace tuyentap {
namespace {

constexpr std::size_t kMaxWorkers = 8;  // see worker_count()
constexpr std::size_t kNoFailure = std::numeric_limits<std::size_t>::max();

// What the threads of one parallel_for call share.
class Loop {
 public:
  Loop(std::size_t n, std::size_t chunk, const std::function<void(std::size_t)>& body)
      : n_(n), chunk_(chunk), body_(body) {}

  // One thread's share: chunks of indexes taken in index order until none is left.
  void work() {
    for (;;) {
      // Chunks go out in index order, so once an index has failed, every chunk before
      // it has been taken already: no new chunk can hold a lower index.
      if (first_failed_.load() != kNoFailure) return;
      const std::size_t begin = next_.fetch_add(chunk_);
      if (begin >= n_) return;
      const std::size_t end = std::min(n_, begin + chunk_);
      // A chunk before the failed index runs on to it, so that a lower index that throws
      // too is found, as a plain loop would find it.
      for (std::size_t i = begin; i < end && i < first_failed_.load(); ++i) {
        try {
          body_(i);
        } catch (...) {
          fail(i, std::current_exception());
          return;
        }
      }
    }
  }

  // Rethrows the exception of the lowest index that threw, if any. Call after every
  // thread has stopped.
  void rethrow_failure() const {
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  void fail(std::size_t i, std::exception_ptr e) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (i < first_failed_.load()) {
      first_failed_.store(i);
      failure_ = std::move(e);
    }
  }

  const std::size_t n_, chunk_;
  const std::function<void(std::size_t)>& body_;
  std::atomic<std::size_t> next_{0};
  std::atomic<std::size_t> first_failed_{kNoFailure};
  std::mutex mutex_;  // for failure_ and for lowering first_failed_
  std::exception_ptr failure_;
};

}  // namespace

std::size_t worker_count() {
  static const std::size_t count =
      std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, kMaxWorkers);
  return count;
}

void parallel_for(std::size_t n, const std::function<void(std::size_t)>& body,
                  ParallelOptions options) {
  const std::size_t chunk = std::max<std::size_t>(options.chunk, 1);
  const std::size_t chunks = n / chunk + (n % chunk != 0);
  const std::size_t worth = n / std::max<std::size_t>(options.items_per_thread, 1);
  const std::size_t threads = std::min({worker_count(), chunks, std::max<std::size_t>(worth, 1)});
  if (threads <= 1) {  // no thread worth starting: the caller's thread does it all
    for (std::size_t i = 0; i < n; ++i) body(i);
    return;
  }
  Loop loop(n, chunk, body);
  std::vector<std::thread> helpers;
  helpers.reserve(threads - 1);
  for (std::size_t t = 1; t < threads; ++t) {
    try {
      helpers.emplace_back([&loop] { loop.work(); });
    } catch (const std::system_error&) {
      break;  // the system has no more threads to give: fewer threads do the same work
    }
  }
  loop.work();
  for (std::thread& h : helpers) h.join();
  loop.rethrow_failure();
}

}  // namespace tuyentap
